#include "terminal/KeyTranslator.h"
#include "terminal/TerminalScreen.h"

#include <QKeyEvent>
#include <QSignalSpy>
#include <QtTest>

using namespace gantry;
using namespace Qt::StringLiterals;

namespace {

// What a key sends: the bytes, or "<none>" when the key is not one for the terminal.
QByteArray send(const KeyTranslator &keys, int key, Qt::KeyboardModifiers mods = {},
                const QString &text = {})
{
    return keys.keyPress(key, mods, text).value_or("<none>");
}

} // namespace

// Keys as the process in the terminal receives them, without a window: xterm's encodings,
// which follow the modes the program set on the screen.
class TestKeyTranslator : public QObject {
    Q_OBJECT
private slots:
    void editingKeys()
    {
        TerminalScreen screen;
        KeyTranslator keys(screen);
        QCOMPARE(send(keys, Qt::Key_Return), "\r");
        QCOMPARE(send(keys, Qt::Key_Enter), "\r");
        QCOMPARE(send(keys, Qt::Key_Tab), "\t");
        QCOMPARE(send(keys, Qt::Key_Backtab, Qt::ShiftModifier), "\x1b[Z");
        QCOMPARE(send(keys, Qt::Key_Backtab), "\x1b[Z"); // Backtab is Shift+Tab already
        QCOMPARE(send(keys, Qt::Key_Backspace), "\x7f");
        QCOMPARE(send(keys, Qt::Key_Escape), "\x1b");
        QCOMPARE(send(keys, Qt::Key_Insert), "\x1b[2~");
        QCOMPARE(send(keys, Qt::Key_Delete), "\x1b[3~");
        QCOMPARE(send(keys, Qt::Key_PageUp), "\x1b[5~");
        QCOMPARE(send(keys, Qt::Key_PageDown), "\x1b[6~");
        QCOMPARE(send(keys, Qt::Key_Home), "\x1b[H");
        QCOMPARE(send(keys, Qt::Key_End), "\x1b[F");
        QCOMPARE(send(keys, Qt::Key_Delete, Qt::ControlModifier), "\x1b[3;5~");
    }

    void arrows()
    {
        TerminalScreen screen;
        KeyTranslator keys(screen);
        QCOMPARE(send(keys, Qt::Key_Up), "\x1b[A");
        QCOMPARE(send(keys, Qt::Key_Down), "\x1b[B");
        QCOMPARE(send(keys, Qt::Key_Right), "\x1b[C");
        QCOMPARE(send(keys, Qt::Key_Left), "\x1b[D");
        // Modifiers as xterm numbers them: 2 Shift, 3 Alt, 5 Ctrl, 6 Ctrl+Shift.
        QCOMPARE(send(keys, Qt::Key_Right, Qt::ShiftModifier), "\x1b[1;2C");
        QCOMPARE(send(keys, Qt::Key_Left, Qt::AltModifier), "\x1b[1;3D");
        QCOMPARE(send(keys, Qt::Key_Up, Qt::ControlModifier), "\x1b[1;5A");
        QCOMPARE(send(keys, Qt::Key_Down, Qt::ControlModifier | Qt::ShiftModifier), "\x1b[1;6B");
        // Modifiers the terminal has no use for are left out.
        QCOMPARE(send(keys, Qt::Key_Up, Qt::KeypadModifier | Qt::MetaModifier), "\x1b[A");
    }

    void applicationCursorMode()
    {
        TerminalScreen screen;
        KeyTranslator keys(screen);
        screen.feed("\x1b[?1h"); // what vi, less and top switch on
        QCOMPARE(send(keys, Qt::Key_Up), "\x1bOA");
        QCOMPARE(send(keys, Qt::Key_Down), "\x1bOB");
        QCOMPARE(send(keys, Qt::Key_Right), "\x1bOC");
        QCOMPARE(send(keys, Qt::Key_Left), "\x1bOD");
        QCOMPARE(send(keys, Qt::Key_Home), "\x1bOH");
        QCOMPARE(send(keys, Qt::Key_End), "\x1bOF");
        QCOMPARE(send(keys, Qt::Key_Up, Qt::ControlModifier), "\x1b[1;5A"); // as before
        screen.feed("\x1b[?1l");
        QCOMPARE(send(keys, Qt::Key_Up), "\x1b[A");
    }

    void functionKeys()
    {
        TerminalScreen screen;
        KeyTranslator keys(screen);
        QCOMPARE(send(keys, Qt::Key_F1), "\x1bOP");
        QCOMPARE(send(keys, Qt::Key_F2), "\x1bOQ");
        QCOMPARE(send(keys, Qt::Key_F3), "\x1bOR");
        QCOMPARE(send(keys, Qt::Key_F4), "\x1bOS");
        QCOMPARE(send(keys, Qt::Key_F5), "\x1b[15~");
        QCOMPARE(send(keys, Qt::Key_F6), "\x1b[17~");
        QCOMPARE(send(keys, Qt::Key_F10), "\x1b[21~");
        QCOMPARE(send(keys, Qt::Key_F12), "\x1b[24~");
        QCOMPARE(send(keys, Qt::Key_F5, Qt::ControlModifier), "\x1b[15;5~");
    }

