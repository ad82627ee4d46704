// The real DockerClient, Transport, LogStream and HijackedStream against a fake engine that
// misbehaves (FakeEngine): each fault ends in a clear error, cancelling works, memory stays
// bounded and nothing crashes. No test bed needed.
#include "FakeEngine.h"
#include "api/DockerClient.h"
#include "streams/LogStream.h"
#include "transport/HijackedStream.h"

#include <QFile>
#include <QtTest>

#include <optional>

using namespace gantry;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kMiB = 1024 * 1024;
// How much the resident memory may grow during one fault: far less than what a peer
// announcing gigabytes would make us allocate.
constexpr qint64 kMaxGrowth = 64 * kMiB;

qint64 residentBytes()
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong() * 1024;
    }
    return 0;
}

// An endless body: zeros, as fast as they are read.
class Zeros : public QIODevice {
public:
    Zeros() { open(QIODevice::ReadOnly); }
    bool isSequential() const override { return true; }
    qint64 readData(char *data, qint64 max) override
    {
        std::memset(data, 0, size_t(max));
        produced += max;
        return max;
    }
    qint64 writeData(const char *, qint64) override { return -1; }
    qint64 produced = 0;
};

QByteArray manyHeaders(qsizetype bytes)
{
    QByteArray out = "HTTP/1.1 200 OK\r\n";
    for (int i = 0; out.size() < bytes; ++i)
        out += "X-Filler-" + QByteArray::number(i) + ": " + QByteArray(100, 'a') + "\r\n";
    return out;
}

struct Outcome {
    std::optional<EngineError> error;
    qint64 elapsedMs = 0;
};

} // namespace

class TestFaults : public QObject {
    Q_OBJECT

    std::unique_ptr<FakeEngine> m_engine;
    std::unique_ptr<DockerClient> m_client;
    qint64 m_rssBefore = 0;

    // Sends `request` and waits for its end (at most `waitMs`); cancels it after `cancelAfterMs`.
    Outcome exchange(Request request, int waitMs, int cancelAfterMs = -1)
    {
        Outcome out;
        QElapsedTimer clock;
        clock.start();
        QPointer<Reply> reply = m_client->send(std::move(request));
        connect(reply, &Reply::finished, this, [&out, reply, &clock] {
            out.error = reply->error();
            out.elapsedMs = clock.elapsed();
        });
        if (cancelAfterMs >= 0)
            QTimer::singleShot(cancelAfterMs, this, [reply] {
                if (reply)
                    reply->cancel();
            });
        if (!QTest::qWaitFor([&] { return out.error.has_value(); }, waitMs) && reply)
            reply->cancel();
        return out;
    }

private slots:
    void init()
    {
        m_engine = std::make_unique<FakeEngine>();
        QVERIFY(m_engine->listen());
        m_client = std::make_unique<DockerClient>(m_engine->endpoint());
        m_rssBefore = residentBytes();
    }

    void cleanup()
    {
        m_client.reset();
        m_engine.reset();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        const qint64 growth = residentBytes() - m_rssBefore;
        QVERIFY2(growth < kMaxGrowth,
                 qPrintable(u"resident memory grew by %1 MiB"_s.arg(growth / kMiB)));
    }

    void fakeEngineAnswers()
    {
        // The fake itself: a plain answer goes through (else the faults below prove nothing).
        m_engine->on("/version").send(FakeEngine::jsonResponse(200, R"({"Version":"1"})")).close();
        Request r;
        r.path = u"/version"_s;
        const Outcome out = exchange(r, 5000);
        QVERIFY(out.error.has_value());
        QVERIFY2(!out.error->isError(), qPrintable(out.error->message()));
    }

    void headersThenSilenceTimesOut()
    {
        m_engine->on("/version").send("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{");
        Request r;
        r.path = u"/version"_s;
        r.timeoutMs = 700;
        const Outcome out = exchange(r, 10000);
        QVERIFY(out.error.has_value());
        QCOMPARE(out.error->kind(), EngineError::Kind::Timeout);
        QVERIFY(out.elapsedMs < 5000);
    }

    void headersThenSilenceCancels()
    {
        m_engine->on("/version").send("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{");
        Request r;
        r.path = u"/version"_s;
        r.timeoutMs = 0;
        const Outcome out = exchange(r, 10000, 300);
        QVERIFY(out.error.has_value());
        QCOMPARE(out.error->kind(), EngineError::Kind::Cancelled);
        QVERIFY(out.elapsedMs < 3000);
    }

