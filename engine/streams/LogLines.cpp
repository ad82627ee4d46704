#include "streams/LogLines.h"

#include <QtNumeric>

#include <cstdio>
#include <limits>

namespace gantry {

namespace {

constexpr qint64 kNsPerSecond = 1'000'000'000;

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

void civilFromDays(qint64 z, qint64 &y, unsigned &m, unsigned &d)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y = qint64(yoe) + era * 400 + (m <= 2);
}

// Reads `count` decimal digits at `pos`; -1 if any is not a digit.
int digits(QByteArrayView s, qsizetype pos, int count)
{
    if (pos + count > s.size())
        return -1;
    int v = 0;
    for (int i = 0; i < count; ++i) {
        const char c = s[pos + i];
        if (c < '0' || c > '9')
            return -1;
        v = v * 10 + (c - '0');
    }
    return v;
}

bool isLeap(qint64 y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int daysInMonth(qint64 y, int m)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeap(y) ? 29 : days[m - 1];
}

// Where to cut a too long line so that no UTF-8 sequence is split: before the lead byte of
// the sequence that straddles `limit`.
qsizetype utf8Cut(QByteArrayView bytes, qsizetype limit)
{
    qsizetype cut = limit;
    while (cut > 0 && (uchar(bytes[cut]) & 0xC0) == 0x80)
        --cut;
    return cut > 0 ? cut : limit;
}

} // namespace

QDateTime LogLine::timestamp() const
{
    if (timeNs == 0)
        return {};
    qint64 ms = timeNs / 1'000'000;
    if (timeNs < 0 && timeNs % 1'000'000)
        --ms;
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

std::optional<qint64> parseRfc3339Nano(QByteArrayView s)
{
    // 2006-01-02T15:04:05[.999999999](Z|+07:00)
    if (s.size() < 20 || s[4] != '-' || s[7] != '-' || (s[10] != 'T' && s[10] != 't') ||
        s[13] != ':' || s[16] != ':')
        return std::nullopt;
    const int year = digits(s, 0, 4);
    const int month = digits(s, 5, 2);
    const int day = digits(s, 8, 2);
    const int hour = digits(s, 11, 2);
    const int minute = digits(s, 14, 2);
    const int second = digits(s, 17, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 ||
        minute > 59 || second < 0 || second > 60)
        return std::nullopt;
    if (day > daysInMonth(year, month))
        return std::nullopt;

    qsizetype pos = 19;
    qint64 fraction = 0;
    if (pos < s.size() && s[pos] == '.') {
        ++pos;
        int n = 0;
        while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
            if (n < 9) {
                fraction = fraction * 10 + (s[pos] - '0');
                ++n;
            }
            ++pos;
        }
        if (n == 0)
            return std::nullopt;
        for (; n < 9; ++n)
            fraction *= 10;
    }

    qint64 offsetSeconds = 0;
    if (pos < s.size() && (s[pos] == 'Z' || s[pos] == 'z')) {
        ++pos;
    } else if (pos < s.size() && (s[pos] == '+' || s[pos] == '-')) {
        const int oh = digits(s, pos + 1, 2);
        const int om = digits(s, pos + 4, 2);
        if (oh < 0 || om < 0 || pos + 3 >= s.size() || s[pos + 3] != ':' || oh > 23 || om > 59)
            return std::nullopt;
        offsetSeconds = (oh * 3600 + om * 60) * (s[pos] == '+' ? 1 : -1);
        pos += 6;
    } else {
        return std::nullopt;
    }
    if (pos != s.size())
        return std::nullopt;

    const qint64 days = daysFromCivil(year, unsigned(month), unsigned(day));
    const qint64 seconds = days * 86400 + hour * 3600 + minute * 60 + second - offsetSeconds;
    // Nanoseconds in 64 bits reach 1677-09-21 to 2262-04-11; Go's zero time (0001-01-01)
    // and 9999-12-31 lie outside: they are clamped to the nearest representable instant.
    // The first second of the range is only partly representable (it starts at .145224192):
    // a negative time is computed from the next whole second down, so that every instant
    // that fits reads exactly (found by fuzzing: 00:12:43.5 was clamped).
    constexpr qint64 kMax = std::numeric_limits<qint64>::max();
    constexpr qint64 kMin = std::numeric_limits<qint64>::min();
    qint64 ns = 0;
    if (seconds >= 0) {
        if (qMulOverflow(seconds, kNsPerSecond, &ns) || qAddOverflow(ns, fraction, &ns))
            return kMax;
    } else if (qMulOverflow(seconds + 1, kNsPerSecond, &ns) ||
               qAddOverflow(ns, fraction - kNsPerSecond, &ns)) {
        return kMin;
    }
    return ns;
}

