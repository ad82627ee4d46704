#include "AccessibilityCheck.h"
#include "TestBed.h"
#include "Workspace.h"
#include "actions/CommandLog.h"
#include "api/ConnectionMonitor.h"
#include "api/DockerClient.h"
#include "containers/ContainersPage.h"
#include "details/DetailsPanel.h"
#include "listings/ContainerModel.h"
#include "streams/TerminalSession.h"
#include "terminal/TerminalPanel.h"
#include "terminal/TerminalTab.h"
#include "terminal/TerminalWidget.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QLineEdit>
#include <QMainWindow>
#include <QPushButton>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTreeView>
#include <QUuid>
#include <QtTest>

using namespace gantry;
using namespace Qt::StringLiterals;

namespace {

// Everything the widget sent, joined.
struct Sent {
    explicit Sent(TerminalWidget *w)
    {
        QObject::connect(w, &TerminalWidget::sendData, [this](const QByteArray &d) { bytes += d; });
    }
    QByteArray take() { return std::exchange(bytes, {}); }
    QByteArray bytes;
};

bool screenHasLine(const TerminalWidget *t, const QString &text)
{
    for (int r = 0; r < t->rows(); ++r) {
        if (t->screenLine(r) == text)
            return true;
    }
    return false;
}

// busybox sh's prompt (after its banner, when it prints one).
bool showsPrompt(const TerminalWidget *t)
{
    for (int r = 0; r < t->rows(); ++r) {
        if (t->screenLine(r).startsWith(u"/ #"_s))
            return true;
    }
    return false;
}

} // namespace

class TestTerminalWidget : public QObject {
    Q_OBJECT
private slots:
    void textAndCursor()
    {
        TerminalWidget t;
        QVERIFY(t.rows() >= 5 && t.columns() >= 10);
        t.feed("hello\r\nwor");
        t.feed("ld"); // chunks split anywhere
        QCOMPARE(t.screenLine(0), u"hello"_s);
        QCOMPARE(t.screenLine(1), u"world"_s);
        QCOMPARE(t.cursorPosition(), QPoint(5, 1));
        t.feed("\x1b[1;2HA\x1b[5;10H"); // overwrite, then move the cursor
        QCOMPARE(t.screenLine(0), u"hAllo"_s);
        QCOMPARE(t.cursorPosition(), QPoint(9, 4));
        t.feed("\x1b[2J\x1b[H");
        QCOMPARE(t.screenLine(0), QString());
        QCOMPARE(t.cursorPosition(), QPoint(0, 0));
        t.feed("\x1b[?25l");
        QVERIFY(!t.isCursorVisible());
        t.feed("\x1b[?25h");
        QVERIFY(t.isCursorVisible());
        t.feed("\xe6\x97\xa5\xe6\x9c\xac!"); // two double-width characters, UTF-8 split
        QCOMPARE(t.screenLine(0), u"日本!"_s);
        QCOMPARE(t.cursorPosition(), QPoint(5, 0));
    }

    void coloursAndAttributes()
    {
        TerminalWidget t;
        t.feed("\x1b[31mR\x1b[0m.\x1b[38;2;10;20;30mT\x1b[0m\x1b[1mB\x1b[0m\x1b[7mV\x1b[0m"
               "\x1b[4mU\x1b[0m\x1b[44mb\x1b[0m\x1b[38;5;196mX\x1b[0m");
        QCOMPARE(t.screenLine(0), u"R.TBVUbX"_s);
        const TerminalWidget::CellStyle plain = t.cellStyle(0, 1);
        const TerminalWidget::CellStyle red = t.cellStyle(0, 0);
        QVERIFY(red.foreground != plain.foreground);
        QVERIFY2(red.foreground.red() > 150 && red.foreground.green() < 80 &&
                     red.foreground.blue() < 80,
                 qPrintable(red.foreground.name()));
        QCOMPARE(red.background, plain.background);
        QCOMPARE(t.cellStyle(0, 2).foreground, QColor(10, 20, 30));
        QVERIFY(t.cellStyle(0, 3).bold);
        QVERIFY(!plain.bold);
        const TerminalWidget::CellStyle reverse = t.cellStyle(0, 4);
        QVERIFY(reverse.reverse);
        QCOMPARE(reverse.foreground, plain.background);
        QCOMPARE(reverse.background, plain.foreground);
        QVERIFY(t.cellStyle(0, 5).underline);
        const QColor blue = t.cellStyle(0, 6).background;
        QVERIFY2(blue.blue() > blue.red() && blue != plain.background, qPrintable(blue.name()));
        QCOMPARE(t.cellStyle(0, 7).foreground, QColor(255, 0, 0)); // 256-colour cube: 196
    }

