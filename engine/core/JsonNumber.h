#pragma once

#include <QJsonValue>

namespace gantry {

// A JSON number from the engine as a 64-bit integer: exact when it is one (byte counts above
// 2^53 included), else truncated, and clamped to qint64's range: a plain qint64(toDouble()) is
// undefined behaviour for 1e300 (found by fuzzing the parsers). `fallback` when it is no number.
qint64 toInt64(const QJsonValue &value, qint64 fallback = 0);

} // namespace gantry
