#include "AccessibilityCheck.h"
#include "MainWindow.h"
#include "TestBed.h"
#include "Workspace.h"
#include "actions/CommandLog.h"
#include "api/ConnectionMonitor.h"
#include "api/DockerClient.h"
#include "containers/ContainersPage.h"
#include "live/Refresher.h"
#include "run/RunController.h"
#include "run/RunDialog.h"
#include "widgets/ConfirmDialog.h"
#include "widgets/MessageBanner.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTcpServer>
#include <QUuid>
#include <QtTest>

using namespace gantry;
using namespace Qt::StringLiterals;

namespace {

using testbed::freePort;
using testbed::inspect;
using testbed::unique;

QString state(const QJsonObject &c)
{
    return c.value("State"_L1).toObject().value("Status"_L1).toString();
}

QStringList cmd(const QJsonObject &c)
{
    QStringList out;
    for (const QJsonValue &v : c.value("Config"_L1).toObject().value("Cmd"_L1).toArray())
        out << v.toString();
    return out;
}

// The HTTP status the seed image's httpd gives on 127.0.0.1:port, "000" when nothing answers.
QByteArray httpStatus(int port)
{
    QProcess curl;
    curl.start(u"curl"_s, {u"-s"_s, u"-m"_s, u"5"_s, u"-o"_s, u"/dev/null"_s, u"-w"_s,
                           u"%{http_code}"_s, u"http://127.0.0.1:%1/"_s.arg(port)});
    curl.waitForFinished(10000);
    return curl.readAllStandardOutput();
}

// Every container, running or not, whose name contains `part`.
QStringList containersNamed(const QString &part)
{
    const auto out = testbed::docker(
        {u"ps"_s, u"-a"_s, u"--filter"_s, u"name="_s + part, u"--format"_s, u"{{.Names}}"_s});
    return out ? QString::fromUtf8(*out).split(u'\n', Qt::SkipEmptyParts) : QStringList();
}

} // namespace

