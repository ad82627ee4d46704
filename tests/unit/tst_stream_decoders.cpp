#include "transport/StreamDecoders.h"

#include <QtEndian>
#include <QtTest>

using namespace gantry;
using namespace Qt::StringLiterals;

namespace {

QByteArray frame(int stream, const QByteArray &payload)
{
    QByteArray h(8, '\0');
    h[0] = char(stream);
    qToBigEndian<quint32>(quint32(payload.size()), h.data() + 4);
    return h + payload;
}

} // namespace

class TestStreamDecoders : public QObject {
    Q_OBJECT
private slots:
    void jsonLinesAtEveryBoundary()
    {
        const QByteArray stream = R"({"status":"start","id":"a1"})"
                                  "\n"
                                  R"({"Type":"container","Action":"die","Actor":{"ID":"b2"}})"
                                  "\r\n\n"
                                  R"({"text":"caf\u00e9 ☕"})"
                                  "\n";
        for (qsizetype cut1 = 0; cut1 <= stream.size(); ++cut1) {
            for (qsizetype cut2 = cut1; cut2 <= stream.size(); cut2 += 7) {
                JsonLinesDecoder d;
                QList<Result<QJsonObject>> out = d.feed(stream.first(cut1));
                out += d.feed(stream.sliced(cut1, cut2 - cut1));
                out += d.feed(stream.sliced(cut2));
                QCOMPARE(out.size(), 3);
                QVERIFY(out[0].ok() && out[1].ok() && out[2].ok());
                QCOMPARE(out[0]->value("id"_L1).toString(), u"a1"_s);
                QCOMPARE(out[1]->value("Action"_L1).toString(), u"die"_s);
                QCOMPARE(out[2]->value("text"_L1).toString(), u"café ☕"_s);
                QVERIFY(!d.finish().has_value());
            }
        }
    }

    void jsonLinesMalformedLineIsAnErrorAndStreamGoesOn()
    {
        JsonLinesDecoder d;
        const auto out = d.feed("{\"a\":1}\n{not json\n[1,2]\n{\"b\":2}\n");
        QCOMPARE(out.size(), 4);
        QVERIFY(out[0].ok());
        QVERIFY(!out[1].ok());
        QCOMPARE(out[1].error().kind(), EngineError::Kind::Protocol);
        QVERIFY(!out[2].ok()); // an array is not an event
        QVERIFY(out[3].ok());
    }

    void jsonLinesTruncatedAtEnd()
    {
        JsonLinesDecoder d;
        QVERIFY(d.feed("{\"a\":1}\n{\"b\":").size() == 1);
        const auto err = d.finish();
        QVERIFY(err.has_value());
        QCOMPARE(err->kind(), EngineError::Kind::Protocol);
    }

    void muxFramesAtEveryBoundary()
    {
        const QByteArray stream = frame(1, "hello\n") + frame(2, "oops\n") + frame(1, {}) +
                                  frame(1, QByteArray(300, 'x'));
        for (qsizetype cut1 = 0; cut1 <= stream.size(); ++cut1) {
            for (qsizetype cut2 = cut1; cut2 <= stream.size(); cut2 += 13) {
                MuxStreamDecoder d;
                auto out = d.feed(stream.first(cut1));
                out += d.feed(stream.sliced(cut1, cut2 - cut1));
                out += d.feed(stream.sliced(cut2));
                QCOMPARE(out.size(), 4);
                QCOMPARE(out[0].stream, MuxStreamDecoder::Stream::Stdout);
                QCOMPARE(out[0].data, QByteArray("hello\n"));
                QCOMPARE(out[1].stream, MuxStreamDecoder::Stream::Stderr);
                QCOMPARE(out[1].data, QByteArray("oops\n"));
                QCOMPARE(out[2].data, QByteArray());
                QCOMPARE(out[3].data, QByteArray(300, 'x'));
                QVERIFY(!d.finish().has_value());
            }
        }
    }

    void muxByteByByte()
    {
        const QByteArray stream = frame(2, "ab") + frame(1, "c");
        MuxStreamDecoder d;
        QList<MuxStreamDecoder::Frame> out;
        for (char c : stream)
            out += d.feed(QByteArrayView(&c, 1));
        QCOMPARE(out.size(), 2);
        QCOMPARE(out[1].data, QByteArray("c"));
    }

    void muxMalformedHeader()
    {
        MuxStreamDecoder d;
        const QByteArray bad = frame(1, "ok") + QByteArray("\x07\x00\x00\x00\x00\x00\x00\x01z", 9);
        const auto out = d.feed(bad);
        QCOMPARE(out.size(), 1);
        QVERIFY(d.error().has_value());
        QCOMPARE(d.error()->kind(), EngineError::Kind::Protocol);
        QVERIFY(d.feed(frame(1, "later")).isEmpty()); // cannot resynchronise
        QVERIFY(d.finish().has_value());
    }

    void muxNonZeroPadding()
    {
        MuxStreamDecoder d;
        d.feed(QByteArray("\x01\x00\x01\x00\x00\x00\x00\x01z", 9));
        QVERIFY(d.error().has_value());
    }

    void muxHugeFrameIsRefusedAtTheHeader()
    {
        // 4 GiB - 1 announced: an error as soon as the header is in, not a wait for the body.
        MuxStreamDecoder d;
        const QByteArray bytes = frame(1, "ok") + QByteArray("\x01\x00\x00\x00\xff\xff\xff\xff", 8);
        const auto out = d.feed(bytes);
        QCOMPARE(out.size(), 1);
        QVERIFY(d.error().has_value());
        QCOMPARE(d.error()->kind(), EngineError::Kind::Protocol);
        QVERIFY(d.feed(QByteArray(1024, 'x')).isEmpty());
        // The largest frame allowed still goes through.
        MuxStreamDecoder ok;
        const QByteArray big(qsizetype(MuxStreamDecoder::kMaxFrame), 'y');
        const auto frames = ok.feed(frame(2, big));
        QCOMPARE(frames.size(), 1);
        QCOMPARE(frames.first().data.size(), big.size());
        QVERIFY(!ok.error());
    }

    void muxTruncated()
    {
        MuxStreamDecoder d;
        QVERIFY(d.feed(frame(1, "hello").first(10)).isEmpty());
        const auto err = d.finish();
        QVERIFY(err.has_value());
        QCOMPARE(err->kind(), EngineError::Kind::Protocol);
    }
};

QTEST_GUILESS_MAIN(TestStreamDecoders)
#include "tst_stream_decoders.moc"
