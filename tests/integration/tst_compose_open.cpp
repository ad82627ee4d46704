// A compose project opened from its file through Gantry (docker-compose 1.29.2 against the
// test bed): two services on a user network with a named volume and a published 127.0.0.1
// port. Broken YAML is refused with its line and nothing starts; the file checked and Up
// starts it, grouped in the containers list with its file; busybox httpd answers on the port;
// an edit saved and applied recreates only the changed service (container IDs compared);
// Down names what goes, removes containers and network and keeps the volume unless asked.
// One project serves every test function, in order.
#include "Fixtures.h"
#include "MainWindow.h"
#include "Screenshots.h"
#include "TestBed.h"
#include "Workspace.h"
#include "actions/CommandLog.h"
#include "api/ConnectionMonitor.h"
#include "compose/ComposeEditorDialog.h"
#include "compose/ComposeProject.h"
#include "compose/ComposeProjectDialog.h"
#include "compose/ComposeRunPanel.h"
#include "compose/OpenComposeDialog.h"
#include "listings/ContainerModel.h"
#include "widgets/ConfirmDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace gantry;
using namespace Qt::StringLiterals;

namespace {

// GET / on 127.0.0.1:port; the body, empty when nothing answers.
QByteArray httpGet(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(1000))
        return {};
    socket.write("GET / HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n");
    QByteArray answer;
    while (socket.waitForReadyRead(2000))
        answer += socket.readAll();
    answer += socket.readAll();
    const qsizetype body = answer.indexOf("\r\n\r\n");
    return body < 0 ? QByteArray() : answer.mid(body + 4);
}

// The confirmation of that name once shown under `parent`, else nullptr.
ConfirmDialog *confirmation(QWidget *parent, const QString &name)
{
    ConfirmDialog *dialog = nullptr;
    (void)QTest::qWaitFor(
        [&] {
            dialog = parent->findChild<ConfirmDialog *>(name);
            return dialog && dialog->isVisible();
        },
        30000);
    return dialog && dialog->isVisible() ? dialog : nullptr;
}

QStringList items(ConfirmDialog *dialog)
{
    QStringList out;
    auto *list = dialog->findChild<QListWidget *>(u"confirmItems"_s);
    for (int i = 0; list && i < list->count(); ++i)
        out << list->item(i)->text();
    return out;
}

// Replaces the whole text as typing does (setPlainText would mark the document unmodified).
void typeOver(QPlainTextEdit *edit, const QString &text)
{
    QTextCursor cursor(edit->document());
    cursor.select(QTextCursor::Document);
    cursor.insertText(text);
}

} // namespace

