#include "AccessibilityCheck.h"
#include "MainWindow.h"
#include "TestBed.h"
#include "Workspace.h"
#include "actions/CommandLog.h"
#include "api/ConnectionMonitor.h"
#include "api/DockerClient.h"
#include "images/ImagesPage.h"
#include "listings/ImageModel.h"
#include "live/Refresher.h"
#include "registry/CredentialStore.h"
#include "registry/LoginDialog.h"
#include "registry/PullDialog.h"
#include "registry/PushDialog.h"
#include "registry/RegistriesDialog.h"
#include "registry/RegistryController.h"
#include "registry/RegistryTransfer.h"
#include "registry/TransferProgressView.h"
#include "widgets/ConfirmDialog.h"

#include <QAction>
#include <QApplication>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTreeView>
#include <QTreeWidget>
#include <QUuid>
#include <QtTest>

using namespace gantry;
using namespace Qt::StringLiterals;

namespace {

QTemporaryDir *home = nullptr;

QStringList &messages()
{
    static QStringList m;
    return m;
}

void recordMessage(QtMsgType, const QMessageLogContext &, const QString &text)
{
    messages() << text;
    fprintf(stderr, "%s\n", qPrintable(text));
}

QString unique()
{
    return QUuid::createUuid().toString(QUuid::Id128).left(10);
}

template <typename T> T *child(QWidget *w, const QString &name)
{
    T *c = w->findChild<T *>(name);
    if (!c)
        qWarning("no child %s", qPrintable(name));
    return c;
}

QStringList filesContaining(const QString &dir, const QByteArray &secret)
{
    QStringList out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(secret))
            out << f.fileName();
    }
    return out;
}

} // namespace

