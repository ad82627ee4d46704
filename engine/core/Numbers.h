#pragma once

#include <QJsonValue>
#include <QtNumeric>

#include <limits>

namespace gantry {

// A JSON number from the engine as a 64-bit integer: exact when it is one (byte counts above
// 2^53 included), else truncated, and clamped to qint64's range: a plain qint64(toDouble()) is
// undefined behaviour for 1e300 (found by fuzzing the parsers). `fallback` when it is no number.
qint64 toInt64(const QJsonValue &value, qint64 fallback = 0);
// The same for a number already read as a double: truncated and clamped, `fallback` for NaN.
qint64 toInt64(double value, qint64 fallback = 0);

// Sums and differences of engine counters that stop at qint64's bounds instead of overflowing
// (undefined behaviour): the engine's numbers are not trusted to be sane (found by fuzzing).
inline qint64 addClamped(qint64 a, qint64 b)
{
    qint64 r = 0;
    if (qAddOverflow(a, b, &r))
        return b > 0 ? std::numeric_limits<qint64>::max() : std::numeric_limits<qint64>::min();
    return r;
}

inline qint64 subClamped(qint64 a, qint64 b)
{
    qint64 r = 0;
    if (qSubOverflow(a, b, &r))
        return b < 0 ? std::numeric_limits<qint64>::max() : std::numeric_limits<qint64>::min();
    return r;
}

} // namespace gantry
