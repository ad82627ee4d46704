#include "widgets/StartupTrace.h"

#include <QElapsedTimer>
#include <QtGlobal>

#include <cstdio>

namespace gantry::StartupTrace {

namespace {

struct Clock {
    QElapsedTimer timer;
    qint64 lastNs = 0;
    bool on = false;
};

Clock &clock()
{
    static Clock c;
    return c;
}

} // namespace

void begin()
{
    Clock &c = clock();
    c.on = qEnvironmentVariableIntValue("GANTRY_STARTUP_TRACE") != 0;
    if (!c.on)
        return;
    c.timer.start();
}

bool enabled()
{
    return clock().on;
}

void mark(const char *milestone)
{
    Clock &c = clock();
    if (!c.on)
        return;
    const qint64 ns = c.timer.nsecsElapsed();
    std::fprintf(stderr, "gantry startup: %8.1f ms (+%6.1f) %s\n", double(ns) / 1e6,
                 double(ns - c.lastNs) / 1e6, milestone);
    c.lastNs = ns;
}

} // namespace gantry::StartupTrace
