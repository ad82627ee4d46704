#include "widgets/ChartStyle.h"

#include "style/StatusColors.h"

#include <QChart>
#include <QChartView>
#include <QEvent>

namespace gantry {

namespace {

void style(QChartView *view)
{
    QChart *chart = view->chart();
    if (!chart)
        return;
    const QPalette palette = view->palette();
    const bool dark = StatusColors::isDark(palette);
    const QChart::ChartTheme theme = dark ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    if (chart->theme() != theme)
        chart->setTheme(theme); // series colours, axes and labels for that background
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setTitleBrush(palette.color(QPalette::Text));
    view->setBackgroundBrush(palette.color(QPalette::Window));
}

class Follower : public QObject {
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::PaletteChange || event->type() == QEvent::Show)
            style(static_cast<QChartView *>(watched));
        return false;
    }
};

} // namespace

void ChartStyle::follow(QChartView *view)
{
    style(view);
    view->installEventFilter(new Follower(view));
}

} // namespace gantry
