// Log lines from the bytes of GET /containers/{id}/logs (recorded from dockerd 20.10 with
// timestamps=1: a non-TTY container's multiplexed frames and a TTY container's raw bytes),
// whatever the chunk boundaries; timestamps; the `docker logs` spec.
#include "Fixtures.h"
#include "specs/LogsSpec.h"
#include "streams/LogLines.h"

#include <QtEndian>
#include <QtTest>

#include <limits>

using namespace gantry;
using namespace Qt::StringLiterals;

namespace {

constexpr auto Out = LogStreamKind::Stdout;
constexpr auto Err = LogStreamKind::Stderr;

qint64 ns(const char *rfc3339)
{
    const std::optional<qint64> t = parseRfc3339Nano(QByteArrayView(rfc3339));
    if (!t)
        qFatal("bad time in test: %s", rfc3339);
    return *t;
}

// What the recorded containers printed (sh -c 'echo out1; echo err1 >&2; printf "café € 🐳
// end\n"; echo; echo "  indented<TAB>tab"; echo err2 >&2; echo out-last').
QList<LogLine> expectedNonTty()
{
    return {
        {ns("2026-11-29T14:11:51.789345586Z"), Out, u"out1"_s},
        {ns("2026-11-29T14:11:51.789431780Z"), Err, u"err1"_s},
        {ns("2026-11-29T14:11:51.789519821Z"), Out, u"caf\u00e9 \u20ac \U0001F433 end"_s},
        {ns("2026-11-29T14:11:51.789542450Z"), Out, QString()},
        {ns("2026-11-29T14:11:51.789556037Z"), Out, u"  indented\ttab"_s},
        {ns("2026-11-29T14:11:51.790124164Z"), Err, u"err2"_s},
        {ns("2026-11-29T14:11:51.790158125Z"), Out, u"out-last"_s},
    };
}

QList<LogLine> expectedTty()
{
    // A TTY has one stream: stderr arrives as stdout, with the \r\n of the terminal.
    return {
        {ns("2026-11-29T14:11:52.200808410Z"), Out, u"out1"_s},
        {ns("2026-11-29T14:11:52.200846166Z"), Out, u"err1"_s},
        {ns("2026-11-29T14:11:52.200849733Z"), Out, u"caf\u00e9 \u20ac \U0001F433 end"_s},
        {ns("2026-11-29T14:11:52.200853141Z"), Out, QString()},
        {ns("2026-11-29T14:11:52.200855343Z"), Out, u"  indented\ttab"_s},
        {ns("2026-11-29T14:11:52.200858388Z"), Out, u"err2"_s},
        {ns("2026-11-29T14:11:52.200860449Z"), Out, u"out-last"_s},
    };
}

QList<LogLine> splitAll(bool tty, const QList<QByteArrayView> &chunks, bool timestamps = true)
{
    LogLineSplitter s(tty, timestamps);
    QList<LogLine> out;
    for (QByteArrayView c : chunks)
        out += s.feed(c);
    out += s.finish();
    return out;
}

QByteArray frame(int stream, const QByteArray &payload)
{
    QByteArray f(8, '\0');
    f[0] = char(stream);
    qToBigEndian<quint32>(quint32(payload.size()), f.data() + 4);
    return f + payload;
}

QString describe(const QList<LogLine> &lines)
{
    QStringList out;
    for (const LogLine &l : lines)
        out << u"%1 %2 [%3]"_s.arg(QString::fromLatin1(formatRfc3339Nano(l.timeNs)))
                   .arg(int(l.stream))
                   .arg(l.text);
    return out.join(u'\n');
}

} // namespace

