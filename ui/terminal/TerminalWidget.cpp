#include "terminal/TerminalWidget.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>

#include <algorithm>
#include <deque>
#include <vector>

#include <vterm.h>

using namespace Qt::StringLiterals;

namespace gantry {

namespace {

// A dark scheme: libvterm's ANSI palette is made for a dark background.
const QColor kDefaultForeground(0xd3, 0xd7, 0xcf);
const QColor kDefaultBackground(0x1c, 0x1c, 0x1c);
const QColor kSelectionBackground(0x3a, 0x6e, 0xa5);
// Space between the text and the edges of the view.
constexpr int kPadding = 4;

enum AttrBit : uint8_t { Bold = 1, Italic = 2, Underline = 4, Reverse = 8, Strike = 16 };

// A scrollback cell: what drawing needs, smaller than libvterm's cell (combining marks
// past the first code point are dropped once a line leaves the screen).
struct StoredCell {
    uint32_t ch = 0;
    uint8_t width = 1;
    uint8_t attrs = 0;
    VTermColor fg;
    VTermColor bg;
};

uint8_t packAttrs(const VTermScreenCellAttrs &a)
{
    return uint8_t((a.bold ? Bold : 0) | (a.italic ? Italic : 0) | (a.underline ? Underline : 0) |
                   (a.reverse ? Reverse : 0) | (a.strike ? Strike : 0));
}

bool isBlank(const VTermScreenCell &c)
{
    return (c.chars[0] == 0 || c.chars[0] == u' ') && VTERM_COLOR_IS_DEFAULT_BG(&c.bg) &&
           !c.attrs.reverse && !c.attrs.underline;
}

// The cell after a double-width character only continues it.
bool isContinuation(const VTermScreenCell &c)
{
    return c.chars[0] == uint32_t(-1);
}

QString cellText(const VTermScreenCell &c)
{
    if (c.chars[0] == 0)
        return u" "_s;
    QString s;
    for (int i = 0; i < VTERM_MAX_CHARS_PER_CELL && c.chars[i]; ++i)
        s += QString::fromUcs4(reinterpret_cast<const char32_t *>(&c.chars[i]), 1);
    return s;
}

VTermModifier modifiers(Qt::KeyboardModifiers m)
{
    int v = VTERM_MOD_NONE;
    if (m & Qt::ShiftModifier)
        v |= VTERM_MOD_SHIFT;
    if (m & Qt::AltModifier)
        v |= VTERM_MOD_ALT;
    if (m & Qt::ControlModifier)
        v |= VTERM_MOD_CTRL;
    return VTermModifier(v);
}

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

struct TerminalWidget::Private {
    TerminalWidget *q;
    VTerm *vt = nullptr;
    VTermScreen *screen = nullptr;
    VTermState *state = nullptr;
    std::deque<std::vector<StoredCell>> scrollback;
    VTermScreenCallbacks callbacks{};
    QFont fonts[4]; // regular, bold, italic, bold italic

    static TerminalWidget *w(void *user) { return static_cast<TerminalWidget *>(user); }

    explicit Private(TerminalWidget *widget)
        : q(widget)
    {
    }