    void alternateScreenKeepsTheMainOne()
    {
        TerminalWidget t;
        t.feed("main text\r\n$ ");
        t.feed("\x1b[?1049h\x1b[H\x1b[2Jfull screen");
        QVERIFY(t.isAlternateScreen());
        QCOMPARE(t.screenLine(0), u"full screen"_s);
        QVERIFY(!screenHasLine(&t, u"main text"_s));
        t.feed("\x1b[?1049l");
        QVERIFY(!t.isAlternateScreen());
        QCOMPARE(t.screenLine(0), u"main text"_s);
        QCOMPARE(t.screenLine(1), u"$"_s);
        QCOMPARE(t.cursorPosition(), QPoint(2, 1));
    }

    void scrollbackIsBoundedAndScrolls()
    {
        TerminalWidget t;
        const int rows = t.rows();
        const int lines = rows + 6;
        for (int i = 1; i <= lines; ++i)
            t.feed(u"line %1\r\n"_s.arg(i).toUtf8());
        // The lines and the cursor's empty line: what does not fit went to the history.
        const int pushed = lines + 1 - rows;
        QCOMPARE(t.scrollbackCount(), pushed);
        QCOMPARE(t.scrollbackLine(0), u"line 1"_s);
        QCOMPARE(t.scrollbackLine(pushed - 1), u"line %1"_s.arg(pushed));
        QCOMPARE(t.screenLine(0), u"line %1"_s.arg(pushed + 1));
        QCOMPARE(t.scrollOffset(), 0);

        t.scrollLines(-3);
        QCOMPARE(t.scrollOffset(), 3);
        t.feed("more\r\n"); // output does not pull a reader back down
        QCOMPARE(t.scrollOffset(), 4);
        QTest::keyClick(&t, Qt::Key_PageUp, Qt::ShiftModifier); // back to the top
        QCOMPARE(t.scrollOffset(), t.scrollbackCount());
        QTest::keyClick(&t, Qt::Key_PageDown, Qt::ShiftModifier);
        QCOMPARE(t.scrollOffset(), std::max(0, t.scrollbackCount() - (rows - 1)));
        t.scrollLines(1000);
        QCOMPARE(t.scrollOffset(), 0);

        t.setScrollbackLimit(5);
        QCOMPARE(t.scrollbackCount(), 5);
        for (int i = 0; i < 9; ++i)
            t.feed(u"extra %1\r\n"_s.arg(i).toUtf8());
        QCOMPARE(t.scrollbackCount(), 5);
        const QString oldestOnScreen = t.screenLine(0);
        QCOMPARE(t.scrollbackLine(4).isEmpty(), false);
        QVERIFY(oldestOnScreen != t.scrollbackLine(4));
        t.feed("x\r\n");
        QCOMPARE(t.scrollbackLine(4), oldestOnScreen); // the top line went to the history

        // The alternate screen has no history of its own.
        const QString last = t.scrollbackLine(4);
        t.feed("\x1b[?1049h");
        for (int i = 0; i < rows + 5; ++i)
            t.feed("alt\r\n");
        QCOMPARE(t.scrollbackCount(), 5);
        QCOMPARE(t.scrollbackLine(4), last);
        t.feed("\x1b[?1049l");
        QCOMPARE(t.scrollbackLine(4), last);
    }

