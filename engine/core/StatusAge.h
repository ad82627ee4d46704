#pragma once

#include <QString>

#include <optional>

// The engine's container status ("Up 3 minutes", "Exited (0) 2 hours ago") aged on this side,
// so that the ages shown keep advancing without listing the containers again.
namespace gantry {

// go-units HumanDuration, as the engine writes the durations in a status: "Less than a
// second", "1 second", "12 seconds", "About a minute", "5 minutes", "About an hour",
// "3 hours", "4 days", "2 weeks", "3 months", "2 years".
QString humanDuration(qint64 seconds);
// The reverse, as a duration in seconds: the engine truncates ("5 minutes" is anything from
// 5:00 to 5:59), so the middle of that span is taken. nullopt if the text is not one.
std::optional<qint64> parseHumanDuration(const QString &text);
// The status as the engine would write it `elapsedSeconds` after it wrote `status`. A status
// without a duration (Created, Dead, Removal In Progress) or not understood is returned as
// it is.
QString agedStatus(const QString &status, qint64 elapsedSeconds);

} // namespace gantry
