#include "terminal/TerminalWidget.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace gantry {

namespace {

const QColor kSelectionBackground(0x3a, 0x6e, 0xa5);
// Space between the text and the edges of the view.
constexpr int kPadding = 4;

} // namespace

TerminalWidget::TerminalWidget(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    connectScreen();
    setObjectName(u"terminal"_s);
    setAccessibleName(tr("Terminal"));
    setAccessibleDescription(
        tr("Ctrl+Shift+C copies the selection, Ctrl+Shift+V pastes, "
           "Shift+Page Up and Page Down scroll, Ctrl+Tab leaves the terminal."));
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_InputMethodEnabled);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    viewport()->setCursor(Qt::IBeamCursor);
    viewport()->setAutoFillBackground(false);
    verticalScrollBar()->setAccessibleName(tr("Terminal history"));

    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setStyleHint(QFont::TypeWriter);
    font.setKerning(false);
    setFont(font);
    updateMetrics();
    updateScrollBar(true);

    m_resizeTimer.setSingleShot(true);
    m_resizeTimer.setInterval(150);
    connect(&m_resizeTimer, &QTimer::timeout, this, [this] {
        const QSize size(columns(), rows());
        if (size != m_announcedSize) {
            m_announcedSize = size;
            emit sizeChanged(size.height(), size.width());
        }
    });
}

TerminalWidget::~TerminalWidget() = default;

void TerminalWidget::connectScreen()
{
    connect(&m_screen, &TerminalScreen::output, this, &TerminalWidget::sendKeyBytes);
    connect(&m_screen, &TerminalScreen::damaged, this, &TerminalWidget::damageCells);
    connect(&m_screen, &TerminalScreen::cursorMoved, this, [this](QPoint from, QPoint to) {
        damageCells(from.y(), from.y() + 1);
        damageCells(to.y(), to.y() + 1);
    });
    connect(&m_screen, &TerminalScreen::cursorVisibilityChanged, this, [this] {
        damageCells(m_screen.cursorPosition().y(), m_screen.cursorPosition().y() + 1);
    });
    connect(&m_screen, &TerminalScreen::alternateScreenChanged, this, [this] {
        updateScrollBar(true);
        viewport()->update();
    });
    connect(&m_screen, &TerminalScreen::titleChanged, this, &TerminalWidget::titleChanged);
    connect(&m_screen, &TerminalScreen::bellRang, this, &TerminalWidget::bellRang);
    connect(&m_screen, &TerminalScreen::lineScrolledOff, this, &TerminalWidget::onLineScrolledOff);
    connect(&m_screen, &TerminalScreen::lineRestored, this, [this] { updateScrollBar(false); });
}

void TerminalWidget::updateMetrics()
{
    for (int i = 0; i < 4; ++i) {
        m_fonts[i] = font();
        m_fonts[i].setBold(i & 1);
        m_fonts[i].setItalic(i & 2);
    }
    const QFontMetricsF fm(font());
    // Cells sit on whole pixels so that rows and columns line up exactly.
    m_cell = QSizeF(std::max<qreal>(1, fm.horizontalAdvance(u'M')), std::ceil(fm.height()));
    m_ascent = int(std::ceil(fm.ascent()));
}

QSize TerminalWidget::cellSize() const
{
    return QSize(int(std::ceil(m_cell.width())), int(m_cell.height()));
}

QRect TerminalWidget::cellRect(int viewRow, int column) const
{
    const int x = kPadding + int(column * m_cell.width());
    const int y = kPadding + int(viewRow * m_cell.height());
    return QRect(x, y, kPadding + int((column + 1) * m_cell.width()) - x, int(m_cell.height()));
}

QSize TerminalWidget::sizeHint() const
{
    const int frame = 2 * frameWidth();
    return QSize(int(std::ceil(80 * m_cell.width())) + 2 * kPadding +
                     verticalScrollBar()->sizeHint().width() + frame,
                 int(24 * m_cell.height()) + 2 * kPadding + frame);
}

QSize TerminalWidget::minimumSizeHint() const
{
    return QSize(int(20 * m_cell.width()), int(4 * m_cell.height()));
}