    void keysBecomeTerminalBytes()
    {
        TerminalWidget t;
        Sent sent(&t);
        QTest::keyClick(&t, Qt::Key_Up);
        QCOMPARE(sent.take(), "\x1b[A");
        QTest::keyClick(&t, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(sent.take(), "\x03");
        QTest::keyClick(&t, Qt::Key_D, Qt::ControlModifier);
        QCOMPARE(sent.take(), "\x04");
        QTest::keyClick(&t, Qt::Key_Return);
        QCOMPARE(sent.take(), "\r");
        QTest::keyClick(&t, Qt::Key_Backspace);
        QCOMPARE(sent.take(), "\x7f");
        QTest::keyClick(&t, Qt::Key_Tab);
        QCOMPARE(sent.take(), "\t");
        QTest::keyClick(&t, Qt::Key_Escape);
        QCOMPARE(sent.take(), "\x1b");
        QTest::keyClick(&t, Qt::Key_Delete);
        QCOMPARE(sent.take(), "\x1b[3~");
        QTest::keyClick(&t, Qt::Key_F1);
        QCOMPARE(sent.take(), "\x1bOP");
        QTest::keyClick(&t, Qt::Key_B, Qt::AltModifier);
        QCOMPARE(sent.take(), "\x1b"
                              "b");
        QTest::keyClicks(&t, u"ls -l $((6*7))"_s);
        QCOMPARE(sent.take(), "ls -l $((6*7))");
        // Full-screen programs switch the cursor keys to application mode (vi, top, less).
        t.feed("\x1b[?1h");
        QTest::keyClick(&t, Qt::Key_Up);
        QCOMPARE(sent.take(), "\x1bOA");
        // The terminal answers queries for the program: where is the cursor?
        t.feed("\x1b[?1l\x1b[3;4H\x1b[6n");
        QCOMPARE(sent.take(), "\x1b[3;4R");

        t.setReadOnly(true);
        QTest::keyClick(&t, Qt::Key_A);
        QTest::keyClick(&t, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(sent.take(), QByteArray());
    }

    void shortcutsOfTheWindowDoNotStealKeys()
    {
        QMainWindow window;
        auto *t = new TerminalWidget;
        window.setCentralWidget(t);
        auto *edit = new QAction(&window);
        edit->setShortcut(QKeySequence(u"Ctrl+E"_s));
        window.addAction(edit);
        QSignalSpy triggered(edit, &QAction::triggered);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        t->setFocus();
        QTRY_VERIFY(t->hasFocus());
        Sent sent(t);
        QTest::keyClick(t, Qt::Key_E, Qt::ControlModifier);
        QCOMPARE(sent.take(), "\x05"); // end of line, for the shell
        QCOMPARE(triggered.size(), 0);
        t->setReadOnly(true); // nothing to type into any more: the window's shortcut works
        QTest::keyClick(t, Qt::Key_E, Qt::ControlModifier);
        QCOMPARE(triggered.size(), 1);
    }

    void resizeIsAnnouncedOnceSettled()
    {
        TerminalWidget t;
        t.setResizeDelay(50);
        QSignalSpy changed(&t, &TerminalWidget::sizeChanged);
        const QSize cell = t.cellSize();
        t.resize(t.sizeHint());
        t.show();
        QVERIFY(QTest::qWaitForWindowExposed(&t));
        QTRY_COMPARE(changed.size(), 1);
        QCOMPARE(changed.last().at(0).toInt(), t.rows());
        QCOMPARE(changed.last().at(1).toInt(), t.columns());

        t.feed("abc");
        const QSize outer = t.size();
        const int rows = t.rows();
        const int columns = t.columns();
        // Three quick steps: one announcement, of the last size.
        for (int extra : {3, 6, 10})
            t.resize(outer.width() + extra * cell.width(), outer.height() + extra * cell.height());
        QTRY_COMPARE(changed.size(), 2);
        QTest::qWait(120);
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.last().at(0).toInt(), t.rows());
        QCOMPARE(changed.last().at(1).toInt(), t.columns());
        // Cells are whole pixels high; their width may be fractional (cellSize() rounds up).
        QCOMPARE(t.rows(), rows + 10);
        QVERIFY2(t.columns() >= columns + 10 && t.columns() <= columns + 12,
                 qPrintable(u"%1 -> %2"_s.arg(columns).arg(t.columns())));
        QCOMPARE(t.screenLine(0), u"abc"_s); // the screen keeps its text
    }

    void selectAndCopy()
    {
        TerminalWidget t;
        t.resize(t.sizeHint());
        t.show();
        QVERIFY(QTest::qWaitForWindowExposed(&t));
        t.feed("alpha beta\r\ngamma delta");
        const int top = t.scrollbackCount();
        t.selectRange(QPoint(6, top), QPoint(2, top + 1));
        QCOMPARE(t.selectedText(), u"beta\ngam"_s);
        QGuiApplication::clipboard()->clear();
        QTest::keyClick(&t, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), u"beta\ngam"_s);

        // With the mouse: press on "gamma", drag to the end of "delta".
        const auto at = [&](int col, int row) { return t.cellRect(row, col).center(); };
        QTest::mousePress(t.viewport(), Qt::LeftButton, {}, at(0, 1));
        QTest::mouseMove(t.viewport(), at(4, 1));
        QTest::mouseMove(t.viewport(), at(10, 1));
        QTest::mouseRelease(t.viewport(), Qt::LeftButton, {}, at(10, 1));
        QCOMPARE(t.selectedText(), u"gamma delta"_s);
        // A double click takes a word.
        QTest::mouseDClick(t.viewport(), Qt::LeftButton, {}, at(7, 0));
        QCOMPARE(t.selectedText(), u"beta"_s);
        // A plain click clears it.
        QTest::mouseClick(t.viewport(), Qt::LeftButton, {}, at(1, 1));
        QVERIFY(!t.hasSelection());
    }

