#include "terminal/TerminalHistory.h"
#include "terminal/TerminalScreen.h"
#include "terminal/TerminalSelection.h"

#include <QSignalSpy>
#include <QtTest>

using namespace gantry;
using namespace Qt::StringLiterals;

// The terminal screen without a window: what libvterm makes of the bytes, the bounded
// history, resizing, and the selection's text. The widget that draws it is in
// tests/gui/tst_terminal_widget.
class TestTerminalScreen : public QObject {
    Q_OBJECT
private slots:
    void startsAsAnEmpty80x24Screen()
    {
        TerminalScreen s;
        QCOMPARE(s.rows(), 24);
        QCOMPARE(s.columns(), 80);
        QCOMPARE(s.cursorPosition(), QPoint(0, 0));
        QVERIFY(s.isCursorVisible());
        QVERIFY(!s.isAlternateScreen());
        QCOMPARE(s.history().count(), 0);
        QCOMPARE(s.bufferLines(), 24);
        QCOMPARE(s.screenLine(0), QString());
        QCOMPARE(s.screenLine(24), QString()); // past the screen
        QCOMPARE(s.cell(0, 0).text, u" "_s);
        QCOMPARE(s.cell(0, 0).style.foreground, TerminalScreen::defaultForeground());
        QCOMPARE(s.cell(0, 0).style.background, TerminalScreen::defaultBackground());
    }

    void textAndLineBreaks()
    {
        TerminalScreen s;
        QSignalSpy damaged(&s, &TerminalScreen::damaged);
        s.feed("hello\r\nwor");
        QVERIFY(!damaged.isEmpty());
        QCOMPARE(damaged.first().at(0).toInt(), 0);
        s.feed("ld   ");
        QCOMPARE(s.screenLine(0), u"hello"_s);
        QCOMPARE(s.screenLine(1), u"world"_s); // trailing blanks dropped
        QCOMPARE(s.lineText(s.bufferLine(1), 1, 3), u"orl"_s);
        QCOMPARE(s.cursorPosition(), QPoint(8, 1));
        s.feed("\n"); // a line feed alone keeps the column
        QCOMPARE(s.cursorPosition(), QPoint(8, 2));
        s.feed("\bX\tY");
        QCOMPARE(s.screenLine(2), u"       X        Y"_s); // back over the space, to the tab stop
    }

    void escapeSequences()
    {
        TerminalScreen s;
        s.feed("\x1b[31mR\x1b[0m.\x1b[1;4;7mB\x1b[0m\x1b[38;2;10;20;30mT\x1b[48;5;21mb");
        QCOMPARE(s.screenLine(0), u"R.BTb"_s);
        const TerminalCellStyle plain = s.cell(0, 1).style;
        const TerminalCellStyle red = s.cell(0, 0).style;
        QVERIFY2(red.foreground.red() > 150 && red.foreground.green() < 80,
                 qPrintable(red.foreground.name()));
        QCOMPARE(red.background, plain.background);
        const TerminalCellStyle b = s.cell(0, 2).style;
        QVERIFY(b.bold && b.underline && b.reverse && !b.italic);
        QCOMPARE(b.background, TerminalScreen::defaultForeground()); // reverse video
        QCOMPARE(s.cell(0, 3).style.foreground, QColor(10, 20, 30));
        QCOMPARE(s.cell(0, 4).style.background, QColor(0, 0, 255)); // 256 colours: 21

        // Erase: the line, then the screen.
        s.feed("\r\nsecond\x1b[1;3H\x1b[K");
        QCOMPARE(s.screenLine(0), u"R."_s);
        QCOMPARE(s.screenLine(1), u"second"_s);
        s.feed("\x1b[2J");
        QCOMPARE(s.screenLine(0), QString());
        QCOMPARE(s.screenLine(1), QString());

        // An escape sequence split across feeds is still one sequence.
        s.feed("\x1b[H\x1b[3");
        s.feed("2mG");
        QCOMPARE(s.screenLine(0), u"G"_s);
        QVERIFY(s.cell(0, 0).style.foreground.green() > 150);
    }