int TerminalWidget::viewTop() const
{
    return verticalScrollBar()->value();
}

int TerminalWidget::scrollOffset() const
{
    return verticalScrollBar()->maximum() - verticalScrollBar()->value();
}

void TerminalWidget::scrollLines(int delta)
{
    verticalScrollBar()->setValue(verticalScrollBar()->value() + delta);
}

void TerminalWidget::updateScrollBar(bool stickToBottom)
{
    QScrollBar *bar = verticalScrollBar();
    const bool atBottom = bar->value() >= bar->maximum();
    bar->setRange(0, scrollbackCount());
    bar->setPageStep(std::max(1, rows()));
    bar->setSingleStep(1);
    if (stickToBottom || atBottom)
        bar->setValue(bar->maximum());
}

void TerminalWidget::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    viewport()->update();
}

void TerminalWidget::sendKeyBytes(const QByteArray &bytes)
{
    if (m_readOnly || bytes.isEmpty())
        return;
    emit sendData(bytes);
}

QString TerminalWidget::screenText() const
{
    QStringList lines;
    for (int r = 0; r < rows(); ++r)
        lines << screenLine(r);
    return lines.join(u'\n');
}

QString TerminalWidget::scrollbackLine(int index) const
{
    if (index < 0 || index >= scrollbackCount())
        return {};
    return m_screen.lineText(index, 0,
                             std::max(columns(), int(m_screen.history().line(index).size())) - 1);
}

TerminalWidget::CellStyle TerminalWidget::cellStyle(int row, int column) const
{
    return m_screen.cell(m_screen.bufferLine(row), column).style;
}

void TerminalWidget::setScrollbackLimit(int lines)
{
    m_screen.setScrollbackLimit(lines);
    clearSelection();
    updateScrollBar(false);
    viewport()->update();
}

// --- Screen updates ---

void TerminalWidget::damageCells(int row, int rowEnd)
{
    // Screen rows to view rows: the view may be scrolled back into the history.
    const int first = m_screen.bufferLine(row) - viewTop();
    const int last = m_screen.bufferLine(rowEnd) - viewTop();
    if (last <= 0)
        return;
    viewport()->update(QRect(0, kPadding + int(first * m_cell.height()), viewport()->width(),
                             int((last - first) * m_cell.height()) + 1));
}

void TerminalWidget::onLineScrolledOff(bool droppedOldest)
{
    // The scroll bar still has the range of before the line went.
    QScrollBar *bar = verticalScrollBar();
    const bool atBottom = bar->value() >= bar->maximum();
    // Buffer lines moved up by one: so does the selection.
    if (droppedOldest && !m_selection.shiftUp(1))
        viewport()->update();
    const int value = bar->value();
    bar->setRange(0, scrollbackCount());
    if (atBottom)
        bar->setValue(bar->maximum());
    else if (droppedOldest)
        bar->setValue(value - 1); // keep the same text in view
}

// --- Selection ---

void TerminalWidget::clearSelection()
{
    if (m_selection.clear())
        viewport()->update();
}

void TerminalWidget::selectRange(QPoint fromCell, QPoint toCell)
{
    m_selection.select(fromCell, toCell);
    viewport()->update();
}

void TerminalWidget::selectAll()
{
    selectRange(QPoint(0, 0), QPoint(columns() - 1, bufferLines() - 1));
}

void TerminalWidget::copy()
{
    if (hasSelection())
        QGuiApplication::clipboard()->setText(selectedText());
}

void TerminalWidget::paste()
{
    pasteText(QGuiApplication::clipboard()->text());
}

void TerminalWidget::pasteText(const QString &text)
{
    if (m_readOnly || text.isEmpty())
        return;
    sendKeyBytes(m_keys.paste(text));
    updateScrollBar(true);
}

QPoint TerminalWidget::cellAt(const QPointF &pos) const
{
    const int col = std::clamp(int((pos.x() - kPadding) / m_cell.width()), 0, columns() - 1);
    const int line =
        std::clamp(viewTop() + int((pos.y() - kPadding) / m_cell.height()), 0, bufferLines() - 1);
    return QPoint(col, line);
}

