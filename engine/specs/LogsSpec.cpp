#include "specs/LogsSpec.h"

#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace gantry {

std::optional<qint64> parseGoDuration(const QString &text)
{
    QStringView s = text;
    if (s.isEmpty())
        return std::nullopt;
    bool negative = false;
    if (s.front() == u'-' || s.front() == u'+') {
        negative = s.front() == u'-';
        s = s.sliced(1);
    }
    if (s == u"0")
        return 0;
    if (s.isEmpty())
        return std::nullopt;
    double total = 0;
    while (!s.isEmpty()) {
        qsizetype i = 0;
        while (i < s.size() && (s[i].isDigit() || s[i] == u'.'))
            ++i;
        const QStringView number = s.first(i);
        if (number.isEmpty() || number == u"." || number.count(u'.') > 1)
            return std::nullopt;
        bool ok = false;
        const double value = number.toDouble(&ok);
        if (!ok)
            return std::nullopt;
        s = s.sliced(i);
        qsizetype j = 0;
        while (j < s.size() && !s[j].isDigit() && s[j] != u'.')
            ++j;
        const QStringView unit = s.first(j);
        s = s.sliced(j);
        double scale = 0;
        if (unit == u"ns")
            scale = 1;
        else if (unit == u"us" || unit == u"\u00b5s" || unit == u"\u03bcs")
            scale = 1e3;
        else if (unit == u"ms")
            scale = 1e6;
        else if (unit == u"s")
            scale = 1e9;
        else if (unit == u"m")
            scale = 60e9;
        else if (unit == u"h")
            scale = 3600e9;
        else
            return std::nullopt;
        total += value * scale;
    }
    if (total > 9.2e18)
        return std::nullopt;
    return qint64(negative ? -total : total);
}

std::optional<QString> LogsSpec::sinceParameter(const QString &since, const QDateTime &now)
{
    const QString text = since.trimmed();
    if (text.isEmpty())
        return QString();
    // As the CLI: a duration counts back from now, to the whole second.
    if (text != u"0"_s) {
        if (const std::optional<qint64> ns = parseGoDuration(text)) {
            const qint64 nowNs = now.toMSecsSinceEpoch() * 1'000'000;
            const qint64 t = nowNs - *ns;
            return QString::number(t >= 0 ? t / 1'000'000'000
                                          : -((-t + 999'999'999) / 1'000'000'000));
        }
    }
    // A UNIX timestamp goes to the engine as it is.
    static const QRegularExpression unixTime(u"^\\d+(\\.\\d{1,9})?\\z"_s);
    if (unixTime.match(text).hasMatch())
        return text;
    // A date, with or without time and zone; without a zone it is local time, as for the CLI.
    if (!text.contains(u'-'))
        return std::nullopt;
    QString iso = text;
    static const QRegularExpression fraction(u"\\.(\\d{1,9})"_s);
    int nanos = 0;
    if (const QRegularExpressionMatch m = fraction.match(iso); m.hasMatch()) {
        nanos = m.captured(1).leftJustified(9, u'0').toInt();
        iso.remove(m.capturedStart(), m.capturedLength());
    }
    QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
    if (!t.isValid())
        return std::nullopt;
    return unixTimeText(t.toSecsSinceEpoch(), nanos);
}

QString LogsSpec::unixTimeText(qint64 seconds, int nanos)
{
    return u"%1.%2"_s.arg(seconds).arg(nanos, 9, 10, QChar(u'0'));
}

QString LogsSpec::sinceError(const QString &since)
{
    if (sinceParameter(since, QDateTime::currentDateTimeUtc()))
        return {};
    return tr("“%1” is neither a duration (10m, 1h30m), a date (2024-05-01T10:00:00) nor a "
              "UNIX timestamp.")
        .arg(since.trimmed());
}

QUrlQuery LogsSpec::query(const QDateTime &now) const
{
    QUrlQuery q;
    if (follow)
        q.addQueryItem(u"follow"_s, u"1"_s);
    q.addQueryItem(u"stdout"_s, u"1"_s);
    q.addQueryItem(u"stderr"_s, u"1"_s);
    if (timestamps)
        q.addQueryItem(u"timestamps"_s, u"1"_s);
    if (const QString s = sinceParameter(since, now).value_or(QString()); !s.isEmpty())
        q.addQueryItem(u"since"_s, s);
    q.addQueryItem(u"tail"_s, tail < 0 ? u"all"_s : QString::number(tail));
    return q;
}

Request LogsSpec::request(const QDateTime &now) const
{
    Request r;
    r.path = (service ? u"/services/"_s : u"/containers/"_s) + pathSegment(id) + u"/logs?"_s +
             query(now).toString(QUrl::FullyEncoded);
    r.streaming = true;
    r.timeoutMs = 0;
    return r;
}

QStringList LogsSpec::commandLine() const
{
    QStringList argv{u"docker"_s};
    if (service)
        argv << u"service"_s;
    argv << u"logs"_s;
    if (follow)
        argv << u"-f"_s;
    if (timestamps)
        argv << u"-t"_s;
    if (!since.trimmed().isEmpty())
        argv << u"--since"_s << since.trimmed();
    if (tail >= 0)
        argv << u"--tail"_s << QString::number(tail);
    argv << (name.isEmpty() ? id : name);
    return argv;
}

} // namespace gantry