    void pasteSendsTheClipboard()
    {
        TerminalWidget t;
        Sent sent(&t);
        QGuiApplication::clipboard()->setText(u"echo 1\nls"_s);
        QTest::keyClick(&t, Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(sent.take(), "echo 1\rls");
        t.feed("\x1b[?2004h"); // the shell asks for bracketed paste
        QTest::keyClick(&t, Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(sent.take(), "\x1b[200~echo 1\rls\x1b[201~");
    }

    void titleAndBell()
    {
        TerminalWidget t;
        QSignalSpy title(&t, &TerminalWidget::titleChanged);
        QSignalSpy bell(&t, &TerminalWidget::bellRang);
        t.feed("\x1b]2;my title\x07\x07");
        QCOMPARE(t.title(), u"my title"_s);
        QCOMPARE(title.size(), 1);
        QCOMPARE(bell.size(), 1);
    }

    void panelWithoutARunningContainer()
    {
        Endpoint nowhere;
        nowhere.socketPath = u"/nonexistent/gantry-term.sock"_s;
        DockerClient client(nowhere);
        TerminalPanel panel(&client);
        panel.show();
        auto *open = panel.findChild<QPushButton *>(u"openShellButton"_s);
        auto *attach = panel.findChild<QPushButton *>(u"attachButton"_s);
        QVERIFY(open && attach);
        QVERIFY(!open->isEnabled());
        QVERIFY(!attach->isEnabled());
        QVERIFY(panel.hint().contains(u"Select a running container"_s));
        QCOMPARE(panel.openShell(), nullptr);

        panel.setContainer(u"abc"_s, u"web"_s, u"exited"_s);
        QVERIFY(!open->isEnabled());
        QCOMPARE(panel.hint(), u"web is not running: start it to open a terminal."_s);
        panel.setContainer(u"abc"_s, u"web"_s, u"running"_s);
        QVERIFY(open->isEnabled());
        QVERIFY(attach->isEnabled());
        QVERIFY(panel.hint().isEmpty());
        // A command that cannot be split is refused where it is typed, and kept.
        panel.commandField()->setText(u"sh -c 'echo"_s);
        QVERIFY(!open->isEnabled());
        QCOMPARE(panel.hint(), u"The command has an unmatched quote."_s);
        QCOMPARE(panel.commandField()->text(), u"sh -c 'echo"_s);
        QCOMPARE(panel.count(), 0);

        const QStringList unnamed = unnamedActionableWidgets(&panel);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
    }

    void initTestCase()
    {
        if (!testbed::available())
            return; // the tests without the engine still run; the others fail
        m_name = u"gantry-termgui-"_s + QUuid::createUuid().toString(QUuid::Id128).left(12);
        const auto id =
            testbed::docker({u"run"_s, u"-d"_s, u"--network"_s, u"none"_s, u"--name"_s, m_name,
                             testbed::env("GANTRY_TEST_IMAGE"), u"sleep"_s, u"600"_s});
        QVERIFY(id.has_value());
        m_id = QString::fromLatin1(id->trimmed());
    }

    void cleanupTestCase()
    {
        if (!m_name.isEmpty())
            testbed::docker({u"rm"_s, u"-f"_s, m_name});
    }

    // End to end: the panel, a session, the test bed's engine, a shell in a container.
    void shellInARunningContainer()
    {
        if (!testbed::available())
            QFAIL(testbed::missingMessage());
        const QString name = m_name;

        DockerClient client(testbed::endpoint());
        CommandLog log;
        TerminalPanel panel(&client);
        panel.setCommandLog(&log);
        panel.resize(700, 500);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setContainer(m_id, name, u"running"_s);

        auto *open = byAccessibleName<QPushButton>(&panel, u"Open shell"_s);
        QVERIFY(open);
        open->click();
        QCOMPARE(panel.count(), 1);
        TerminalTab *tab = panel.tab(0);
        QCOMPARE(panel.tabs()->tabText(0), name + u": sh"_s);
        QCOMPARE(log.commandAt(log.rowCount() - 1),
                 u"docker exec -it -e TERM=xterm-256color "_s + name + u" sh"_s);
        TerminalWidget *t = tab->terminal();
        QSignalSpy resized(tab->session(), &TerminalSession::resized);
        QTRY_COMPARE_WITH_TIMEOUT(tab->session()->state(), TerminalSession::State::Running, 10000);
        QTRY_VERIFY2_WITH_TIMEOUT(showsPrompt(t),
                                  qPrintable(tab->status() + u'\n' + t->screenText()), 10000);

        QTest::keyClicks(t, u"echo $((6*7))"_s);
        QTest::keyClick(t, Qt::Key_Return);
        QTRY_VERIFY2_WITH_TIMEOUT(screenHasLine(t, u"42"_s), qPrintable(t->screenText()), 10000);

        // The shell has the widget's size, once the last resize went through.
        QTRY_VERIFY_WITH_TIMEOUT(
            !resized.isEmpty() && resized.last() == QVariantList({t->rows(), t->columns()}), 10000);
        QTest::keyClicks(t, u"stty size"_s);
        QTest::keyClick(t, Qt::Key_Return);
        const QString size = u"%1 %2"_s.arg(t->rows()).arg(t->columns());
        QTRY_VERIFY2_WITH_TIMEOUT(screenHasLine(t, size),
                                  qPrintable(t->screenText() + u'\n' + size), 10000);

        const QStringList unnamed = unnamedActionableWidgets(&panel);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
        QVERIFY(!t->accessibleName().isEmpty());

        QTest::keyClicks(t, u"exit 5"_s);
        QTest::keyClick(t, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(tab->status(), u"Process exited with code 5"_s, 10000);
        QVERIFY(tab->hasEnded());
        QCOMPARE(panel.count(), 1); // the tab stays to say how it ended
        QVERIFY(panel.tabs()->tabText(0).endsWith(u"(ended)"_s));
        QVERIFY(t->isReadOnly());
        QCOMPARE(log.data(log.index(log.rowCount() - 1), CommandLog::StatusRole)
                     .value<CommandLog::Status>(),
                 CommandLog::Status::Succeeded);

        // Another one at the same time as a third, then close one.
        TerminalTab *second = panel.openShell();
        TerminalTab *third = panel.openShell();
        QVERIFY(second && third);
        QCOMPARE(panel.count(), 3);
        QTRY_VERIFY_WITH_TIMEOUT(showsPrompt(third->terminal()), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(showsPrompt(second->terminal()), 10000);
        emit panel.tabs()->tabCloseRequested(panel.tabs()->indexOf(second));
        QCOMPARE(panel.count(), 2);
        QTest::keyClicks(third->terminal(), u"echo still here"_s);
        QTest::keyClick(third->terminal(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(screenHasLine(third->terminal(), u"still here"_s), 10000);
    }

    // vi and top draw the whole screen, move the cursor, read single keys.
    void fullScreenProgramsWork()
    {
        if (!testbed::available())
            QFAIL(testbed::missingMessage());
        DockerClient client(testbed::endpoint());
        TerminalPanel panel(&client);
        panel.resize(700, 500);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setContainer(m_id, m_name, u"running"_s);
        TerminalTab *tab = panel.openShell();
        QVERIFY(tab);
        TerminalWidget *t = tab->terminal();
        QSignalSpy resized(tab->session(), &TerminalSession::resized);
        QTRY_VERIFY_WITH_TIMEOUT(showsPrompt(t), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(
            !resized.isEmpty() && resized.last() == QVariantList({t->rows(), t->columns()}), 10000);

        const auto type = [t](const QString &text) {
            QTest::keyClicks(t, text);
            QTest::keyClick(t, Qt::Key_Return);
        };
        type(u"vi /tmp/gantry-vi.txt"_s);
        // An empty file: tildes down the left side.
        QTRY_VERIFY2_WITH_TIMEOUT(t->screenLine(1) == u"~"_s &&
                                      t->screenLine(t->rows() - 2) == u"~"_s,
                                  qPrintable(t->screenText()), 10000);
        QTest::keyClicks(t, u"ihello from vi"_s);
        QTest::keyClick(t, Qt::Key_Escape);
        QTRY_COMPARE_WITH_TIMEOUT(t->screenLine(0), u"hello from vi"_s, 5000);
        QTest::keyClick(t, Qt::Key_Left); // from the "i" to the "v": cursor keys work in vi
        QTest::keyClicks(t, u"x"_s);
        QTRY_COMPARE_WITH_TIMEOUT(t->screenLine(0), u"hello from i"_s, 5000);
        QTest::keyClicks(t, u":wq"_s);
        QTest::keyClick(t, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(showsPrompt(t), 5000);
        type(u"cat /tmp/gantry-vi.txt"_s);
        QTRY_VERIFY2_WITH_TIMEOUT(screenHasLine(t, u"hello from i"_s), qPrintable(t->screenText()),
                                  5000);

        type(u"top"_s);
        // top fills the screen: a header and the process table.
        QTRY_VERIFY2_WITH_TIMEOUT(t->screenLine(0).startsWith(u"Mem:"_s) &&
                                      t->screenText().contains(u"PID"_s),
                                  qPrintable(t->screenText()), 10000);
        QTest::keyClicks(t, u"q"_s);
        type(u"echo back"_s);
        QTRY_VERIFY2_WITH_TIMEOUT(screenHasLine(t, u"back"_s), qPrintable(t->screenText()), 5000);
        QVERIFY(!t->isAlternateScreen());
    }

    // The wiring in the window: the page's action opens a shell in the Terminal tab, which
    // follows the container's state.
    void openTerminalFromTheContainersPage()
    {
        if (!testbed::available())
            QFAIL(testbed::missingMessage());
        const QString name =
            u"gantry-termws-"_s + QUuid::createUuid().toString(QUuid::Id128).left(12);
        const auto run =
            testbed::docker({u"run"_s, u"-d"_s, u"--network"_s, u"none"_s, u"--name"_s, name,
                             testbed::env("GANTRY_TEST_IMAGE"), u"sleep"_s, u"600"_s});
        QVERIFY(run.has_value());
        const auto cleanup = qScopeGuard([&] { testbed::docker({u"rm"_s, u"-f"_s, name}); });
        const QString id = QString::fromLatin1(run->trimmed());

        DockerClient client(testbed::endpoint());
        ConnectionMonitor monitor(&client);
        Workspace workspace(&client, &monitor);
        workspace.start();
        monitor.start();
        ContainerModel *containers = workspace.containerModel();
        QTRY_VERIFY_WITH_TIMEOUT(containers->findKey(id).isValid(), 10000);

        ContainersPage *page = workspace.containersPage();
        auto *action = page->findChild<QAction *>(u"openTerminalAction"_s);
        QVERIFY(action);
        QVERIFY(!action->isEnabled()); // nothing selected
        auto *proxy = static_cast<QSortFilterProxyModel *>(page->view()->model());
        const QModelIndex row = proxy->mapFromSource(containers->findKey(id));
        page->view()->selectionModel()->setCurrentIndex(row, QItemSelectionModel::ClearAndSelect |
                                                                 QItemSelectionModel::Rows);
        QVERIFY(action->isEnabled());
        TerminalPanel *terminal = workspace.details()->terminalPanel();
        QCOMPARE(terminal->containerId(), id);
        QCOMPARE(terminal->containerName(), name);

        action->trigger();
        QCOMPARE(workspace.details()->currentWidget(), terminal);
        QCOMPARE(terminal->count(), 1);
        TerminalWidget *t = terminal->tab(0)->terminal();
        QTRY_VERIFY_WITH_TIMEOUT(showsPrompt(t), 10000);
        QTest::keyClicks(t, u"hostname"_s);
        QTest::keyClick(t, Qt::Key_Return);
        QTRY_VERIFY2_WITH_TIMEOUT(screenHasLine(t, id.left(12)), qPrintable(t->screenText()),
                                  10000);
        QCOMPARE(workspace.commandLog()->commandAt(workspace.commandLog()->rowCount() - 1),
                 u"docker exec -it -e TERM=xterm-256color "_s + name + u" sh"_s);

        // Stopped behind the window's back: the shell ends, the panel and the action follow.
        QVERIFY(testbed::docker({u"stop"_s, u"-t"_s, u"1"_s, name}));
        QTRY_VERIFY_WITH_TIMEOUT(terminal->tab(0)->hasEnded(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!action->isEnabled(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(terminal->hint(),
                                  name + u" is not running: start it to open a terminal."_s, 10000);
        QCOMPARE(terminal->openShell(), nullptr);
    }

private:
    QString m_name;
    QString m_id;
};

QTEST_MAIN(TestTerminalWidget)
#include "tst_terminal_widget.moc"