// --- Events ---

bool TerminalWidget::event(QEvent *e)
{
    if (e->type() == QEvent::ShortcutOverride) {
        // Keys typed here are for the program in the terminal, not for the window's
        // shortcuts; Ctrl+Tab still leaves the terminal.
        auto *ke = static_cast<QKeyEvent *>(e);
        const bool leaves = (ke->modifiers() & Qt::ControlModifier) &&
                            (ke->key() == Qt::Key_Tab || ke->key() == Qt::Key_Backtab);
        const bool ours = ke->modifiers() == (Qt::ControlModifier | Qt::ShiftModifier) &&
                          (ke->key() == Qt::Key_C || ke->key() == Qt::Key_V);
        if (ours || (!m_readOnly && !leaves)) {
            e->accept();
            return true;
        }
    }
    return QAbstractScrollArea::event(e);
}

bool TerminalWidget::focusNextPrevChild(bool next)
{
    // Tab belongs to the shell (completion); Ctrl+Tab moves the focus instead.
    if (m_readOnly)
        return QAbstractScrollArea::focusNextPrevChild(next);
    return false;
}

void TerminalWidget::keyPressEvent(QKeyEvent *e)
{
    const Qt::KeyboardModifiers mods =
        e->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier | Qt::AltModifier);
    const int key = e->key();
    const bool ctrlShift = mods == (Qt::ControlModifier | Qt::ShiftModifier);
    if (ctrlShift && key == Qt::Key_C)
        return copy();
    if ((ctrlShift && key == Qt::Key_V) || (mods == Qt::ShiftModifier && key == Qt::Key_Insert))
        return paste();
    if (mods == Qt::ShiftModifier && (key == Qt::Key_PageUp || key == Qt::Key_PageDown))
        return scrollLines((key == Qt::Key_PageUp ? -1 : 1) * std::max(1, rows() - 1));
    if ((mods & Qt::ControlModifier) && (key == Qt::Key_Tab || key == Qt::Key_Backtab)) {
        QAbstractScrollArea::focusNextPrevChild(key == Qt::Key_Tab && !(mods & Qt::ShiftModifier));
        return;
    }
    if (m_readOnly) {
        e->ignore();
        return;
    }
    const std::optional<QByteArray> bytes = m_keys.keyPress(key, mods, e->text());
    if (!bytes) {
        e->ignore();
        return;
    }
    sendKeyBytes(*bytes);
    updateScrollBar(true);
}

void TerminalWidget::inputMethodEvent(QInputMethodEvent *e)
{
    if (!m_readOnly && !e->commitString().isEmpty()) {
        sendKeyBytes(e->commitString().toUtf8());
        updateScrollBar(true);
    }
    e->accept();
}

QVariant TerminalWidget::inputMethodQuery(Qt::InputMethodQuery query) const
{
    // Input methods place their candidate window at the cursor.
    if (query == Qt::ImCursorRectangle) {
        const QPoint cursor = m_screen.cursorPosition();
        const int row = m_screen.bufferLine(cursor.y()) - viewTop();
        return QRect(cellRect(row, cursor.x()).translated(viewport()->pos()));
    }
    if (query == Qt::ImFont)
        return font();
    return QAbstractScrollArea::inputMethodQuery(query);
}

bool TerminalWidget::mouseTracking(const QMouseEvent *e) const
{
    // Programs that asked for the mouse get it; Shift keeps it for selecting.
    return m_screen.mouseMode() != 0 && !m_readOnly && !(e->modifiers() & Qt::ShiftModifier) &&
           scrollOffset() == 0;
}

namespace {

int vtermButton(Qt::MouseButton b)
{
    switch (b) {
    case Qt::LeftButton: return 1;
    case Qt::MiddleButton: return 2;
    case Qt::RightButton: return 3;
    default: return 0;
    }
}

} // namespace

