#include "specs/HealthCheckSpec.h"

#include "core/Format.h"
#include "core/ShellWords.h"
#include "specs/LogsSpec.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace gantry {

namespace {

constexpr qint64 kMicro = 1000;
constexpr qint64 kMilli = 1000 * kMicro;
constexpr qint64 kSecond = 1000 * kMilli;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kHour = 60 * kMinute;

} // namespace

std::optional<qint64> parseDuration(const QString &input)
{
    const QString text = input.trimmed();
    if (text.startsWith(u'-') || text.startsWith(u'+'))
        return std::nullopt;
    return parseGoDuration(text);
}

QString durationText(qint64 ns)
{
    if (ns <= 0)
        return u"0s"_s;
    if (ns < kMicro)
        return QString::number(ns) + u"ns"_s;
    if (ns < kMilli)
        return decimal(ns, 3) + u"us"_s;
    if (ns < kSecond)
        return decimal(ns, 6) + u"ms"_s;
    QString text;
    if (const qint64 h = ns / kHour)
        text += QString::number(h) + u'h';
    if (const qint64 m = ns % kHour / kMinute)
        text += QString::number(m) + u'm';
    if (const qint64 s = ns % kMinute)
        text += decimal(s, 9) + u's';
    return text;
}

bool HealthCheckSpec::isEmpty() const
{
    return !disabled && command.isEmpty() && intervalNs == 0 && timeoutNs == 0 &&
           startPeriodNs == 0 && retries == 0;
}

QJsonObject HealthCheckSpec::toJson() const
{
    if (disabled)
        return QJsonObject{{"Test"_L1, QJsonArray{u"NONE"_s}}};
    QJsonObject o;
    if (!command.isEmpty())
        o.insert("Test"_L1, QJsonArray{u"CMD-SHELL"_s, command});
    const std::pair<const char *, qint64> durations[] = {
        {"Interval", intervalNs}, {"Timeout", timeoutNs}, {"StartPeriod", startPeriodNs}};
    for (const auto &[key, value] : durations) {
        if (value > 0)
            o.insert(QLatin1StringView(key), value);
    }
    if (retries > 0)
        o.insert("Retries"_L1, retries);
    return o;
}

QStringList HealthCheckSpec::options() const
{
    if (disabled)
        return {u"--no-healthcheck"_s};
    QStringList argv;
    if (!command.isEmpty())
        argv << u"--health-cmd"_s << command;
    if (intervalNs > 0)
        argv << u"--health-interval"_s << durationText(intervalNs);
    if (timeoutNs > 0)
        argv << u"--health-timeout"_s << durationText(timeoutNs);
    if (startPeriodNs > 0)
        argv << u"--health-start-period"_s << durationText(startPeriodNs);
    if (retries > 0)
        argv << u"--health-retries"_s << QString::number(retries);
    return argv;
}

HealthCheckSpec HealthCheckSpec::fromJson(const QJsonObject &o)
{
    HealthCheckSpec s;
    QStringList test;
    for (const QJsonValue &v : o.value("Test"_L1).toArray())
        test << v.toString();
    if (test.value(0) == u"NONE"_s) {
        s.disabled = true;
        return s;
    }
    if (test.value(0) == u"CMD-SHELL"_s)
        s.command = test.mid(1).join(u' ');
    else if (test.value(0) == u"CMD"_s)
        s.command = shellJoin(test.mid(1)); // the same words, through the shell
    s.intervalNs = o.value("Interval"_L1).toInteger();
    s.timeoutNs = o.value("Timeout"_L1).toInteger();
    s.startPeriodNs = o.value("StartPeriod"_L1).toInteger();
    s.retries = o.value("Retries"_L1).toInt();
    return s;
}

} // namespace gantry