class TestComposeOpen : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (!testbed::available())
            QFAIL(testbed::missingMessage());
        QVERIFY2(!QStandardPaths::findExecutable(u"docker-compose"_s).isEmpty(),
                 "docker-compose is missing: scripts/install-deps.sh installs it");
        QVERIFY(m_root.isValid());
        m_project = testbed::unique("gantryopen");
        m_folder = m_root.filePath(m_project);
        QVERIFY(QDir().mkpath(m_folder));
        m_file = QDir(m_folder).filePath(u"docker-compose.yml"_s);
        m_port = quint16(testbed::freePort());
        QVERIFY(m_port > 0);
        // SIGKILL as stop signal: sh as PID 1 ignores SIGTERM, and the test stays fast.
        QVERIFY(writeFile(m_file, QStringLiteral(R"(version: "2.4"
services:
  web:
    image: ${GANTRY_IMAGE}
    command: ["sh", "-c", "echo gantry-web > /www/index.html; exec httpd -f -p 80 -h /www"]
    stop_signal: SIGKILL
    ports: ["127.0.0.1:%1:80"]
    networks: [front]
    volumes: ["data:/www"]
  worker:
    image: ${GANTRY_IMAGE}
    command: ["sh", "-c", "echo worker-1; sleep 600"]
    stop_signal: SIGKILL
    networks: [front]
    depends_on: [web]
networks:
  front: {}
volumes:
  data: {}
)")
                                      .arg(m_port)
                                      .toUtf8()));
        QVERIFY(writeFile(QDir(m_folder).filePath(u".env"_s),
                          "GANTRY_IMAGE=" + testbed::env("GANTRY_TEST_IMAGE").toUtf8() + '\n'));
    }

    void cleanupTestCase()
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"DOCKER_HOST"_s, testbed::endpoint().url());
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(m_folder);
        p.start(u"docker-compose"_s, {u"-p"_s, m_project, u"down"_s, u"-v"_s});
        p.waitForFinished(60000);
    }

    void brokenYamlSaysWhereAndStartsNothing()
    {
        Fixture f;
        const QString folder = m_root.filePath(u"broken"_s);
        QVERIFY(QDir().mkpath(folder));
        const QString file = QDir(folder).filePath(u"compose.yaml"_s);
        const QByteArray broken = "version: \"2.4\"\nservices:\n  web:\n    image: busybox\n"
                                  "   command: [sh\n";
        QVERIFY(writeFile(file, broken));
        f.workspace.openComposeFile(file);
        auto *dialog = f.workspace.window()->findChild<OpenComposeDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->errorLabel()->isVisible(), 20000);
        QVERIFY2(dialog->errorLabel()->text().startsWith(u"compose.yaml, line 5: "_s),
                 qPrintable(dialog->errorLabel()->text()));
        QVERIFY(!dialog->upButton()->isEnabled());
        QCOMPARE(dialog->nameField()->text(), u"broken"_s);
        QCOMPARE(readFile(file), broken);
        QCOMPARE(projectContainers(u"broken"_s), QStringList());
        dialog->close();
    }

    void openCheckAndUp()
    {
        Fixture f;
        // The File menu's action, then the folder as a drop would give it.
        QAction *open =
            f.workspace.window()->fileMenu()->findChild<QAction *>(u"openComposeAction"_s);
        QVERIFY(open);
        QCOMPARE(open->shortcut(), QKeySequence(u"Ctrl+Shift+F"_s));
        emit f.workspace.window()->pathsDropped({m_folder});
        auto *dialog = f.workspace.window()->findChild<OpenComposeDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->config().has_value(), 20000);
        QCOMPARE(dialog->project().configFiles, QStringList{m_file});
        QCOMPARE(dialog->nameField()->text(), m_project); // the folder's name
        auto *services = dialog->findChild<QTreeWidget *>(u"composeServices"_s);
        QCOMPARE(services->topLevelItemCount(), 2);
        QCOMPARE(services->topLevelItem(0)->text(0), u"web"_s);
        QCOMPARE(services->topLevelItem(0)->text(1), testbed::env("GANTRY_TEST_IMAGE"));
        QCOMPARE(services->topLevelItem(0)->text(2), u"127.0.0.1:%1->80/tcp"_s.arg(m_port));
        QCOMPARE(services->topLevelItem(0)->text(3), u"data -> /www"_s);
        QVERIFY(dialog->findChild<QLabel *>(u"composeResources"_s)
                    ->text()
                    .contains(m_project + u"_data"_s));
        QVERIFY(dialog->upButton()->isEnabled());
        QVERIFY(projectContainers(m_project).isEmpty()); // checking started nothing

        QSignalSpy started(dialog, &OpenComposeDialog::projectStarted);
        dialog->upButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 90000);
        snap(dialog, u"compose-open-up"_s);
        const QString line = u"DOCKER_HOST="_s + testbed::endpoint().url() +
                             u" docker-compose -p "_s + m_project + u" -f "_s + m_file +
                             u" --project-directory "_s + m_folder + u" up -d"_s;
        QVERIFY2(f.logLines().contains(line), qPrintable(f.logLines().join(u'\n')));

        // Grouped in the containers list, with its file (adopted from the labels).
        ContainerModel *model = f.workspace.containerModel();
        const QString key = u"project:"_s + m_project;
        QTRY_VERIFY_WITH_TIMEOUT(
            model->findKey(key).isValid() && model->rowCount(model->findKey(key)) == 2, 15000);
        QList<ContainerSummary> containers;
        for (int r = 0; r < 2; ++r)
            containers << *model->container(model->index(r, 0, model->findKey(key)));
        const ComposeProject adopted = ComposeProject::fromContainers(m_project, containers);
        QCOMPARE(adopted.configFiles, QStringList{m_file});
        QCOMPARE(adopted.workingDir, m_folder);
        QCOMPARE(adopted.services, (QStringList{u"web"_s, u"worker"_s}));

        // The published port answers (busybox httpd serving the named volume).
        QByteArray body;
        QVERIFY(QTest::qWaitFor(
            [&] {
                body = httpGet(m_port);
                return !body.isEmpty();
            },
            15000));
        QCOMPARE(body, QByteArray("gantry-web\n"));
    }

    void editAppliedRecreatesOnlyTheChangedService()
    {
        Fixture f;
        QVERIFY(f.waitForProject(m_project));
        const QHash<QString, QString> before = ids();
        QCOMPARE(before.size(), 2);
        auto *editor = new ComposeEditorDialog(
            ComposeProject::fromContainers(m_project, f.containers(m_project)), f.context(),
            f.workspace.window());
        editor->show();
        QPlainTextEdit *text = editor->editor(m_file);
        QVERIFY(text);
        QTRY_VERIFY(editor->applyButton()->isEnabled()); // the tool is known

        // Broken first: refused with its line, the file untouched.
        const QByteArray original = readFile(m_file);
        typeOver(text, text->toPlainText().replace(u"  worker:\n"_s, u"  worker:\n   x: [\n"_s));
        QVERIFY(editor->hasUnsavedChanges());
        editor->save();
        QTRY_VERIFY_WITH_TIMEOUT(editor->errorLabel()->isVisible(), 20000);
        QVERIFY2(editor->errorLabel()->text().startsWith(u"docker-compose.yml, line "_s),
                 qPrintable(editor->errorLabel()->text()));
        QCOMPARE(readFile(m_file), original);
        QCOMPARE(QDir(m_folder).entryList(QDir::Files | QDir::Hidden).size(), 2); // no copy left

        // The worker's command changed: saved, then only the worker is to be recreated.
        typeOver(text, QString::fromUtf8(original).replace(u"worker-1"_s, u"worker-2"_s));
        editor->apply();
        ConfirmDialog *confirm = confirmation(editor, u"composeApplyConfirm"_s);
        QVERIFY(confirm);
        QVERIFY(!editor->hasUnsavedChanges());
        QVERIFY(readFile(m_file).contains("worker-2"));
        QCOMPARE(items(confirm), QStringList{u"worker: recreated"_s});
        snap(confirm, u"compose-apply-confirm"_s);
        confirm->accept();
        QTRY_COMPARE_WITH_TIMEOUT(editor->runPanel()->status(), u"Done."_s, 90000);
        const QHash<QString, QString> after = ids();
        QCOMPARE(after.value(u"web"_s), before.value(u"web"_s));
        QVERIFY(!after.value(u"worker"_s).isEmpty());
        QVERIFY(after.value(u"worker"_s) != before.value(u"worker"_s));

        // Closing with unsaved changes asks first.
        text->appendPlainText(u"# more"_s);
        editor->reject();
        confirm = confirmation(editor, u"composeDiscardConfirm"_s);
        QVERIFY(confirm);
        QVERIFY(editor->isVisible());
        confirm->accept();
        QTRY_VERIFY(!editor->isVisible());
        QVERIFY(!readFile(m_file).contains("# more"));
    }

    void downNamesWhatGoesAndKeepsTheVolume()
    {
        Fixture f;
        QVERIFY(f.waitForProject(m_project));
        f.workspace.openComposeProject(m_project, f.containers(m_project));
        auto *dialog = f.workspace.window()->findChild<ComposeProjectDialog *>();
        QVERIFY(dialog);
        QPushButton *down = dialog->button(ComposeCommandSpec::Verb::Down);
        QTRY_VERIFY(down->isEnabled());
        down->click();
        ConfirmDialog *confirm = confirmation(dialog, u"composeDownConfirm"_s);
        QVERIFY(confirm);
        QStringList listed = items(confirm);
        listed.sort();
        QCOMPARE(listed, (QStringList{u"container "_s + m_project + u"_web_1"_s,
                                      u"container "_s + m_project + u"_worker_1"_s,
                                      u"network "_s + m_project + u"_front"_s}));
        QVERIFY(confirm->findChild<QLabel *>(u"confirmNote"_s)
                    ->text()
                    .contains(m_project + u"_data"_s));
        snap(confirm, u"compose-down-confirm"_s);
        confirm->accept();
        QTRY_COMPARE_WITH_TIMEOUT(dialog->runPanel()->status(), u"Done."_s, 60000);
        QCOMPARE(projectContainers(m_project), QStringList());
        QVERIFY(!names({u"network"_s, u"ls"_s}).contains(m_project + u"_front"_s));
        QVERIFY(names({u"volume"_s, u"ls"_s}).contains(m_project + u"_data"_s));

        // Up again, then Down with the volumes: named in the confirmation, and gone.
        dialog->button(ComposeCommandSpec::Verb::Up)->click();
        QTRY_COMPARE_WITH_TIMEOUT(dialog->runPanel()->status(), u"Done."_s, 60000);
        QCOMPARE(projectContainers(m_project).size(), 2);
        dialog->findChild<QCheckBox *>(u"composeWithVolumes"_s)->setChecked(true);
        down->click();
        confirm = nullptr;
        QVERIFY(QTest::qWaitFor(
            [&] {
                for (auto *c : dialog->findChildren<ConfirmDialog *>(u"composeDownConfirm"_s)) {
                    if (c->isVisible())
                        confirm = c;
                }
                return confirm != nullptr;
            },
            30000));
        QVERIFY(items(confirm).contains(u"volume "_s + m_project + u"_data"_s));
        confirm->accept();
        QTRY_COMPARE_WITH_TIMEOUT(dialog->runPanel()->status(), u"Done."_s, 60000);
        QVERIFY(!names({u"volume"_s, u"ls"_s}).contains(m_project + u"_data"_s));
    }