    void cursorMoves()
    {
        TerminalScreen s;
        QSignalSpy moved(&s, &TerminalScreen::cursorMoved);
        s.feed("\x1b[5;10H");
        QCOMPARE(s.cursorPosition(), QPoint(9, 4));
        QVERIFY(!moved.isEmpty());
        QCOMPARE(moved.last().at(0).toPoint(), QPoint(0, 0));
        QCOMPARE(moved.last().at(1).toPoint(), QPoint(9, 4));
        s.feed("\x1b[2A"); // up
        QCOMPARE(s.cursorPosition(), QPoint(9, 2));
        s.feed("\x1b[3B"); // down
        QCOMPARE(s.cursorPosition(), QPoint(9, 5));
        s.feed("\x1b[4C"); // forward
        QCOMPARE(s.cursorPosition(), QPoint(13, 5));
        s.feed("\x1b[20D"); // back, stopped by the edge
        QCOMPARE(s.cursorPosition(), QPoint(0, 5));
        s.feed("\x1b[99;999H"); // clamped to the screen
        QCOMPARE(s.cursorPosition(), QPoint(79, 23));
        s.feed("\x1b[H");
        QCOMPARE(s.cursorPosition(), QPoint(0, 0));

        QSignalSpy visibility(&s, &TerminalScreen::cursorVisibilityChanged);
        s.feed("\x1b[?25l");
        QVERIFY(!s.isCursorVisible());
        s.feed("\x1b[?25h");
        QVERIFY(s.isCursorVisible());
        QCOMPARE(visibility.size(), 2);
    }

    void wideCharacters()
    {
        TerminalScreen s;
        s.feed("a\xe6\x97\xa5\xe6\x9c\xac!"); // a, two double-width characters, !
        QCOMPARE(s.screenLine(0), u"a日本!"_s);
        QCOMPARE(s.cursorPosition(), QPoint(6, 0));
        const TerminalCell wide = s.cell(0, 1);
        QCOMPARE(wide.text, u"日"_s);
        QCOMPARE(wide.width, 2);
        QVERIFY(!wide.continuation);
        QVERIFY(s.cell(0, 2).continuation);
        QCOMPARE(s.cell(0, 3).text, u"本"_s);
        QCOMPARE(s.cell(0, 5).text, u"!"_s);
        // A combining mark stays with its base character.
        s.feed("\r\ne\xcc\x81x");
        QCOMPARE(s.cell(1, 0).text, u"e\u0301"_s);
        QCOMPARE(s.screenLine(1), u"e\u0301x"_s);
    }

    void utf8SplitAcrossFeeds()
    {
        TerminalScreen s;
        // 日 (3 bytes) cut after each byte, and 🐳 (4 bytes) cut in the middle.
        s.feed("\xe6");
        QCOMPARE(s.cursorPosition(), QPoint(0, 0)); // nothing to show yet
        s.feed("\x97");
        s.feed("\xa5"
               "\xf0\x9f");
        s.feed("\x90\xb3z");
        QCOMPARE(s.screenLine(0), u"日🐳z"_s);
        QCOMPARE(s.cell(0, 0).text, u"日"_s);
        QCOMPARE(s.cell(0, 2).text, u"🐳"_s);
        QCOMPARE(s.cursorPosition(), QPoint(5, 0));
        // One byte at a time, the whole way.
        const QByteArray text = "\r\n\xc3\xa9t\xc3\xa9 \xe2\x82\xac";
        for (const char c : text)
            s.feed(QByteArray(1, c));
        QCOMPARE(s.screenLine(1), u"été €"_s);
    }

    void answersQueriesThroughOutput()
    {
        TerminalScreen s;
        QSignalSpy output(&s, &TerminalScreen::output);
        s.feed("\x1b[3;4H\x1b[6n"); // where is the cursor?
        QCOMPARE(output.size(), 1);
        QCOMPARE(output.first().at(0).toByteArray(), "\x1b[3;4R");
    }

