#pragma once

#include <QString>
#include <QStringList>

namespace gantry {

// What the command line asked for.
struct Options {
    QString host;         // --host / -H
    bool quitAfterFirstRefresh = false;
    bool textOnly = false; // --help or --version: no window, no display needed
};

// True when argv asks only for text (help, version), so no GUI application is needed.
bool wantsTextOnly(int argc, char **argv);

} // namespace gantry