void TerminalWidget::mousePressEvent(QMouseEvent *e)
{
    setFocus(Qt::MouseFocusReason);
    if (mouseTracking(e)) {
        const QPoint c = cellAt(e->position());
        m_screen.mouseMove(c.y() - scrollbackCount(), c.x(), e->modifiers());
        if (const int b = vtermButton(e->button()))
            m_screen.mouseButton(b, true, e->modifiers());
        return;
    }
    if (e->button() == Qt::LeftButton) {
        clearSelection();
        const QPoint c = cellAt(e->position());
        m_selection.select(c, c);
        m_selecting = true;
    } else if (e->button() == Qt::MiddleButton) {
        if (QGuiApplication::clipboard()->supportsSelection())
            pasteText(QGuiApplication::clipboard()->text(QClipboard::Selection));
    }
}

void TerminalWidget::mouseMoveEvent(QMouseEvent *e)
{
    if (mouseTracking(e)) {
        const QPoint c = cellAt(e->position());
        m_screen.mouseMove(c.y() - scrollbackCount(), c.x(), e->modifiers());
        return;
    }
    if (!m_selecting)
        return;
    // Dragging past the edge scrolls the history.
    if (e->position().y() < 0)
        scrollLines(-1);
    else if (e->position().y() > viewport()->height())
        scrollLines(1);
    m_selection.extendTo(cellAt(e->position()));
    viewport()->update();
}

void TerminalWidget::mouseReleaseEvent(QMouseEvent *e)
{
    if (mouseTracking(e)) {
        if (const int b = vtermButton(e->button()))
            m_screen.mouseButton(b, false, e->modifiers());
        return;
    }
    if (!m_selecting)
        return;
    m_selecting = false;
    if (hasSelection() && QGuiApplication::clipboard()->supportsSelection())
        QGuiApplication::clipboard()->setText(selectedText(), QClipboard::Selection);
}

void TerminalWidget::mouseDoubleClickEvent(QMouseEvent *e)
{
    if (mouseTracking(e) || e->button() != Qt::LeftButton)
        return;
    if (!m_selection.selectWord(m_screen, cellAt(e->position())))
        return;
    viewport()->update();
    m_selecting = false;
    if (QGuiApplication::clipboard()->supportsSelection())
        QGuiApplication::clipboard()->setText(selectedText(), QClipboard::Selection);
}

void TerminalWidget::wheelEvent(QWheelEvent *e)
{
    const int steps = e->angleDelta().y() / 40; // three lines per notch
    if (steps == 0)
        return;
    if (isAlternateScreen() && !m_readOnly) {
        // Full-screen programs have no history here: the wheel moves through their text.
        if (m_screen.mouseMode() != 0) {
            const QPoint c = cellAt(e->position());
            m_screen.mouseMove(c.y() - scrollbackCount(), c.x(), {});
            for (int i = 0; i < std::abs(steps); ++i) {
                m_screen.mouseButton(steps > 0 ? 4 : 5, true, {});
                m_screen.mouseButton(steps > 0 ? 4 : 5, false, {});
            }
        } else {
            const int key = steps > 0 ? Qt::Key_Up : Qt::Key_Down;
            for (int i = 0; i < std::abs(steps); ++i)
                sendKeyBytes(m_keys.keyPress(key, {}, {}).value_or(QByteArray()));
        }
        e->accept();
        return;
    }
    scrollLines(-steps);
    e->accept();
}

void TerminalWidget::focusInEvent(QFocusEvent *e)
{
    m_focused = true;
    m_screen.focusIn();
    damageCells(cursorPosition().y(), cursorPosition().y() + 1);
    QAbstractScrollArea::focusInEvent(e);
}

void TerminalWidget::focusOutEvent(QFocusEvent *e)
{
    m_focused = false;
    m_screen.focusOut();
    damageCells(cursorPosition().y(), cursorPosition().y() + 1);
    QAbstractScrollArea::focusOutEvent(e);
}

void TerminalWidget::scrollContentsBy(int, int)
{
    viewport()->update();
}

void TerminalWidget::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::FontChange) {
        updateMetrics();
        fitToViewport();
        viewport()->update();
    }
    QAbstractScrollArea::changeEvent(e);
}