    void frameOfFourGiBInLogs()
    {
        m_engine->on("/containers/c1/json")
            .send(FakeEngine::jsonResponse(200, R"({"Name":"/c1","Config":{"Tty":false}})"))
            .close();
        // A frame header announcing 4 GiB - 1, then the body trickles on without end.
        m_engine->on("/containers/c1/logs")
            .send("HTTP/1.1 200 OK\r\nContent-Type: application/vnd.docker.raw-stream\r\n\r\n")
            .send(QByteArray("\x01\x00\x00\x00\xff\xff\xff\xff", 8))
            .send(QByteArray(256 * 1024, 'x'))
            .pause(60000);
        LogsSpec spec;
        spec.id = u"c1"_s;
        LogStream stream(m_client.get(), spec);
        std::optional<EngineError> ended;
        connect(&stream, &LogStream::ended, this, [&](const EngineError &e) { ended = e; });
        stream.start();
        QTRY_VERIFY_WITH_TIMEOUT(ended.has_value(), 10000);
        QCOMPARE(ended->kind(), EngineError::Kind::Protocol);
        QVERIFY2(ended->message().contains(u"frame"_s), qPrintable(ended->message()));
        QVERIFY(!stream.isRunning());
    }

    void frameOfFourGiBInAnAttachedStream()
    {
        m_engine->on("/exec/e1/start")
            .send("HTTP/1.1 101 UPGRADED\r\nConnection: Upgrade\r\nUpgrade: tcp\r\n\r\n")
            .send(QByteArray("\x01\x00\x00\x00\xff\xff\xff\xff", 8) + QByteArray(64 * 1024, 'x'))
            .pause(60000);
        HijackedStream stream(m_engine->endpoint());
        std::optional<EngineError> failed;
        connect(&stream, &HijackedStream::failed, this, [&](const EngineError &e) { failed = e; });
        stream.start("POST", u"/v1.41/exec/e1/start"_s, "{}", HijackedStream::Framing::Multiplexed);
        QTRY_VERIFY_WITH_TIMEOUT(failed.has_value(), 10000);
        QCOMPARE(failed->kind(), EngineError::Kind::Protocol);
    }

    void seventyKiBOfHeadersWithoutEnd()
    {
        m_engine->on("/version").send(manyHeaders(70 * 1024)).pause(60000);
        Request r;
        r.path = u"/version"_s;
        r.timeoutMs = 0; // the limit must come from the size, not from a clock
        const Outcome out = exchange(r, 10000);
        QVERIFY(out.error.has_value());
        QCOMPARE(out.error->kind(), EngineError::Kind::Protocol);
        QVERIFY2(out.error->message().contains(u"headers"_s), qPrintable(out.error->message()));
    }

    void seventyKiBOfHeadersWithoutEndOnAHijackedStream()
    {
        m_engine->on("/exec/e1/start").send(manyHeaders(70 * 1024)).pause(60000);
        HijackedStream stream(m_engine->endpoint());
        std::optional<EngineError> failed;
        connect(&stream, &HijackedStream::failed, this, [&](const EngineError &e) { failed = e; });
        stream.start("POST", u"/v1.41/exec/e1/start"_s, "{}", HijackedStream::Framing::Raw);
        QTRY_VERIFY_WITH_TIMEOUT(failed.has_value(), 10000);
        QCOMPARE(failed->kind(), EngineError::Kind::Protocol);
    }

    void hugeChunkSizeInAHijackedErrorBody()
    {
        m_engine->on("/exec/e1/start")
            .send("HTTP/1.1 500 Internal Server Error\r\nTransfer-Encoding: chunked\r\n\r\n")
            .send("7ffffffffffffffe\r\n{\"message\":\"boom\"}\r\n")
            .pause(60000);
        HijackedStream stream(m_engine->endpoint());
        std::optional<EngineError> failed;
        connect(&stream, &HijackedStream::failed, this, [&](const EngineError &e) { failed = e; });
        stream.start("POST", u"/v1.41/exec/e1/start"_s, "{}", HijackedStream::Framing::Raw);
        QTRY_VERIFY_WITH_TIMEOUT(failed.has_value(), 10000);
        QCOMPARE(failed->kind(), EngineError::Kind::Protocol);
    }

