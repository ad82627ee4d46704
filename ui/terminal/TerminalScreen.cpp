#include "terminal/TerminalScreen.h"

#include "terminal/VTermModifiers.h"

#include <algorithm>
#include <cstring>

#include <vterm.h>

using namespace Qt::StringLiterals;

namespace gantry {

namespace {

const QColor kDefaultForeground(0xd3, 0xd7, 0xcf);
const QColor kDefaultBackground(0x1c, 0x1c, 0x1c);

static_assert(sizeof(VTermColor) == sizeof(uint32_t), "HistoryCell keeps a VTermColor in 32 bits");

uint32_t packColor(const VTermColor &c)
{
    uint32_t v = 0;
    std::memcpy(&v, &c, sizeof v);
    return v;
}

VTermColor unpackColor(uint32_t v)
{
    VTermColor c;
    std::memcpy(&c, &v, sizeof c);
    return c;
}

uint8_t packAttrs(const VTermScreenCellAttrs &a)
{
    return uint8_t((a.bold ? HistoryCell::Bold : 0) | (a.italic ? HistoryCell::Italic : 0) |
                   (a.underline ? HistoryCell::Underline : 0) |
                   (a.reverse ? HistoryCell::Reverse : 0) | (a.strike ? HistoryCell::Strike : 0));
}

// Fills in what the history kept; the rest of the cell stays as given.
void unpackCell(const HistoryCell &s, VTermScreenCell *c)
{
    c->chars[0] = s.ch;
    c->width = char(s.width);
    c->attrs.bold = (s.attrs & HistoryCell::Bold) != 0;
    c->attrs.italic = (s.attrs & HistoryCell::Italic) != 0;
    c->attrs.underline = (s.attrs & HistoryCell::Underline) ? 1 : 0;
    c->attrs.reverse = (s.attrs & HistoryCell::Reverse) != 0;
    c->attrs.strike = (s.attrs & HistoryCell::Strike) != 0;
    c->fg = unpackColor(s.fg);
    c->bg = unpackColor(s.bg);
}

bool isBlank(const VTermScreenCell &c)
{
    return (c.chars[0] == 0 || c.chars[0] == u' ') && VTERM_COLOR_IS_DEFAULT_BG(&c.bg) &&
           !c.attrs.reverse && !c.attrs.underline;
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

} // namespace

struct TerminalScreen::Private {
    TerminalScreen *q;
    VTerm *vt = nullptr;
    VTermScreen *screen = nullptr;
    VTermState *state = nullptr;
    VTermScreenCallbacks callbacks{};

    static TerminalScreen *s(void *user) { return static_cast<TerminalScreen *>(user); }

    explicit Private(TerminalScreen *owner)
        : q(owner)
    {
    }