    // Callbacks come as soon as they are set (the reset sets properties): only once the
    // widget holds this object.
    void start()
    {
        vt = vterm_new(24, 80);
        vterm_set_utf8(vt, 1);
        vterm_output_set_callback(
            vt,
            [](const char *s, size_t len, void *user) {
                w(user)->sendKeyBytes(QByteArray(s, qsizetype(len)));
            },
            q);
        screen = vterm_obtain_screen(vt);
        state = vterm_obtain_state(vt);
        callbacks.damage = [](VTermRect r, void *user) {
            return w(user)->onDamage(r.start_row, r.end_row);
        };
        callbacks.movecursor = [](VTermPos pos, VTermPos, int visible, void *user) {
            return w(user)->onMoveCursor(pos.row, pos.col, visible != 0);
        };
        callbacks.settermprop = [](VTermProp prop, VTermValue *value, void *user) {
            return w(user)->onTermProp(int(prop), value);
        };
        callbacks.bell = [](void *user) {
            emit w(user)->bellRang();
            return 1;
        };
        callbacks.sb_pushline = [](int cols, const VTermScreenCell *cells, void *user) {
            return w(user)->onPushLine(cols, cells);
        };
        callbacks.sb_popline = [](int cols, VTermScreenCell *cells, void *user) {
            return w(user)->onPopLine(cols, cells);
        };
        vterm_screen_set_callbacks(screen, &callbacks, q);
        vterm_screen_set_damage_merge(screen, VTERM_DAMAGE_SCROLL);
        vterm_screen_enable_altscreen(screen, 1);
        VTermColor fg, bg;
        vterm_color_rgb(&fg, uint8_t(kDefaultForeground.red()), uint8_t(kDefaultForeground.green()),
                        uint8_t(kDefaultForeground.blue()));
        vterm_color_rgb(&bg, uint8_t(kDefaultBackground.red()), uint8_t(kDefaultBackground.green()),
                        uint8_t(kDefaultBackground.blue()));
        vterm_state_set_default_colors(state, &fg, &bg);
        vterm_state_set_bold_highbright(state, 1);
        vterm_screen_reset(screen, 1);
    }

    ~Private() { vterm_free(vt); }

    VTermScreenCell blankCell() const
    {
        VTermScreenCell c{};
        c.width = 1;
        vterm_state_get_default_colors(state, &c.fg, &c.bg);
        return c;
    }

    // A cell of the whole buffer: scrollback lines first, then the screen.
    VTermScreenCell cell(int bufferLine, int col) const
    {
        const int kept = int(scrollback.size());
        if (bufferLine >= kept) {
            VTermScreenCell c{};
            if (!vterm_screen_get_cell(screen, VTermPos{bufferLine - kept, col}, &c))
                return blankCell();
            return c;
        }
        const std::vector<StoredCell> &line = scrollback[size_t(bufferLine)];
        if (col < 0 || size_t(col) >= line.size())
            return blankCell();
        const StoredCell &s = line[size_t(col)];
        VTermScreenCell c{};
        c.chars[0] = s.ch;
        c.width = char(s.width);
        c.attrs.bold = (s.attrs & Bold) != 0;
        c.attrs.italic = (s.attrs & Italic) != 0;
        c.attrs.underline = (s.attrs & Underline) ? 1 : 0;
        c.attrs.reverse = (s.attrs & Reverse) != 0;
        c.attrs.strike = (s.attrs & Strike) != 0;
        c.fg = s.fg;
        c.bg = s.bg;
        return c;
    }

    QColor color(VTermColor c) const
    {
        if (VTERM_COLOR_IS_DEFAULT_FG(&c))
            return kDefaultForeground;
        if (VTERM_COLOR_IS_DEFAULT_BG(&c))
            return kDefaultBackground;
        vterm_screen_convert_color_to_rgb(screen, &c);
        return QColor(c.rgb.red, c.rgb.green, c.rgb.blue);
    }