QByteArray formatRfc3339Nano(qint64 timeNs)
{
    qint64 seconds = timeNs / kNsPerSecond;
    qint64 nanos = timeNs % kNsPerSecond;
    if (nanos < 0) {
        nanos += kNsPerSecond;
        --seconds;
    }
    qint64 days = seconds / 86400;
    qint64 rest = seconds % 86400;
    if (rest < 0) {
        rest += 86400;
        --days;
    }
    qint64 y = 0;
    unsigned m = 0;
    unsigned d = 0;
    civilFromDays(days, y, m, d);
    char buf[40];
    const int n = std::snprintf(
        buf, sizeof buf, "%04lld-%02u-%02uT%02lld:%02lld:%02lld.%09lldZ", static_cast<long long>(y),
        m, d, static_cast<long long>(rest / 3600), static_cast<long long>(rest / 60 % 60),
        static_cast<long long>(rest % 60), static_cast<long long>(nanos));
    return QByteArray(buf, n);
}

LogLineSplitter::LogLineSplitter(bool tty, bool timestamps)
    : m_tty(tty)
    , m_timestamps(timestamps)
{
}

QList<LogLine> LogLineSplitter::feed(QByteArrayView chunk)
{
    QList<LogLine> out;
    if (m_tty) {
        consume(LogStreamKind::Stdout, chunk, out);
        return out;
    }
    for (const MuxStreamDecoder::Frame &frame : m_mux.feed(chunk)) {
        // Stdin and the system stream do not occur in logs; treat anything but stderr as stdout.
        const LogStreamKind kind = frame.stream == MuxStreamDecoder::Stream::Stderr
                                       ? LogStreamKind::Stderr
                                       : LogStreamKind::Stdout;
        QByteArrayView data = frame.data;
        // A frame is one log message. The engine cuts long lines into messages of 16 KiB, each
        // with its own timestamp: a frame that continues an unfinished line has one to drop.
        if (m_timestamps && !m_pending[size_t(kind)].isEmpty()) {
            const qsizetype space = data.indexOf(' ');
            if (space > 0 && parseRfc3339Nano(data.first(space)))
                data = data.sliced(space + 1);
        }
        consume(kind, data, out);
    }
    return out;
}

QList<LogLine> LogLineSplitter::finish()
{
    QList<LogLine> out;
    if (!m_tty && !m_mux.error())
        m_truncated = m_mux.finish();
    for (size_t i = 0; i < m_pending.size(); ++i) {
        if (!m_pending[i].isEmpty())
            emitLine(LogStreamKind(i), m_pending[i], out);
        m_pending[i].clear();
    }
    return out;
}

void LogLineSplitter::consume(LogStreamKind stream, QByteArrayView data, QList<LogLine> &out)
{
    QByteArray &pending = m_pending[size_t(stream)];
    qsizetype start = 0;
    for (qsizetype nl = data.indexOf('\n'); nl >= 0; nl = data.indexOf('\n', start)) {
        if (pending.isEmpty()) {
            emitLine(stream, data.sliced(start, nl - start), out);
        } else {
            pending.append(data.sliced(start, nl - start));
            emitLine(stream, pending, out);
            pending.clear();
        }
        start = nl + 1;
    }
    pending.append(data.sliced(start));
    while (pending.size() > kMaxLineBytes) {
        const qsizetype cut = utf8Cut(pending, kMaxLineBytes);
        emitLine(stream, QByteArrayView(pending).first(cut), out);
        pending.remove(0, cut);
    }
}

void LogLineSplitter::emitLine(LogStreamKind stream, QByteArrayView bytes, QList<LogLine> &out)
{
    if (bytes.endsWith('\r'))
        bytes.chop(1);
    qint64 time = 0;
    if (m_timestamps) {
        const qsizetype space = bytes.indexOf(' ');
        const QByteArrayView stamp = space < 0 ? bytes : bytes.first(space);
        if (const std::optional<qint64> t = parseRfc3339Nano(stamp)) {
            time = *t;
            bytes = space < 0 ? QByteArrayView() : bytes.sliced(space + 1);
        }
    }
    // A piece without its own timestamp (the rest of a cut line) belongs to the time before.
    if (time == 0)
        time = m_lastTimeNs;
    else
        m_lastTimeNs = time;
    out.append(LogLine{time, stream, QString::fromUtf8(bytes)});
}

} // namespace gantry
