#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

class QKeyEvent;

namespace gantry {

class TerminalScreen;

// Keys and pastes as a terminal sends them to its process. The encoding follows the modes
// the program set on the screen (application cursor keys for vi and less, bracketed
// paste for shells that support it), so the translator asks the screen's libvterm.
class KeyTranslator {
public:
    explicit KeyTranslator(TerminalScreen &screen);

    // Bytes for a key press: named keys (arrows, function keys, editing keys), Ctrl and
    // Alt combinations, typed text. No value: not a key for the terminal (no text), so the
    // widget lets it go on to its parents; an empty value: a terminal key that sends
    // nothing in the current modes.
    std::optional<QByteArray> keyPress(int key, Qt::KeyboardModifiers modifiers,
                                       const QString &text) const;
    std::optional<QByteArray> keyPress(const QKeyEvent &event) const;
    // A terminal sends Enter as CR; in bracketed-paste mode the paste is framed so that a
    // pasted line is not run at once.
    QByteArray paste(const QString &text) const;

private:
    TerminalScreen &m_screen;
};

} // namespace gantry