// The registry dialogs driven as a user would, against the test bed (engine, registry
// with htpasswd, gnome-keyring on a private D-Bus); the app's HOME and XDG dirs are fresh
// temporary ones, searched at the end for the password.
class TestRegistryDialogs : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (!testbed::available() || testbed::env("GANTRY_TEST_REGISTRY").isEmpty() ||
            testbed::env("DBUS_SESSION_BUS_ADDRESS").isEmpty())
            QFAIL(testbed::missingMessage());
        m_registry = testbed::env("GANTRY_TEST_REGISTRY");
        m_user = testbed::env("GANTRY_TEST_REGISTRY_USER");
        m_password = testbed::env("GANTRY_TEST_REGISTRY_PASSWORD");
        m_client = new DockerClient(testbed::endpoint(), this);
        m_monitor = new ConnectionMonitor(m_client, this);
        m_workspace = new Workspace(m_client, m_monitor, this);
        m_workspace->start();
        m_monitor->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_workspace->refresher()->isFirstRefreshDone(), 10000);
        m_store = m_workspace->registryController()->credentials();
        forget(); // a login a crashed earlier run left in the keychain

        // An image of its own in the registry, not here: pulling it downloads a layer.
        m_remote = m_registry + u"/gantry/dialogs:"_s + unique();
        const QString maker = u"gantry-regdlg-"_s + unique();
        QVERIFY(testbed::docker({u"run"_s, u"--name"_s, maker, u"--network"_s, u"none"_s,
                                 testbed::env("GANTRY_TEST_IMAGE"), u"sh"_s, u"-c"_s,
                                 u"head -c 300000 /dev/urandom > /blob"_s}));
        QVERIFY(testbed::docker({u"commit"_s, maker, m_remote}));
        testbed::docker({u"rm"_s, maker});
        m_cleanup << m_remote;
        RegistryTransfer push(m_client, PushSpec{m_remote, login()});
        QSignalSpy pushed(&push, &RegistryTransfer::finished);
        push.start();
        QVERIFY(pushed.wait(60000));
        QVERIFY2(!push.error().isError(), qPrintable(push.error().describe()));
        QVERIFY(testbed::docker({u"image"_s, u"rm"_s, m_remote}));
    }

    void cleanupTestCase()
    {
        forget();
        for (const QString &ref : std::as_const(m_cleanup))
            testbed::docker({u"image"_s, u"rm"_s, u"-f"_s, ref});
        delete m_workspace;
    }

    void loginWrongPasswordIsShownAndNothingStored()
    {
        ImagesPage *page = m_workspace->imagesPage();
        page->findChild<QAction *>(u"registriesAction"_s)->trigger();
        RegistriesDialog *registries = nullptr;
        QTRY_VERIFY((registries = m_workspace->window()->findChild<RegistriesDialog *>()));
        QVERIFY(unnamedActionableWidgets(registries).isEmpty());
        child<QPushButton>(registries, u"registriesLogin"_s)->click();
        LoginDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = registries->findChild<LoginDialog *>()));
        QVERIFY(unnamedActionableWidgets(dialog).isEmpty());
        auto *server = byAccessibleName<QLineEdit>(dialog, u"Registry"_s);
        auto *user = byAccessibleName<QLineEdit>(dialog, u"User name"_s);
        auto *password = byAccessibleName<QLineEdit>(dialog, u"Password or access token"_s);
        auto *accept = byAccessibleName<QPushButton>(dialog, u"Log in"_s);
        QVERIFY(server && user && password && accept);
        QCOMPARE(server->text(), u"docker.io"_s); // Docker Hub unless told otherwise
        QVERIFY(!accept->isEnabled());
        server->setText(u"not a host!"_s);
        user->setText(m_user);
        password->setText(u"wrong-"_s + m_password);
        QVERIFY(!accept->isEnabled());
        QVERIFY(child<QLabel>(dialog, u"loginHint"_s)->text().contains(u"Not a registry"_s));
        server->setText(m_registry);
        QVERIFY(accept->isEnabled());
        const QString line = u"docker login -u "_s + m_user + u" --password-stdin "_s + m_registry;
        QCOMPARE(child<QLabel>(dialog, u"loginCommand"_s)->text(), line);
        accept->click();

        auto *error = child<QLabel>(dialog, u"loginError"_s);
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 20000);
        QVERIFY2(error->text().contains(u"refused this user name and password"_s),
                 qPrintable(error->text()));
        QVERIFY(dialog->isVisible());
        QCOMPARE(server->text(), m_registry); // what was typed is kept
        QCOMPARE(user->text(), m_user);
        QCOMPARE(password->text(), u"wrong-"_s + m_password);
        QVERIFY(password->isEnabled() && accept->isEnabled());
        QVERIFY(m_store->logins().isEmpty());
        QVERIFY(!lookup(m_registry));
        CommandLog *log = m_workspace->commandLog();
        QCOMPARE(log->commandAt(log->rowCount() - 1), line);
        QCOMPARE(log->index(log->rowCount() - 1)
                     .data(CommandLog::StatusRole)
                     .value<CommandLog::Status>(),
                 CommandLog::Status::Failed);

        // The right password: checked, stored, listed.
        password->setText(m_password);
        accept->click();
        QPointer<LoginDialog> guard(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(!guard || !guard->isVisible(), 20000);
        QCOMPARE(log->index(log->rowCount() - 1)
                     .data(CommandLog::StatusRole)
                     .value<CommandLog::Status>(),
                 CommandLog::Status::Succeeded);
        QTRY_COMPARE(registries->list()->topLevelItemCount(), 1);
        QTreeWidgetItem *item = registries->list()->topLevelItem(0);
        QCOMPARE(item->text(0), m_registry);
        QCOMPARE(item->text(1), m_user);
        QCOMPARE(item->text(2), u"System keychain"_s);
        const auto found = lookup(m_registry);
        QVERIFY(found && found->password == m_password);
        registries->close();
    }

    void pullValidatesAsTypedShowsProgressAndUsesTheLogin()
    {
        ensureLoggedIn();
        m_workspace->imagesPage()->findChild<QAction *>(u"pullImageAction"_s)->trigger();
        PullDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_workspace->window()->findChild<PullDialog *>()));
        auto *reference = byAccessibleName<QLineEdit>(dialog, u"Image to pull"_s);
        auto *pull = byAccessibleName<QPushButton>(dialog, u"Pull"_s);
        QVERIFY(reference && pull);
        reference->setText(u"Not A/Reference"_s);
        QVERIFY(!pull->isEnabled());
        QVERIFY(child<QLabel>(dialog, u"pullHint"_s)->text().contains(u"Not a valid"_s));
        reference->setText(m_remote);
        QVERIFY(pull->isEnabled());
        QCOMPARE(child<QLabel>(dialog, u"pullDialogCommand"_s)->text(),
                 u"docker pull "_s + m_remote);
        pull->click();
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(dialog, u"pullDialogCommand"_s)->text() ==
                                     u"Pulled "_s + m_remote + u'.',
                                 60000);
        TransferProgressView *progress = dialog->progressView();
        QVERIFY(progress->isVisible());
        QVERIFY(progress->layerCount() >= 2); // the seed's layer (already there) and its own
        QCOMPARE(progress->overallBar()->value(), progress->overallBar()->maximum());
        int full = 0;
        for (QProgressBar *bar : progress->findChildren<QProgressBar *>()) {
            if (bar != progress->overallBar() && bar->value() == bar->maximum())
                ++full;
        }
        QCOMPARE(full, progress->layerCount());
        QVERIFY(unnamedActionableWidgets(dialog).isEmpty());
        QCOMPARE(byAccessibleName<QPushButton>(dialog, u"Close"_s), dialog->cancelButton());
        QTRY_VERIFY(m_workspace->imageModel()->findKey(m_remote).isValid()); // listing refreshed
        CommandLog *log = m_workspace->commandLog();
        QCOMPARE(log->commandAt(log->rowCount() - 1), u"docker pull "_s + m_remote);
        dialog->cancelButton()->click();
        QTRY_VERIFY(!m_workspace->window()->findChild<PullDialog *>());
        QVERIFY(testbed::docker({u"image"_s, u"rm"_s, m_remote}));
    }

    void pullWithoutLoginFailsInPlace()
    {
        forget();
        PullDialog *dialog = m_workspace->registryController()->openPull(m_remote);
        dialog->actionButton()->click();
        auto *error = child<QLabel>(dialog, u"pullDialogError"_s);
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 30000);
        QVERIFY2(error->text().contains(u"not logged in to "_s + m_registry),
                 qPrintable(error->text()));
        QCOMPARE(dialog->findChild<QLineEdit *>(u"pullReference"_s)->text(), m_remote);
        QVERIFY(dialog->actionButton()->isEnabled()); // try again after logging in
        dialog->close();
    }

    // A registry that accepts connections and never answers: the pull hangs until
    // cancelled. Cancel stops the request; closing the dialog does too.
    void pullCancel()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        const QString ref =
            u"127.0.0.1:"_s + QString::number(silent.serverPort()) + u"/gantry/hang:1"_s;
        CommandLog *log = m_workspace->commandLog();
        PullDialog *dialog = m_workspace->registryController()->openPull(ref);
        dialog->actionButton()->click();
        QTRY_VERIFY(dialog->isTransferring());
        QVERIFY(dialog->progressView()->isVisible());
        QVERIFY(!dialog->findChild<QLineEdit *>(u"pullReference"_s)->isEnabled());
        QVERIFY(!dialog->actionButton()->isEnabled());
        QTest::qWait(300);
        QVERIFY(dialog->isTransferring());
        QCOMPARE(dialog->progressView()->overallBar()->maximum(), 0); // busy: no news yet
        dialog->cancelButton()->click();
        auto *error = child<QLabel>(dialog, u"pullDialogError"_s);
        QTRY_VERIFY(error->isVisible());
        QVERIFY(error->text().contains(u"Cancelled"_s));
        QVERIFY(!dialog->isTransferring());
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->findChild<QLineEdit *>(u"pullReference"_s)->text(), ref);
        QVERIFY(dialog->findChild<QLineEdit *>(u"pullReference"_s)->isEnabled());
        QCOMPARE(log->commandAt(log->rowCount() - 1), u"docker pull "_s + ref);
        QCOMPARE(log->index(log->rowCount() - 1)
                     .data(CommandLog::StatusRole)
                     .value<CommandLog::Status>(),
                 CommandLog::Status::Failed);

        // Again, then Escape: the transfer stops and the dialog goes.
        dialog->actionButton()->click();
        QTRY_VERIFY(dialog->isTransferring());
        QPointer<PullDialog> guard(dialog);
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!guard);
        QTRY_VERIFY(log->index(log->rowCount() - 1)
                        .data(CommandLog::StatusRole)
                        .value<CommandLog::Status>() == CommandLog::Status::Failed);

        // Destroyed mid-transfer (the window going away): the pull stops, nothing crashes.
        dialog = m_workspace->registryController()->openPull(ref);
        dialog->actionButton()->click();
        QTRY_VERIFY(dialog->isTransferring());
        delete dialog;
        QTest::qWait(50);
    }

    void pushValidatesAsTyped()
    {
        const QString seed = testbed::env("GANTRY_TEST_IMAGE");
        PushDialog *dialog = m_workspace->registryController()->openPush(seed);
        QVERIFY(unnamedActionableWidgets(dialog).isEmpty());
        auto *target = byAccessibleName<QLineEdit>(dialog, u"Push to"_s);
        auto *push = byAccessibleName<QPushButton>(dialog, u"Push"_s);
        auto *hint = child<QLabel>(dialog, u"pushHint"_s);
        auto *command = child<QLabel>(dialog, u"pushDialogCommand"_s);
        QCOMPARE(target->text(), seed);
        target->setText(u"Upper/Case:tag"_s);
        QVERIFY(!push->isEnabled());
        QVERIFY(hint->text().contains(u"Not a valid"_s));
        QVERIFY(command->text().isEmpty());
        target->setText(u"myapp:1"_s); // Docker Hub, no namespace: would be denied
        QVERIFY(push->isEnabled());
        QVERIFY2(hint->text().contains(u"namespace"_s), qPrintable(hint->text()));
        QVERIFY(hint->text().contains(u"yourname/myapp"_s));
        target->setText(u"someone/myapp:1"_s);
        QVERIFY(hint->text().contains(u"Docker Hub, namespace someone"_s));
        const QString to = m_registry + u"/gantry/pushed:"_s + unique();
        target->setText(to);
        QVERIFY(hint->text().contains(u"To the registry "_s + m_registry));
        QCOMPARE(command->text(), u"docker tag "_s + seed + u' ' + to + u"\ndocker push "_s + to);
        dialog->close();
    }

    void pushNamesTheCauseThenPushes()
    {
        forget();
        const QString seed = testbed::env("GANTRY_TEST_IMAGE");
        const QString to = m_registry + u"/gantry/pushed:"_s + unique();
        m_cleanup << to;
        // From the page: the selected image.
        ImagesPage *page = m_workspace->imagesPage();
        auto *proxy = static_cast<QSortFilterProxyModel *>(page->view()->model());
        const QModelIndex p = proxy->mapFromSource(m_workspace->imageModel()->findKey(seed));
        QVERIFY(p.isValid());
        page->view()->expand(p.parent());
        page->view()->selectionModel()->select(p, QItemSelectionModel::ClearAndSelect |
                                                      QItemSelectionModel::Rows);
        QAction *action = page->findChild<QAction *>(u"pushImageAction"_s);
        QTRY_VERIFY(action->isEnabled());
        action->trigger();
        PushDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_workspace->window()->findChild<PushDialog *>()));
        QCOMPARE(dialog->source(), seed);
        dialog->setTarget(to);
        CommandLog *log = m_workspace->commandLog();
        const int before = log->rowCount();
        dialog->actionButton()->click();
        auto *error = child<QLabel>(dialog, u"pushDialogError"_s);
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 30000);
        QVERIFY2(error->text().contains(u"not logged in to "_s + m_registry),
                 qPrintable(error->text()));
        QCOMPARE(log->rowCount(), before + 2);
        QCOMPARE(log->commandAt(before), u"docker tag "_s + seed + u' ' + to);
        QCOMPARE(log->commandAt(before + 1), u"docker push "_s + to);
        QCOMPARE(dialog->target(), to);

        ensureLoggedIn();
        dialog->actionButton()->click(); // tagged already: pushes straight away
        auto *command = child<QLabel>(dialog, u"pushDialogCommand"_s);
        QTRY_VERIFY_WITH_TIMEOUT(command->text().startsWith(u"Pushed "_s + to), 60000);
        QVERIFY(command->text().contains(u"sha256:"_s));
        QVERIFY(dialog->progressView()->layerCount() >= 1);
        QCOMPARE(dialog->progressView()->overallBar()->value(),
                 dialog->progressView()->overallBar()->maximum());
        QCOMPARE(log->commandAt(log->rowCount() - 1), u"docker push "_s + to);
        dialog->close();
    }

    void logoutFromTheRegistriesDialog()
    {
        ensureLoggedIn();
        RegistriesDialog *dialog = m_workspace->registryController()->openRegistries();
        QTRY_COMPARE(dialog->list()->topLevelItemCount(), 1);
        auto *logout = byAccessibleName<QPushButton>(dialog, u"Log out"_s);
        QVERIFY(!logout->isEnabled()); // nothing selected
        dialog->list()->topLevelItem(0)->setSelected(true);
        QVERIFY(logout->isEnabled());
        logout->click();
        ConfirmDialog *confirm = nullptr;
        QTRY_VERIFY((confirm = dialog->findChild<ConfirmDialog *>()));
        confirm->acceptButton()->click();
        QTRY_COMPARE(dialog->list()->topLevelItemCount(), 0);
        QVERIFY(!lookup(m_registry));
        CommandLog *log = m_workspace->commandLog();
        QCOMPARE(log->commandAt(log->rowCount() - 1), u"docker logout "_s + m_registry);
        dialog->close();
    }

    // Without a keychain service (a child process whose D-Bus address leads nowhere), the
    // dialog says so and offers a login for this session only, which pulls then use.
    void sessionOnlyLoginWithoutKeychain()
    {
        if (qEnvironmentVariableIsSet("GANTRY_NO_KEYCHAIN_CHILD")) {
            sessionOnlyChild();
            return;
        }
        QProcess proc;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(u"GANTRY_NO_KEYCHAIN_CHILD"_s, u"1"_s);
        e.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/gantry-bus"_s);
        e.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        proc.setProcessEnvironment(e);
        proc.setProcessChannelMode(QProcess::MergedChannels);
        proc.start(QCoreApplication::applicationFilePath(), {u"sessionOnlyLoginWithoutKeychain"_s});
        QVERIFY(proc.waitForFinished(120000));
        const QByteArray output = proc.readAll();
        QVERIFY2(proc.exitStatus() == QProcess::NormalExit && proc.exitCode() == 0,
                 output.constData());
        QVERIFY2(output.contains("PASS   : TestRegistryDialogs::sessionOnlyLoginWithoutKeychain()"),
                 output.constData());
        QVERIFY(!output.contains(m_password.toUtf8()));
    }

    // Last: nothing the app wrote or logged holds the password.
    void passwordIsNowhere()
    {
        QSettings().sync();
        QVERIFY(QFile::exists(QSettings().fileName()));
        QCOMPARE(filesContaining(home->path(), m_password.toUtf8()), QStringList());
        QCOMPARE(filesContaining(home->path(), RegistryAuth::authHeader(login())), QStringList());
        CommandLog *log = m_workspace->commandLog();
        QVERIFY(log->rowCount() > 5);
        for (int r = 0; r < log->rowCount(); ++r) {
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole),
                             int(CommandLog::CommandRole), int(CommandLog::ErrorRole)})
                QVERIFY(!log->index(r).data(role).toString().contains(m_password));
        }
        for (const QString &m : messages())
            QVERIFY2(!m.contains(m_password), qPrintable(m));
    }

