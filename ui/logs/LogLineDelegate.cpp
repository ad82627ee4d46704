#include "logs/LogLineDelegate.h"

#include "live/LogModel.h"
#include "style/StatusColors.h"

#include <QApplication>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace gantry {

namespace {

constexpr int kMargin = 2;

QString timeText(const QModelIndex &index)
{
    const QDateTime t = index.data(LogModel::TimestampRole).toDateTime();
    return t.isValid() ? t.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s) : QString(23, u' ');
}

} // namespace

LogLineDelegate::LogLineDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QColor LogLineDelegate::stderrColour(const QPalette &palette)
{
    return StatusColors::colour(StatusColors::Error, palette);
}

QString LogLineDelegate::shownText(const QModelIndex &index) const
{
    QString prefix;
    if (m_timestamps)
        prefix += timeText(index) + u' ';
    if (m_sources)
        prefix += index.data(LogModel::SourceRole).toString() + u" | "_s;
    return prefix + index.data(LogModel::TextRole).toString();
}

int LogLineDelegate::prefixLength(const QModelIndex &index) const
{
    int n = m_timestamps ? 24 : 0;
    if (m_sources)
        n += int(index.data(LogModel::SourceRole).toString().size()) + 3;
    return n;
}

QList<QTextLayout::FormatRange>
LogLineDelegate::formats(const QModelIndex &index, const QPalette &palette, bool selected) const
{
    QList<QTextLayout::FormatRange> out;
    const int prefix = prefixLength(index);
    if (prefix > 0 && !selected) {
        QTextCharFormat dim;
        dim.setForeground(palette.color(QPalette::PlaceholderText));
        out.append({0, prefix, dim});
    }
    if (m_highlight.isEmpty())
        return out;
    const QString text = index.data(LogModel::TextRole).toString();
    QTextCharFormat match;
    match.setBackground(QColor(0xff, 0xd8, 0x4d));
    match.setForeground(Qt::black);
    for (qsizetype at = text.indexOf(m_highlight, 0, Qt::CaseInsensitive); at >= 0;
         at = text.indexOf(m_highlight, at + m_highlight.size(), Qt::CaseInsensitive))
        out.append({prefix + int(at), int(m_highlight.size()), match});
    return out;
}

qreal LogLineDelegate::layoutText(QTextLayout &layout, qreal width) const
{
    QTextOption option;
    option.setWrapMode(m_wrap ? QTextOption::WrapAtWordBoundaryOrAnywhere : QTextOption::NoWrap);
    layout.setTextOption(option);
    layout.beginLayout();
    qreal y = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout.endLayout();
    return y;
}

void LogLineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const bool isStderr = index.data(LogModel::StreamRole).toInt() == int(LogStreamKind::Stderr);
    QColor colour = selected   ? opt.palette.color(QPalette::HighlightedText)
                    : isStderr ? stderrColour(opt.palette)
                               : opt.palette.color(QPalette::Text);

    QTextLayout layout(shownText(index), opt.font);
    layout.setFormats(formats(index, opt.palette, selected));
    const QRect r = opt.rect.adjusted(kMargin, 0, -kMargin, 0);
    layoutText(layout, m_wrap ? qreal(std::max(20, r.width())) : 1e7);
    painter->save();
    painter->setClipRect(opt.rect);
    painter->setPen(colour);
    layout.draw(painter, QPointF(r.left(), r.top() + kMargin / 2));
    painter->restore();
}

QSize LogLineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics fm(option.font);
    const int lineHeight = fm.lineSpacing() + kMargin;
    if (!m_wrap) {
        // A fixed-width font: the width follows from the length, no text layout needed.
        const int chars =
            prefixLength(index) + int(index.data(LogModel::TextRole).toString().size());
        return {fm.horizontalAdvance(u'M') * chars + 2 * kMargin, lineHeight};
    }
    const int width = std::max(20, m_wrapWidth - 2 * kMargin);
    QTextLayout layout(shownText(index), option.font);
    const qreal h = layoutText(layout, width);
    return {width + 2 * kMargin, std::max(lineHeight, int(std::ceil(h)) + kMargin)};
}

} // namespace gantry
