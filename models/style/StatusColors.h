#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace gantry {

// The one set of state and error colours, derived from a palette so that they stay readable
// on a dark system theme as on a light one: each keeps its hue and is made lighter (on dark
// backgrounds) or darker (on light ones) until it stands out from both Base and Window.
// Models return these for their colour roles; widgets use them for labels and banners.
class StatusColors {
public:
    enum Status {
        Success, // green: running containers, finished commands
        Warning, // amber: paused or restarting, reclaimable space, risky options
        Muted,   // grey: exited cleanly, unused
        Error,   // red: failures, conflicts, invalid input
        Severe,  // dark red: a dead container (the engine could not clean it up)
        Info,    // blue: created, in progress
    };

    // Minimum WCAG contrast ratio kept against the palette's Base and Window colours.
    static constexpr double kMinContrast = 4.5;

    static QColor colour(Status status, const QPalette &palette);
    // With the application's palette (a default one without a GUI application).
    static QColor colour(Status status);
    // A soft background for a banner of that status, under the palette's WindowText.
    static QColor background(Status status, const QPalette &palette);
    // "color: #rrggbb", for widgets whose colour is set through a style sheet.
    static QString textStyleSheet(Status status, const QPalette &palette);

    // WCAG 2 contrast ratio of two colours, from 1 (same) to 21 (black on white).
    static double contrast(const QColor &a, const QColor &b);
    // A dark palette: its base and window are dark on average (relative luminance).
    static bool isDark(const QPalette &palette);
};

} // namespace gantry
