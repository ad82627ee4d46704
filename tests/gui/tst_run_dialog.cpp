#include "AccessibilityCheck.h"
#include "MainWindow.h"
#include "TestBed.h"
#include "Workspace.h"
#include "actions/CommandLog.h"
#include "api/ConnectionMonitor.h"
#include "api/DockerClient.h"
#include "listings/ContainerModel.h"
#include "listings/PortModel.h"
#include "live/Refresher.h"
#include "run/PortMappingEditor.h"
#include "run/RunController.h"
#include "run/RunDialog.h"
#include "run/VolumeMountEditor.h"
#include "widgets/ConfirmDialog.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeView>
#include <QUuid>
#include <QtTest>

using namespace gantry;
using namespace Qt::StringLiterals;

namespace {

using testbed::freePort;
using testbed::inspect;
using testbed::unique;

} // namespace

// Receives what would open in the browser.
class UrlCatcher : public QObject {
    Q_OBJECT
public:
    QList<QUrl> urls;
public slots:
    void open(const QUrl &url) { urls << url; }
};

class TestRunDialog : public QObject {
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
        // A container whose name is then taken.
        m_taken = unique("gantry-taken-");
        m_names << m_taken;
        QVERIFY(testbed::docker(
            {u"create"_s, u"--name"_s, m_taken, u"--network"_s, u"none"_s, m_image}));
        QTRY_VERIFY(containerNamed(m_taken));
    }

    void cleanupTestCase()
    {
        for (const QString &n : std::as_const(m_names))
            testbed::docker({u"rm"_s, u"-f"_s, u"-v"_s, n});
        delete m_workspace;
    }

    void badInputGivesAnInlineErrorAndNoApiCall_data()
    {
        QTest::addColumn<QString>("what");
        QTest::newRow("port 0") << u"port0"_s;
        QTest::newRow("port 70000") << u"port70000"_s;
        QTest::newRow("duplicate host port") << u"duplicate"_s;
        QTest::newRow("relative container path") << u"relative"_s;
        QTest::newRow("missing bind path") << u"missingBind"_s;
        QTest::newRow("invalid name") << u"badName"_s;
        QTest::newRow("taken name") << u"takenName"_s;
    }

    void badInputGivesAnInlineErrorAndNoApiCall()
    {
        QFETCH(QString, what);
        RunDialog *dialog = m_workspace->runController()->runNew(m_image);
        const int logged = m_workspace->commandLog()->rowCount();
        auto *name = dialog->findChild<QLineEdit *>(u"runName"_s);
        QLabel *inline_ = nullptr;
        const int port = freePort();
        if (what.startsWith(u"port"_s) || what == u"duplicate"_s) {
            dialog->ports()->addRow();
            dialog->findChild<QLineEdit *>(u"containerPort1"_s)->setText(u"80"_s);
            auto *host = dialog->findChild<QLineEdit *>(u"hostPort1"_s);
            host->setText(what == u"port0"_s       ? u"0"_s
                          : what == u"port70000"_s ? u"70000"_s
                                                   : QString::number(port));
            if (what == u"duplicate"_s) {
                dialog->ports()->addRow();
                dialog->findChild<QLineEdit *>(u"containerPort2"_s)->setText(u"81"_s);
                dialog->findChild<QLineEdit *>(u"hostPort2"_s)->setText(QString::number(port));
                inline_ = dialog->findChild<QLabel *>(u"portError2"_s);
            } else {
                inline_ = dialog->findChild<QLabel *>(u"portError1"_s);
            }
        } else if (what == u"relative"_s || what == u"missingBind"_s) {
            dialog->mounts()->addRow();
            auto *kind = dialog->findChild<QComboBox *>(u"mountKind1"_s);
            kind->setCurrentIndex(kind->findData(int(
                what == u"relative"_s ? VolumeMount::Kind::Anonymous : VolumeMount::Kind::Bind)));
            if (what == u"missingBind"_s)
                dialog->findChild<QComboBox *>(u"mountSource1"_s)
                    ->setEditText(u"/nonexistent/gantry-path"_s);
            dialog->findChild<QLineEdit *>(u"mountTarget1"_s)
                ->setText(what == u"relative"_s ? u"data"_s : u"/data"_s);
            inline_ = dialog->findChild<QLabel *>(u"mountError1"_s);
        } else {
            name->setText(what == u"badName"_s ? u"-bad name"_s : m_taken);
            inline_ = dialog->findChild<QLabel *>(u"nameError"_s);
        }
        QVERIFY(inline_);
        QVERIFY2(!inline_->isHidden(), qPrintable(what)); // shown (its tab may be behind another)
        QVERIFY(!inline_->text().isEmpty());
        QVERIFY(!dialog->errors().isEmpty());
        auto *run = byAccessibleName<QPushButton>(dialog, u"Run"_s);
        QVERIFY(!run->isEnabled());
        run->click();
        QTest::qWait(200);
        QCOMPARE(m_workspace->commandLog()->rowCount(), logged); // nothing was sent
        QVERIFY(dialog->isVisible());
        dialog->reject();
    }

    void previewFollowsEveryField()
    {
        RunDialog *dialog = m_workspace->runController()->runNew(m_image);
        auto *preview = byAccessibleName<QPlainTextEdit>(dialog, u"docker run command line"_s);
        QVERIFY(preview);
        QVERIFY(preview->toPlainText().startsWith(u"docker run"_s));
        dialog->findChild<QLineEdit *>(u"runName"_s)->setText(u"web-preview"_s);
        QVERIFY(preview->toPlainText().contains(u"--name web-preview"_s));
        dialog->findChild<QPlainTextEdit *>(u"runEnv"_s)->setPlainText(u"MODE=dev"_s);
        QVERIFY(preview->toPlainText().contains(u"MODE=dev"_s));
        dialog->findChild<QLineEdit *>(u"runCommand"_s)->setText(u"httpd -f -p 80"_s);
        QVERIFY(preview->toPlainText().endsWith(m_image + u" httpd -f -p 80"_s));
        QCOMPARE(preview->toPlainText(), dialog->commandLine());
        const QStringList unnamed = unnamedActionableWidgets(dialog);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
        dialog->reject();
    }

    void runsAPublishedWebServer()
    {
        RunDialog *dialog = m_workspace->runController()->runNew(m_image);
        const QString name = unique("gantry-web-");
        m_names << name;
        const int port = freePort();
        dialog->findChild<QLineEdit *>(u"runName"_s)->setText(name);
        dialog->findChild<QLineEdit *>(u"runCommand"_s)->setText(u"httpd -f -p 80 -h /var/www"_s);
        dialog->ports()->addRow();
        dialog->findChild<QLineEdit *>(u"hostIp1"_s)->setText(u"127.0.0.1"_s);
        dialog->findChild<QLineEdit *>(u"hostPort1"_s)->setText(QString::number(port));
        dialog->findChild<QLineEdit *>(u"containerPort1"_s)->setText(u"80"_s);
        QVERIFY2(dialog->errors().isEmpty(), qPrintable(dialog->errors().join(u'\n')));
        const QString line = dialog->commandLine();
        byAccessibleName<QPushButton>(dialog, u"Run"_s)->click();
        // It closes on success, and deletes itself: never touch it after that.
        const QPointer<RunDialog> guard(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(!guard || !guard->isVisible(), 10000);
        QCOMPARE(inspect(name).value("State"_L1).toObject().value("Status"_L1).toString(),
                 u"running"_s);
        QCOMPARE(m_workspace->commandLog()->commandAt(m_workspace->commandLog()->rowCount() - 1),
                 line);

        // It answers on 127.0.0.1.
        QProcess curl;
        curl.start(u"curl"_s, {u"-s"_s, u"-o"_s, u"/dev/null"_s, u"-w"_s, u"%{http_code}"_s,
                               u"http://127.0.0.1:%1/"_s.arg(port)});
        QVERIFY(curl.waitForFinished(10000));
        QCOMPARE(curl.readAllStandardOutput(), QByteArray("200"));

        // The ports page lists it and opens it in the browser.
        m_workspace->window()->showPage(u"portsPage"_s); // built when first shown
        auto *ports = m_workspace->window()->findChild<QWidget *>(u"portsPage"_s);
        auto *view = byAccessibleName<QTreeView>(ports, u"Published ports"_s);
        QVERIFY(view);
        QModelIndex row;
        QTRY_VERIFY_WITH_TIMEOUT((row = findRow(view, QString::number(port))).isValid(), 3000);
        view->selectionModel()->select(row, QItemSelectionModel::ClearAndSelect |
                                                QItemSelectionModel::Rows);
        UrlCatcher catcher;
        QDesktopServices::setUrlHandler(u"http"_s, &catcher, "open");
        byAccessibleName<QToolButton>(ports, u"Open in browser"_s)->click();
        QDesktopServices::unsetUrlHandler(u"http"_s);
        QCOMPARE(catcher.urls, QList<QUrl>{QUrl(u"http://127.0.0.1:%1/"_s.arg(port))});
    }

    void engineErrorKeepsEveryField()
    {
        RunDialog *dialog = m_workspace->runController()->runNew(u"gantry-no-such-image:1"_s);
        const QString name = unique("gantry-fail-");
        dialog->findChild<QLineEdit *>(u"runName"_s)->setText(name);
        dialog->findChild<QPlainTextEdit *>(u"runEnv"_s)->setPlainText(u"KEEP=me"_s);
        byAccessibleName<QPushButton>(dialog, u"Run"_s)->click();
        auto *error = dialog->findChild<QLabel *>(u"engineError"_s);
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisibleTo(dialog), 5000);
        QVERIFY2(error->text().contains(u"No such image"_s), qPrintable(error->text()));
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->findChild<QLineEdit *>(u"runName"_s)->text(), name);
        QCOMPARE(dialog->findChild<QPlainTextEdit *>(u"runEnv"_s)->toPlainText(), u"KEEP=me"_s);
        QVERIFY(byAccessibleName<QPushButton>(dialog, u"Run"_s)->isEnabled());
        dialog->reject();
    }

    void editAndRecreateKeepsTheNameAndAppliesTheChange()
    {
        const QString name = unique("gantry-recreate-");
        m_names << name;
        QVERIFY(testbed::docker({u"run"_s, u"-d"_s, u"--name"_s, name, u"--network"_s, u"none"_s,
                                 u"-e"_s, u"STAGE=one"_s, m_image, u"sleep"_s, u"300"_s}));
        const QString oldId = inspect(name).value("Id"_L1).toString();
        QTRY_VERIFY(containerNamed(name));
        m_workspace->runController()->editAndRecreate(oldId);
        RunDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_workspace->window()->findChild<RunDialog *>()));
        auto *env = dialog->findChild<QPlainTextEdit *>(u"runEnv"_s);
        QVERIFY2(env->toPlainText().contains(u"STAGE=one"_s), qPrintable(env->toPlainText()));
        QCOMPARE(dialog->findChild<QLineEdit *>(u"runName"_s)->text(), name);
        QVERIFY(dialog->errors().isEmpty()); // its own name is not "taken"
        env->setPlainText(env->toPlainText().replace(u"STAGE=one"_s, u"STAGE=two"_s));
        byAccessibleName<QPushButton>(dialog, u"Recreate"_s)->click();
        ConfirmDialog *confirm = nullptr;
        QTRY_VERIFY((confirm = dialog->findChild<ConfirmDialog *>()));
        confirm->acceptButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(
            inspect(name).value("Id"_L1).toString() != oldId && !inspect(name).isEmpty(), 20000);
        const QJsonObject now = inspect(name);
        QVERIFY(now.value("Config"_L1)
                    .toObject()
                    .value("Env"_L1)
                    .toArray()
                    .contains(QJsonValue(u"STAGE=two"_s)));
        // Created, then started: wait for the second step.
        QTRY_COMPARE_WITH_TIMEOUT(
            inspect(name).value("State"_L1).toObject().value("Status"_L1).toString(), u"running"_s,
            10000);
    }

private:
    bool containerNamed(const QString &name) const
    {
        std::function<bool(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
            const ContainerModel *m = m_workspace->containerModel();
            for (int r = 0; r < m->rowCount(parent); ++r) {
                const QModelIndex i = m->index(r, 0, parent);
                if (const ContainerSummary *c = m->container(i); c && c->names.value(0) == name)
                    return true;
                if (walk(i))
                    return true;
            }
            return false;
        };
        return walk({});
    }

    static QModelIndex findRow(QTreeView *view, const QString &port)
    {
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            const QModelIndex i = view->model()->index(r, 0);
            if (i.data().toString().contains(u':' + port + u'/'))
                return i;
        }
        return {};
    }

    DockerClient *m_client = nullptr;
    ConnectionMonitor *m_monitor = nullptr;
    Workspace *m_workspace = nullptr;
    QString m_image;
    QString m_taken;
    QStringList m_names;
};

QTEST_MAIN(TestRunDialog)
#include "tst_run_dialog.moc"