    CellStyle style(const VTermScreenCell &c) const
    {
        CellStyle s;
        s.foreground = color(c.fg);
        s.background = color(c.bg);
        s.bold = c.attrs.bold;
        s.italic = c.attrs.italic;
        s.underline = c.attrs.underline != 0;
        s.reverse = c.attrs.reverse;
        if (s.reverse)
            std::swap(s.foreground, s.background);
        return s;
    }
};

TerminalWidget::TerminalWidget(QWidget *parent)
    : QAbstractScrollArea(parent)
    , d(std::make_unique<Private>(this))
{
    d->start();
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

void TerminalWidget::updateMetrics()
{
    for (int i = 0; i < 4; ++i) {
        d->fonts[i] = font();
        d->fonts[i].setBold(i & 1);
        d->fonts[i].setItalic(i & 2);
    }
    const QFontMetricsF fm(font());
    // Cells sit on whole pixels so that rows and columns line up exactly.
    m_cell = QSizeF(std::max<qreal>(1, fm.horizontalAdvance(u'M')), std::ceil(fm.height()));
    m_ascent = int(std::ceil(fm.ascent()));
}

int TerminalWidget::rows() const
{
    int r = 0, c = 0;
    vterm_get_size(d->vt, &r, &c);
    return r;
}

int TerminalWidget::columns() const
{
    int r = 0, c = 0;
    vterm_get_size(d->vt, &r, &c);
    return c;
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

int TerminalWidget::scrollbackCount() const
{
    return int(d->scrollback.size());
}

int TerminalWidget::bufferLines() const
{
    return int(d->scrollback.size()) + rows();
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
    bar->setRange(0, int(d->scrollback.size()));
    bar->setPageStep(std::max(1, rows()));
    bar->setSingleStep(1);
    if (stickToBottom || atBottom)
        bar->setValue(bar->maximum());
}

void TerminalWidget::feed(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return;
    vterm_input_write(d->vt, bytes.constData(), size_t(bytes.size()));
    vterm_screen_flush_damage(d->screen);
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

QString TerminalWidget::lineText(int bufferLine, int from, int to) const
{
    QString s;
    for (int col = std::max(0, from); col <= to && col < columns(); ++col) {
        const VTermScreenCell c = d->cell(bufferLine, col);
        if (isContinuation(c))
            continue;
        s += cellText(c);
        if (c.width == 2)
            ++col;
    }
    while (s.endsWith(u' '))
        s.chop(1);
    return s;
}

QString TerminalWidget::screenLine(int row) const
{
    if (row < 0 || row >= rows())
        return {};
    return lineText(int(d->scrollback.size()) + row, 0, columns() - 1);
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
    return lineText(index, 0, std::max(columns(), int(d->scrollback[size_t(index)].size())) - 1);
}

QPoint TerminalWidget::cursorPosition() const
{
    return m_cursor;
}

TerminalWidget::CellStyle TerminalWidget::cellStyle(int row, int column) const
{
    return d->style(d->cell(int(d->scrollback.size()) + row, column));
}

void TerminalWidget::setScrollbackLimit(int lines)
{
    m_scrollbackLimit = std::max(0, lines);
    while (int(d->scrollback.size()) > m_scrollbackLimit)
        d->scrollback.pop_front();
    clearSelection();
    updateScrollBar(false);
    viewport()->update();
}

// --- libvterm callbacks ---

void TerminalWidget::damageCells(int row, int rowEnd)
{
    // Screen rows to view rows: the view may be scrolled back into the history.
    const int first = row + int(d->scrollback.size()) - viewTop();
    const int last = rowEnd + int(d->scrollback.size()) - viewTop();
    if (last <= 0)
        return;
    viewport()->update(QRect(0, kPadding + int(first * m_cell.height()), viewport()->width(),
                             int((last - first) * m_cell.height()) + 1));
}

int TerminalWidget::onDamage(int startRow, int endRow)
{
    damageCells(startRow, endRow);
    return 1;
}

int TerminalWidget::onMoveCursor(int row, int col, bool visible)
{
    damageCells(m_cursor.y(), m_cursor.y() + 1);
    m_cursor = QPoint(col, row);
    m_cursorVisible = visible;
    damageCells(row, row + 1);
    return 1;
}

int TerminalWidget::onTermProp(int prop, const void *value)
{
    const auto *v = static_cast<const VTermValue *>(value);
    switch (VTermProp(prop)) {
    case VTERM_PROP_CURSORVISIBLE:
        m_cursorVisible = v->boolean;
        damageCells(m_cursor.y(), m_cursor.y() + 1);
        return 1;
    case VTERM_PROP_ALTSCREEN:
        m_altScreen = v->boolean;
        updateScrollBar(true);
        viewport()->update();
        return 1;
    case VTERM_PROP_TITLE:
        m_title = QString::fromUtf8(v->string);
        emit titleChanged(m_title);
        return 1;
    case VTERM_PROP_MOUSE: m_mouseMode = v->number; return 1;
    default: return 0;
    }
}

int TerminalWidget::onPushLine(int cols, const void *cellsPtr)
{
    if (m_scrollbackLimit == 0)
        return 0;
    const auto *cells = static_cast<const VTermScreenCell *>(cellsPtr);
    int used = cols;
    while (used > 0 && isBlank(cells[used - 1]))
        --used;
    std::vector<StoredCell> line(size_t(std::max(used, 0)));
    for (int i = 0; i < used; ++i) {
        const VTermScreenCell &c = cells[i];
        line[size_t(i)] = StoredCell{c.chars[0], uint8_t(c.width), packAttrs(c.attrs), c.fg, c.bg};
    }
    QScrollBar *bar = verticalScrollBar();
    const bool atBottom = bar->value() >= bar->maximum();
    d->scrollback.push_back(std::move(line));
    bool dropped = false;
    if (int(d->scrollback.size()) > m_scrollbackLimit) {
        d->scrollback.pop_front();
        dropped = true;
        // Buffer lines moved up by one: so does the selection.
        if (hasSelection()) {
            m_selAnchor.ry() -= 1;
            m_selEnd.ry() -= 1;
            if (m_selAnchor.y() < 0 || m_selEnd.y() < 0)
                clearSelection();
        }
    }
    const int value = bar->value();
    bar->setRange(0, int(d->scrollback.size()));
    if (atBottom)
        bar->setValue(bar->maximum());
    else if (dropped)
        bar->setValue(value - 1); // keep the same text in view
    return 1;
}

int TerminalWidget::onPopLine(int cols, void *cellsPtr)
{
    if (d->scrollback.empty())
        return 0;
    auto *cells = static_cast<VTermScreenCell *>(cellsPtr);
    const std::vector<StoredCell> line = std::move(d->scrollback.back());
    d->scrollback.pop_back();
    const VTermScreenCell blank = d->blankCell();
    for (int i = 0; i < cols; ++i) {
        cells[i] = blank;
        if (size_t(i) < line.size()) {
            const StoredCell &s = line[size_t(i)];
            cells[i].chars[0] = s.ch;
            cells[i].width = char(s.width);
            cells[i].attrs.bold = (s.attrs & Bold) != 0;
            cells[i].attrs.italic = (s.attrs & Italic) != 0;
            cells[i].attrs.underline = (s.attrs & Underline) ? 1 : 0;
            cells[i].attrs.reverse = (s.attrs & Reverse) != 0;
            cells[i].attrs.strike = (s.attrs & Strike) != 0;
            cells[i].fg = s.fg;
            cells[i].bg = s.bg;
        }
    }
    updateScrollBar(false);
    return 1;
}

// --- Selection ---

bool TerminalWidget::hasSelection() const
{
    return m_selAnchor.y() >= 0 && m_selAnchor != m_selEnd;
}

void TerminalWidget::clearSelection()
{
    if (m_selAnchor.y() < 0)
        return;
    m_selAnchor = m_selEnd = QPoint(-1, -1);
    viewport()->update();
}

void TerminalWidget::selectRange(QPoint fromCell, QPoint toCell)
{
    m_selAnchor = fromCell;
    m_selEnd = toCell;
    viewport()->update();
}

void TerminalWidget::selectAll()
{
    selectRange(QPoint(0, 0), QPoint(columns() - 1, bufferLines() - 1));
}

namespace {

std::pair<QPoint, QPoint> ordered(QPoint a, QPoint b)
{
    if (a.y() > b.y() || (a.y() == b.y() && a.x() > b.x()))
        std::swap(a, b);
    return {a, b};
}

} // namespace

bool TerminalWidget::isSelected(int bufferLine, int column) const
{
    if (!hasSelection())
        return false;
    const auto [a, b] = ordered(m_selAnchor, m_selEnd);
    if (bufferLine < a.y() || bufferLine > b.y())
        return false;
    if (bufferLine == a.y() && column < a.x())
        return false;
    if (bufferLine == b.y() && column > b.x())
        return false;
    return true;
}

QString TerminalWidget::selectedText() const
{
    if (!hasSelection())
        return {};
    const auto [a, b] = ordered(m_selAnchor, m_selEnd);
    QStringList lines;
    for (int line = std::max(0, a.y()); line <= b.y() && line < bufferLines(); ++line)
        lines << lineText(line, line == a.y() ? a.x() : 0, line == b.y() ? b.x() : columns() - 1);
    return lines.join(u'\n');
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
    // A terminal sends Enter as CR; programs in bracketed-paste mode see where the paste
    // starts and ends (so a pasted line is not run at once by a shell that supports it).
    QString t = text;
    t.replace(u"\r\n"_s, u"\r"_s);
    t.replace(u'\n', u'\r');
    vterm_keyboard_start_paste(d->vt);
    sendKeyBytes(t.toUtf8());
    vterm_keyboard_end_paste(d->vt);
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

    if (const VTermKey vkey = vtermKey(key); vkey != VTERM_KEY_NONE) {
        VTermModifier vmod = modifiers(mods);
        if (key == Qt::Key_Backtab)
            vmod = VTermModifier(vmod | VTERM_MOD_SHIFT);
        vterm_keyboard_key(d->vt, vkey, vmod);
        updateScrollBar(true);
        return;
    }
    if (mods & Qt::ControlModifier) {
        if (const int code = controlCode(key); code >= 0) {
            QByteArray bytes((mods & Qt::AltModifier) ? "\x1b" : "");
            bytes += char(code);
            sendKeyBytes(bytes);
            updateScrollBar(true);
            return;
        }
    }
    const QString text = e->text();
    if (text.isEmpty()) {
        e->ignore();
        return;
    }
    const VTermModifier alt = (mods & Qt::AltModifier) ? VTERM_MOD_ALT : VTERM_MOD_NONE;
    for (const char32_t cp : text.toUcs4()) {
        if (cp < 0x20 || cp == 0x7f)
            sendKeyBytes(QByteArray(1, char(cp)));
        else
            vterm_keyboard_unichar(d->vt, uint32_t(cp), alt);
    }
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
        const int row = int(d->scrollback.size()) + m_cursor.y() - viewTop();
        return QRect(cellRect(row, m_cursor.x()).translated(viewport()->pos()));
    }
    if (query == Qt::ImFont)
        return font();
    return QAbstractScrollArea::inputMethodQuery(query);
}

bool TerminalWidget::mouseTracking(const QMouseEvent *e) const
{
    // Programs that asked for the mouse get it; Shift keeps it for selecting.
    return m_mouseMode != VTERM_PROP_MOUSE_NONE && !m_readOnly &&
           !(e->modifiers() & Qt::ShiftModifier) && scrollOffset() == 0;
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
        vterm_mouse_move(d->vt, c.y() - int(d->scrollback.size()), c.x(),
                         modifiers(e->modifiers()));
        if (const int b = vtermButton(e->button()))
            vterm_mouse_button(d->vt, b, true, modifiers(e->modifiers()));
        return;
    }
    if (e->button() == Qt::LeftButton) {
        clearSelection();
        m_selAnchor = m_selEnd = cellAt(e->position());
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
        vterm_mouse_move(d->vt, c.y() - int(d->scrollback.size()), c.x(),
                         modifiers(e->modifiers()));
        return;
    }
    if (!m_selecting)
        return;
    // Dragging past the edge scrolls the history.
    if (e->position().y() < 0)
        scrollLines(-1);
    else if (e->position().y() > viewport()->height())
        scrollLines(1);
    m_selEnd = cellAt(e->position());
    viewport()->update();
}

void TerminalWidget::mouseReleaseEvent(QMouseEvent *e)
{
    if (mouseTracking(e)) {
        if (const int b = vtermButton(e->button()))
            vterm_mouse_button(d->vt, b, false, modifiers(e->modifiers()));
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
    // A word: the run of non-blank characters under the pointer.
    const QPoint c = cellAt(e->position());
    const auto blank = [&](int col) { return cellText(d->cell(c.y(), col)).trimmed().isEmpty(); };
    if (blank(c.x()))
        return;
    int from = c.x(), to = c.x();
    while (from > 0 && !blank(from - 1))
        --from;
    while (to < columns() - 1 && !blank(to + 1))
        ++to;
    selectRange(QPoint(from, c.y()), QPoint(to, c.y()));
    m_selecting = false;
    if (QGuiApplication::clipboard()->supportsSelection())
        QGuiApplication::clipboard()->setText(selectedText(), QClipboard::Selection);
}

void TerminalWidget::wheelEvent(QWheelEvent *e)
{
    const int steps = e->angleDelta().y() / 40; // three lines per notch
    if (steps == 0)
        return;
    if (m_altScreen && !m_readOnly) {
        // Full-screen programs have no history here: the wheel moves through their text.
        if (m_mouseMode != VTERM_PROP_MOUSE_NONE) {
            const QPoint c = cellAt(e->position());
            vterm_mouse_move(d->vt, c.y() - int(d->scrollback.size()), c.x(), VTERM_MOD_NONE);
            for (int i = 0; i < std::abs(steps); ++i) {
                vterm_mouse_button(d->vt, steps > 0 ? 4 : 5, true, VTERM_MOD_NONE);
                vterm_mouse_button(d->vt, steps > 0 ? 4 : 5, false, VTERM_MOD_NONE);
            }
        } else {
            for (int i = 0; i < std::abs(steps); ++i)
                vterm_keyboard_key(d->vt, steps > 0 ? VTERM_KEY_UP : VTERM_KEY_DOWN,
                                   VTERM_MOD_NONE);
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
    vterm_state_focus_in(d->state);
    damageCells(m_cursor.y(), m_cursor.y() + 1);
    QAbstractScrollArea::focusInEvent(e);
}

void TerminalWidget::focusOutEvent(QFocusEvent *e)
{
    m_focused = false;
    vterm_state_focus_out(d->state);
    damageCells(m_cursor.y(), m_cursor.y() + 1);
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
    vterm_set_size(d->vt, rowCount, cols);
    vterm_screen_flush_damage(d->screen);
    clearSelection();
    updateScrollBar(atBottom);
    viewport()->update();
    m_resizeTimer.start();
}

void TerminalWidget::paintEvent(QPaintEvent *e)
{
    QPainter p(viewport());
    p.fillRect(e->rect(), kDefaultBackground);
    const QRect dirty = e->rect().translated(-kPadding, -kPadding);
    p.translate(kPadding, kPadding);
    const qreal cw = m_cell.width(), ch = m_cell.height();
    const int cols = columns();
    const int top = viewTop();
    const int firstRow = std::max(0, int(dirty.top() / ch));
    const int lastRow = std::min(int(dirty.bottom() / ch), bufferLines() - top - 1);
    const int cursorLine = int(d->scrollback.size()) + m_cursor.y();
    const bool drawCursor = m_cursorVisible && !m_readOnly;

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
            if (runStyle.background != kDefaultBackground)
                p.fillRect(box, runStyle.background);
            QFont f = d->fonts[(runStyle.bold ? 1 : 0) | (runStyle.italic ? 2 : 0)];
            f.setUnderline(runStyle.underline);
            p.setFont(f);
            p.setPen(runStyle.foreground);
            p.drawText(QPointF(runStart * cw, y + m_ascent), run);
            run.clear();
        };
        for (int col = 0; col < cols; ++col) {
            const VTermScreenCell c = d->cell(line, col);
            if (isContinuation(c))
                continue;
            CellStyle s = d->style(c);
            const bool cursorHere =
                drawCursor && m_focused && line == cursorLine && col == m_cursor.x();
            if (isSelected(line, col)) {
                s.background = kSelectionBackground;
                s.foreground = Qt::white;
            }
            if (cursorHere)
                std::swap(s.foreground, s.background);
            const QString text = cellText(c);
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
            p.setPen(kDefaultForeground);
            p.setBrush(Qt::NoBrush);
            p.drawRect(QRectF(m_cursor.x() * cw + 0.5, y + 0.5, cw - 1, ch - 1));
        }
    }
}

} // namespace gantry
