#pragma once

#include "core/EngineError.h"
#include "transport/Endpoint.h"
#include "transport/StreamDecoders.h"
#include "transport/TlsErrors.h"

#include <QByteArray>
#include <QObject>
#include <QTimer>

class QIODevice;
class QTcpSocket;

namespace gantry {

// One HTTP request whose connection the engine hijacks for an interactive stream (exec
// start, attach). libcurl is not made for this, so it is a plain socket of its own: the
// request is written by hand, the status line and headers are parsed, and from a 101 (or a
// 200 from engines that do not upgrade) on the socket carries raw bytes both ways. Nothing
// blocks; every outcome is a signal, emitted from the event loop (never from start()).
class HijackedStream : public QObject {
    Q_OBJECT
public:
    // Raw: a TTY session, bytes as they are. Multiplexed: 8-byte frame headers (non-TTY);
    // stdout and stderr payloads are both delivered through received().
    enum class Framing { Raw, Multiplexed };
    enum class State {
        Idle,
        Connecting,
        AwaitingResponse,
        ReadingError,
        Streaming,
        Closed,
        Failed
    };
    Q_ENUM(State)

    explicit HijackedStream(Endpoint endpoint, QObject *parent = nullptr);
    ~HijackedStream() override;

    // `path` is absolute, with the /v1.NN prefix and the query.
    void start(const QByteArray &method, const QString &path, const QByteArray &body,
               Framing framing);
    // Input for the process. Kept until the stream is established, dropped after it ended.
    void write(const QByteArray &data);
    // Half-closes the connection once the pending input is out: the process reads EOF. Not
    // over TLS (see tryShutdownInput): there the stream fails with an error saying so.
    void closeInput();
    // Drops the connection. No signal follows.
    void abort();

    State state() const { return m_state; }
    int httpStatus() const { return m_status; }
    // How long the engine may take to answer the request (not the stream's lifetime).
    void setResponseTimeout(int ms) { m_responseTimer.setInterval(ms); }

    // The request as it goes on the wire (for tests and debugging).
    static QByteArray requestBytes(const QByteArray &method, const QString &path,
                                   const QByteArray &body);

signals:
    void established(int httpStatus);      // 101 or 200: the stream is open both ways
    void received(const QByteArray &data); // output of the process
    void closed();                         // the engine ended the stream (EOF)
    void failed(const gantry::EngineError &error);

private:
    void connectSocket();
    void connectTls();
    void watchTcp(QTcpSocket *socket);
    EngineError unreadableTlsFile(const QString &path) const;
    void onConnected();
    void onReadyRead();
    void onDisconnected();
    void onSocketError(EngineError::Kind kind, const QString &message);
    void parseHead();
    void checkErrorBody(bool eof);
    void deliver(const QByteArray &data);
    void flushInput();
    void tryShutdownInput();
    void fail(const EngineError &error);
    void finishClosed();
    void releaseSocket();

    Endpoint m_endpoint;
    QIODevice *m_socket = nullptr;
    State m_state = State::Idle;
    Framing m_framing = Framing::Raw;
    QByteArray m_request;
    QByteArray m_buffer; // head, then the error body
    QByteArray m_pendingInput;
    int m_status = 0;
    qint64 m_contentLength = -1;
    bool m_chunked = false;
    bool m_closeInput = false;
    bool m_inputShut = false;
    MuxStreamDecoder m_mux;
    QTimer m_responseTimer;
    std::optional<TlsErrors::Failure> m_tlsFailure; // from the handshake or a TLS alert
    QString m_tlsDetail;
};

} // namespace gantry