void TerminalWidget::resizeEvent(QResizeEvent *e)
{
    QAbstractScrollArea::resizeEvent(e);
    fitToViewport();
}

void TerminalWidget::fitToViewport()
{
    const QSize vp = viewport()->size() - QSize(2 * kPadding, 2 * kPadding);
    const int cols = std::max(2, int(vp.width() / m_cell.width()));
    const int rowCount = std::max(1, int(vp.height() / m_cell.height()));
    if (cols == columns() && rowCount == rows())
        return;
    const bool atBottom = scrollOffset() == 0;
    m_screen.resize(rowCount, cols);
    clearSelection();
    updateScrollBar(atBottom);
    viewport()->update();
    m_resizeTimer.start();
}

void TerminalWidget::paintEvent(QPaintEvent *e)
{
    QPainter p(viewport());
    const QColor defaultBackground = TerminalScreen::defaultBackground();
    p.fillRect(e->rect(), defaultBackground);
    const QRect dirty = e->rect().translated(-kPadding, -kPadding);
    p.translate(kPadding, kPadding);
    const qreal cw = m_cell.width(), ch = m_cell.height();
    const int cols = columns();
    const int top = viewTop();
    const int firstRow = std::max(0, int(dirty.top() / ch));
    const int lastRow = std::min(int(dirty.bottom() / ch), bufferLines() - top - 1);
    const QPoint cursor = m_screen.cursorPosition();
    const int cursorLine = m_screen.bufferLine(cursor.y());
    const bool drawCursor = isCursorVisible() && !m_readOnly;

    for (int r = firstRow; r <= lastRow; ++r) {
        const int line = top + r;
        const qreal y = r * ch;
        // Runs of plain characters with the same look are drawn at once.
        QString run;
        int runStart = 0;
        CellStyle runStyle;
        const auto flush = [&](int endCol) {
            if (run.isEmpty())
                return;
            const QRectF box(runStart * cw, y, (endCol - runStart) * cw, ch);
            if (runStyle.background != defaultBackground)
                p.fillRect(box, runStyle.background);
            QFont f = m_fonts[(runStyle.bold ? 1 : 0) | (runStyle.italic ? 2 : 0)];
            f.setUnderline(runStyle.underline);
            p.setFont(f);
            p.setPen(runStyle.foreground);
            p.drawText(QPointF(runStart * cw, y + m_ascent), run);
            run.clear();
        };
        for (int col = 0; col < cols; ++col) {
            const TerminalCell c = m_screen.cell(line, col);
            if (c.continuation)
                continue;
            CellStyle s = c.style;
            const bool cursorHere =
                drawCursor && m_focused && line == cursorLine && col == cursor.x();
            if (m_selection.contains(line, col)) {
                s.background = kSelectionBackground;
                s.foreground = Qt::white;
            }
            if (cursorHere)
                std::swap(s.foreground, s.background);
            const QString &text = c.text;
            const bool simple = c.width == 1 && text.size() == 1 && text.at(0).unicode() < 0x7f;
            const bool same = !run.isEmpty() && s.foreground == runStyle.foreground &&
                              s.background == runStyle.background && s.bold == runStyle.bold &&
                              s.italic == runStyle.italic && s.underline == runStyle.underline;
            if (!simple || !same)
                flush(col);
            if (simple) {
                if (run.isEmpty()) {
                    runStart = col;
                    runStyle = s;
                }
                run += text;
                continue;
            }
            // Wide or non-ASCII: alone in its cells, so that a fallback font cannot shift
            // the columns after it.
            runStart = col;
            runStyle = s;
            run = text;
            flush(col + std::max(1, int(c.width)));
        }
        flush(cols);
        if (drawCursor && !m_focused && line == cursorLine) {
            p.setPen(TerminalScreen::defaultForeground());
            p.setBrush(Qt::NoBrush);
            p.drawRect(QRectF(cursor.x() * cw + 0.5, y + 0.5, cw - 1, ch - 1));
        }
    }
}

} // namespace gantry