    void titleBellAndAlternateScreen()
    {
        TerminalScreen s;
        QSignalSpy title(&s, &TerminalScreen::titleChanged);
        QSignalSpy bell(&s, &TerminalScreen::bellRang);
        QSignalSpy alt(&s, &TerminalScreen::alternateScreenChanged);
        s.feed("\x1b]0;my title\x07");
        QCOMPARE(s.title(), u"my title"_s);
        QCOMPARE(title.size(), 1);
        s.feed("\x07");
        QCOMPARE(bell.size(), 1);

        s.feed("main\r\n$ ");
        s.feed("\x1b[?1049h\x1b[H\x1b[2Jfull");
        QVERIFY(s.isAlternateScreen());
        QCOMPARE(s.screenLine(0), u"full"_s);
        s.feed("\x1b[?1049l");
        QVERIFY(!s.isAlternateScreen());
        QCOMPARE(alt.size(), 2);
        QCOMPARE(s.screenLine(0), u"main"_s);
        QCOMPARE(s.cursorPosition(), QPoint(2, 1));

        s.feed("\x1b[?1000h");
        QVERIFY(s.mouseMode() != 0);
        s.feed("\x1b[?1000l");
        QCOMPARE(s.mouseMode(), 0);
    }

    void scrollbackIsBounded()
    {
        TerminalScreen s;
        s.resize(4, 20);
        s.setScrollbackLimit(3);
        QSignalSpy scrolled(&s, &TerminalScreen::lineScrolledOff);
        for (int i = 1; i <= 8; ++i)
            s.feed(u"line %1\r\n"_s.arg(i).toUtf8());
        // Nine lines (the last one empty) on a four-row screen: five left it, three kept.
        QCOMPARE(scrolled.size(), 5);
        QCOMPARE(scrolled.at(0).at(0).toBool(), false);
        QCOMPARE(scrolled.at(2).at(0).toBool(), false);
        QCOMPARE(scrolled.at(3).at(0).toBool(), true); // the history was full
        QCOMPARE(s.history().count(), 3);
        QCOMPARE(s.bufferLines(), 7);
        QCOMPARE(s.lineText(0, 0, 19), u"line 3"_s);
        QCOMPARE(s.lineText(2, 0, 19), u"line 5"_s);
        QCOMPARE(s.screenLine(0), u"line 6"_s);
        QCOMPARE(s.lineText(s.bufferLine(0), 0, 19), u"line 6"_s);

        // Colours survive the trip to the history; trailing blanks are not kept.
        s.feed("\x1b[31mred\x1b[0m   \r\n\r\n\r\n\r\n");
        QCOMPARE(s.lineText(2, 0, 19), u"red"_s);
        QVERIFY(s.cell(2, 0).style.foreground.red() > 150);
        QCOMPARE(s.history().line(2).size(), size_t(3));

        s.setScrollbackLimit(1);
        QCOMPARE(s.history().count(), 1);
        QCOMPARE(s.lineText(0, 0, 19), u"red"_s);

        // No history at all: lines that leave the screen are gone.
        s.setScrollbackLimit(0);
        QCOMPARE(s.history().count(), 0);
        s.feed("a\r\nb\r\nc\r\nd\r\ne\r\n");
        QCOMPARE(s.history().count(), 0);
        QCOMPARE(s.screenLine(0), u"c"_s);
    }

    void alternateScreenKeepsNoHistory()
    {
        TerminalScreen s;
        s.resize(3, 10);
        s.feed("\x1b[?1049h");
        for (int i = 0; i < 10; ++i)
            s.feed("alt\r\n");
        QCOMPARE(s.history().count(), 0);
    }