class TestRecreate : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (!testbed::available())
            QFAIL(testbed::missingMessage());
        m_image = testbed::env("GANTRY_TEST_IMAGE");
        m_client = new DockerClient(testbed::endpoint(), this);
        m_monitor = new ConnectionMonitor(m_client, this);
        m_workspace = new Workspace(m_client, m_monitor, this);
        m_workspace->start();
        m_monitor->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_workspace->refresher()->isFirstRefreshDone(), 10000);
    }

    void cleanupTestCase()
    {
        for (const QString &n : std::as_const(m_names)) {
            for (const QString &c : containersNamed(n))
                testbed::docker({u"rm"_s, u"-f"_s, u"-v"_s, c});
        }
        delete m_workspace;
    }

    // Today's user path: the port the container publishes is not "taken by another
    // container", and a new command keeps the port.
    void newCommandKeepsThePortAndRemovesTheOld()
    {
        const auto [name, port] = startWebServer();
        const QString oldId = inspect(name).value("Id"_L1).toString();
        RunDialog *dialog = openRecreate(name);
        QVERIFY2(dialog->errors().isEmpty(), qPrintable(dialog->errors().join(u'\n')));
        QVERIFY(byAccessibleName<QPushButton>(dialog, u"Recreate"_s)->isEnabled());
        dialog->findChild<QLineEdit *>(u"runCommand"_s)
            ->setText(u"httpd -f -v -p 80 -h /var/www"_s);
        ConfirmDialog *confirm = clickRecreate(dialog);
        auto *details = confirm->findChild<QPlainTextEdit *>(u"confirmDetails"_s);
        QVERIFY(details && details->isVisibleTo(confirm));
        QCOMPARE(details->toPlainText(),
                 u"Command: httpd -f -p 80 -h /var/www → httpd -f -v -p 80 -h /var/www"_s);
        const int logged = m_workspace->commandLog()->rowCount();
        const QPointer<RunDialog> guard(dialog);
        confirm->acceptButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!guard || !guard->isVisible(), 20000);

        const QJsonObject now = inspect(name);
        QVERIFY(now.value("Id"_L1).toString() != oldId);
        QCOMPARE(state(now), u"running"_s);
        QCOMPARE(cmd(now), (QStringList{u"httpd"_s, u"-f"_s, u"-v"_s, u"-p"_s, u"80"_s, u"-h"_s,
                                        u"/var/www"_s}));
        QTRY_COMPARE_WITH_TIMEOUT(httpStatus(port), QByteArray("200"), 5000);
        QVERIFY(inspect(oldId).isEmpty());
        QCOMPARE(containersNamed(name), QStringList{name}); // nothing left aside
        const QString aside = name + u"-gantry-old-"_s + oldId.left(12);
        QCOMPARE(loggedSince(logged),
                 (QStringList{u"docker rename "_s + name + u' ' + aside,
                              u"docker create --name "_s + name, u"docker stop -t 2 "_s + aside,
                              u"docker start "_s + name, u"docker rm "_s + aside}));
    }

    void failedStartBringsTheOldOneBack()
    {
        const auto [name, port] = startWebServer();
        const QJsonObject before = inspect(name);
        RunDialog *dialog = openRecreate(name);
        dialog->findChild<QLineEdit *>(u"runCommand"_s)->setText(u"gantry-no-such-command"_s);
        clickRecreate(dialog)->acceptButton()->click();
        auto *error = dialog->findChild<QLabel *>(u"engineError"_s);
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisibleTo(dialog), 20000);
        QVERIFY2(error->text().contains(u"gantry-no-such-command"_s), qPrintable(error->text()));
        QVERIFY2(error->text().contains(u"back as it was"_s), qPrintable(error->text()));
        expectUntouched(name, port, before, true);
        QVERIFY(dialog->isVisible());
        QVERIFY(byAccessibleName<QPushButton>(dialog, u"Recreate"_s)->isEnabled());
        dialog->reject();
    }

    void failedCreateDoesNotEvenStopTheOldOne()
    {
        const auto [name, port] = startWebServer();
        const QJsonObject before = inspect(name);
        RunDialog *dialog = openRecreate(name);
        dialog->findChild<QComboBox *>(u"runImage"_s)->setEditText(u"gantry-no-such-image:1"_s);
        clickRecreate(dialog)->acceptButton()->click();
        auto *error = dialog->findChild<QLabel *>(u"engineError"_s);
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisibleTo(dialog), 20000);
        QVERIFY2(error->text().contains(u"No such image"_s), qPrintable(error->text()));
        expectUntouched(name, port, before, false);
        dialog->reject();
    }

    void closingDuringTheStopLosesNothing()
    {
        const auto [name, port] = startWebServer(u"4"_s);
        const QString oldId = inspect(name).value("Id"_L1).toString();
        RunDialog *dialog = openRecreate(name);
        auto *env = dialog->findChild<QPlainTextEdit *>(u"runEnv"_s);
        env->setPlainText(env->toPlainText() + u"\nSTAGE=two"_s);
        const QPointer<RunDialog> guard(dialog);
        clickRecreate(dialog)->acceptButton()->click();
        CommandLog *log = m_workspace->commandLog();
        QTRY_VERIFY_WITH_TIMEOUT(
            log->commandAt(log->rowCount() - 1).startsWith(u"docker stop -t 4 "_s), 10000);
        QCOMPARE(log->index(log->rowCount() - 1)
                     .data(CommandLog::StatusRole)
                     .value<CommandLog::Status>(),
                 CommandLog::Status::Running);
        // Every way a user closes a dialog, while the old one stops.
        QVERIFY(!byAccessibleName<QPushButton>(dialog, u"Cancel"_s)->isEnabled());
        dialog->reject();
        dialog->close();
        QTest::keyClick(dialog, Qt::Key_Escape);
        QVERIFY(guard && guard->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!guard || !guard->isVisible(), 20000);
        const QJsonObject now = inspect(name);
        QVERIFY(now.value("Id"_L1).toString() != oldId);
        QCOMPARE(state(now), u"running"_s);
        QVERIFY(now.value("Config"_L1)
                    .toObject()
                    .value("Env"_L1)
                    .toArray()
                    .contains(QJsonValue(u"STAGE=two"_s)));
        QTRY_COMPARE_WITH_TIMEOUT(httpStatus(port), QByteArray("200"), 5000);
        QCOMPARE(containersNamed(name), QStringList{name});
    }

    // A --rm container is removed by the engine when it stops: when the new one does not
    // start, one with the old settings takes the name again and answers on the port.
    void autoRemovedContainerIsBroughtBack()
    {
        const auto [name, port] = startWebServer(u"1"_s, true);
        RunDialog *dialog = openRecreate(name);
        dialog->findChild<QLineEdit *>(u"runCommand"_s)->setText(u"gantry-no-such-command"_s);
        ConfirmDialog *confirm = clickRecreate(dialog);
        const QList<QLabel *> labels = confirm->findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.begin(), labels.end(), [](QLabel *l) {
            return l->isVisibleTo(l->window()) && l->text().contains(u"--rm"_s);
        }));
        confirm->acceptButton()->click();
        auto *error = dialog->findChild<QLabel *>(u"engineError"_s);
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisibleTo(dialog), 20000);
        QVERIFY2(error->text().contains(u"with its settings runs in its place"_s),
                 qPrintable(error->text()));
        const QJsonObject now = inspect(name);
        QCOMPARE(state(now), u"running"_s);
        QVERIFY(now.value("HostConfig"_L1).toObject().value("AutoRemove"_L1).toBool());
        QCOMPARE(cmd(now).value(0), u"httpd"_s);
        QTRY_COMPARE_WITH_TIMEOUT(httpStatus(port), QByteArray("200"), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(containersNamed(name), QStringList{name}, 10000);
        // A second try works from the restored container.
        dialog->findChild<QLineEdit *>(u"runCommand"_s)
            ->setText(u"httpd -f -v -p 80 -h /var/www"_s);
        const QPointer<RunDialog> guard(dialog);
        clickRecreate(dialog)->acceptButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!guard || !guard->isVisible(), 20000);
        QCOMPARE(cmd(inspect(name)).value(1), u"-f"_s);
        QCOMPARE(cmd(inspect(name)).value(2), u"-v"_s);
        QTRY_COMPARE_WITH_TIMEOUT(httpStatus(port), QByteArray("200"), 5000);
    }

    // An anonymous volume (-v /data) goes to the new container by name: its data is there.
    void anonymousVolumeKeepsItsData()
    {
        const QString name = startWithVolume(false);
        const QString volume = volumeAt(inspect(name), u"/data"_s);
        QVERIFY(!volume.isEmpty());
        RunDialog *dialog = openRecreate(name);
        dialog->findChild<QLineEdit *>(u"runCommand"_s)->setText(u"sleep 601"_s);
        const QPointer<RunDialog> guard(dialog);
        clickRecreate(dialog)->acceptButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!guard || !guard->isVisible(), 20000);
        const QJsonObject now = inspect(name);
        QCOMPARE(cmd(now), (QStringList{u"sleep"_s, u"601"_s}));
        QCOMPARE(volumeAt(now, u"/data"_s), volume);
        QCOMPARE(testbed::docker({u"exec"_s, name, u"cat"_s, u"/data/file"_s}).value_or(""),
                 QByteArray("kept\n"));
        QCOMPARE(containersNamed(name), QStringList{name});
    }

    // A --rm container with an anonymous volume whose replacement does not start: the new
    // one is removed with -v, the old one is gone with its stop, and the one restored from
    // its settings has the same volume, data included.
    void autoRemovedRollbackKeepsTheVolume()
    {
        const QString name = startWithVolume(true);
        const QString volume = volumeAt(inspect(name), u"/data"_s);
        QVERIFY(!volume.isEmpty());
        RunDialog *dialog = openRecreate(name);
        dialog->findChild<QLineEdit *>(u"runCommand"_s)->setText(u"gantry-no-such-command"_s);
        clickRecreate(dialog)->acceptButton()->click();
        auto *error = dialog->findChild<QLabel *>(u"engineError"_s);
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisibleTo(dialog), 20000);
        QVERIFY2(error->text().contains(u"with its settings runs in its place"_s),
                 qPrintable(error->text()));
        const QJsonObject now = inspect(name);
        QCOMPARE(state(now), u"running"_s);
        QCOMPARE(volumeAt(now, u"/data"_s), volume);
        QCOMPARE(testbed::docker({u"exec"_s, name, u"cat"_s, u"/data/file"_s}).value_or(""),
                 QByteArray("kept\n"));
        QTRY_COMPARE_WITH_TIMEOUT(containersNamed(name), QStringList{name}, 10000);
        dialog->reject();
    }

    // The old container cannot be removed at the end (here: it is gone already): the new
    // one runs, the dialog closes, and the user is told on the containers page.
    void oldOneNotRemovedIsShown()
    {
        const auto [name, port] = startWebServer(u"4"_s);
        const QString oldId = inspect(name).value("Id"_L1).toString();
        RunDialog *dialog = openRecreate(name);
        dialog->findChild<QLineEdit *>(u"runCommand"_s)
            ->setText(u"httpd -f -v -p 80 -h /var/www"_s);
        const QPointer<RunDialog> guard(dialog);
        clickRecreate(dialog)->acceptButton()->click();
        CommandLog *log = m_workspace->commandLog();
        QTRY_VERIFY_WITH_TIMEOUT(
            log->commandAt(log->rowCount() - 1).startsWith(u"docker stop -t 4 "_s), 10000);
        QVERIFY(testbed::docker({u"rm"_s, u"-f"_s, oldId}));
        QTRY_VERIFY_WITH_TIMEOUT(!guard || !guard->isVisible(), 20000);
        QCOMPARE(state(inspect(name)), u"running"_s);
        MessageBanner *banner = m_workspace->containersPage()->banner();
        QVERIFY(banner->isVisibleTo(m_workspace->window()));
        QVERIFY2(banner->text().contains(u"could not be removed"_s), qPrintable(banner->text()));
        QVERIFY2(banner->text().contains(name + u"-gantry-old-"_s), qPrintable(banner->text()));
        banner->hide();
    }

