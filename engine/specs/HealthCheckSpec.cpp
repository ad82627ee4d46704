#include "specs/HealthCheckSpec.h"

#include "core/ShellWords.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace gantry {

namespace {

constexpr qint64 kMicro = 1000;
constexpr qint64 kMilli = 1000 * kMicro;
constexpr qint64 kSecond = 1000 * kMilli;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kHour = 60 * kMinute;

// value / 10^digits with its fraction, trailing zeros dropped: (1500, 3) -> "1.5".
QString decimal(qint64 value, int digits)
{
    qint64 scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    QString text = QString::number(value / scale);
    if (const qint64 fraction = value % scale) {
        QString f = QString::number(fraction).rightJustified(digits, u'0');
        while (f.endsWith(u'0'))
            f.chop(1);
        text += u'.' + f;
    }
    return text;
}

} // namespace

std::optional<qint64> parseDuration(const QString &input)
{
    // Go's time.ParseDuration, without a sign: one or more "number[.fraction]unit".
    const QString text = input.trimmed();
    if (text == u"0"_s)
        return 0;
    static const QRegularExpression part(uR"((\d*)(?:\.(\d*))?(ns|us|µs|μs|ms|s|m|h))"_s);
    if (text.isEmpty())
        return std::nullopt;
    long double total = 0;
    qsizetype at = 0;
    while (at < text.size()) {
        const QRegularExpressionMatch m = part.match(text, at, QRegularExpression::NormalMatch,
                                                     QRegularExpression::AnchorAtOffsetMatchOption);
        if (!m.hasMatch() || (m.captured(1).isEmpty() && m.captured(2).isEmpty()))
            return std::nullopt;
        const QString unit = m.captured(3);
        qint64 scale = 1;
        if (unit == u"us"_s || unit == u"µs"_s || unit == u"μs"_s)
            scale = kMicro;
        else if (unit == u"ms"_s)
            scale = kMilli;
        else if (unit == u"s"_s)
            scale = kSecond;
        else if (unit == u"m"_s)
            scale = kMinute;
        else if (unit == u"h"_s)
            scale = kHour;
        const QString whole = m.captured(1).left(20);
        const QString fraction = m.captured(2).left(18);
        long double value = whole.isEmpty() ? 0 : whole.toDouble();
        if (!fraction.isEmpty())
            value += fraction.toDouble() / std::pow(10.0L, fraction.size());
        total += value * scale;
        if (total > static_cast<long double>(std::numeric_limits<qint64>::max()))
            return std::nullopt;
        at = m.capturedEnd(0);
    }
    return static_cast<qint64>(total + 0.5L);
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
