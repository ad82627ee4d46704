#pragma once

#include "terminal/KeyTranslator.h"
#include "terminal/TerminalScreen.h"
#include "terminal/TerminalSelection.h"

#include <QAbstractScrollArea>
#include <QFont>
#include <QPoint>
#include <QTimer>

namespace gantry {

// A terminal on screen: TerminalScreen interprets what the process writes and keeps the
// history, this widget draws it, scrolls through the history, lets the user select and
// copy, and sends keys as KeyTranslator encodes them. It knows nothing of containers:
// bytes in through feed(), bytes out through sendData().
class TerminalWidget : public QAbstractScrollArea {
    Q_OBJECT
public:
    using CellStyle = TerminalCellStyle;

    explicit TerminalWidget(QWidget *parent = nullptr);
    ~TerminalWidget() override;

    // Output of the process.
    void feed(const QByteArray &bytes) { m_screen.feed(bytes); }
    // Once the process is gone, keys do nothing; the screen stays readable and selectable.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    int rows() const { return m_screen.rows(); }
    int columns() const { return m_screen.columns(); }
    // The live screen (not the scrolled view), trailing blanks dropped.
    QString screenLine(int row) const { return m_screen.screenLine(row); }
    QString screenText() const; // all rows, newline-separated
    QPoint cursorPosition() const { return m_screen.cursorPosition(); } // x: column, y: row
    bool isCursorVisible() const { return m_screen.isCursorVisible(); }
    bool isAlternateScreen() const { return m_screen.isAlternateScreen(); }
    CellStyle cellStyle(int row, int column) const;
    QString title() const { return m_screen.title(); }

    int scrollbackLimit() const { return m_screen.history().limit(); }
    void setScrollbackLimit(int lines);
    int scrollbackCount() const { return m_screen.history().count(); }
    QString scrollbackLine(int index) const; // 0: the oldest kept
    // Lines scrolled back from the live screen (0: the live screen is shown).
    int scrollOffset() const;
    void scrollLines(int delta); // negative: back in history

    // Selection in the whole buffer (scrollback then screen): lines and columns.
    void selectRange(QPoint fromCell, QPoint toCell); // x: column, y: buffer line
    void selectAll();
    void clearSelection();
    bool hasSelection() const { return m_selection.hasSelection(); }
    QString selectedText() const { return m_selection.text(m_screen); }
    void copy();
    void paste();
    void pasteText(const QString &text);

    QSize cellSize() const;
    // Where a cell of the view is drawn, in viewport coordinates (row 0: the top of the view).
    QRect cellRect(int viewRow, int column) const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // How long the size settles before sizeChanged (the engine gets one resize, not many).
    void setResizeDelay(int ms) { m_resizeTimer.setInterval(ms); }

signals:
    void sendData(const QByteArray &data); // keys, pastes, answers to terminal queries
    void sizeChanged(int rows, int columns);
    void titleChanged(const QString &title);
    void bellRang();

protected:
    bool event(QEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void inputMethodEvent(QInputMethodEvent *event) override;
    QVariant inputMethodQuery(Qt::InputMethodQuery query) const override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void changeEvent(QEvent *event) override;

private:
    void connectScreen();
    void updateMetrics();
    void updateScrollBar(bool stickToBottom);
    void fitToViewport();
    void sendKeyBytes(const QByteArray &bytes);
    bool mouseTracking(const QMouseEvent *event) const;
    QPoint cellAt(const QPointF &pos) const; // x: column, y: buffer line
    int bufferLines() const { return m_screen.bufferLines(); }
    int viewTop() const;
    void damageCells(int row, int rowEnd);
    void onLineScrolledOff(bool droppedOldest);

    TerminalScreen m_screen;
    KeyTranslator m_keys{m_screen};
    TerminalSelection m_selection;
    QFont m_fonts[4]; // regular, bold, italic, bold italic
    bool m_readOnly = false;
    bool m_focused = false;
    QSizeF m_cell{8, 16};
    int m_ascent = 12;
    QTimer m_resizeTimer;
    QSize m_announcedSize;    // width: columns, height: rows
    bool m_selecting = false; // the left button is down and drags a selection
};

} // namespace gantry