private:
    // A container with an anonymous volume at /data holding "file", stopped within a second.
    QString startWithVolume(bool autoRemove)
    {
        const QString name = unique("gantry-recreate-");
        m_names << name;
        QStringList args{u"run"_s, u"-d"_s,    u"--name"_s,         name,
                         u"-v"_s,  u"/data"_s, u"--stop-timeout"_s, u"1"_s};
        if (autoRemove)
            args << u"--rm"_s;
        args << m_image << u"sh"_s << u"-c"_s << u"echo kept > /data/file; exec sleep 600"_s;
        if (!testbed::docker(args))
            qFatal("cannot start the container");
        const auto written = [&] {
            return testbed::docker({u"exec"_s, name, u"cat"_s, u"/data/file"_s}).value_or("") ==
                   "kept\n";
        };
        if (!QTest::qWaitFor(written, 5000))
            qFatal("the container did not write its file");
        m_workspace->refresher()->refresh(Refresher::Containers);
        QTest::qWait(500);
        return name;
    }

    // The name of the volume mounted at `target`, from an inspect's Mounts.
    static QString volumeAt(const QJsonObject &c, const QString &target)
    {
        for (const QJsonValue &m : c.value("Mounts"_L1).toArray()) {
            if (m.toObject().value("Destination"_L1).toString() == target)
                return m.toObject().value("Name"_L1).toString();
        }
        return {};
    }

