#pragma once

#include "specs/RunSpec.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace gantry {

// One setting that differs between a container and what will replace it.
struct RunSpecChange {
    QString setting; // translated, e.g. "Command", "Environment STAGE"
    QString before;  // "(none)" when it was not set
    QString after;   // "(none)" when it is no longer set
    friend bool operator==(const RunSpecChange &, const RunSpecChange &) = default;
};

struct RunSpecDiff {
    Q_DECLARE_TR_FUNCTIONS(RunSpecDiff)

public:
    // What changes from `before` to `after`, in the order of the run dialog. Environment
    // variables and labels compare per key; ports and mounts compare as sets.
    static QList<RunSpecChange> changes(const RunSpec &before, const RunSpec &after);
    // One line per change: "Setting: before -> after", for a plain-text confirmation.
    static QString text(const QList<RunSpecChange> &changes);
};

} // namespace gantry