    void controlCombinations()
    {
        TerminalScreen screen;
        KeyTranslator keys(screen);
        QCOMPARE(send(keys, Qt::Key_A, Qt::ControlModifier), "\x01");
        QCOMPARE(send(keys, Qt::Key_C, Qt::ControlModifier), "\x03");
        QCOMPARE(send(keys, Qt::Key_D, Qt::ControlModifier), "\x04");
        QCOMPARE(send(keys, Qt::Key_Z, Qt::ControlModifier), "\x1a");
        QCOMPARE(send(keys, Qt::Key_Space, Qt::ControlModifier), QByteArray(1, '\0'));
        QCOMPARE(send(keys, Qt::Key_2, Qt::ControlModifier), QByteArray(1, '\0'));
        QCOMPARE(send(keys, Qt::Key_BracketLeft, Qt::ControlModifier), "\x1b");
        QCOMPARE(send(keys, Qt::Key_Backslash, Qt::ControlModifier), "\x1c");
        QCOMPARE(send(keys, Qt::Key_BracketRight, Qt::ControlModifier), "\x1d");
        QCOMPARE(send(keys, Qt::Key_6, Qt::ControlModifier), "\x1e");
        QCOMPARE(send(keys, Qt::Key_Underscore, Qt::ControlModifier | Qt::ShiftModifier), "\x1f");
        QCOMPARE(send(keys, Qt::Key_Slash, Qt::ControlModifier), "\x1f");
        QCOMPARE(send(keys, Qt::Key_Question, Qt::ControlModifier), "\x7f");
        // Ctrl with Alt: the control code after an escape (Meta sends escape).
        QCOMPARE(send(keys, Qt::Key_X, Qt::ControlModifier | Qt::AltModifier), "\x1b\x18");
        // Ctrl on a key that has no control code: its text, if any.
        QCOMPARE(send(keys, Qt::Key_Comma, Qt::ControlModifier, u","_s), ",");
    }

    void typedText()
    {
        TerminalScreen screen;
        KeyTranslator keys(screen);
        QCOMPARE(send(keys, Qt::Key_A, {}, u"a"_s), "a");
        QCOMPARE(send(keys, Qt::Key_A, Qt::ShiftModifier, u"A"_s), "A");
        QCOMPARE(send(keys, Qt::Key_B, Qt::AltModifier, u"b"_s), "\x1b"
                                                                 "b");
        QCOMPARE(send(keys, Qt::Key_Eacute, {}, u"é"_s), "\xc3\xa9");
        QCOMPARE(send(keys, 0, {}, u"日本"_s), "\xe6\x97\xa5\xe6\x9c\xac");
        QCOMPARE(send(keys, 0, {}, u"🐳"_s), "\xf0\x9f\x90\xb3");
        // Control characters in the text go as they are.
        QCOMPARE(send(keys, 0, {}, u"\x7f"_s), "\x7f");
        QCOMPARE(send(keys, 0, {}, u"a\u0001"_s), "a\x01");
        // No text and no terminal meaning: the key is not the terminal's.
        QCOMPARE(send(keys, Qt::Key_Shift, Qt::ShiftModifier), "<none>");
        QCOMPARE(send(keys, Qt::Key_VolumeUp), "<none>");
    }

    void fromAKeyEvent()
    {
        TerminalScreen screen;
        KeyTranslator keys(screen);
        const QKeyEvent up(QEvent::KeyPress, Qt::Key_Up, Qt::ShiftModifier);
        QCOMPARE(keys.keyPress(up).value_or("<none>"), "\x1b[1;2A");
        const QKeyEvent ctrlC(QEvent::KeyPress, Qt::Key_C, Qt::ControlModifier, u"\u0003"_s);
        QCOMPARE(keys.keyPress(ctrlC).value_or("<none>"), "\x03");
        const QKeyEvent letter(QEvent::KeyPress, Qt::Key_Q, Qt::NoModifier, u"q"_s);
        QCOMPARE(keys.keyPress(letter).value_or("<none>"), "q");
    }

    void keysAreReturnedNotEmitted()
    {
        TerminalScreen screen;
        KeyTranslator keys(screen);
        QSignalSpy output(&screen, &TerminalScreen::output);
        QCOMPARE(send(keys, Qt::Key_Up), "\x1b[A");
        QCOMPARE(keys.paste(u"x"_s), "x");
        QCOMPARE(output.size(), 0);
        screen.feed("\x1b[6n"); // an answer to the program still goes out
        QCOMPARE(output.size(), 1);
    }

    void paste()
    {
        TerminalScreen screen;
        KeyTranslator keys(screen);
        // Enter is CR in a terminal, whatever the clipboard's line ends.
        QCOMPARE(keys.paste(u"ls\n"_s), "ls\r");
        QCOMPARE(keys.paste(u"a\r\nb\nc"_s), "a\rb\rc");
        QCOMPARE(keys.paste(u"né"_s), "n\xc3\xa9");
        // Bracketed paste, for programs that ask: the paste is framed.
        screen.feed("\x1b[?2004h");
        QCOMPARE(keys.paste(u"echo hi\n"_s), "\x1b[200~echo hi\r\x1b[201~");
        screen.feed("\x1b[?2004l");
        QCOMPARE(keys.paste(u"echo hi\n"_s), "echo hi\r");
    }
};

QTEST_GUILESS_MAIN(TestKeyTranslator)
#include "tst_key_translator.moc"