private:
    // The seed image's httpd published on 127.0.0.1, stopped within `stopTimeout` seconds
    // (as PID 1 it ignores SIGTERM: a stop always waits the whole grace period).
    std::pair<QString, int> startWebServer(const QString &stopTimeout = u"2"_s,
                                           bool autoRemove = false)
    {
        const QString name = unique("gantry-recreate-");
        m_names << name;
        const int port = freePort();
        QStringList args{u"run"_s,
                         u"-d"_s,
                         u"--name"_s,
                         name,
                         u"-p"_s,
                         u"127.0.0.1:%1:80"_s.arg(port),
                         u"--stop-timeout"_s,
                         stopTimeout};
        if (autoRemove)
            args << u"--rm"_s;
        args << m_image << u"httpd"_s << u"-f"_s << u"-p"_s << u"80"_s << u"-h"_s << u"/var/www"_s;
        if (!testbed::docker(args))
            qFatal("cannot start the web server");
        if (!QTest::qWaitFor([port] { return httpStatus(port) == "200"; }, 5000))
            qFatal("the web server does not answer");
        // The dialog checks ports against the listing: wait until it holds this one.
        m_workspace->refresher()->refresh(Refresher::Containers);
        QTest::qWait(500);
        return {name, port};
    }

    RunDialog *openRecreate(const QString &name)
    {
        m_workspace->runController()->editAndRecreate(inspect(name).value("Id"_L1).toString());
        RunDialog *dialog = nullptr;
        const auto find = [&] {
            for (RunDialog *d : m_workspace->window()->findChildren<RunDialog *>()) {
                if (d->isVisible() && d->windowTitle().contains(name))
                    dialog = d;
            }
            return dialog != nullptr;
        };
        if (!QTest::qWaitFor(find, 10000))
            qFatal("no recreate dialog");
        return dialog;
    }

    static ConfirmDialog *clickRecreate(RunDialog *dialog)
    {
        byAccessibleName<QPushButton>(dialog, u"Recreate"_s)->click();
        ConfirmDialog *confirm = nullptr;
        if (!QTest::qWaitFor([&] { return (confirm = dialog->findChild<ConfirmDialog *>()); },
                             5000))
            qFatal("no confirmation");
        return confirm;
    }

    // Same ID, same name, still running (and, unless it was stopped and started again,
    // never stopped), answering on its port, and nothing else under its name.
    void expectUntouched(const QString &name, int port, const QJsonObject &before, bool restarted)
    {
        const QJsonObject now = inspect(name);
        QCOMPARE(now.value("Id"_L1).toString(), before.value("Id"_L1).toString());
        QCOMPARE(now.value("Name"_L1).toString(), u'/' + name);
        QCOMPARE(state(now), u"running"_s);
        const auto started = [](const QJsonObject &c) {
            return c.value("State"_L1).toObject().value("StartedAt"_L1).toString();
        };
        QCOMPARE(started(now) != started(before), restarted);
        QTRY_COMPARE_WITH_TIMEOUT(httpStatus(port), QByteArray("200"), 5000);
        QCOMPARE(containersNamed(name), QStringList{name});
    }

    // The logged command lines since row `from`, each cut after its first three words
    // (create lines are long).
    QStringList loggedSince(int from) const
    {
        QStringList out;
        CommandLog *log = m_workspace->commandLog();
        for (int r = from; r < log->rowCount(); ++r) {
            QString line = log->commandAt(r);
            if (line.startsWith(u"docker create "_s))
                line = line.section(u' ', 0, 3);
            out << line;
        }
        return out;
    }

    DockerClient *m_client = nullptr;
    ConnectionMonitor *m_monitor = nullptr;
    Workspace *m_workspace = nullptr;
    QString m_image;
    QStringList m_names;
};

QTEST_MAIN(TestRecreate)
#include "tst_recreate.moc"
