#pragma once

namespace gantry {

// True when argv asks only for text (help, version, ping), so no GUI application (and no
// display) is needed.
bool wantsTextOnly(int argc, char **argv);

} // namespace gantry