class TestLogLines : public QObject {
    Q_OBJECT
private slots:
    void timestamps()
    {
        const QDateTime t(QDate(2026, 11, 29), QTime(14, 11, 51), Qt::UTC);
        QCOMPARE(parseRfc3339Nano("2026-11-29T14:11:51.789345586Z"),
                 t.toSecsSinceEpoch() * 1'000'000'000 + 789345586);
        QCOMPARE(parseRfc3339Nano("2026-11-29T14:11:51Z"), t.toSecsSinceEpoch() * 1'000'000'000);
        // Fewer digits, an offset: the same instant.
        QCOMPARE(parseRfc3339Nano("2026-11-29T15:11:51.5+01:00"),
                 t.toSecsSinceEpoch() * 1'000'000'000 + 500'000'000);
        QCOMPARE(parseRfc3339Nano("2024-02-29T00:00:00Z"),
                 QDateTime(QDate(2024, 2, 29), QTime(0, 0), Qt::UTC).toSecsSinceEpoch() *
                     1'000'000'000);
        for (const char *bad :
             {"", "garbage", "2026-11-29 14:11:51Z", "2026-11-29T14:11:51", "2026-13-01T00:00:00Z",
              "2023-02-29T00:00:00Z", "2026-11-29T14:11:51.Z", "2026-11-29T14:11:51Zx",
              "2026-11-29T24:00:00Z", "2026-11-29T14:11:51+1:00"})
            QVERIFY2(!parseRfc3339Nano(QByteArrayView(bad)), bad);

        const qint64 v = ns("2026-11-29T14:11:51.789345586Z");
        QCOMPARE(formatRfc3339Nano(v), "2026-11-29T14:11:51.789345586Z"_ba);
        QCOMPARE(formatRfc3339Nano(ns("1969-12-31T23:59:59.5Z")),
                 "1969-12-31T23:59:59.500000000Z"_ba);
        LogLine line{v, Out, {}};
        QCOMPARE(line.timestamp(), t.addMSecs(789));
        QCOMPARE(line.timestamp().timeSpec(), Qt::UTC);
    }

    void timestampsOutsideWhatNanosecondsHold()
    {
        constexpr qint64 kMin = std::numeric_limits<qint64>::min();
        constexpr qint64 kMax = std::numeric_limits<qint64>::max();
        // Go's zero time, and the far future: clamped, never wrapped around.
        QCOMPARE(parseRfc3339Nano("0001-01-01T00:00:00Z"), kMin);
        QCOMPARE(parseRfc3339Nano("1677-09-21T00:12:43Z"), kMin);
        QCOMPARE(parseRfc3339Nano("9999-12-31T23:59:59.999999999Z"), kMax);
        QCOMPARE(parseRfc3339Nano("2262-04-12T00:00:00-05:00"), kMax);
        // The edges themselves still read exactly.
        QCOMPARE(parseRfc3339Nano("1677-09-21T00:12:44Z"), -9'223'372'036'000'000'000LL);
        QCOMPARE(parseRfc3339Nano("2262-04-11T23:47:16.854775807Z"), kMax);
        QCOMPARE(parseRfc3339Nano("2262-04-11T23:47:16.854775806Z"), kMax - 1);
        QCOMPARE(parseRfc3339Nano("1677-09-21T00:12:43.145224192Z"), kMin);
        QCOMPARE(parseRfc3339Nano("1677-09-21T00:12:43.145224191Z"), kMin);
        // The first second is partly representable: its later instants read exactly (fuzzing
        // found them clamped; tests/fuzz/seeds/log_lines/first-second-of-the-range).
        QCOMPARE(parseRfc3339Nano("1677-09-21T00:12:43.5Z"), kMin + 354'775'808);
        QCOMPARE(parseRfc3339Nano(formatRfc3339Nano(kMin + 16'842'818)), kMin + 16'842'818);
        for (const qint64 t : {kMin, kMin + 1, kMax, kMax - 1, qint64(0), qint64(-1)})
            QCOMPARE(parseRfc3339Nano(formatRfc3339Nano(t)), t);
        // A log line stamped with Go's zero time keeps its text apart from the stamp.
        const QList<LogLine> lines =
            splitAll(true, {"0001-01-01T00:00:00Z zero\n9999-01-01T00:00:00Z far\n"});
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[0].text, u"zero"_s);
        QCOMPARE(lines[1].text, u"far"_s);
        QVERIFY(lines[0].timestamp().isValid());
        QVERIFY(lines[0].timestamp() < lines[1].timestamp());
        QVERIFY(lines[0].timestamp().date().year() < 1700);
        QVERIFY(lines[1].timestamp().date().year() > 2200);
    }

    void nonTtyStreamWholeAndAtEveryByteBoundary()
    {
        const QByteArray bytes = fixture("logs_notty_v1.41.bin");
        const QList<LogLine> expected = expectedNonTty();
        QCOMPARE(describe(splitAll(false, {bytes})), describe(expected));
        for (qsizetype i = 0; i <= bytes.size(); ++i) {
            const QList<LogLine> got =
                splitAll(false, {QByteArrayView(bytes).first(i), QByteArrayView(bytes).sliced(i)});
            if (got != expected)
                QFAIL(qPrintable(u"split at %1:\n%2"_s.arg(i).arg(describe(got))));
        }
        QList<QByteArrayView> bytewise;
        for (qsizetype i = 0; i < bytes.size(); ++i)
            bytewise << QByteArrayView(bytes).sliced(i, 1);
        QCOMPARE(splitAll(false, bytewise), expected);
    }

    void ttyStreamWholeAndAtEveryByteBoundary()
    {
        const QByteArray bytes = fixture("logs_tty_v1.41.bin");
        const QList<LogLine> expected = expectedTty();
        QCOMPARE(describe(splitAll(true, {bytes})), describe(expected));
        for (qsizetype i = 0; i <= bytes.size(); ++i) {
            // Two cuts: one anywhere and one a few bytes on, inside a timestamp, a \r\n or
            // a UTF-8 sequence somewhere along the way.
            const qsizetype j = std::min(bytes.size(), i + 1 + i % 7);
            const QList<LogLine> got = splitAll(true, {QByteArrayView(bytes).first(i),
                                                       QByteArrayView(bytes).sliced(i, j - i),
                                                       QByteArrayView(bytes).sliced(j)});
            if (got != expected)
                QFAIL(qPrintable(u"split at %1, %2:\n%3"_s.arg(i).arg(j).arg(describe(got))));
        }
        QList<QByteArrayView> bytewise;
        for (qsizetype i = 0; i < bytes.size(); ++i)
            bytewise << QByteArrayView(bytes).sliced(i, 1);
        QCOMPARE(splitAll(true, bytewise), expected);
    }

    void withoutTimestamps()
    {
        const QByteArray bytes = frame(1, "plain\n") + frame(2, "2026-11-29T14:11:51Z is text\n");
        const QList<LogLine> got = splitAll(false, {bytes}, false);
        QCOMPARE(got, (QList<LogLine>{{0, Out, u"plain"_s},
                                      {0, Err, u"2026-11-29T14:11:51Z is text"_s}}));
    }

    void lastLineWithoutNewlineComesAtTheEnd()
    {
        LogLineSplitter s(true, true);
        QVERIFY(s.feed("2026-11-29T14:11:51.000000001Z no newline").isEmpty());
        QCOMPARE(s.finish(),
                 (QList<LogLine>{{ns("2026-11-29T14:11:51.000000001Z"), Out, u"no newline"_s}}));
    }

    void longLineCutIntoMessagesIsJoined()
    {
        // The engine cuts a long line into 16 KiB messages, each with its timestamp, the
        // last one ending the line; a stderr message may come in between.
        const QByteArray partA(16 * 1024, 'a');
        const QByteArray bytes = frame(1, QByteArray("2026-11-29T14:11:51.000000001Z " + partA)) +
                                 frame(2, "2026-11-29T14:11:51.000000002Z between\n") +
                                 frame(1, "2026-11-29T14:11:51.000000003Z tail\n");
        const QList<LogLine> got = splitAll(false, {bytes});
        QCOMPARE(got.size(), 2);
        QCOMPARE(got[0].stream, Err);
        QCOMPARE(got[0].text, u"between"_s);
        QCOMPARE(got[1].stream, Out);
        QCOMPARE(got[1].timeNs, ns("2026-11-29T14:11:51.000000001Z")); // when the line began
        QCOMPARE(got[1].text, QString::fromLatin1(partA) + u"tail"_s);
    }

    void endlessLineIsCutAtUtf8Boundaries()
    {
        // 300 KiB of 'é' (two bytes each) and no newline: memory stays bounded and no
        // character is broken.
        QByteArray e;
        for (int i = 0; i < 150 * 1024; ++i)
            e += "\xc3\xa9";
        const QByteArray bytes = "2026-11-29T14:11:51.000000001Z x" + e;
        LogLineSplitter s(true, true);
        QList<LogLine> got;
        for (qsizetype at = 0; at < bytes.size(); at += 4093)
            got += s.feed(
                QByteArrayView(bytes).sliced(at, std::min<qsizetype>(4093, bytes.size() - at)));
        QCOMPARE(got.size(), 1); // cut once, the rest still pending
        got += s.finish();
        QCOMPARE(got.size(), 2);
        QString all;
        for (const LogLine &l : got) {
            QVERIFY(l.text.size() * 2 <= LogLineSplitter::kMaxLineBytes);
            QCOMPARE(l.timeNs, ns("2026-11-29T14:11:51.000000001Z"));
            all += l.text;
        }
        QCOMPARE(all, u"x"_s + QString(150 * 1024, QChar(0xe9)));
    }

    void malformedFrameIsAnError()
    {
        LogLineSplitter s(false, true);
        const QByteArray bytes = frame(1, "2026-11-29T14:11:51Z ok\n") +
                                 QByteArray("\x07\x00\x00\x00\x00\x00\x00\x01x", 9);
        const QList<LogLine> got = s.feed(bytes);
        QCOMPARE(got.size(), 1);
        QVERIFY(s.error().has_value());
        QCOMPARE(s.error()->kind(), EngineError::Kind::Protocol);
        QVERIFY(s.feed(frame(1, "later\n")).isEmpty());
    }

    void truncatedFrameIsAnError()
    {
        LogLineSplitter s(false, true);
        QVERIFY(s.feed(frame(1, "2026-11-29T14:11:51Z cut short\n").first(12)).isEmpty());
        QVERIFY(!s.error());
        s.finish();
        QVERIFY(s.error().has_value());
        QCOMPARE(s.error()->kind(), EngineError::Kind::Protocol);
    }

    void specCommandLineAndRequest()
    {
        LogsSpec spec;
        spec.id = u"0123456789abcdef"_s;
        spec.name = u"web"_s;
        spec.since = u"10m"_s;
        spec.tail = 200;
        QCOMPARE(shellJoin(spec.commandLine()), u"docker logs -f -t --since 10m --tail 200 web"_s);
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1714557600, Qt::UTC);
        const Request r = spec.request(now);
        QCOMPARE(r.method, "GET"_ba);
        QVERIFY(r.streaming);
        QCOMPARE(r.timeoutMs, 0);
        QCOMPARE(r.path, u"/containers/0123456789abcdef/logs?follow=1&stdout=1&stderr=1&"
                         "timestamps=1&since=1714557000&tail=200"_s);

        spec.name.clear();
        spec.since.clear();
        spec.tail = LogsSpec::kAllLines;
        spec.follow = false;
        spec.timestamps = false;
        QCOMPARE(spec.commandLine(), (QStringList{u"docker"_s, u"logs"_s, u"0123456789abcdef"_s}));
        QCOMPARE(spec.query(now).toString(), u"stdout=1&stderr=1&tail=all"_s);
    }

    void sinceValues_data()
    {
        QTest::addColumn<QString>("since");
        QTest::addColumn<QString>("parameter");
        QTest::newRow("empty") << u" "_s << QString();
        QTest::newRow("minutes") << u"10m"_s << u"1714557000"_s;
        QTest::newRow("combined") << u"1h30m"_s << u"1714552200"_s;
        QTest::newRow("fraction") << u"1.5h"_s << u"1714552200"_s;
        QTest::newRow("milliseconds") << u"1500ms"_s << u"1714557598"_s;
        QTest::newRow("unix") << u"1714550000"_s << u"1714550000"_s;
        QTest::newRow("unix nanos") << u"1714550000.5"_s << u"1714550000.5"_s;
        QTest::newRow("zero") << u"0"_s << u"0"_s;
        QTest::newRow("utc") << u"2024-05-01T10:00:00Z"_s << u"1714557600.000000000"_s;
        QTest::newRow("offset") << u"2024-05-01T12:00:00.25+02:00"_s << u"1714557600.250000000"_s;
    }

    void sinceValues()
    {
        QFETCH(QString, since);
        QFETCH(QString, parameter);
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1714557600, Qt::UTC);
        QCOMPARE(LogsSpec::sinceParameter(since, now), std::optional<QString>(parameter));
        QVERIFY(LogsSpec::sinceError(since).isEmpty());
    }

    void badSinceIsRefusedWhereTyped()
    {
        for (const QString &bad : {u"yesterday"_s, u"10x"_s, u"m"_s, u"1..5h"_s, u"2024-13-45"_s})
            QVERIFY2(!LogsSpec::sinceParameter(bad, QDateTime::currentDateTimeUtc()),
                     qPrintable(bad));
        QVERIFY(LogsSpec::sinceError(u"yesterday"_s).contains(u"yesterday"_s));
        QCOMPARE(parseGoDuration(u"2h45m30.5s"_s), std::optional<qint64>(9930'500'000'000));
        QCOMPARE(parseGoDuration(u"300us"_s), std::optional<qint64>(300'000));
        QVERIFY(!parseGoDuration(u"5"_s));
    }
};

QTEST_GUILESS_MAIN(TestLogLines)
#include "tst_log_lines.moc"
