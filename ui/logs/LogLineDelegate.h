#pragma once

#include <QStyledItemDelegate>
#include <QTextLayout>

namespace gantry {

// Paints a log line: its time and container when asked, stderr in a colour of its own, the
// matches of the search highlighted, on one line or wrapped to the view's width.
class LogLineDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit LogLineDelegate(QObject *parent = nullptr);

    void setShowTimestamps(bool show) { m_timestamps = show; }
    bool showTimestamps() const { return m_timestamps; }
    void setShowSources(bool show) { m_sources = show; }
    void setWrap(bool wrap) { m_wrap = wrap; }
    bool wraps() const { return m_wrap; }
    void setWrapWidth(int width) { m_wrapWidth = width; }
    void setHighlight(const QString &text) { m_highlight = text; }
    const QString &highlight() const { return m_highlight; }

    // What is drawn for a row (prefix and text).
    QString shownText(const QModelIndex &index) const;
    // The highlighted ranges of that text (the search matches), for painting and tests.
    QList<QTextLayout::FormatRange> formats(const QModelIndex &index, const QPalette &palette,
                                            bool selected) const;
    static QColor stderrColour(const QPalette &palette);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int prefixLength(const QModelIndex &index) const;
    qreal layoutText(QTextLayout &layout, qreal width) const;

    bool m_timestamps = true;
    bool m_sources = false;
    bool m_wrap = false;
    int m_wrapWidth = 400;
    QString m_highlight;
};

} // namespace gantry