    void resize()
    {
        TerminalScreen s;
        s.resize(5, 20);
        QCOMPARE(s.rows(), 5);
        QCOMPARE(s.columns(), 20);
        s.feed("one\r\ntwo\r\nthree\r\nfour\r\nfive");
        QCOMPARE(s.cursorPosition(), QPoint(4, 4));

        // Shorter: the top lines go to the history, the cursor stays on its text.
        s.resize(3, 20);
        QCOMPARE(s.rows(), 3);
        QCOMPARE(s.history().count(), 2);
        QCOMPARE(s.lineText(0, 0, 19), u"one"_s);
        QCOMPARE(s.screenLine(0), u"three"_s);
        QCOMPARE(s.screenLine(2), u"five"_s);
        QCOMPARE(s.cursorPosition(), QPoint(4, 2));

        // Taller again: the history comes back onto the screen.
        QSignalSpy restored(&s, &TerminalScreen::lineRestored);
        s.resize(5, 20);
        QCOMPARE(restored.size(), 2);
        QCOMPARE(s.history().count(), 0);
        QCOMPARE(s.screenLine(0), u"one"_s);
        QCOMPARE(s.screenLine(4), u"five"_s);
        QCOMPARE(s.cursorPosition(), QPoint(4, 4));

        // Narrower: text past the edge is not shown; lines do not rewrap here.
        s.resize(5, 3);
        QCOMPARE(s.columns(), 3);
        QCOMPARE(s.screenLine(2), u"thr"_s);
        QVERIFY(s.cursorPosition().x() <= 2);
    }

    void historyOnItsOwn()
    {
        TerminalHistory h(2);
        bool dropped = true;
        QVERIFY(h.push(HistoryLine(1), &dropped));
        QVERIFY(!dropped);
        QVERIFY(h.push(HistoryLine(2), &dropped));
        QVERIFY(!dropped);
        QVERIFY(h.push(HistoryLine(3), &dropped));
        QVERIFY(dropped);
        QCOMPARE(h.count(), 2);
        QCOMPARE(h.line(0).size(), size_t(2)); // the oldest kept
        HistoryLine line;
        QVERIFY(h.pop(&line));
        QCOMPARE(line.size(), size_t(3)); // the newest comes back first
        QCOMPARE(h.setLimit(0), 1);
        QVERIFY(h.isEmpty());
        QVERIFY(!h.push(HistoryLine(1)));
        QVERIFY(!h.pop(&line));
        QCOMPARE(h.setLimit(-5), 0);
        QCOMPARE(h.limit(), 0);
    }

    void selectionText()
    {
        TerminalScreen s;
        s.resize(3, 20);
        s.feed("zero\r\nalpha beta\r\ngamma delta\r\n\xe6\x97\xa5\xe6\x9c\xac end");
        const int top = s.history().count(); // buffer line of the screen's first row
        QCOMPARE(top, 1);
        TerminalSelection sel;
        QVERIFY(!sel.hasSelection());
        QCOMPARE(sel.text(s), QString());
        sel.select(QPoint(2, top + 1), QPoint(6, top)); // backwards works too
        QVERIFY(sel.hasSelection());
        QCOMPARE(sel.text(s), u"beta\ngam"_s);
        QVERIFY(sel.contains(top, 6));
        QVERIFY(!sel.contains(top, 5));
        QVERIFY(sel.contains(top + 1, 2));
        QVERIFY(!sel.contains(top + 1, 3));

        // From the history into the screen, wide characters counted once.
        sel.select(QPoint(0, 0), QPoint(19, top + 2));
        QCOMPARE(sel.text(s), u"zero\nalpha beta\ngamma delta\n日本 end"_s);

        QVERIFY(sel.selectWord(s, QPoint(8, top)));
        QCOMPARE(sel.text(s), u"beta"_s);
        QVERIFY(!sel.selectWord(s, QPoint(5, top))); // a blank: nothing changes
        QCOMPARE(sel.text(s), u"beta"_s);

        // The oldest history line went: the selection follows its text, or goes with it.
        QVERIFY(sel.shiftUp(1));
        QVERIFY(sel.contains(top - 1, 7));
        QVERIFY(!sel.shiftUp(1));
        QVERIFY(!sel.hasSelection());

        QVERIFY(!sel.clear()); // nothing left to clear
        sel.select(QPoint(1, 1), QPoint(1, 1));
        QVERIFY(!sel.hasSelection()); // an empty stretch
        QVERIFY(sel.clear());
    }
};

QTEST_GUILESS_MAIN(TestTerminalScreen)
#include "tst_terminal_screen.moc"
