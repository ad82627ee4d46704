#pragma once

#include <QString>

class QWidget;

// With GANTRY_SCREENSHOT_DIR set (under xvfb-run), saves what the user sees of `w` as
// <dir>/<name>.png, after letting it paint; without it, nothing.
void snap(QWidget *w, const QString &name);
