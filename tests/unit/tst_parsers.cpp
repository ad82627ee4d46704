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

    // The listings are read by simdjson (ListingParsers.cpp): the same errors at the same
    // places as the QJsonDocument parsers, on what they only skim.
    void listingsMalformedInSimdjson_data()
    {
        QTest::addColumn<QByteArray>("json");
        const QByteArray ok = "{\"Id\":\"a\",\"Names\":[\"/a\"],\"Status\":\"Up\"}";
        QTest::newRow("truncated inside an unread field")
            << QByteArray("[{\"Id\":\"a\",\"NetworkSettings\":{\"Networks\":{\"bridge\":{\"IP");
        QTest::newRow("missing ]") << QByteArray("[" + ok);
        QTest::newRow("missing }") << QByteArray("[{\"Id\":\"a\",\"Labels\":{\"x\":\"y\"]");
        QTest::newRow("text after the list") << QByteArray("[" + ok + "] x");
        QTest::newRow("two lists") << QByteArray("[" + ok + "][" + ok + "]");
        QTest::newRow("invalid UTF-8 in a read field")
            << QByteArray("[{\"Id\":\"a\",\"Status\":\"Up \xc3\x28\"}]");
        QTest::newRow("invalid UTF-8 in an unread field")
            << QByteArray("[{\"Id\":\"a\",\"Mounts\":[{\"Source\":\"/\xed\xa0\x80\"}]}]");
        QTest::newRow("invalid UTF-8 in a key") << QByteArray("[{\"Id\":\"a\",\"\xff\":1}]");
        QTest::newRow("control character in a string")
            << QByteArray("[{\"Id\":\"a\",\"Status\":\"Up\x01\"}]");
        QTest::newRow("number out of range (1e400)") << QByteArray(
            "[{\"Id\":\"a\",\"Created\":1e400,\"Size\":1e400,\"PrivatePort\":1e400}]");
        QTest::newRow("broken number in a read field")
            << QByteArray("[{\"Id\":\"a\",\"Created\":12-3,\"Size\":-,\"Containers\":--1}]");
        QTest::newRow("broken literal in a read field")
            << QByteArray("[{\"Id\":\"a\",\"Labels\":{\"x\":nul},\"Internal\":tru}]");
        QTest::newRow("nested 5000 deep in an unread field")
            << QByteArray("[{\"Id\":\"a\",\"HostConfig\":" + QByteArray(5000, '[') +
                          QByteArray(5000, ']') + "}]");
        QTest::newRow("nested 5000 deep, unclosed") << QByteArray(5000, '[');
        QTest::newRow("id is an object") << QByteArray("[{\"Id\":{\"a\":1}}]");
        QTest::newRow("id is empty") << QByteArray("[{\"Id\":\"\"}]");
        QTest::newRow("entry is null") << QByteArray("[null]");
        QTest::newRow("NUL byte") << QByteArray("[{\"Id\":\"a\"}\0]", 13);
    }

    void listingsMalformedInSimdjson()
    {
        QFETCH(QByteArray, json);
        for (const auto &r : {parse::containers(json).error(), parse::images(json).error(),
                              parse::networks(json).error()}) {
            QCOMPARE(r.kind(), EngineError::Kind::Protocol);
            QVERIFY(r.message().startsWith(u"Malformed answer from the engine: "_s));
        }
        const QByteArray wrapped =
            "{\"Volumes\":" + QByteArray(json).replace("\"Id\"", "\"Name\"") + "}";
        QCOMPARE(parse::volumes(wrapped).error().kind(), EngineError::Kind::Protocol);
    }

    // As QJsonValue::toString() / toInt() / toDouble() did: a field of another type, or a
    // number out of the field's range, reads as absent; the entry is kept.
    void listingFieldsOfTheWrongTypeReadAsAbsent()
    {
        const auto c = parse::containers(
            "[{\"Id\":\"a\",\"Names\":\"/"
            "a\",\"Image\":7,\"Created\":\"yesterday\",\"State\":[\"running\"],"
            "\"Status\":null,\"Ports\":[{\"PrivatePort\":\"80\",\"PublicPort\":1e20,\"Type\":6},3],"
            "\"Labels\":{\"x\":1,\"y\":\"z\"},\"Command\":{\"a\":[1,2,{\"b\":null}]}}]");
        QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().message()));
        QCOMPARE(c->size(), 1);
        const ContainerSummary &a = c->first();
        QCOMPARE(a.id, u"a"_s);
        QVERIFY(a.names.isEmpty());
        QVERIFY(a.image.isEmpty() && a.status.isEmpty() && a.command.isEmpty());
        QVERIFY(!a.created.isValid());
        QVERIFY(a.state.isEmpty());
        QCOMPARE(a.ports.size(), 2); // a non-object port is an empty one, as before
        QCOMPARE(a.ports[0].privatePort, 0);
        QCOMPARE(a.ports[0].publicPort, 0);
        QVERIFY(a.ports[0].type.isEmpty());
        QCOMPARE(a.labels, (Labels{{u"x"_s, QString()}, {u"y"_s, u"z"_s}}));

        const auto i = parse::images(
            "[{\"Id\":\"sha256:1\",\"Size\":1.5e30,\"SharedSize\":\"x\","
            "\"Containers\":2.5,\"Created\":1e300,\"RepoTags\":[\"a:1\",null,\"<none>:<none>\"]}]");
        QVERIFY(i.ok());
        QCOMPARE(i->first().size, std::numeric_limits<qint64>::max()); // clamped, as toInt64
        QCOMPARE(i->first().sharedSize, -1);
        QCOMPARE(i->first().containers, -1);
        QVERIFY(!i->first().created.isValid());
        QCOMPARE(i->first().repoTags, (QStringList{u"a:1"_s, QString()}));
        // An integer written with more digits than 64 bits hold is not read as a double (as
        // QJsonDocument did): simdjson rejects it, a Protocol error.
        const auto big = parse::images("[{\"Id\":\"i\",\"Size\":123456789012345678901234567890}]");
        QCOMPARE(big.error().kind(), EngineError::Kind::Protocol);

        const auto n = parse::networks("[{\"Id\":\"n\",\"Internal\":\"yes\",\"Attachable\":true,"
                                       "\"IPAM\":{\"Config\":[{\"Subnet\":1},"
                                       "{\"Subnet\":\"10.0.0.0/8\"}]}}]");
        QVERIFY(n.ok());
        QVERIFY(!n->first().internal);
        QVERIFY(n->first().attachable);
        QCOMPARE(n->first().subnets, (QStringList{QString(), u"10.0.0.0/8"_s}));
    }

    // Escapes, keys in any order, unknown fields of every kind, big exact numbers.
    void listingFieldsReadWhateverTheirPlace()
    {
        const auto c = parse::containers(
            " [ "
            "{\"Labels\":{\"com.docker.compose.project\":\"p\\u00e9\"},\"Unknown\":[{\"x\":[true,"
            "false,null,1.5e3]}],\"Created\":1700000000,\"\\u0049d\":\"abc\",\"Names\":[\"\\/"
            "x\",\"y\"],"
            "\"Ports\":[{\"PublicPort\":65535,\"PrivatePort\":2147483647,\"IP\":\"::\",\"Type\":"
            "\"udp\"}]} ] ");
        QVERIFY(c.ok());
        const ContainerSummary &a = c->first();
        QCOMPARE(a.id, u"abc"_s);
        QCOMPARE(a.names, (QStringList{u"x"_s, u"y"_s}));
        QCOMPARE(a.labels.value(u"com.docker.compose.project"_s), u"p\u00e9"_s);
        QCOMPARE(a.created, QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC));
        QCOMPARE(a.ports.first().publicPort, 65535);
        QCOMPARE(a.ports.first().privatePort, 2147483647);
        const auto i =
            parse::images("[{\"Id\":\"i\",\"Size\":9007199254740993,\"Containers\":-1}]");
        QVERIFY(i.ok());
        QCOMPARE(i->first().size, 9007199254740993LL); // exact, as core/Numbers reads it
        QVERIFY(parse::containers("[]").ok());
        QVERIFY(parse::containers(" [\n] \n").ok());
    }

    // A listing from a QByteArray without spare capacity is copied into simdjson's padded
    // buffer; one with room after its end is read in place. Both read the same.
    void listingsReadFromTightAndRoomyBuffers()
    {
        const QByteArray fixed = fixture("containers_v1.41.json");
        QByteArray tight(fixed.constData(), fixed.size());
        tight.squeeze();
        QByteArray roomy;
        roomy.reserve(fixed.size() + 4096);
        roomy.append(fixed);
        const auto a = parse::containers(tight);
        const auto b = parse::containers(roomy);
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(a.value(), b.value());
        QCOMPARE(a->size(), 6);
    }

    void volumesWithoutAList()
    {
        QVERIFY(parse::volumes(R"({"Volumes":null,"Warnings":null})").ok());
        QVERIFY(!parse::volumes(R"({"Volumes":{"a":1}})").ok());
    }
};

QTEST_GUILESS_MAIN(TestParsers)
#include "tst_parsers.moc"