    void resetMidChunk()
    {
        m_engine->on("/containers/json")
            .send("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                  "Transfer-Encoding: chunked\r\n\r\n1000\r\n[{\"Id\":\"abc\"")
            .reset();
        std::optional<Result<QList<ContainerSummary>>> got;
        m_client->listContainers(true, this, [&](Result<QList<ContainerSummary>> r) { got = r; });
        QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 10000);
        QVERIFY(!got->ok());
        QVERIFY(got->error().kind() == EngineError::Kind::Unreachable ||
                got->error().kind() == EngineError::Kind::Protocol);
        QVERIFY(!got->error().message().isEmpty());
    }

    void resetMidChunkOfAStream()
    {
        m_engine->on("/events")
            .send("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                  "40\r\n{\"Type\":\"container\",")
            .reset();
        Reply *reply = m_client->events({});
        std::optional<EngineError> error;
        connect(reply, &Reply::finished, this, [&] { error = reply->error(); });
        QTRY_VERIFY_WITH_TIMEOUT(error.has_value(), 10000);
        QVERIFY(error->isError());
    }

    void bodyOverTheLimit()
    {
        // Chunked, so nothing announces the size: the limit must hold as bytes arrive.
        FakeEngine::Script &s = m_engine->on("/images/json")
                                    .send("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                          "Transfer-Encoding: chunked\r\n\r\n");
        for (int i = 0; i < 8; ++i)
            s.send("40000\r\n" + QByteArray(0x40000, ' ') + "\r\n");
        s.pause(60000);
        Request r;
        r.path = u"/images/json"_s;
        r.maxBodyBytes = 1 * kMiB;
        const Outcome out = exchange(r, 10000);
        QVERIFY(out.error.has_value());
        QCOMPARE(out.error->kind(), EngineError::Kind::Protocol);
        QVERIFY2(out.error->message().contains(u"larger"_s), qPrintable(out.error->message()));
    }

    void announcedBodyOverTheLimit()
    {
        m_engine->on("/images/json")
            .send("HTTP/1.1 200 OK\r\nContent-Length: 5000000000\r\n\r\n[")
            .pause(60000);
        Request r;
        r.path = u"/images/json"_s;
        const Outcome out = exchange(r, 10000);
        QVERIFY(out.error.has_value());
        QCOMPARE(out.error->kind(), EngineError::Kind::Protocol);
    }

    void oneByteASecond()
    {
        m_engine->on("/version").trickle(FakeEngine::jsonResponse(200, R"({"Version":"1"})"), 1000);
        Request r;
        r.path = u"/version"_s;
        r.timeoutMs = 0;
        const Outcome cancelled = exchange(r, 10000, 2500);
        QVERIFY(cancelled.error.has_value());
        QCOMPARE(cancelled.error->kind(), EngineError::Kind::Cancelled);
        QVERIFY(cancelled.elapsedMs < 4000);
        // The overall timeout counts too, however steadily bytes come.
        r.timeoutMs = 1500;
        const Outcome timedOut = exchange(r, 10000);
        QVERIFY(timedOut.error.has_value());
        QCOMPARE(timedOut.error->kind(), EngineError::Kind::Timeout);
    }

    void uploadNeverRead()
    {
        m_engine->on("/build").neverRead().pause(60000);
        auto zeros = std::make_shared<Zeros>();
        Request r;
        r.method = "POST";
        r.path = u"/build"_s;
        r.bodyDevice = zeros;
        r.bodySize = 8LL * 1024 * kMiB;
        r.contentType = "application/x-tar";
        r.timeoutMs = 0;
        const Outcome cancelled = exchange(r, 10000, 1000);
        QVERIFY(cancelled.error.has_value());
        QCOMPARE(cancelled.error->kind(), EngineError::Kind::Cancelled);
        QVERIFY(cancelled.elapsedMs < 4000);
        // Only what the socket buffers hold was read from the body.
        QVERIFY2(zeros->produced < 64 * kMiB, qPrintable(QString::number(zeros->produced)));

        auto more = std::make_shared<Zeros>();
        r.bodyDevice = more;
        r.timeoutMs = 1000;
        const Outcome timedOut = exchange(r, 10000);
        QVERIFY(timedOut.error.has_value());
        QCOMPARE(timedOut.error->kind(), EngineError::Kind::Timeout);
    }
};

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
