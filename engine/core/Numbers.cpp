#include "core/Numbers.h"

#include <cmath>
#include <limits>

namespace gantry {

qint64 toInt64(const QJsonValue &value, qint64 fallback)
{
    if (!value.isDouble())
        return fallback;
    constexpr qint64 kMin = std::numeric_limits<qint64>::min();
    if (const qint64 exact = value.toInteger(kMin); exact != kMin)
        return exact;
    return toInt64(value.toDouble(), fallback);
}

qint64 toInt64(double d, qint64 fallback)
{
    if (std::isnan(d))
        return fallback;
    if (d >= 0x1p63)
        return std::numeric_limits<qint64>::max();
    if (d <= -0x1p63)
        return std::numeric_limits<qint64>::min();
    return qint64(d);
}

} // namespace gantry
