#include "terminal/KeyTranslator.h"

#include "terminal/TerminalScreen.h"
#include "terminal/VTermModifiers.h"

#include <QKeyEvent>

#include <vterm.h>

using namespace Qt::StringLiterals;

namespace gantry {

namespace {

VTermKey vtermKey(int key)
{
    switch (key) {
    case Qt::Key_Return:
    case Qt::Key_Enter: return VTERM_KEY_ENTER;
    case Qt::Key_Tab:
    case Qt::Key_Backtab: return VTERM_KEY_TAB;
    case Qt::Key_Backspace: return VTERM_KEY_BACKSPACE;
    case Qt::Key_Escape: return VTERM_KEY_ESCAPE;
    case Qt::Key_Up: return VTERM_KEY_UP;
    case Qt::Key_Down: return VTERM_KEY_DOWN;
    case Qt::Key_Left: return VTERM_KEY_LEFT;
    case Qt::Key_Right: return VTERM_KEY_RIGHT;
    case Qt::Key_Insert: return VTERM_KEY_INS;
    case Qt::Key_Delete: return VTERM_KEY_DEL;
    case Qt::Key_Home: return VTERM_KEY_HOME;
    case Qt::Key_End: return VTERM_KEY_END;
    case Qt::Key_PageUp: return VTERM_KEY_PAGEUP;
    case Qt::Key_PageDown: return VTERM_KEY_PAGEDOWN;
    default: break;
    }
    if (key >= Qt::Key_F1 && key <= Qt::Key_F35)
        return VTermKey(VTERM_KEY_FUNCTION(key - Qt::Key_F1 + 1));
    return VTERM_KEY_NONE;
}

// Ctrl+key as a terminal sends it: the C0 control codes (Ctrl+C is 0x03).
int controlCode(int key)
{
    if (key >= Qt::Key_A && key <= Qt::Key_Z)
        return key - Qt::Key_A + 1;
    switch (key) {
    case Qt::Key_Space:
    case Qt::Key_At:
    case Qt::Key_2: return 0;
    case Qt::Key_BracketLeft:
    case Qt::Key_3: return 0x1b;
    case Qt::Key_Backslash:
    case Qt::Key_4: return 0x1c;
    case Qt::Key_BracketRight:
    case Qt::Key_5: return 0x1d;
    case Qt::Key_AsciiCircum:
    case Qt::Key_6: return 0x1e;
    case Qt::Key_Underscore:
    case Qt::Key_Minus:
    case Qt::Key_Slash:
    case Qt::Key_7: return 0x1f;
    case Qt::Key_Question:
    case Qt::Key_8: return 0x7f;
    default: return -1;
    }
}

} // namespace

KeyTranslator::KeyTranslator(TerminalScreen &screen)
    : m_screen(screen)
{
}

std::optional<QByteArray> KeyTranslator::keyPress(const QKeyEvent &event) const
{
    return keyPress(event.key(), event.modifiers(), event.text());
}

std::optional<QByteArray> KeyTranslator::keyPress(int key, Qt::KeyboardModifiers modifiers,
                                                  const QString &text) const
{
    const Qt::KeyboardModifiers mods =
        modifiers & (Qt::ShiftModifier | Qt::ControlModifier | Qt::AltModifier);
    if (const VTermKey vkey = vtermKey(key); vkey != VTERM_KEY_NONE) {
        VTermModifier vmod = vtermModifiers(mods);
        if (key == Qt::Key_Backtab)
            vmod = VTermModifier(vmod | VTERM_MOD_SHIFT);
        return m_screen.collectOutput([&](VTerm *vt) { vterm_keyboard_key(vt, vkey, vmod); });
    }
    if (mods & Qt::ControlModifier) {
        if (const int code = controlCode(key); code >= 0) {
            QByteArray bytes((mods & Qt::AltModifier) ? "\x1b" : "");
            bytes += char(code);
            return bytes;
        }
    }
    if (text.isEmpty())
        return std::nullopt;
    const VTermModifier alt = (mods & Qt::AltModifier) ? VTERM_MOD_ALT : VTERM_MOD_NONE;
    QByteArray bytes;
    for (const char32_t cp : text.toUcs4()) {
        if (cp < 0x20 || cp == 0x7f)
            bytes += char(cp);
        else
            bytes += m_screen.collectOutput(
                [&](VTerm *vt) { vterm_keyboard_unichar(vt, uint32_t(cp), alt); });
    }
    return bytes;
}

QByteArray KeyTranslator::paste(const QString &text) const
{
    QString t = text;
    t.replace(u"\r\n"_s, u"\r"_s);
    t.replace(u'\n', u'\r');
    return m_screen.collectOutput([](VTerm *vt) { vterm_keyboard_start_paste(vt); }) + t.toUtf8() +
           m_screen.collectOutput([](VTerm *vt) { vterm_keyboard_end_paste(vt); });
}

} // namespace gantry
