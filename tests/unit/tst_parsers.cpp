#include "Fixtures.h"
#include "api/Parsers.h"
#include "transport/StreamDecoders.h"

#include <QtTest>

using namespace gantry;
using namespace Qt::StringLiterals;

class TestParsers : public QObject {
    Q_OBJECT
private slots:
    void containers()
    {
        const auto list = parse::containers(fixture("containers_v1.41.json"));
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 6);
        const auto udp = std::find_if(list->begin(), list->end(), [](const ContainerSummary &c) {
            return c.names == QStringList{u"udp"_s};
        });
        QVERIFY(udp != list->end());
        QCOMPARE(udp->state, u"running"_s);
        QCOMPARE(udp->ports.size(), 2);
        QVERIFY(udp->created.isValid());
        QCOMPARE(udp->created.timeSpec(), Qt::UTC);
    }

    void imagesInBothShapes()
    {
        const auto old = parse::images(fixture("images_v1.41.json"));
        const auto now = parse::images(fixture("images_v1.44.json"));
        QVERIFY(old.ok() && now.ok());
        QCOMPARE(old->size(), 3);
        // "<none>:<none>" (before 1.43) and [] (1.43+) both mean: no tag left.
        for (const auto *list : {&old.value(), &now.value()}) {
            const auto untagged =
                std::count_if(list->begin(), list->end(),
                              [](const ImageSummary &i) { return i.repoTags.isEmpty(); });
            QCOMPARE(untagged, 1);
            for (const ImageSummary &i : *list) {
                QVERIFY(!i.repoTags.contains(u"<none>:<none>"_s));
                QVERIFY(!i.repoDigests.contains(u"<none>@<none>"_s));
            }
        }
        QCOMPARE(old.value(), now.value());
    }

    void volumesAndNetworks()
    {
        const auto vols = parse::volumes(fixture("volumes_v1.41.json"));
        QVERIFY(vols.ok());
        QVERIFY(std::any_of(vols->begin(), vols->end(),
                            [](const VolumeSummary &v) { return v.name == u"data"_s; }));
        QVERIFY(vols->first().createdAt.isValid());
        const auto nets = parse::networks(fixture("networks_v1.41.json"));
        QVERIFY(nets.ok());
        QVERIFY(std::any_of(nets->begin(), nets->end(), [](const NetworkSummary &n) {
            return n.name == u"bridge"_s && n.created.isValid() && !n.subnets.isEmpty();
        }));
    }

    void eventsInBothShapes()
    {
        const QByteArray old = fixture("events_v1.41.jsonl");
        const QByteArray now = fixture("events_v1.52.jsonl");
        JsonLinesDecoder a, b;
        const auto la = a.feed(old);
        const auto lb = b.feed(now);
        QCOMPARE(la.size(), lb.size());
        QVERIFY(la.size() > 10);
        for (int i = 0; i < la.size(); ++i) {
            const auto ea = parse::event(la[i].value());
            const auto eb = parse::event(lb[i].value());
            QVERIFY(ea.ok() && eb.ok());
            QCOMPARE(ea->type, eb->type);
            QCOMPARE(ea->action, eb->action);
            QCOMPARE(ea->actorId, eb->actorId);
            QCOMPARE(ea->time, eb->time);
        }
    }

    void oldestEventShapeWithoutType()
    {
        const auto e = parse::event(
            QJsonDocument::fromJson(R"({"status":"die","id":"abc","from":"x","time":1})").object());
        QVERIFY(e.ok());
        QCOMPARE(e->type, u"container"_s);
        QCOMPARE(e->action, u"die"_s);
        QCOMPARE(e->actorId, u"abc"_s);
    }

    void eventTimesOutOfRange()
    {
        auto timeOf = [](const char *json) {
            const auto e = parse::event(QJsonDocument::fromJson(json).object());
            return e.ok() ? e->time : QDateTime();
        };
        // Far beyond what a time can be: no time, never a wrapped-around one.
        QVERIFY(!timeOf(R"({"Type":"container","Action":"die","timeNano":1e300})").isValid());
        QVERIFY(!timeOf(R"({"Type":"container","Action":"die","timeNano":-1e300})").isValid());
        QVERIFY(!timeOf(R"({"Type":"container","Action":"die","time":1e300})").isValid());
        QVERIFY(!timeOf(R"({"Type":"container","Action":"die","time":1e19})").isValid());
        // 9999-12-31 still reads, from either field.
        QCOMPARE(timeOf(R"({"Type":"container","Action":"die","time":253402214400})").date(),
                 QDate(9999, 12, 31));
        QCOMPARE(timeOf(R"({"Type":"container","Action":"die","timeNano":253402214400000000000})")
                     .date(),
                 QDate(9999, 12, 31));
        QCOMPARE(timeOf(R"({"Type":"container","Action":"die","timeNano":1700000000123456789})"),
                 QDateTime::fromMSecsSinceEpoch(1700000000123LL, Qt::UTC));
    }

    void malformedIsAnErrorNeverACrash_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("truncated") << fixture("containers_v1.41.json").left(300);
        QTest::newRow("object") << QByteArray(R"({"message":"no"})");
        QTest::newRow("scalar") << QByteArray("42");
        QTest::newRow("no id") << QByteArray(R"([{"Names":["/x"]}])");
        QTest::newRow("not objects") << QByteArray(R"([1,2,3])");
        QTest::newRow("id not a string") << QByteArray(R"([{"Id":7}])");
        QTest::newRow("garbage") << QByteArray("\xff\xfe<html>");
    }

    void malformedIsAnErrorNeverACrash()
    {
        QFETCH(QByteArray, json);
        for (const auto &r : {parse::containers(json).error(), parse::images(json).error(),
                              parse::networks(json).error(), parse::history(json).error()}) {
            QCOMPARE(r.kind(), EngineError::Kind::Protocol);
            QVERIFY(!r.message().isEmpty());
        }
        QCOMPARE(parse::volumes(json).error().kind(), EngineError::Kind::Protocol);
        QCOMPARE(parse::version(json).error().kind(), EngineError::Kind::Protocol);
    }

    // Found by fuzzing (tests/fuzz/seeds/parsers/history-size-1e94): a number beyond qint64
    // was converted with qint64(double), undefined behaviour. Now clamped; integers exact.
    void hugeNumbersAreClampedAndIntegersExact()
    {
        constexpr qint64 kMax = std::numeric_limits<qint64>::max();
        constexpr qint64 kMin = std::numeric_limits<qint64>::min();
        const auto history = parse::history(
            R"([{"Id":"a","Size":2e94},{"Id":"b","Size":-1e300},{"Id":"c","Size":9007199254740993},)"
            R"({"Id":"d","Size":12.7},{"Id":"e","Size":"12"}])");
        QVERIFY(history.ok());
        QCOMPARE(history->size(), 5);
        QCOMPARE(history->at(0).size, kMax);
        QCOMPARE(history->at(1).size, kMin);
        QCOMPARE(history->at(2).size, 9007199254740993LL); // 2^53 + 1: a double would lose it
        QCOMPARE(history->at(3).size, 12);
        QCOMPARE(history->at(4).size, 0); // not a number
        const auto images =
            parse::images(R"([{"Id":"sha256:1","Size":1e19,"SharedSize":-1e19,"Created":1e300}])");
        QVERIFY(images.ok());
        QCOMPARE(images->at(0).size, kMax);
        QCOMPARE(images->at(0).sharedSize, kMin);
        QVERIFY(!images->at(0).created.isValid());
    }

    void volumesWithoutAList()
    {
        QVERIFY(parse::volumes(R"({"Volumes":null,"Warnings":null})").ok());
        QVERIFY(!parse::volumes(R"({"Volumes":{"a":1}})").ok());
    }
};

QTEST_GUILESS_MAIN(TestParsers)
#include "tst_parsers.moc"
