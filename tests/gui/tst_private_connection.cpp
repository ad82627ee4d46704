// A connection to the engine that is not private (plain tcp://, TLS without verification)
// says so for the whole session and registry logins are not sent over it unasked; values
// loaded from an env file stay off the command preview and the command log. No engine is
// needed: the endpoints point at a port nothing listens on.
#include "MainWindow.h"
#include "Workspace.h"
#include "actions/CommandLog.h"
#include "api/ConnectionMonitor.h"
#include "api/DockerClient.h"
#include "registry/CredentialStore.h"
#include "registry/LoginDialog.h"
#include "registry/PullDialog.h"
#include "registry/RegistryController.h"
#include "run/RunController.h"
#include "run/RunDialog.h"
#include "widgets/ConfirmDialog.h"
#include "widgets/MessageBanner.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace gantry;
using namespace Qt::StringLiterals;

namespace {

int closedPort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort(); // closed again when s goes
}

template <typename T> T *child(QObject *w, const QString &name)
{
    T *c = w->findChild<T *>(name);
    if (!c)
        qWarning("no child %s", qPrintable(name));
    return c;
}

struct Session {
    explicit Session(const Endpoint &endpoint)
        : client(new DockerClient(endpoint))
        , monitor(new ConnectionMonitor(client.get()))
        , workspace(new Workspace(client.get(), monitor.get()))
    {
    }
    ~Session()
    {
        workspace.reset();
        monitor.reset();
    }
    std::unique_ptr<DockerClient> client;
    std::unique_ptr<ConnectionMonitor> monitor;
    std::unique_ptr<Workspace> workspace;
};

Endpoint endpoint(const QString &url)
{
    const Result<Endpoint> e = Endpoint::parse(url);
    if (!e)
        qFatal("bad endpoint %s", qPrintable(url));
    return e.value();
}

ConfirmDialog *credentialsQuestion(QWidget *dialog)
{
    for (ConfirmDialog *c : dialog->findChildren<ConfirmDialog *>(u"insecureCredentialsConfirm"_s))
        if (c->isVisible())
            return c;
    return nullptr;
}

} // namespace

class TestPrivateConnection : public QObject {
    Q_OBJECT
private slots:
    void plainTcpShowsAPermanentWarning()
    {
        const QString url = u"tcp://127.0.0.1:%1"_s.arg(closedPort());
        Session s(endpoint(url));
        MessageBanner *banner = s.workspace->window()->securityBanner();
        QVERIFY(banner->isVisibleTo(s.workspace->window()));
        QVERIFY2(banner->text().contains(u"not encrypted"_s), qPrintable(banner->text()));
        QVERIFY(banner->text().contains(url));
        s.workspace->start();
        s.monitor->start();
        QTest::qWait(300); // the connection banner comes and goes; this one stays
        QVERIFY(banner->isVisibleTo(s.workspace->window()));
        QVERIFY(banner->text().contains(u"not encrypted"_s));
    }

    void tlsWithoutVerificationShowsAWarning()
    {
        Endpoint e = endpoint(u"tcp://127.0.0.1:%1"_s.arg(closedPort()));
        e.tls = true;
        e.tlsVerify = false;
        Session s(e);
        MessageBanner *banner = s.workspace->window()->securityBanner();
        QVERIFY(banner->isVisibleTo(s.workspace->window()));
        QVERIFY2(banner->text().contains(u"not verified"_s), qPrintable(banner->text()));
    }

    void privateConnectionsShowNoWarning()
    {
        Session local(endpoint(u"unix:///nonexistent/docker.sock"_s));
        QVERIFY(
            !local.workspace->window()->securityBanner()->isVisibleTo(local.workspace->window()));
        Endpoint e = endpoint(u"tcp://127.0.0.1:%1"_s.arg(closedPort()));
        e.tls = e.tlsVerify = true;
        Session verified(e);
        QVERIFY(!verified.workspace->window()->securityBanner()->isVisibleTo(
            verified.workspace->window()));
    }

