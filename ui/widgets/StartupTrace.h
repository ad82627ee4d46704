#pragma once

namespace gantry::StartupTrace {

// An opt-in trace of where start-up time goes: with GANTRY_STARTUP_TRACE=1 in the
// environment, each milestone is printed to stderr with the milliseconds since begin()
// (the first thing main() does) and since the previous milestone. Costs nothing otherwise.
void begin();
bool enabled();
// `milestone` is a fixed English text for developers (not translated, not shown in the UI).
void mark(const char *milestone);

} // namespace gantry::StartupTrace
