#pragma once

#include <QPoint>
#include <QString>

namespace gantry {

class TerminalScreen;

// The selected stretch of a terminal's buffer (history then screen), from an anchor to
// an end in reading order either way: x is a column, y a buffer line.
class TerminalSelection {
public:
    bool hasSelection() const { return m_anchor.y() >= 0 && m_anchor != m_end; }
    // False when there was nothing to clear.
    bool clear();
    void select(QPoint anchor, QPoint end);
    void extendTo(QPoint end) { m_end = end; }
    // The run of non-blank characters at a cell; false (and nothing changed) on a blank.
    bool selectWord(const TerminalScreen &screen, QPoint cell);
    // The oldest history lines went: buffer lines moved up. False: the selection went
    // with them and was cleared.
    bool shiftUp(int lines);

    bool contains(int bufferLine, int column) const;
    // Lines joined with newlines, trailing blanks of each line dropped.
    QString text(const TerminalScreen &screen) const;

private:
    // Anchor == end: nothing selected.
    QPoint m_anchor{-1, -1};
    QPoint m_end{-1, -1};
};

} // namespace gantry
