// The compose dialogs offscreen, with the real docker-compose's `config` (it reads the files
// and starts nothing, so no engine is needed): Open a compose file lists what the file holds,
// checks the project name as typed, shows a broken file's error with its line; the editor
// marks unsaved files, refuses a broken edit with its line (the file untouched, the cursor on
// the line) and asks before closing with unsaved changes; the project view masks secret-looking
// .env values until shown; a file that is not UTF-8 is shown read-only. GANTRY_SCREENSHOT_DIR set
// (xvfb-run): a picture of each dialog.
#include "AccessibilityCheck.h"
#include "Fixtures.h"
#include "MainWindow.h"
#include "Screenshots.h"
#include "compose/ComposeConfig.h"
#include "compose/ComposeEditorDialog.h"
#include "compose/ComposeProjectDialog.h"
#include "compose/ComposeTool.h"
#include "compose/OpenComposeDialog.h"
#include "widgets/ConfirmDialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace gantry;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kCompose = R"(version: "2.4"
services:
  web:
    image: ${GANTRY_IMAGE}
    ports: ["127.0.0.1:18080:80"]
    volumes: ["data:/www", "./site:/site:ro"]
    networks: [front]
  worker:
    image: busybox
    command: ["sleep", "600"]
    networks: [front]
networks:
  front: {}
volumes:
  data: {}
)";

// Replaces the whole text as typing does (setPlainText would mark the document unmodified).
void typeOver(QPlainTextEdit *edit, const QString &text)
{
    QTextCursor cursor(edit->document());
    cursor.select(QTextCursor::Document);
    cursor.insertText(text);
}

} // namespace

