#pragma once

#include <QAbstractScrollArea>
#include <QColor>
#include <QPoint>
#include <QTimer>

#include <memory>

namespace gantry {

// A terminal screen: libvterm interprets what the process writes (colours, cursor
// movements, the alternate screen of full-screen programs), this widget draws it, keeps a
// bounded scrollback, lets the user select and copy, and turns keys into the bytes a
// terminal sends. It knows nothing of containers: bytes in through feed(), bytes out
// through sendData().
class TerminalWidget : public QAbstractScrollArea {
    Q_OBJECT
public:
    struct CellStyle {
        QColor foreground, background; // as drawn (reverse video applied)
        bool bold = false;
        bool italic = false;
        bool underline = false;
        bool reverse = false;
    };

    explicit TerminalWidget(QWidget *parent = nullptr);
    ~TerminalWidget() override;

    // Output of the process.
    void feed(const QByteArray &bytes);
    // Once the process is gone, keys do nothing; the screen stays readable and selectable.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    int rows() const;
    int columns() const;
    // The live screen (not the scrolled view), trailing blanks dropped.
    QString screenLine(int row) const;
    QString screenText() const;    // all rows, newline-separated
    QPoint cursorPosition() const; // x: column, y: row
    bool isCursorVisible() const { return m_cursorVisible; }
    bool isAlternateScreen() const { return m_altScreen; }
    CellStyle cellStyle(int row, int column) const;
    QString title() const { return m_title; }

    int scrollbackLimit() const { return m_scrollbackLimit; }
    void setScrollbackLimit(int lines);
    int scrollbackCount() const;
    QString scrollbackLine(int index) const; // 0: the oldest kept
    // Lines scrolled back from the live screen (0: the live screen is shown).
    int scrollOffset() const;
    void scrollLines(int delta); // negative: back in history

    // Selection in the whole buffer (scrollback then screen): lines and columns.
    void selectRange(QPoint fromCell, QPoint toCell); // x: column, y: buffer line
    void selectAll();
    void clearSelection();
    bool hasSelection() const;
    QString selectedText() const;
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
    struct Private;
    friend struct Private;

    void updateMetrics();
    void updateScrollBar(bool stickToBottom);
    void fitToViewport();
    void sendKeyBytes(const QByteArray &bytes);
    bool mouseTracking(const QMouseEvent *event) const;
    QPoint cellAt(const QPointF &pos) const; // x: column, y: buffer line
    int bufferLines() const;
    int viewTop() const;
    bool isSelected(int bufferLine, int column) const;
    QString lineText(int bufferLine, int from, int to) const;
    void damageCells(int row, int rowEnd);

    // libvterm callbacks.
    int onDamage(int startRow, int endRow);
    int onMoveCursor(int row, int col, bool visible);
    int onTermProp(int prop, const void *value);
    int onPushLine(int cols, const void *cells);
    int onPopLine(int cols, void *cells);

    std::unique_ptr<Private> d;
    int m_scrollbackLimit = 5000;
    bool m_readOnly = false;
    bool m_altScreen = false;
    bool m_cursorVisible = true;
    bool m_focused = false;
    int m_mouseMode = 0;
    QPoint m_cursor; // x: column, y: row
    QString m_title;
    QSizeF m_cell{8, 16};
    int m_ascent = 12;
    QTimer m_resizeTimer;
    QSize m_announcedSize; // width: columns, height: rows
    // Selection, in buffer coordinates; m_selAnchor == m_selEnd: nothing selected.
    QPoint m_selAnchor{-1, -1};
    QPoint m_selEnd{-1, -1};
    bool m_selecting = false;
};

} // namespace gantry
