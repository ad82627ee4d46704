// LogModel: the cap on lines (and bytes) kept, the oldest going first; batches inserted as
// one change; lines of several containers merged in time order. QAbstractItemModelTester
// watches every change.
#include "live/LogModel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QtTest>

using namespace gantry;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kBase = Q_INT64_C(1'700'000'000'000'000'000); // 2023-11-14, in ns

QList<LogLine> numbered(int from, int count, qint64 step = 1000,
                        LogStreamKind stream = LogStreamKind::Stdout)
{
    QList<LogLine> lines;
    lines.reserve(count);
    for (int i = from; i < from + count; ++i)
        lines.append({kBase + qint64(i) * step, stream, u"line %1"_s.arg(i)});
    return lines;
}

QStringList texts(const LogModel &m)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.index(r).data(LogModel::TextRole).toString();
    return out;
}

QStringList sources(const LogModel &m)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.index(r).data(LogModel::SourceRole).toString();
    return out;
}

bool timeOrdered(const LogModel &m)
{
    for (int r = 1; r < m.rowCount(); ++r) {
        if (m.line(r - 1).timeNs > m.line(r).timeNs)
            return false;
    }
    return true;
}

} // namespace

class TestLogModel : public QObject {
    Q_OBJECT
private slots:
    void rolesAndOneInsertionPerBatch()
    {
        LogModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&m, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
        QList<LogLine> batch = numbered(0, 500);
        batch[1].stream = LogStreamKind::Stderr;
        m.append(u"web"_s, batch);
        QCOMPARE(m.rowCount(), 500);
        QCOMPARE(inserted.size(), 1); // a chunk of 500 lines is one insertion
        m.append(u"web"_s, numbered(500, 10));
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(reset.size(), 0);

        const QModelIndex i = m.index(1);
        QCOMPARE(i.data(Qt::DisplayRole).toString(), u"line 1"_s);
        QCOMPARE(i.data(LogModel::TextRole).toString(), u"line 1"_s);
        QCOMPARE(i.data(LogModel::StreamRole).toInt(), int(LogStreamKind::Stderr));
        QCOMPARE(i.data(LogModel::SourceRole).toString(), u"web"_s);
        QCOMPARE(i.data(LogModel::TimeNsRole).toLongLong(), kBase + 1000);
        QCOMPARE(i.data(LogModel::TimestampRole).toDateTime(),
                 QDateTime::fromMSecsSinceEpoch(kBase / 1'000'000, Qt::UTC));
        QCOMPARE(m.receivedCount(), 510);
        QCOMPARE(m.roleNames().value(LogModel::TextRole), "text"_ba);
    }

    void capKeepsTheNewestLines()
    {
        LogModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setMaxLines(100);
        QSignalSpy removed(&m, &QAbstractItemModel::rowsRemoved);
        for (int i = 0; i < 250; i += 30)
            m.append(u"web"_s, numbered(i, std::min(30, 250 - i)));
        QCOMPARE(m.rowCount(), 100);
        QCOMPARE(m.index(0).data().toString(), u"line 150"_s); // the oldest went
        QCOMPARE(m.index(99).data().toString(), u"line 249"_s);
        QCOMPARE(m.droppedCount(), 150);
        QCOMPARE(m.receivedCount(), 250);
        QVERIFY(!removed.isEmpty());
        for (const QList<QVariant> &args : removed)
            QCOMPARE(args.at(1).toInt(), 0); // always from the top

        // A batch larger than the cap: only its newest lines are inserted at all.
        QSignalSpy inserted(&m, &QAbstractItemModel::rowsInserted);
        m.append(u"web"_s, numbered(1000, 300));
        QCOMPARE(m.rowCount(), 100);
        QCOMPARE(m.index(0).data().toString(), u"line 1200"_s);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(2).toInt() - inserted.first().at(1).toInt() + 1, 100);

