#include "Fixtures.h"
#include "transfer/TransferProgress.h"

#include <QtTest>

using namespace gantry;
using namespace Qt::StringLiterals;
using Direction = TransferProgress::Direction;

// Pull and push progress streams recorded from dockerd 20.10 against the test bed registry.
class TestTransferProgress : public QObject {
    Q_OBJECT
private slots:
    void pullLayers()
    {
        TransferProgress p(Direction::Pull);
        p.feed(fixture("pull_layers_v1.41.jsonl"));
        p.finish();
        QVERIFY(!p.error());
        QCOMPARE(p.layers().size(), 2); // "Pulling from gantry/two" (id "rec") is no layer
        const auto *existing = p.layer(u"0d96c048874f"_s);
        QVERIFY(existing && existing->present && existing->done);
        const auto *pulled = p.layer(u"6c86d1251323"_s);
        QVERIFY(pulled && !pulled->present && pulled->done);
        QCOMPARE(pulled->status, u"Pull complete"_s);
        QCOMPARE(pulled->size, 3001221);
        QCOMPARE(p.overall().value(), 1.0);
        QCOMPARE(p.digest(),
                 u"sha256:82fb011f6f4d82a11610066cc255fe929d808f29a39a935d741b9b50fef82081"_s);
        QCOMPARE(p.lastStatus(),
                 u"Status: Downloaded newer image for 127.0.0.1:5000/gantry/two:rec"_s);
    }

    void pullFractionsGrowThroughDownloadThenExtraction()
    {
        TransferProgress p(Direction::Pull);
        QList<double> seen;
        const QList<QByteArray> lines = fixture("pull_layers_v1.41.jsonl").split('\n');
        for (const QByteArray &line : lines) {
            if (p.feed(QByteArray(line + '\n')).contains(u"6c86d1251323"_s))
                seen << p.layer(u"6c86d1251323"_s)->fraction;
        }
        QVERIFY(!p.error());
        // fs layer, downloading, checksum, download complete, extracting x2, complete.
        QCOMPARE(seen.size(), 7);
        QCOMPARE(seen[0], 0.0);
        QVERIFY(seen[1] > 0.0 && seen[1] < 0.5);
        QCOMPARE(seen[2], 0.5);
        QCOMPARE(seen[3], 0.5);
        QVERIFY(seen[4] > 0.5 && seen[4] < 0.51);
        QCOMPARE(seen[5], 0.99); // all extracted, but only "Pull complete" makes it whole
        QCOMPARE(seen[6], 1.0);
        for (int i = 1; i < seen.size(); ++i)
            QVERIFY(seen[i] >= seen[i - 1]);
    }

    void pushLayersWithOverallProgress()
    {
        TransferProgress p(Direction::Push);
        QList<double> overall;
        for (const QByteArray &line : fixture("push_layers_v1.41.jsonl").split('\n')) {
            p.feed(QByteArray(line + '\n'));
            if (p.overall())
                overall << *p.overall();
        }
        p.finish();
        QVERIFY(!p.error());
        QCOMPARE(p.layers().size(), 2);
        QVERIFY(p.layer(u"2a57bdbfd517"_s)->present); // "Mounted from gantry/seed"
        const auto *pushed = p.layer(u"7165b64ba6ce"_s);
        QCOMPARE(pushed->status, u"Pushed"_s);
        QVERIFY(pushed->done);
        // Preparing 0, pushing 33 kB of 3 MB, pushing past the total (clamped), pushed.
        QCOMPARE(overall.first(), 0.0);
        QVERIFY(std::any_of(overall.begin(), overall.end(),
                            [](double f) { return f > 0.0 && f < 0.05; }));
        QVERIFY(std::any_of(overall.begin(), overall.end(),
                            [](double f) { return qFuzzyCompare(f, 0.99); }));
        QCOMPARE(overall.last(), 1.0);
        for (int i = 1; i < overall.size(); ++i)
            QVERIFY(overall[i] >= overall[i - 1]);
        QCOMPARE(p.digest(),
                 u"sha256:82fb011f6f4d82a11610066cc255fe929d808f29a39a935d741b9b50fef82081"_s);
    }