class TestComposeDialogs : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(!QStandardPaths::findExecutable(u"docker-compose"_s).isEmpty(),
                 "docker-compose is missing: scripts/install-deps.sh installs it");
        QVERIFY(m_root.isValid());
        m_folder = m_root.filePath(u"Shop App"_s);
        QVERIFY(QDir().mkpath(m_folder));
        m_file = QDir(m_folder).filePath(u"compose.yaml"_s);
        QVERIFY(writeFile(m_file, kCompose));
        QVERIFY(writeFile(QDir(m_folder).filePath(u".env"_s),
                          "GANTRY_IMAGE=busybox\nDB_PASSWORD=hunter2\n"));
        m_context.detector = &m_detector;
        m_context.environment = QProcessEnvironment::systemEnvironment();
    }

    void openListsTheFileAndChecksTheName()
    {
        OpenComposeDialog dialog(m_context);
        dialog.show();
        dialog.setPath(m_folder); // a folder: its compose.yaml
        QTRY_VERIFY_WITH_TIMEOUT(dialog.config().has_value(), 20000);
        QCOMPARE(dialog.project().configFiles, QStringList{m_file});
        QCOMPARE(dialog.nameField()->text(), u"shopapp"_s);
        auto *services = dialog.findChild<QTreeWidget *>(u"composeServices"_s);
        QCOMPARE(services->topLevelItemCount(), 2);
        QCOMPARE(services->topLevelItem(0)->text(1), u"busybox"_s); // from .env
        QCOMPARE(services->topLevelItem(0)->text(2), u"127.0.0.1:18080->80/tcp"_s);
        QVERIFY(services->topLevelItem(0)->text(3).contains(u"data -> /www"_s));
        QVERIFY(services->topLevelItem(0)->text(3).contains(u"(bind)"_s));
        QVERIFY(
            dialog.findChild<QLabel *>(u"composeResources"_s)->text().contains(u"shopapp_front"_s));
        QVERIFY(dialog.upButton()->isEnabled());
        QVERIFY2(unnamedActionableWidgets(&dialog).isEmpty(),
                 qPrintable(unnamedActionableWidgets(&dialog).join(u", "_s)));
        snap(&dialog, u"compose-open"_s);

        // A name compose would refuse: said where it is typed, Up off.
        QLineEdit *name = dialog.nameField();
        name->setText(u"Shop App"_s);
        emit name->textEdited(name->text());
        auto *hint = dialog.findChild<QLabel *>(u"composeNameHint"_s);
        QVERIFY(hint->isVisible());
        QVERIFY(hint->text().contains(u"lowercase"_s));
        QVERIFY(!dialog.upButton()->isEnabled());
        name->setText(u"shop-app_2"_s);
        emit name->textEdited(name->text());
        QVERIFY(!hint->isVisible());
        QVERIFY(dialog.upButton()->isEnabled());
        QVERIFY(dialog.findChild<QLabel *>(u"composeResources"_s)
                    ->text()
                    .contains(u"shop-app_2_data"_s));
    }

    void openShowsTheErrorLine()
    {
        QTemporaryDir dir;
        const QString bad = dir.filePath(u"broken.yml"_s);
        QVERIFY(writeFile(bad, "services:\n  web:\n    image: x\n    ports: 5\n"));
        OpenComposeDialog dialog(m_context);
        dialog.show();
        dialog.setPath(bad);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.errorLabel()->isVisible(), 20000);
        QVERIFY2(dialog.errorLabel()->text().startsWith(u"broken.yml, line 4: "_s),
                 qPrintable(dialog.errorLabel()->text()));
        QVERIFY(!dialog.upButton()->isEnabled());
        snap(&dialog, u"compose-open-error"_s);
    }

    void editorChecksBeforeSavingAndAsksBeforeLosing()
    {
        ComposeProject project;
        project.name = u"shopapp"_s;
        project.configFiles = {m_file};
        project.workingDir = m_folder;
        auto *editor = new ComposeEditorDialog(project, m_context);
        QPointer<ComposeEditorDialog> alive(editor);
        editor->show();
        auto *tabs = editor->findChild<QTabWidget *>(u"composeEditorTabs"_s);
        QCOMPARE(tabs->count(), 2); // compose.yaml, .env
        QPlainTextEdit *text = editor->editor(m_file);
        QCOMPARE(text->toPlainText().toUtf8(), kCompose);
        QVERIFY(!editor->saveButton()->isEnabled());
        QTRY_VERIFY(editor->applyButton()->isEnabled());

        // Broken on line 4: refused there, the file as it was, no copy left beside it.
        QTextCursor cursor(text->document()->findBlockByNumber(3));
        cursor.insertText(u"    oops: [\n"_s);
        QVERIFY(editor->hasUnsavedChanges());
        QCOMPARE(tabs->tabText(0), u"compose.yaml *"_s);
        QVERIFY(editor->saveButton()->isEnabled());
        editor->saveButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(editor->errorLabel()->isVisible(), 20000);
        QVERIFY2(editor->errorLabel()->text().startsWith(u"compose.yaml, line "_s),
                 qPrintable(editor->errorLabel()->text()));
        QVERIFY(!editor->errorLabel()->text().contains(u"gantry-"_s)); // the copy's name
        QCOMPARE(readFile(m_file), kCompose);
        QCOMPARE(QDir(m_folder).entryList(QDir::Files | QDir::Hidden).size(), 2);
        QVERIFY(text->textCursor().hasSelection()); // the line the tool named
        QVERIFY2(unnamedActionableWidgets(editor).isEmpty(),
                 qPrintable(unnamedActionableWidgets(editor).join(u", "_s)));
        snap(editor, u"compose-editor-error"_s);

        // Fixed: saved (atomically), unmarked.
        typeOver(text, QString::fromUtf8(kCompose).replace(u"600"_s, u"700"_s));
        editor->save();
        QTRY_VERIFY_WITH_TIMEOUT(!editor->hasUnsavedChanges(), 20000);
        QVERIFY(readFile(m_file).contains("\"700\""));
        QCOMPARE(tabs->tabText(0), u"compose.yaml"_s);
        QVERIFY(!editor->errorLabel()->isVisible());

        // The .env alone edited: checked with --env-file on its copy, then saved.
        const QString envPath = QDir(m_folder).filePath(u".env"_s);
        QPlainTextEdit *env = editor->editor(envPath);
        QVERIFY(env);
        typeOver(env, u"GANTRY_IMAGE=busybox:edited\nDB_PASSWORD=hunter2\n"_s);
        editor->save();
        QTRY_VERIFY_WITH_TIMEOUT(!editor->hasUnsavedChanges(), 20000);
        QVERIFY(!editor->errorLabel()->isVisible());
        QCOMPARE(readFile(envPath),
                 QByteArray("GANTRY_IMAGE=busybox:edited\nDB_PASSWORD=hunter2\n"));
        QVERIFY(writeFile(envPath, "GANTRY_IMAGE=busybox\nDB_PASSWORD=hunter2\n"));

        // Unsaved changes: closing asks; Cancel keeps the editor and the text.
        text->appendPlainText(u"# note"_s);
        editor->close();
        auto *ask = editor->findChild<ConfirmDialog *>(u"composeDiscardConfirm"_s);
        QVERIFY(ask);
        QTRY_VERIFY(ask->isVisible());
        QVERIFY(editor->isVisible());
        snap(ask, u"compose-editor-discard"_s);
        ask->reject();
        QVERIFY(editor->isVisible());
        QVERIFY(text->toPlainText().endsWith(u"# note"_s));
        editor->reject();
        ask = nullptr;
        for (auto *c : editor->findChildren<ConfirmDialog *>(u"composeDiscardConfirm"_s)) {
            if (c->isVisible())
                ask = c;
        }
        QVERIFY(ask);
        ask->accept();
        QTRY_VERIFY(!alive); // closed and deleted
        QVERIFY(!readFile(m_file).contains("# note"));
        QVERIFY(writeFile(m_file, kCompose));
    }

    // A file changed on disk since the editor read it is not overwritten without asking:
    // Cancel writes nothing, Reload takes the file's text, Overwrite writes the editor's.
    // Edit asked twice (from the same view or another) raises the one editor.
    void changedOnDiskAskedAndOneEditorPerProject()
    {
        QTemporaryDir dir;
        const QString compose = dir.filePath(u"compose.yaml"_s);
        const QByteArray mine("services:\n  web:\n    image: busybox\n");
        QVERIFY(writeFile(compose, mine));
        ComposeProject project;
        project.name = u"disk"_s;
        project.configFiles = {compose};
        project.workingDir = dir.path();
        QWidget window;
        ComposeProjectDialog view(project, m_context, &window);
        view.editButton()->click();
        auto editors = window.findChildren<ComposeEditorDialog *>();
        QCOMPARE(editors.size(), 1);
        ComposeEditorDialog *editor = editors.first();
        QVERIFY(editor->isVisible());
        view.editButton()->click();
        ComposeProjectDialog second(project, m_context, &window);
        second.editButton()->click();
        QCOMPARE(window.findChildren<ComposeEditorDialog *>().size(), 1);

        const auto asked = [editor]() -> ConfirmDialog * {
            for (auto *c : editor->findChildren<ConfirmDialog *>(u"composeChangedOnDisk"_s)) {
                if (c->isVisible())
                    return c;
            }
            return nullptr;
        };
        QPlainTextEdit *text = editor->editor(compose);
        QTRY_VERIFY(editor->applyButton()->isEnabled()); // the tool is known
        text->appendPlainText(u"    command: [\"sleep\", \"1\"]"_s);
        const QByteArray outside("services:\n  web:\n    image: busybox:outside\n");
        QVERIFY(writeFile(compose, outside));

        // Cancel: nothing written, the edit kept.
        editor->save();
        QTRY_VERIFY_WITH_TIMEOUT(asked(), 20000);
        QVERIFY(asked()->findChild<QListWidget *>()->item(0)->text() == compose);
        snap(asked(), u"compose-editor-changed-on-disk"_s);
        asked()->reject();
        QCOMPARE(readFile(compose), outside);
        QVERIFY(editor->hasUnsavedChanges());

        // Reload: the file's text, unmodified, nothing written.
        editor->save();
        QTRY_VERIFY_WITH_TIMEOUT(asked(), 20000);
        asked()->findChild<QPushButton *>(u"composeReload"_s)->click();
        QTRY_VERIFY(!asked());
        QCOMPARE(text->toPlainText().toUtf8(), outside);
        QVERIFY(!editor->hasUnsavedChanges());
        QCOMPARE(readFile(compose), outside);

        // Edited after the reload: saved without a question.
        text->appendPlainText(u"    command: [\"sleep\", \"2\"]"_s);
        editor->save();
        QTRY_VERIFY_WITH_TIMEOUT(!editor->hasUnsavedChanges(), 20000);
        QVERIFY(!asked());
        QVERIFY(readFile(compose).contains("\"2\""));

        // Changed again outside, Overwrite: the editor's text is written.
        text->appendPlainText(u"    restart: always"_s);
        QVERIFY(writeFile(compose, outside));
        editor->save();
        QTRY_VERIFY_WITH_TIMEOUT(asked(), 20000);
        asked()->accept();
        QTRY_VERIFY(!editor->hasUnsavedChanges());
        QCOMPARE(readFile(compose), text->toPlainText().toUtf8());
        QVERIFY(readFile(compose).contains("restart: always"));
        editor->reject();
    }

    // A file that is not UTF-8 (a Latin-1 .env) is shown read-only with a note: saving it
    // would write U+FFFD over its bytes. The compose file beside it is still edited and saved.
    void nonUtf8FileReadOnly()
    {
        QTemporaryDir dir;
        const QString compose = dir.filePath(u"compose.yaml"_s);
        const QString envPath = dir.filePath(u".env"_s);
        QVERIFY(writeFile(compose, "services:\n  web:\n    image: ${GANTRY_IMAGE}\n"));
        const QByteArray latin1("GANTRY_IMAGE=busybox\nGREETING=caf\xe9\n");
        QVERIFY(writeFile(envPath, latin1));
        ComposeProject project;
        project.name = u"latin"_s;
        project.configFiles = {compose};
        project.workingDir = dir.path();
        ComposeEditorDialog editor(project, m_context);
        editor.show();
        QPlainTextEdit *env = editor.editor(envPath);
        QVERIFY(env);
        QVERIFY(env->isReadOnly());
        QVERIFY2(env->toPlainText().contains(u"not UTF-8"_s), qPrintable(env->toPlainText()));
        QVERIFY(!editor.hasUnsavedChanges());
        QVERIFY(!editor.editor(compose)->isReadOnly()); // the UTF-8 one beside it is editable
        editor.reject();
        QCOMPARE(readFile(envPath), latin1);
    }

    void envSecretsMaskedUntilShown()
    {
        ComposeProject project;
        project.name = u"shopapp"_s;
        project.configFiles = {m_file};
        project.workingDir = m_folder;
        ComposeProjectDialog dialog(project, m_context);
        dialog.show();
        QCOMPARE(dialog.shownFiles().size(), 2);
        auto *tabs = dialog.findChild<QTabWidget *>(u"composeFiles"_s);
        tabs->setCurrentIndex(1);
        QPlainTextEdit *env = nullptr;
        for (auto *view : dialog.findChildren<QPlainTextEdit *>(u"composeFile"_s)) {
            if (view->toPlainText().contains(u"GANTRY_IMAGE"_s))
                env = view;
        }
        QVERIFY(env);
        QVERIFY(env->toPlainText().contains(u"DB_PASSWORD=********"_s));
        QVERIFY(!env->toPlainText().contains(u"hunter2"_s));
        QVERIFY(env->toPlainText().contains(u"GANTRY_IMAGE=busybox"_s));
        auto *show = dialog.findChild<QCheckBox *>(u"composeShowSecrets"_s);
        QVERIFY(show);
        snap(&dialog, u"compose-project-env"_s);
        show->setChecked(true);
        QVERIFY(env->toPlainText().contains(u"DB_PASSWORD=hunter2"_s));
        show->setChecked(false);
        QVERIFY(!env->toPlainText().contains(u"hunter2"_s));
        // Edit follows where the files are: here and readable, or not.
        QVERIFY(dialog.editButton()->isEnabled());
        ComposeProject gone = project;
        gone.configFiles = {m_root.filePath(u"gone/compose.yaml"_s)};
        ComposeProjectDialog elsewhere(gone, m_context);
        QVERIFY(!elsewhere.editButton()->isEnabled());
        ComposeContext remote = m_context;
        remote.engineLocal = false; // the files named are on the engine's machine
        ComposeProjectDialog onRemote(project, remote);
        QVERIFY(!onRemote.editButton()->isEnabled());
    }

    // A folder or a .yml/.yaml file dropped on the window is taken; anything else is refused.
    void dropOnTheWindow()
    {
        MainWindow window;
        window.setDropFilter(&isComposePath);
        QSignalSpy dropped(&window, &MainWindow::pathsDropped);
        const QString notes = m_root.filePath(u"notes.txt"_s);
        QVERIFY(writeFile(notes, "x"));
        const auto drop = [&](const QStringList &paths) {
            QMimeData data;
            QList<QUrl> urls;
            for (const QString &p : paths)
                urls << QUrl::fromLocalFile(p);
            data.setUrls(urls);
            QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton,
                                  Qt::NoModifier);
            QCoreApplication::sendEvent(&window, &enter);
            if (!enter.isAccepted())
                return false;
            QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
            QCoreApplication::sendEvent(&window, &drop);
            return true;
        };
        QVERIFY(!drop({notes}));
        QVERIFY(drop({notes, m_file}));
        QCOMPARE(dropped.size(), 1);
        QCOMPARE(dropped.first().first().toStringList(), QStringList{m_file});
        QVERIFY(drop({m_folder}));
        QCOMPARE(dropped.last().first().toStringList(), QStringList{m_folder});
    }

private:
    QTemporaryDir m_root;
    QString m_folder, m_file;
    ComposeToolDetector m_detector;
    ComposeContext m_context;
};

QTEST_MAIN(TestComposeDialogs)
#include "tst_compose_dialogs.moc"
