#include "transport/HttpResponse.h"

#include <QTest>

using namespace gantry;

class TestHttpResponse : public QObject {
    Q_OBJECT

private slots:
    void headNeedsTheBlankLine()
    {
        QCOMPARE(HttpResponse::parseHead("HTTP/1.1 101 UPGRADED\r\nUpgrade: tcp\r\n").state,
                 HeadParse::State::NeedMore);
    }

    void headIsRead()
    {
        const QByteArray bytes = "HTTP/1.1 404 Not Found\r\nContent-Length: 12\r\n"
                                 "Transfer-Encoding: Chunked\r\n\r\nrest";
        const HeadParse h = HttpResponse::parseHead(bytes);
        QCOMPARE(h.state, HeadParse::State::Done);
        QCOMPARE(h.head.status, 404);
        QCOMPARE(h.head.contentLength, 12);
        QVERIFY(h.head.chunked);
        QCOMPARE(bytes.mid(h.consumed), QByteArray("rest"));
    }

    void headNotHttp()
    {
        const HeadParse h = HttpResponse::parseHead("SSH-2.0-OpenSSH\r\n\r\n");
        QCOMPARE(h.state, HeadParse::State::Error);
        QCOMPARE(h.error.kind(), EngineError::Kind::Protocol);
    }

    void seventyKiBOfHeadersWithoutEndIsAnError()
    {
        QByteArray bytes = "HTTP/1.1 200 OK\r\n";
        while (bytes.size() < 70 * 1024)
            bytes += "X-Filler: " + QByteArray(100, 'a') + "\r\n";
        const HeadParse h = HttpResponse::parseHead(bytes);
        QCOMPARE(h.state, HeadParse::State::Error);
        QCOMPARE(h.error.kind(), EngineError::Kind::Protocol);
        // Ending them late changes nothing: the head is too big.
        QCOMPARE(HttpResponse::parseHead(QByteArray(bytes + "\r\n")).state,
                 HeadParse::State::Error);
    }

    void negativeContentLengthIsUnknown()
    {
        const HeadParse h = HttpResponse::parseHead("HTTP/1.1 500 x\r\nContent-Length: -5\r\n\r\n");
        QCOMPARE(h.state, HeadParse::State::Done);
        QCOMPARE(h.head.contentLength, -1);
    }

    void chunkedBody()
    {
        const QByteArray body = "5\r\nhello\r\n7;ext=1\r\n, world\r\n0\r\n\r\n";
        for (qsizetype cut = 0; cut < body.size() - 5; ++cut)
            QCOMPARE(HttpResponse::dechunk(body.first(cut), 1024).state,
                     ChunkedParse::State::NeedMore);
        const ChunkedParse p = HttpResponse::dechunk(body, 1024);
        QCOMPARE(p.state, ChunkedParse::State::Done);
        QCOMPARE(p.body, QByteArray("hello, world"));
    }

    void malformedSizeEndsTheBody()
    {
        const ChunkedParse p = HttpResponse::dechunk("3\r\nabc\r\nzz\r\n", 1024);
        QCOMPARE(p.state, ChunkedParse::State::Done);
        QCOMPARE(p.body, QByteArray("abc"));
    }

    void hugeChunkSizeIsAnError_data()
    {
        QTest::addColumn<QByteArray>("size");
        QTest::newRow("int64 max") << QByteArray("7fffffffffffffff");
        QTest::newRow("int64 max - 1") << QByteArray("7ffffffffffffffe");
        QTest::newRow("2^64 - 1") << QByteArray("ffffffffffffffff");
        QTest::newRow("40 digits") << QByteArray(40, 'f');
        QTest::newRow("over the limit") << QByteArray("100001");
    }

    void hugeChunkSizeIsAnError()
    {
        QFETCH(QByteArray, size);
        const ChunkedParse p = HttpResponse::dechunk(QByteArray(size + "\r\nabc\r\n"), 1024 * 1024);
        QCOMPARE(p.state, ChunkedParse::State::Error);
        QCOMPARE(p.error.kind(), EngineError::Kind::Protocol);
        QVERIFY(p.body.isEmpty());
    }

    void overlongSizeLineIsAnError()
    {
        const QByteArray line(HttpResponse::kMaxChunkSizeLine + 10, '0');
        QCOMPARE(HttpResponse::dechunk(line, 1024).state, ChunkedParse::State::Error);
        QCOMPARE(HttpResponse::dechunk(QByteArray(line + "\r\n"), 1024).state,
                 ChunkedParse::State::Error);
        QCOMPARE(HttpResponse::dechunk(QByteArray("5;" + QByteArray(2000, 'x')), 1024).state,
                 ChunkedParse::State::Error);
    }

    // Found by fuzzing (tests/fuzz/seeds/http_response/size-line-of-the-limit): a size line of
    // exactly the limit is accepted once whole, so its bytes so far, up to its '\r', are not an
    // error yet; one byte more without the '\n' is.
    void sizeLineOfTheLimitArrivingInPieces()
    {
        const QByteArray line = "0;" + QByteArray(HttpResponse::kMaxChunkSizeLine - 2, 'x');
        QCOMPARE(HttpResponse::dechunk(QByteArray(line + "\r\n"), 1024).state,
                 ChunkedParse::State::Done);
        QCOMPARE(HttpResponse::dechunk(line, 1024).state, ChunkedParse::State::NeedMore);
        QCOMPARE(HttpResponse::dechunk(QByteArray(line + '\r'), 1024).state,
                 ChunkedParse::State::NeedMore);
        QCOMPARE(HttpResponse::dechunk(QByteArray(line + "xx"), 1024).state,
                 ChunkedParse::State::Error);
    }
};

QTEST_GUILESS_MAIN(TestHttpResponse)
#include "tst_http_response.moc"
