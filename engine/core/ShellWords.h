#pragma once

#include <QStringList>

namespace gantry {

// Joins argv into one line a POSIX shell reads back the same: quotes only what needs it.
QString shellJoin(const QStringList &argv);
// Words of a command typed in a field, as a POSIX shell splits them (no expansions); empty
// if a quote is left open. shellSplit(shellJoin(argv)) == argv.
QStringList shellSplit(const QString &text);

} // namespace gantry