private:
    struct Fixture {
        DockerClient client{testbed::endpoint()};
        ConnectionMonitor monitor{&client};
        Workspace workspace{&client, &monitor};
        Fixture()
        {
            workspace.start();
            monitor.start();
        }
        bool waitForProject(const QString &project)
        {
            ContainerModel *model = workspace.containerModel();
            return QTest::qWaitFor(
                [&] {
                    const QModelIndex p = model->findKey(u"project:"_s + project);
                    return p.isValid() && model->rowCount(p) == 2;
                },
                15000);
        }
        QList<ContainerSummary> containers(const QString &project)
        {
            ContainerModel *model = workspace.containerModel();
            const QModelIndex p = model->findKey(u"project:"_s + project);
            QList<ContainerSummary> out;
            for (int r = 0; p.isValid() && r < model->rowCount(p); ++r)
                out << *model->container(model->index(r, 0, p));
            return out;
        }
        ComposeContext context() const { return workspace.composeContext(); }
        QStringList logLines() const
        {
            QStringList out;
            CommandLog *log = workspace.commandLog();
            for (int r = 0; r < log->rowCount(); ++r)
                out << log->index(r).data(CommandLog::CommandRole).toString();
            return out;
        }
    };

    // service -> container ID of the project now, from the docker CLI.
    QHash<QString, QString> ids() const
    {
        const auto out = testbed::docker(
            {u"ps"_s, u"-a"_s, u"--filter"_s, u"label=com.docker.compose.project="_s + m_project,
             u"--format"_s, u"{{.Label \"com.docker.compose.service\"}} {{.ID}}"_s});
        QHash<QString, QString> map;
        for (const QString &line :
             QString::fromUtf8(out.value_or(QByteArray())).split(u'\n', Qt::SkipEmptyParts))
            map.insert(line.section(u' ', 0, 0), line.section(u' ', 1, 1));
        return map;
    }
    static QStringList projectContainers(const QString &project)
    {
        const auto out = testbed::docker({u"ps"_s, u"-a"_s, u"--filter"_s,
                                          u"label=com.docker.compose.project="_s + project,
                                          u"--format"_s, u"{{.Names}}"_s});
        return QString::fromUtf8(out.value_or(QByteArray())).split(u'\n', Qt::SkipEmptyParts);
    }
    static QStringList names(const QStringList &command)
    {
        const auto out = testbed::docker(command + QStringList{u"--format"_s, u"{{.Name}}"_s});
        return QString::fromUtf8(out.value_or(QByteArray())).split(u'\n', Qt::SkipEmptyParts);
    }

    QTemporaryDir m_root;
    QString m_project, m_folder, m_file;
    quint16 m_port = 0;
};

QTEST_MAIN(TestComposeOpen)
#include "tst_compose_open.moc"
