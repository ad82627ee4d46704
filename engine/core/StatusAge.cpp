#include "core/StatusAge.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace gantry {

namespace {
constexpr qint64 kMinute = 60;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

QString plural(qint64 n, const char *unit)
{
    return QString::number(n) + u' ' + QLatin1StringView(unit) + u's';
}
} // namespace

QString humanDuration(qint64 seconds)
{
    // go-units: minutes truncate, hours round to the nearest hour.
    if (seconds < 1)
        return u"Less than a second"_s;
    if (seconds == 1)
        return u"1 second"_s;
    if (seconds < kMinute)
        return plural(seconds, "second");
    const qint64 minutes = seconds / kMinute;
    if (minutes == 1)
        return u"About a minute"_s;
    if (minutes < 60)
        return plural(minutes, "minute");
    const qint64 hours = (seconds + kHour / 2) / kHour;
    if (hours == 1)
        return u"About an hour"_s;
    if (hours < 48)
        return plural(hours, "hour");
    if (hours < 24 * 7 * 2)
        return plural(hours / 24, "day");
    if (hours < 24 * 30 * 2)
        return plural(hours / 24 / 7, "week");
    if (hours < 24 * 365 * 2)
        return plural(hours / 24 / 30, "month");
    return plural(seconds / kHour / 24 / 365, "year");
}

std::optional<qint64> parseHumanDuration(const QString &text)
{
    if (text == u"Less than a second")
        return 0;
    if (text == u"1 second")
        return 1;
    if (text == u"About a minute")
        return kMinute + kMinute / 2;
    if (text == u"About an hour") // 60 to 89 minutes
        return kHour + kHour / 4;
    static const QRegularExpression counted(
        u"^(\\d{1,9}) (second|minute|hour|day|week|month|year)s$"_s);
    const auto m = counted.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const qint64 n = m.captured(1).toLongLong();
    const QString unit = m.captured(2);
    if (unit == u"second")
        return n;
    if (unit == u"minute")
        return n * kMinute + kMinute / 2;
    if (unit == u"hour") // rounded: n - 0.5 to n + 0.5 hours
        return n * kHour;
    if (unit == u"day")
        return n * kDay + kDay / 2;
    if (unit == u"week")
        return n * 7 * kDay + 7 * kDay / 2;
    if (unit == u"month")
        return n * 30 * kDay + 15 * kDay;
    return n * 365 * kDay + 182 * kDay;
}

QString agedStatus(const QString &status, qint64 elapsedSeconds)
{
    // "Up 3 minutes", "Up 3 minutes (Paused)", "Up 2 hours (healthy)",
    // "Exited (0) 5 seconds ago", "Restarting (1) About a minute ago".
    static const QRegularExpression up(u"^(Up )(.+?)( \\(.*\\))?$"_s);
    static const QRegularExpression ago(u"^((?:Exited|Restarting) \\(-?\\d+\\) )(.+)( ago)$"_s);
    if (elapsedSeconds <= 0)
        return status;
    for (const QRegularExpression *re : {&up, &ago}) {
        const auto m = re->match(status);
        if (!m.hasMatch())
            continue;
        const auto was = parseHumanDuration(m.captured(2));
        if (!was)
            return status;
        return m.captured(1) + humanDuration(*was + elapsedSeconds) + m.captured(3);
    }
    return status;
}

} // namespace gantry
