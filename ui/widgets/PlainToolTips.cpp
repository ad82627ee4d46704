#include "widgets/PlainToolTips.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QPointer>
#include <QTextDocument>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace gantry {

void PlainToolTips::install()
{
    static QPointer<PlainToolTips> filter;
    if (filter || !qApp)
        return;
    filter = new PlainToolTips(qApp);
    qApp->installEventFilter(filter);
}

QString PlainToolTips::displayed(const QString &text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    return u"<p style='white-space:pre-wrap'>"_s + text.toHtmlEscaped() + u"</p>"_s;
}

bool PlainToolTips::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ToolTip || !watched->isWidgetType())
        return false;
    auto *widget = static_cast<QWidget *>(watched);
    auto *help = static_cast<QHelpEvent *>(event);
    QString text;
    QRect area;
    auto *view = qobject_cast<QAbstractItemView *>(widget->parentWidget());
    if (view && view->viewport() == widget) {
        const QModelIndex index = view->indexAt(help->pos());
        text = index.data(Qt::ToolTipRole).toString();
        area = view->visualRect(index);
    } else {
        text = widget->toolTip();
    }
    if (!Qt::mightBeRichText(text))
        return false; // Qt shows it as it is
    QToolTip::showText(help->globalPos(), displayed(text), widget, area);
    return true;
}

} // namespace gantry
