#pragma once

class QChartView;

namespace gantry {

// Charts in the colours of the application's palette: Qt Charts' dark theme on a dark
// palette, the light one otherwise, with the window's background; again whenever the
// palette changes (the desktop switched between light and dark).
namespace ChartStyle {
void follow(QChartView *view);
}

} // namespace gantry
