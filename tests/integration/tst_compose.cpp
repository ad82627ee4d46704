// Compose projects against the test bed with Debian's docker-compose (v1): a project of two
// services on a user network with a named volume, started by the CLI with -f a.yml -f b.yml,
// is adopted (both files and .env shown); the project actions stop, start and remove act on
// every container in order; Down through Gantry removes containers and network and keeps the
// volume unless asked; Up brings it back; no compose tool, or a remote engine: the message.
#include "Fixtures.h"
#include "MainWindow.h"
#include "Screenshots.h"
#include "TestBed.h"
#include "Workspace.h"
#include "actions/CommandLog.h"
#include "api/ConnectionMonitor.h"
#include "compose/ComposeProjectDialog.h"
#include "containers/ContainersPage.h"
#include "details/DetailsPanel.h"
#include "listings/ContainerModel.h"
#include "live/LogFeed.h"
#include "live/LogModel.h"
#include "live/Refresher.h"
#include "logs/LogView.h"
#include "widgets/ConfirmDialog.h"
#include "widgets/MessageBanner.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

using namespace gantry;
using namespace Qt::StringLiterals;

class TestCompose : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (!testbed::available())
            QFAIL(testbed::missingMessage());
        QVERIFY2(!QStandardPaths::findExecutable(u"docker-compose"_s).isEmpty(),
                 "docker-compose is missing: scripts/install-deps.sh installs it");
        QVERIFY(m_dir.isValid());
        m_project = testbed::unique("gantrycompose");
        // SIGKILL as stop signal: sh as PID 1 ignores SIGTERM, and the test stays fast.
        QVERIFY(writeFile(m_dir.filePath(u"a.yml"_s), R"(version: "2.4"
services:
  web:
    image: ${GANTRY_IMAGE}   # from .env
    command: ["sh", "-c", "echo web-up; sleep 600"]
    stop_signal: SIGKILL
    networks: [front]
    volumes: ["data:/data"]
networks:
  front: {}
volumes:
  data: {}
)"));
        QVERIFY(writeFile(m_dir.filePath(u"b.yml"_s), R"(version: "2.4"
services:
  worker:
    image: ${GANTRY_IMAGE}
    command: ["sh", "-c", "echo worker-up; sleep 600"]
    stop_signal: SIGKILL
    networks: [front]
    depends_on: [web]
)"));
        QVERIFY(writeFile(m_dir.filePath(u".env"_s),
                          "GANTRY_IMAGE=" + testbed::env("GANTRY_TEST_IMAGE").toUtf8() + '\n'));
        QVERIFY(compose({u"up"_s, u"-d"_s}));
    }

    void cleanupTestCase()
    {
        if (!m_project.isEmpty())
            compose({u"down"_s, u"-v"_s});
    }

    void adoptedWithBothFiles()
    {
        Fixture f;
        ComposeProjectDialog *dialog = f.openDialog(m_project);
        QVERIFY(dialog);
        const QString a = m_dir.filePath(u"a.yml"_s), b = m_dir.filePath(u"b.yml"_s);
        QCOMPARE(dialog->shownFiles(), (QStringList{a, b, m_dir.filePath(u".env"_s)}));
        auto *facts = dialog->findChild<QLabel *>(u"composeFacts"_s);
        QVERIFY(facts->text().contains(a + u", "_s + b));
        QVERIFY(facts->text().contains(u"web, worker"_s));
        QTRY_VERIFY(dialog->button(ComposeCommandSpec::Verb::Up)->isEnabled());
        QVERIFY(
            dialog->findChild<QLabel *>(u"composeTool"_s)->text().contains(u"docker-compose"_s));
        QVERIFY(dialog->findChild<MessageBanner *>(u"composeBanner"_s)->isHidden());
        snap(dialog, u"compose-project"_s);
        snap(f.workspace.window(), u"compose-window"_s);
    }

    void logsPerService()
    {
        Fixture f;
        QVERIFY(f.selectProject(m_project));
        LogView *logs = f.workspace.details()->logView();
        f.workspace.details()->setCurrentWidget(logs);
        QComboBox *service = logs->serviceChoice();
        QTRY_COMPARE(logs->feed()->targets().size(), 2);
        QVERIFY(!service->isHidden());
        QCOMPARE(service->count(), 3); // all, web, worker
        QCOMPARE(service->itemText(2), u"worker"_s);
        service->setCurrentIndex(2);
        emit service->activated(2);
        QCOMPARE(logs->feed()->targets().size(), 1);
        QCOMPARE(logs->feed()->targets().first().name, m_project + u"_worker_1"_s);
        QTRY_VERIFY_WITH_TIMEOUT(logs->model()->rowCount() >= 1, 10000);
        QCOMPARE(logs->model()->index(0).data().toString(), u"worker-up"_s);
        snap(f.workspace.window(), u"compose-service-logs"_s);
        service->setCurrentIndex(0);
        emit service->activated(0);
        QCOMPARE(logs->feed()->targets().size(), 2);
    }

    void projectActionsActOnEveryContainer()
    {
        Fixture f;
        QVERIFY(f.selectProject(m_project));
        // Stop: one confirmation naming both, then both stopped, the dependent one first.
        f.page()->action(ContainerActionSpec::Verb::Stop)->trigger();
        QVERIFY(f.accept(u"projectActionConfirm"_s, 2));
        QTRY_COMPARE_WITH_TIMEOUT(states(), (QStringList{u"exited"_s, u"exited"_s}), 20000);
        const QStringList lines = f.logLines();
        const qsizetype worker = lines.indexOf(u"docker stop "_s + m_project + u"_worker_1"_s);
        const qsizetype web = lines.indexOf(u"docker stop "_s + m_project + u"_web_1"_s);
        QVERIFY2(worker >= 0 && web > worker, qPrintable(lines.join(u'\n')));
        // Start: no confirmation, both running.
        QTRY_VERIFY(f.shows(u"exited"_s));
        f.page()->action(ContainerActionSpec::Verb::Start)->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(states(), (QStringList{u"running"_s, u"running"_s}), 20000);
        // Remove: running ones stopped first, then all removed.
        QTRY_VERIFY(f.shows(u"running"_s));
        f.page()->action(ContainerActionSpec::Verb::Remove)->trigger();
        QVERIFY(f.accept(u"projectActionConfirm"_s, 2));
        QTRY_COMPARE_WITH_TIMEOUT(states(), QStringList(), 20000);
        QVERIFY(compose({u"up"_s, u"-d"_s})); // back for the next test
    }

    void downKeepsTheVolumeUnlessAsked()
    {
        Fixture f;
        ComposeProjectDialog *dialog = f.openDialog(m_project);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->button(ComposeCommandSpec::Verb::Down)->isEnabled());
        dialog->button(ComposeCommandSpec::Verb::Down)->click();
        // Both containers and the network named (the files are read first).
        QVERIFY(f.accept(u"composeDownConfirm"_s, 3, dialog));
        QTRY_COMPARE_WITH_TIMEOUT(status(dialog), u"Done."_s, 60000);
        QCOMPARE(states(), QStringList());
        QCOMPARE(ls({u"network"_s, u"ls"_s}, m_project + u"_front"_s), QString());
        QCOMPARE(ls({u"volume"_s, u"ls"_s}, m_project + u"_data"_s), m_project + u"_data"_s);
        // The exact command in the command log, and the tool's output streamed.
        const QString line = u"DOCKER_HOST="_s + testbed::endpoint().url() +
                             u" docker-compose -p "_s + m_project + u" -f "_s +
                             m_dir.filePath(u"a.yml"_s) + u" -f "_s + m_dir.filePath(u"b.yml"_s) +
                             u" --project-directory "_s + m_dir.path() + u" down"_s;
        QVERIFY2(f.logLines().contains(line), qPrintable(f.logLines().join(u'\n')));
        QVERIFY(dialog->findChild<QPlainTextEdit *>(u"composeOutput"_s)
                    ->toPlainText()
                    .contains(u"Removing network "_s + m_project + u"_front"_s));

        // Up through Gantry brings it back.
        dialog->button(ComposeCommandSpec::Verb::Up)->click();
        QTRY_COMPARE_WITH_TIMEOUT(status(dialog), u"Done."_s, 60000);
        QCOMPARE(states(), (QStringList{u"running"_s, u"running"_s}));

        // Down with volumes, warned: the volume goes too.
        dialog->findChild<QCheckBox *>(u"composeWithVolumes"_s)->setChecked(true);
        dialog->button(ComposeCommandSpec::Verb::Down)->click();
        QVERIFY(f.accept(u"composeDownConfirm"_s, 4, dialog)); // and the volume
        QTRY_COMPARE_WITH_TIMEOUT(status(dialog), u"Done."_s, 60000);
        QCOMPARE(states(), QStringList());
        QCOMPARE(ls({u"volume"_s, u"ls"_s}, m_project + u"_data"_s), QString());
        QVERIFY(compose({u"up"_s, u"-d"_s}));
    }

    void noToolOrRemoteEngineSaysSo()
    {
        QTemporaryDir empty;
        ComposeToolDetector none({empty.path()}); // an empty PATH for the lookup
        ComposeProject p;
        p.name = m_project;
        p.configFiles = {m_dir.filePath(u"a.yml"_s)};
        p.workingDir = m_dir.path();
        ComposeProjectDialog::Context context;
        context.detector = &none;
        ComposeProjectDialog noTool(p, context);
        auto *banner = noTool.findChild<MessageBanner *>(u"composeBanner"_s);
        QTRY_VERIFY(banner->text().contains(u"apt install docker-compose"_s));
        QVERIFY(!noTool.button(ComposeCommandSpec::Verb::Up)->isEnabled());
        QCOMPARE(noTool.shownFiles().size(), 2); // the files are still shown

        context.engineLocal = false;
        ComposeProjectDialog remote(p, context);
        QVERIFY(remote.findChild<MessageBanner *>(u"composeBanner"_s)
                    ->text()
                    .contains(u"another machine"_s));
        QVERIFY(remote.shownFiles().isEmpty());
        QVERIFY(!remote.button(ComposeCommandSpec::Verb::Down)->isEnabled());
    }

