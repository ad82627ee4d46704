#include "core/StatusAge.h"

#include <QtTest>

using namespace gantry;
using namespace Qt::StringLiterals;

// The engine's status text aged locally must read as the engine itself would write it.
class TestStatusAge : public QObject {
    Q_OBJECT
private slots:
    void humanDurationIsGoUnits_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("text");
        // The boundaries of go-units' HumanDuration.
        QTest::newRow("0") << qint64(0) << u"Less than a second"_s;
        QTest::newRow("1") << qint64(1) << u"1 second"_s;
        QTest::newRow("59") << qint64(59) << u"59 seconds"_s;
        QTest::newRow("60") << qint64(60) << u"About a minute"_s;
        QTest::newRow("119") << qint64(119) << u"About a minute"_s;
        QTest::newRow("120") << qint64(120) << u"2 minutes"_s;
        QTest::newRow("59m59") << qint64(3599) << u"59 minutes"_s;
        QTest::newRow("60m") << qint64(3600) << u"About an hour"_s;
        QTest::newRow("89m") << qint64(89 * 60) << u"About an hour"_s;
        QTest::newRow("90m") << qint64(90 * 60) << u"2 hours"_s; // rounded
        QTest::newRow("47h") << qint64(47 * 3600) << u"47 hours"_s;
        QTest::newRow("48h") << qint64(48 * 3600) << u"2 days"_s;
        QTest::newRow("13d") << qint64(13 * 86400) << u"13 days"_s;
        QTest::newRow("14d") << qint64(14 * 86400) << u"2 weeks"_s;
        QTest::newRow("60d") << qint64(60 * 86400) << u"2 months"_s;
        QTest::newRow("730d") << qint64(730 * 86400) << u"2 years"_s;
    }
    void humanDurationIsGoUnits()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, text);
        QCOMPARE(humanDuration(seconds), text);
    }

    void parsingLandsInsideTheSpanItCameFrom()
    {
        // Whatever duration the engine wrote, the parsed value writes back the same text.
        for (qint64 s : {0, 1, 2, 59, 60, 119, 120, 3599, 3600, 5399, 5400, 7200, 86400, 172800,
                         1209600, 5184000, 63072000}) {
            const QString text = humanDuration(s);
            const auto back = parseHumanDuration(text);
            QVERIFY2(back, qPrintable(text));
            QCOMPARE(humanDuration(*back), text);
        }
        QVERIFY(!parseHumanDuration(u"soon"_s));
        QVERIFY(!parseHumanDuration(u"3 fortnights"_s));
        QVERIFY(!parseHumanDuration(u"99999999999999999999 seconds"_s)); // no overflow
    }

    void statusAdvances_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<qint64>("elapsed");
        QTest::addColumn<QString>("aged");
        QTest::newRow("up seconds") << u"Up 5 seconds"_s << qint64(10) << u"Up 15 seconds"_s;
        QTest::newRow("up to a minute")
            << u"Up 50 seconds"_s << qint64(10) << u"Up About a minute"_s;
        QTest::newRow("up minutes") << u"Up 3 minutes"_s << qint64(120) << u"Up 5 minutes"_s;
        QTest::newRow("paused kept")
            << u"Up 3 minutes (Paused)"_s << qint64(60) << u"Up 4 minutes (Paused)"_s;
        QTest::newRow("health kept")
            << u"Up 2 hours (healthy)"_s << qint64(3600) << u"Up 3 hours (healthy)"_s;
        QTest::newRow("exited") << u"Exited (0) 5 seconds ago"_s << qint64(60)
                                << u"Exited (0) About a minute ago"_s;
        QTest::newRow("exited code")
            << u"Exited (137) 2 days ago"_s << qint64(86400) << u"Exited (137) 3 days ago"_s;
        QTest::newRow("restarting") << u"Restarting (1) Less than a second ago"_s << qint64(3)
                                    << u"Restarting (1) 3 seconds ago"_s;
        QTest::newRow("created") << u"Created"_s << qint64(600) << u"Created"_s;
        QTest::newRow("dead") << u"Dead"_s << qint64(600) << u"Dead"_s;
        QTest::newRow("unknown duration") << u"Up a while"_s << qint64(600) << u"Up a while"_s;
        QTest::newRow("no time passed") << u"Up 3 minutes"_s << qint64(0) << u"Up 3 minutes"_s;
    }
    void statusAdvances()
    {
        QFETCH(QString, status);
        QFETCH(qint64, elapsed);
        QFETCH(QString, aged);
        QCOMPARE(agedStatus(status, elapsed), aged);
    }
};

QTEST_APPLESS_MAIN(TestStatusAge)
#include "tst_status_age.moc"