    void sameResultWhateverTheChunks()
    {
        const QByteArray stream = fixture("pull_layers_v1.41.jsonl");
        TransferProgress whole(Direction::Pull);
        whole.feed(stream);
        for (qsizetype cut1 = 0; cut1 <= stream.size(); cut1 += 3) {
            for (qsizetype cut2 = cut1; cut2 <= stream.size(); cut2 += 97) {
                TransferProgress p(Direction::Pull);
                p.feed(stream.first(cut1));
                p.feed(stream.sliced(cut1, cut2 - cut1));
                p.feed(stream.sliced(cut2));
                p.finish();
                QVERIFY(!p.error());
                QCOMPARE(p.layers().size(), whole.layers().size());
                for (int i = 0; i < p.layers().size(); ++i) {
                    QCOMPARE(p.layers()[i].id, whole.layers()[i].id);
                    QCOMPARE(p.layers()[i].status, whole.layers()[i].status);
                    QCOMPARE(p.layers()[i].fraction, whole.layers()[i].fraction);
                }
                QCOMPARE(p.digest(), whole.digest());
            }
        }
    }

    void changedIdsOfAChunk()
    {
        TransferProgress p(Direction::Push);
        const QStringList changed = p.feed(R"({"status":"Preparing","progressDetail":{},"id":"aaa"}
{"status":"Preparing","progressDetail":{},"id":"bbb"}
{"status":"Pushing","progressDetail":{"current":1,"total":10},"id":"aaa"}
{"status":"The push refers to repository [x]"}
)");
        QCOMPARE(changed, QStringList({u"aaa"_s, u"bbb"_s}));
        QCOMPARE(p.layer(u"aaa"_s)->fraction, 0.099); // 0.99 * 1/10: whole only when "Pushed"
        QVERIFY(p.feed("{\"status\":\"Pushing\",\"id\":\"bb").isEmpty()); // not a whole line yet
        QCOMPARE(p.feed("b\"}\n"), QStringList{u"bbb"_s});
    }

    void errorLineInsideTheStreamIsTheFailure()
    {
        TransferProgress p(Direction::Push);
        p.feed(fixture("push_not_logged_in_v1.41.jsonl"));
        p.finish();
        QVERIFY(p.error());
        QCOMPARE(p.error()->kind(), EngineError::Kind::ServerError);
        QCOMPARE(p.error()->message(), u"no basic auth credentials"_s);
        QCOMPARE(p.layers().size(), 1);
        QVERIFY(!p.layers().first().done);
    }

    void errorWithoutDetailStillFails()
    {
        TransferProgress p(Direction::Pull);
        p.feed("{\"error\":\"something broke\"}\n{\"status\":\"more\"}\n");
        QCOMPARE(p.error()->message(), u"something broke"_s);
        TransferProgress q(Direction::Pull);
        q.feed("{\"errorDetail\":{}}\n");
        QVERIFY(q.error());
        QVERIFY(!q.error()->message().isEmpty());
    }

    void malformedOrTruncatedIsAProtocolError()
    {
        TransferProgress p(Direction::Pull);
        p.feed("{\"status\":\"Waiting\",\"id\":\"a\"}\n{oops\n{\"status\":\"Pull "
               "complete\",\"id\":\"a\"}\n");
        QCOMPARE(p.error()->kind(), EngineError::Kind::Protocol);
        QVERIFY(p.layer(u"a"_s)->done); // the lines around it still count

        TransferProgress t(Direction::Pull);
        t.feed("{\"status\":\"Waiting\",\"id\":\"a\"}\n{\"status\":\"Down");
        QVERIFY(!t.error());
        t.finish();
        QCOMPARE(t.error()->kind(), EngineError::Kind::Protocol);
    }

    void wrongTypesAreNoCrash()
    {
        TransferProgress p(Direction::Pull);
        p.feed(R"({"status":7,"id":["x"],"progressDetail":"no"}
{"status":"Downloading","id":"l","progressDetail":{"current":"1","total":-5}}
{"status":"Downloading","id":"l","progressDetail":{"current":50,"total":10}}
)");
        QVERIFY(!p.error());
        QCOMPARE(p.layers().size(), 1);
        QCOMPARE(p.layer(u"l"_s)->fraction, 0.5); // clamped to the download half
        QVERIFY(p.overall());
    }

    void overallWeighsLayersBySize()
    {
        TransferProgress p(Direction::Push);
        p.feed(R"({"status":"Pushing","id":"big","progressDetail":{"current":0,"total":900}}
{"status":"Pushed","id":"big","progressDetail":{}}
{"status":"Pushing","id":"small","progressDetail":{"current":0,"total":100}}
{"status":"Layer already exists","id":"old","progressDetail":{}}
)");
        QCOMPARE(p.overall().value(), 0.9);
        TransferProgress none(Direction::Pull);
        none.feed("{\"status\":\"Already exists\",\"id\":\"x\"}\n");
        QVERIFY(!none.overall()); // nothing to transfer: no fraction to show
    }
};

QTEST_GUILESS_MAIN(TestTransferProgress)
#include "tst_transfer_progress.moc"
