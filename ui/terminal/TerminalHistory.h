#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <vector>

namespace gantry {

// A line that scrolled off the top of the terminal screen: what drawing needs, smaller than
// libvterm's cell (combining marks past the first code point are dropped once a line
// leaves the screen).
struct HistoryCell {
    enum Attr : uint8_t { Bold = 1, Italic = 2, Underline = 4, Reverse = 8, Strike = 16 };
    uint32_t ch = 0;
    uint8_t width = 1;
    uint8_t attrs = 0;
    // libvterm's colours kept as they are (a palette index stays an index), so that a line
    // brought back onto the screen is the line that left it.
    uint32_t fg = 0;
    uint32_t bg = 0;
};
using HistoryLine = std::vector<HistoryCell>;

// The scrollback: lines in the order they left the screen, bounded so that a chatty
// process cannot take all the memory. Line 0 is the oldest kept.
class TerminalHistory {
public:
    explicit TerminalHistory(int limit = 5000);

    int limit() const { return m_limit; }
    // Returns how many of the oldest lines went to keep within the new limit.
    int setLimit(int lines);

    int count() const { return int(m_lines.size()); }
    bool isEmpty() const { return m_lines.empty(); }
    const HistoryLine &line(int index) const { return m_lines[std::size_t(index)]; }

    // False when nothing is kept (a limit of 0). *dropped: the oldest line went to make room.
    bool push(HistoryLine line, bool *dropped = nullptr);
    // The newest line, taken back (the screen grew taller); false when there is none.
    bool pop(HistoryLine *line);
    void clear() { m_lines.clear(); }

private:
    std::deque<HistoryLine> m_lines;
    int m_limit;
};

} // namespace gantry