        // Lowering the cap drops at once.
        m.setMaxLines(10);
        QCOMPARE(m.rowCount(), 10);
        QCOMPARE(m.index(0).data().toString(), u"line 1290"_s);
    }

    void byteBudgetBoundsLongLines()
    {
        LogModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setMaxBytes(1024 * 1024);
        const QString big(100 * 1024, u'x'); // 200 KiB of UTF-16 each
        for (int i = 0; i < 20; ++i)
            m.append(u"web"_s, {{kBase + i, LogStreamKind::Stdout, big + QString::number(i)}});
        QVERIFY(m.keptBytes() <= 1024 * 1024);
        QCOMPARE(m.rowCount(), 5); // 5 x 200 KiB and a little fit in 1 MiB, 6 would not
        QVERIFY(m.index(4).data().toString().endsWith(u"19"_s));
        // One line bigger than the budget is still shown (the newest always is).
        m.setMaxBytes(1000);
        QCOMPARE(m.rowCount(), 1);
    }

    void mergesContainersInTimeOrder()
    {
        LogModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto at = [](int t, const char *text) {
            return LogLine{kBase + t, LogStreamKind::Stdout, QString::fromLatin1(text)};
        };
        m.append(u"db"_s, {at(10, "db 10"), at(30, "db 30"), at(50, "db 50")});
        m.append(u"web"_s, {at(20, "web 20"), at(30, "web 30"), at(60, "web 60"), at(5, "web 5")});
        QCOMPARE(texts(m), (QStringList{u"web 5"_s, u"db 10"_s, u"web 20"_s, u"db 30"_s,
                                        u"web 30"_s, u"db 50"_s, u"web 60"_s}));
        QCOMPARE(sources(m),
                 (QStringList{u"web"_s, u"db"_s, u"web"_s, u"db"_s, u"web"_s, u"db"_s, u"web"_s}));
        // Equal times keep their arrival order: db 30 came before web 30.
        m.append(u"db"_s, {at(30, "db 30 again")});
        QCOMPARE(texts(m).mid(3, 3), (QStringList{u"db 30"_s, u"web 30"_s, u"db 30 again"_s}));
    }

    void mergesLongInterleavedBacklogs()
    {
        // The tails of two containers arriving one after the other: every line of the second
        // goes between two of the first (the many-places path).
        LogModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setMaxLines(300);
        QSignalSpy inserted(&m, &QAbstractItemModel::rowsInserted);
        m.append(u"a"_s, numbered(0, 200, 2000));
        QList<LogLine> b = numbered(0, 200, 2000);
        for (LogLine &l : b) {
            l.timeNs += 1000;
            l.text.prepend(u"b "_s);
        }
        m.append(u"b"_s, b);
        QVERIFY(timeOrdered(m));
        QCOMPARE(m.rowCount(), 300);
        QCOMPARE(m.index(299).data().toString(), u"b line 199"_s);
        QCOMPARE(m.index(298).data().toString(), u"line 199"_s);
        QCOMPARE(m.index(0).data().toString(), u"line 50"_s); // the oldest 100 went
        QVERIFY(inserted.size() <= 3);                        // not one signal per line
    }

    void lowVolumeInterleavingInsertsInPlace()
    {
        LogModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.append(u"a"_s, numbered(0, 10, 10));
        QSignalSpy inserted(&m, &QAbstractItemModel::rowsInserted);
        m.append(u"b"_s, {{kBase + 25, LogStreamKind::Stderr, u"b1"_s},
                          {kBase + 26, LogStreamKind::Stderr, u"b2"_s},
                          {kBase + 55, LogStreamKind::Stderr, u"b3"_s}});
        QCOMPARE(inserted.size(), 2); // two places: after line 2 and after line 5
        QCOMPARE(texts(m).mid(2, 4), (QStringList{u"line 2"_s, u"b1"_s, u"b2"_s, u"line 3"_s}));
        QCOMPARE(m.index(8).data().toString(), u"b3"_s);
        QVERIFY(timeOrdered(m));
    }

    void clearEmptiesWithoutReset()
    {
        LogModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.append(u"a"_s, numbered(0, 10));
        QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
        m.clear();
        QCOMPARE(m.rowCount(), 0);
        QCOMPARE(m.keptBytes(), 0);
        QCOMPARE(m.longestLine(), 0);
        QCOMPARE(reset.size(), 0);
        m.append(u"a"_s, numbered(5, 1));
        QCOMPARE(m.rowCount(), 1);
    }

    void aMillionLinesStayUnderTheCap()
    {
        LogModel m; // default cap: 10,000 lines
        QCOMPARE(m.maxLines(), LogModel::kDefaultMaxLines);
        QElapsedTimer timer;
        timer.start();
        qint64 maxKept = 0;
        for (int batch = 0; batch < 1000; ++batch) {
            m.append(u"flood"_s, numbered(batch * 1000, 1000));
            QVERIFY(m.rowCount() <= m.maxLines());
            maxKept = std::max(maxKept, m.keptBytes());
        }
        QCOMPARE(m.rowCount(), 10000);
        QCOMPARE(m.receivedCount(), 1000000);
        QCOMPARE(m.droppedCount(), 990000);
        QCOMPARE(m.index(0).data().toString(), u"line 990000"_s);
        QCOMPARE(m.index(9999).data().toString(), u"line 999999"_s);
        // About 10,000 short lines: well under a megabyte, however many went through.
        QVERIFY2(maxKept < 1024 * 1024, qPrintable(QString::number(maxKept)));
        qInfo("1,000,000 lines appended in %lld ms", timer.elapsed());
    }
};

QTEST_GUILESS_MAIN(TestLogModel)
#include "tst_log_model.moc"