    void loginAsksBeforeSendingOverPlainTcp()
    {
        Session s(endpoint(u"tcp://127.0.0.1:%1"_s.arg(closedPort())));
        CommandLog *log = s.workspace->commandLog();
        LoginDialog *dialog = s.workspace->registryController()->openLogin(u"127.0.0.1:5999"_s);
        child<QLineEdit>(dialog, u"loginUser"_s)->setText(u"me"_s);
        child<QLineEdit>(dialog, u"loginPassword"_s)->setText(u"secret"_s);
        const int before = log->rowCount();
        child<QPushButton>(dialog, u"loginAccept"_s)->click();
        ConfirmDialog *question = nullptr;
        QTRY_VERIFY((question = credentialsQuestion(dialog)));
        QCOMPARE(log->rowCount(), before); // nothing sent while it asks
        question->reject();
        auto *error = child<QLabel>(dialog, u"loginError"_s);
        QTRY_VERIFY(error->isVisible());
        QVERIFY2(error->text().contains(u"Nothing was sent"_s), qPrintable(error->text()));
        QCOMPARE(log->rowCount(), before);

        child<QPushButton>(dialog, u"loginAccept"_s)->click();
        QTRY_VERIFY((question = credentialsQuestion(dialog)));
        question->acceptButton()->click();
        QTRY_COMPARE(log->rowCount(), before + 1); // sent (and refused: nothing listens)
        QVERIFY(log->commandAt(before).startsWith(u"docker login"_s));

        // Asked once a session.
        QTRY_VERIFY(child<QPushButton>(dialog, u"loginAccept"_s)->isEnabled());
        child<QPushButton>(dialog, u"loginAccept"_s)->click();
        QTRY_COMPARE(log->rowCount(), before + 2);
        QVERIFY(!credentialsQuestion(dialog));
        dialog->reject();
    }

    void pullWithALoginAsksToo()
    {
        Session s(endpoint(u"tcp://127.0.0.1:%1"_s.arg(closedPort())));
        s.workspace->registryController()->credentials()->storeForSession(
            {u"127.0.0.1:5999"_s, u"me"_s, u"secret"_s, {}});
        PullDialog *dialog = s.workspace->registryController()->openPull(u"127.0.0.1:5999/a/b:1"_s);
        const int before = s.workspace->commandLog()->rowCount();
        QTRY_VERIFY(child<QPushButton>(dialog, u"pullDialogAccept"_s)->isEnabled());
        child<QPushButton>(dialog, u"pullDialogAccept"_s)->click();
        ConfirmDialog *question = nullptr;
        QTRY_VERIFY((question = credentialsQuestion(dialog)));
        question->reject();
        auto *error = child<QLabel>(dialog, u"pullDialogError"_s);
        QTRY_VERIFY(error->isVisible());
        QVERIFY(error->text().contains(u"Nothing was sent"_s));
        QCOMPARE(s.workspace->commandLog()->rowCount(), before);
        dialog->reject();
    }

    void envFileValuesAreMasked()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"app.env"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("# secrets\nAPI_TOKEN=s3cr3t-value\nDB_PASSWORD=hunter2\n");
        f.close();
        Session s(endpoint(u"tcp://127.0.0.1:%1"_s.arg(closedPort())));
        RunDialog *dialog = s.workspace->runController()->runNew(u"busybox:latest"_s);
        child<QPlainTextEdit>(dialog, u"runEnv"_s)->setPlainText(u"MODE=dev"_s);
        QVERIFY(dialog->loadEnvFile(path));
        const QString preview = child<QPlainTextEdit>(dialog, u"runPreview"_s)->toPlainText();
        QVERIFY2(preview.contains(u"API_TOKEN=********"_s), qPrintable(preview));
        QVERIFY(preview.contains(u"DB_PASSWORD=********"_s));
        QVERIFY(preview.contains(u"MODE=dev"_s)); // typed by hand: shown
        QVERIFY(!preview.contains(u"s3cr3t"_s) && !preview.contains(u"hunter2"_s));
        // What is sent still has the values.
        QVERIFY(dialog->spec().env.contains(u"API_TOKEN=s3cr3t-value"_s));

        CommandLog *log = s.workspace->commandLog();
        const int before = log->rowCount();
        child<QPushButton>(dialog, u"runAccept"_s)->click();
        QTRY_COMPARE(log->rowCount(), before + 1);
        const QString logged = log->commandAt(before);
        QVERIFY2(logged.contains(u"API_TOKEN=********"_s), qPrintable(logged));
        QVERIFY(!logged.contains(u"s3cr3t"_s) && !logged.contains(u"hunter2"_s));
        dialog->reject();
    }
};

QTEST_MAIN(TestPrivateConnection)
#include "tst_private_connection.moc"