private:
    RegistryCredentials login() const { return {m_registry, m_user, m_password, {}}; }

    std::optional<RegistryCredentials> lookup(const QString &server)
    {
        std::optional<std::optional<RegistryCredentials>> out;
        m_store->lookup(server, this, [&](std::optional<RegistryCredentials> c) { out = c; });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 20000))
            qFatal("lookup did not call back");
        return *out;
    }

    void forget()
    {
        bool done = false;
        m_store->remove(m_registry, this, [&](const Keychain::Outcome &) { done = true; });
        if (!QTest::qWaitFor([&] { return done; }, 20000))
            qFatal("logout did not call back");
    }

    void ensureLoggedIn()
    {
        if (lookup(m_registry))
            return;
        bool done = false;
        m_store->store(login(), this, [&](const Keychain::Outcome &) { done = true; });
        if (!QTest::qWaitFor([&] { return done; }, 20000))
            qFatal("login did not call back");
    }

    void sessionOnlyChild()
    {
        LoginDialog *dialog = m_workspace->registryController()->openLogin(m_registry);
        dialog->findChild<QLineEdit *>(u"loginUser"_s)->setText(m_user);
        dialog->findChild<QLineEdit *>(u"loginPassword"_s)->setText(m_password);
        dialog->findChild<QPushButton *>(u"loginAccept"_s)->click();
        auto *text = child<QLabel>(dialog, u"loginSessionText"_s);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isOfferingSessionOnly(), 20000);
        QVERIFY2(text->text().contains(u"no keychain service"_s), qPrintable(text->text()));
        QVERIFY(m_store->keychainUnavailable());
        QVERIFY(m_store->logins().isEmpty()); // nothing stored until the user chooses
        QVERIFY(unnamedActionableWidgets(dialog).isEmpty());
        auto *sessionOnly =
            byAccessibleName<QPushButton>(dialog, u"Log in for this session only"_s);
        QVERIFY(sessionOnly);
        QPointer<LoginDialog> guard(dialog);
        sessionOnly->click();
        QTRY_VERIFY(!guard || !guard->isVisible());
        QCOMPARE(m_store->logins().size(), 1);
        QCOMPARE(m_store->logins().first().source, CredentialStore::Source::Session);

        PullDialog *pull = m_workspace->registryController()->openPull(m_remote);
        pull->actionButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(pull, u"pullDialogCommand"_s)->text() ==
                                     u"Pulled "_s + m_remote + u'.',
                                 60000);
        pull->close();
        QVERIFY(testbed::docker({u"image"_s, u"rm"_s, m_remote}));
        QSettings().sync();
        QCOMPARE(filesContaining(home->path(), m_password.toUtf8()), QStringList());
    }

    DockerClient *m_client = nullptr;
    ConnectionMonitor *m_monitor = nullptr;
    Workspace *m_workspace = nullptr;
    CredentialStore *m_store = nullptr;
    QString m_registry;
    QString m_user;
    QString m_password;
    QString m_remote;
    QStringList m_cleanup;
};

int main(int argc, char *argv[])
{
    QTemporaryDir dir;
    home = &dir;
    for (const char *sub : {"config", "data", "cache"})
        QDir().mkpath(dir.path() + u'/' + QLatin1StringView(sub));
    qputenv("HOME", dir.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", (dir.path() + u"/config"_s).toUtf8());
    qputenv("XDG_DATA_HOME", (dir.path() + u"/data"_s).toUtf8());
    qputenv("XDG_CACHE_HOME", (dir.path() + u"/cache"_s).toUtf8());
    qunsetenv("DOCKER_CONFIG");
    qInstallMessageHandler(recordMessage);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"GantryTest"_s);
    QCoreApplication::setApplicationName(u"tst_registry_dialogs"_s);
    TestRegistryDialogs test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_registry_dialogs.moc"
