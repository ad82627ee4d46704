#include "terminal/TerminalHistory.h"

#include <algorithm>

namespace gantry {

TerminalHistory::TerminalHistory(int limit)
    : m_limit(std::max(0, limit))
{
}

int TerminalHistory::setLimit(int lines)
{
    m_limit = std::max(0, lines);
    int dropped = 0;
    while (int(m_lines.size()) > m_limit) {
        m_lines.pop_front();
        ++dropped;
    }
    return dropped;
}

bool TerminalHistory::push(HistoryLine line, bool *dropped)
{
    if (dropped)
        *dropped = false;
    if (m_limit == 0)
        return false;
    m_lines.push_back(std::move(line));
    if (int(m_lines.size()) > m_limit) {
        m_lines.pop_front();
        if (dropped)
            *dropped = true;
    }
    return true;
}

bool TerminalHistory::pop(HistoryLine *line)
{
    if (m_lines.empty())
        return false;
    *line = std::move(m_lines.back());
    m_lines.pop_back();
    return true;
}

} // namespace gantry
