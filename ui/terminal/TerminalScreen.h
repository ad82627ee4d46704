#pragma once

#include "terminal/TerminalHistory.h"

#include <QByteArray>
#include <QColor>
#include <QObject>
#include <QPoint>
#include <QString>

#include <functional>
#include <memory>

struct VTerm;

namespace gantry {

struct TerminalCellStyle {
    QColor foreground, background; // as drawn (reverse video applied)
    bool bold = false;
    bool italic = false;
    bool underline = false;
    bool reverse = false;
};

// One cell of the buffer, ready to draw.
struct TerminalCell {
    QString text;  // a blank cell is one space
    int width = 1; // 2: a double-width character, the next cell only continues it
    bool continuation = false;
    TerminalCellStyle style;
};

// What a terminal screen holds, without a window: libvterm interprets the bytes the process
// writes (colours, cursor movements, the alternate screen of full-screen programs, UTF-8
// split anywhere), lines that scroll off the top go to a bounded history. Buffer lines
// count the history first (0: the oldest kept), then the screen rows.
class TerminalScreen : public QObject {
    Q_OBJECT
public:
    explicit TerminalScreen(QObject *parent = nullptr);
    ~TerminalScreen() override;

    // libvterm's default scheme is made for a dark background.
    static QColor defaultForeground();
    static QColor defaultBackground();

    void feed(const QByteArray &bytes);

    int rows() const;
    int columns() const;
    void resize(int rows, int columns);

    QPoint cursorPosition() const { return m_cursor; } // x: column, y: row
    bool isCursorVisible() const { return m_cursorVisible; }
    bool isAlternateScreen() const { return m_altScreen; }
    QString title() const { return m_title; }
    // What the program asked of the mouse (libvterm's VTERM_PROP_MOUSE_*; 0: nothing).
    int mouseMode() const { return m_mouseMode; }

    const TerminalHistory &history() const { return m_history; }
    void setScrollbackLimit(int lines);
    int bufferLines() const { return m_history.count() + rows(); }
    // The buffer line of a screen row.
    int bufferLine(int row) const { return m_history.count() + row; }

    TerminalCell cell(int bufferLine, int column) const;
    // Columns from..to of a buffer line, trailing blanks dropped.
    QString lineText(int bufferLine, int from, int to) const;
    QString screenLine(int row) const;

    // Mouse reports for programs that asked for the mouse: screen row and column; buttons
    // as X numbers them (1 left, 2 middle, 3 right, 4 and 5 the wheel).
    void mouseMove(int row, int column, Qt::KeyboardModifiers modifiers);
    void mouseButton(int button, bool pressed, Qt::KeyboardModifiers modifiers);
    // Focus reports, for programs that asked for them.
    void focusIn();
    void focusOut();

    // Runs encode against libvterm's keyboard and returns what it wrote, instead of
    // emitting it: how the keys are encoded depends on modes the program set.
    QByteArray collectOutput(const std::function<void(VTerm *)> &encode);

signals:
    // Answers to terminal queries, mouse and focus reports: bytes for the process.
    void output(const QByteArray &bytes);
    void damaged(int startRow, int endRow); // screen rows, end excluded
    void cursorMoved(QPoint from, QPoint to);
    void cursorVisibilityChanged(bool visible);
    void alternateScreenChanged(bool on);
    void titleChanged(const QString &title);
    void bellRang();
    // A line went from the top of the screen to the history; droppedOldest: the history
    // was full, so every buffer line moved up by one.
    void lineScrolledOff(bool droppedOldest);
    // The newest history line went back onto the screen (the screen grew taller).
    void lineRestored();

private:
    struct Private;
    friend struct Private;
    std::unique_ptr<Private> d;
    TerminalHistory m_history;
    QPoint m_cursor;
    QString m_title;
    bool m_cursorVisible = true;
    bool m_altScreen = false;
    int m_mouseMode = 0;
    QByteArray *m_collecting = nullptr;
};

} // namespace gantry