    // Callbacks come as soon as they are set (the reset sets properties): only once the
    // screen holds this object.
    void start()
    {
        vt = vterm_new(24, 80);
        vterm_set_utf8(vt, 1);
        vterm_output_set_callback(
            vt,
            [](const char *bytes, size_t len, void *user) {
                s(user)->d->onOutput(QByteArray(bytes, qsizetype(len)));
            },
            q);
        screen = vterm_obtain_screen(vt);
        state = vterm_obtain_state(vt);
        callbacks.damage = [](VTermRect r, void *user) {
            emit s(user)->damaged(r.start_row, r.end_row);
            return 1;
        };
        callbacks.movecursor = [](VTermPos pos, VTermPos, int visible, void *user) {
            return s(user)->d->onMoveCursor(pos.row, pos.col, visible != 0);
        };
        callbacks.settermprop = [](VTermProp prop, VTermValue *value, void *user) {
            return s(user)->d->onTermProp(prop, value);
        };
        callbacks.bell = [](void *user) {
            emit s(user)->bellRang();
            return 1;
        };
        callbacks.sb_pushline = [](int cols, const VTermScreenCell *cells, void *user) {
            return s(user)->d->onPushLine(cols, cells);
        };
        callbacks.sb_popline = [](int cols, VTermScreenCell *cells, void *user) {
            return s(user)->d->onPopLine(cols, cells);
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

    void onOutput(const QByteArray &bytes)
    {
        if (q->m_collecting)
            *q->m_collecting += bytes;
        else
            emit q->output(bytes);
    }

    int onMoveCursor(int row, int col, bool visible)
    {
        const QPoint from = q->m_cursor;
        q->m_cursor = QPoint(col, row);
        q->m_cursorVisible = visible;
        emit q->cursorMoved(from, q->m_cursor);
        return 1;
    }

    int onTermProp(VTermProp prop, const VTermValue *v)
    {
        switch (prop) {
        case VTERM_PROP_CURSORVISIBLE:
            q->m_cursorVisible = v->boolean;
            emit q->cursorVisibilityChanged(q->m_cursorVisible);
            return 1;
        case VTERM_PROP_ALTSCREEN:
            q->m_altScreen = v->boolean;
            emit q->alternateScreenChanged(q->m_altScreen);
            return 1;
        case VTERM_PROP_TITLE:
            q->m_title = QString::fromUtf8(v->string);
            emit q->titleChanged(q->m_title);
            return 1;
        case VTERM_PROP_MOUSE: q->m_mouseMode = v->number; return 1;
        default: return 0;
        }
    }

    int onPushLine(int cols, const VTermScreenCell *cells)
    {
        int used = cols;
        while (used > 0 && isBlank(cells[used - 1]))
            --used;
        HistoryLine line(size_t(std::max(used, 0)));
        for (int i = 0; i < used; ++i) {
            const VTermScreenCell &c = cells[i];
            line[size_t(i)] = HistoryCell{c.chars[0], uint8_t(c.width), packAttrs(c.attrs),
                                          packColor(c.fg), packColor(c.bg)};
        }
        bool dropped = false;
        if (!q->m_history.push(std::move(line), &dropped))
            return 0;
        emit q->lineScrolledOff(dropped);
        return 1;
    }

    int onPopLine(int cols, VTermScreenCell *cells)
    {
        HistoryLine line;
        if (!q->m_history.pop(&line))
            return 0;
        const VTermScreenCell blank = blankCell();
        for (int i = 0; i < cols; ++i) {
            cells[i] = blank;
            if (size_t(i) < line.size())
                unpackCell(line[size_t(i)], &cells[i]);
        }
        emit q->lineRestored();
        return 1;
    }

    VTermScreenCell blankCell() const
    {
        VTermScreenCell c{};
        c.width = 1;
        vterm_state_get_default_colors(state, &c.fg, &c.bg);
        return c;
    }

    VTermScreenCell rawCell(int bufferLine, int col) const
    {
        const int kept = q->m_history.count();
        if (bufferLine >= kept) {
            VTermScreenCell c{};
            if (!vterm_screen_get_cell(screen, VTermPos{bufferLine - kept, col}, &c))
                return blankCell();
            return c;
        }
        const HistoryLine &line = q->m_history.line(bufferLine);
        if (col < 0 || size_t(col) >= line.size())
            return blankCell();
        VTermScreenCell c{};
        unpackCell(line[size_t(col)], &c);
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

    TerminalCellStyle style(const VTermScreenCell &c) const
    {
        TerminalCellStyle s;
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

TerminalScreen::TerminalScreen(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this))
{
    d->start();
}

TerminalScreen::~TerminalScreen() = default;

QColor TerminalScreen::defaultForeground()
{
    return kDefaultForeground;
}

QColor TerminalScreen::defaultBackground()
{
    return kDefaultBackground;
}

void TerminalScreen::feed(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return;
    vterm_input_write(d->vt, bytes.constData(), size_t(bytes.size()));
    vterm_screen_flush_damage(d->screen);
}

int TerminalScreen::rows() const
{
    int r = 0, c = 0;
    vterm_get_size(d->vt, &r, &c);
    return r;
}

int TerminalScreen::columns() const
{
    int r = 0, c = 0;
    vterm_get_size(d->vt, &r, &c);
    return c;
}

void TerminalScreen::resize(int rows, int columns)
{
    vterm_set_size(d->vt, rows, columns);
    vterm_screen_flush_damage(d->screen);
}

void TerminalScreen::setScrollbackLimit(int lines)
{
    m_history.setLimit(lines);
}

TerminalCell TerminalScreen::cell(int bufferLine, int column) const
{
    const VTermScreenCell c = d->rawCell(bufferLine, column);
    TerminalCell cell;
    // The cell after a double-width character only continues it.
    cell.continuation = c.chars[0] == uint32_t(-1);
    if (!cell.continuation)
        cell.text = cellText(c);
    cell.width = c.width;
    cell.style = d->style(c);
    return cell;
}

QString TerminalScreen::lineText(int bufferLine, int from, int to) const
{
    QString s;
    for (int col = std::max(0, from); col <= to && col < columns(); ++col) {
        const VTermScreenCell c = d->rawCell(bufferLine, col);
        if (c.chars[0] == uint32_t(-1))
            continue;
        s += cellText(c);
        if (c.width == 2)
            ++col;
    }
    while (s.endsWith(u' '))
        s.chop(1);
    return s;
}

QString TerminalScreen::screenLine(int row) const
{
    if (row < 0 || row >= rows())
        return {};
    return lineText(bufferLine(row), 0, columns() - 1);
}

void TerminalScreen::mouseMove(int row, int column, Qt::KeyboardModifiers modifiers)
{
    vterm_mouse_move(d->vt, row, column, vtermModifiers(modifiers));
}

void TerminalScreen::mouseButton(int button, bool pressed, Qt::KeyboardModifiers modifiers)
{
    vterm_mouse_button(d->vt, button, pressed, vtermModifiers(modifiers));
}

void TerminalScreen::focusIn()
{
    vterm_state_focus_in(d->state);
}

void TerminalScreen::focusOut()
{
    vterm_state_focus_out(d->state);
}

QByteArray TerminalScreen::collectOutput(const std::function<void(VTerm *)> &encode)
{
    QByteArray bytes;
    m_collecting = &bytes;
    encode(d->vt);
    m_collecting = nullptr;
    return bytes;
}

} // namespace gantry
