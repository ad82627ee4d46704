#include "core/Numbers.h"

#include <cmath>
#include <limits>

namespace gantry {

qint64 toInt64(const QJsonValue &value, qint64 fallback)
{
    if (!value.isDouble())
        return fallback;
    constexpr qint64 kMin = std::numeric_limits<qint64>::min();
    constexpr qint64 kMax = std::numeric_limits<qint64>::max();
    if (const qint64 exact = value.toInteger(kMin); exact != kMin)
        return exact;
    const double d = value.toDouble();
    if (std::isnan(d))
        return fallback;
    if (d >= 0x1p63)
        return kMax;
    if (d <= -0x1p63)
        return kMin;
    return qint64(d);
}

} // namespace gantry