private:
    // A window on the test bed, as the application makes it.
    struct Fixture {
        DockerClient client{testbed::endpoint()};
        ConnectionMonitor monitor{&client};
        Workspace workspace{&client, &monitor};
        Fixture()
        {
            workspace.start();
            monitor.start();
        }
        ContainersPage *page() { return workspace.containersPage(); }
        bool selectProject(const QString &project)
        {
            ContainerModel *model = workspace.containerModel();
            const QString key = u"project:"_s + project;
            if (!QTest::qWaitFor(
                    [&] {
                        return model->findKey(key).isValid() &&
                               model->rowCount(model->findKey(key)) == 2;
                    },
                    15000))
                return false;
            auto *proxy = static_cast<QSortFilterProxyModel *>(page()->view()->model());
            const QModelIndex row = proxy->mapFromSource(model->findKey(key));
            page()->view()->setCurrentIndex(row);
            page()->view()->selectionModel()->select(row, QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
            return page()->selectedProjects().contains(project);
        }
        ComposeProjectDialog *openDialog(const QString &project)
        {
            if (!selectProject(project))
                return nullptr;
            QAction *open = page()->findChild<QAction *>(u"composeAction"_s);
            if (!open || !open->isEnabled())
                return nullptr;
            open->trigger();
            return workspace.window()->findChild<ComposeProjectDialog *>();
        }
        // Accepts the visible confirmation of that name, which lists `items` entries.
        bool accept(const QString &name, int items, QWidget *parent = nullptr)
        {
            QWidget *in = parent ? parent : static_cast<QWidget *>(page());
            ConfirmDialog *dialog = nullptr;
            if (!QTest::qWaitFor(
                    [&] {
                        dialog = nullptr;
                        for (auto *d : in->findChildren<ConfirmDialog *>(name)) {
                            if (d->isVisible())
                                dialog = d;
                        }
                        return dialog != nullptr;
                    },
                    30000))
                return false;
            auto *list = dialog->findChild<QObject *>(u"confirmItems"_s);
            if (!list || list->property("count").toInt() != items)
                return false;
            dialog->accept();
            return true;
        }
        // The selected project's containers all show this state.
        bool shows(const QString &state)
        {
            const QList<ContainerSummary> list = page()->selectedContainers();
            return list.size() == 2 && std::all_of(list.begin(), list.end(), [&](const auto &c) {
                       return c.state.toString() == state;
                   });
        }
        QStringList logLines() const
        {
            QStringList out;
            CommandLog *log = workspace.commandLog();
            for (int r = 0; r < log->rowCount(); ++r)
                out << log->index(r).data(CommandLog::CommandRole).toString();
            return out;
        }
    };

    bool compose(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"DOCKER_HOST"_s, testbed::endpoint().url());
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(m_dir.path());
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(u"docker-compose"_s,
                QStringList{u"-p"_s, m_project, u"-f"_s, u"a.yml"_s, u"-f"_s, u"b.yml"_s} + args);
        const bool ok = p.waitForFinished(120000) && p.exitCode() == 0;
        if (!ok)
            qWarning().noquote() << "docker-compose" << args << "failed:" << p.readAll();
        return ok;
    }
    // The project's containers' states, sorted.
    QStringList states() const
    {
        const auto out = testbed::docker({u"ps"_s, u"-a"_s, u"--filter"_s,
                                          u"label=com.docker.compose.project="_s + m_project,
                                          u"--format"_s, u"{{.State}}"_s});
        QStringList list =
            QString::fromUtf8(out.value_or(QByteArray())).split(u'\n', Qt::SkipEmptyParts);
        list.sort();
        return list;
    }
    // NAME when `docker network|volume ls` lists exactly that name, else empty.
    static QString ls(const QStringList &command, const QString &name)
    {
        const auto out = testbed::docker(command + QStringList{u"--format"_s, u"{{.Name}}"_s});
        const QStringList names =
            QString::fromUtf8(out.value_or(QByteArray())).split(u'\n', Qt::SkipEmptyParts);
        return names.contains(name) ? name : QString();
    }
    static QString status(ComposeProjectDialog *dialog)
    {
        return dialog->findChild<QLabel *>(u"composeStatus"_s)->text();
    }

    QTemporaryDir m_dir;
    QString m_project;
};

QTEST_MAIN(TestCompose)
#include "tst_compose.moc"
