#include "terminal/TerminalSelection.h"

#include "terminal/TerminalScreen.h"

#include <QStringList>

#include <algorithm>
#include <utility>

namespace gantry {

namespace {

std::pair<QPoint, QPoint> ordered(QPoint a, QPoint b)
{
    if (a.y() > b.y() || (a.y() == b.y() && a.x() > b.x()))
        std::swap(a, b);
    return {a, b};
}

} // namespace

bool TerminalSelection::clear()
{
    if (m_anchor.y() < 0)
        return false;
    m_anchor = m_end = QPoint(-1, -1);
    return true;
}

void TerminalSelection::select(QPoint anchor, QPoint end)
{
    m_anchor = anchor;
    m_end = end;
}

bool TerminalSelection::selectWord(const TerminalScreen &screen, QPoint cell)
{
    const auto blank = [&](int col) { return screen.cell(cell.y(), col).text.trimmed().isEmpty(); };
    if (blank(cell.x()))
        return false;
    int from = cell.x(), to = cell.x();
    while (from > 0 && !blank(from - 1))
        --from;
    while (to < screen.columns() - 1 && !blank(to + 1))
        ++to;
    select(QPoint(from, cell.y()), QPoint(to, cell.y()));
    return true;
}

bool TerminalSelection::shiftUp(int lines)
{
    if (!hasSelection())
        return true;
    m_anchor.ry() -= lines;
    m_end.ry() -= lines;
    if (m_anchor.y() < 0 || m_end.y() < 0) {
        clear();
        return false;
    }
    return true;
}

bool TerminalSelection::contains(int bufferLine, int column) const
{
    if (!hasSelection())
        return false;
    const auto [a, b] = ordered(m_anchor, m_end);
    if (bufferLine < a.y() || bufferLine > b.y())
        return false;
    if (bufferLine == a.y() && column < a.x())
        return false;
    if (bufferLine == b.y() && column > b.x())
        return false;
    return true;
}

QString TerminalSelection::text(const TerminalScreen &screen) const
{
    if (!hasSelection())
        return {};
    const auto [a, b] = ordered(m_anchor, m_end);
    const int lastColumn = screen.columns() - 1;
    QStringList lines;
    for (int line = std::max(0, a.y()); line <= b.y() && line < screen.bufferLines(); ++line)
        lines << screen.lineText(line, line == a.y() ? a.x() : 0,
                                 line == b.y() ? b.x() : lastColumn);
    return lines.join(u'\n');
}

} // namespace gantry
