#include "transport/HijackedStream.h"

#include "transport/HttpResponse.h"

#include <QFile>
#include <QLocalSocket>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpSocket>

#include <optional>

#include <sys/socket.h>

using namespace Qt::StringLiterals;

namespace gantry {

namespace {

constexpr qsizetype kMaxErrorBody = 1024 * 1024;

} // namespace

HijackedStream::HijackedStream(Endpoint endpoint, QObject *parent)
    : QObject(parent)
    , m_endpoint(std::move(endpoint))
{
    m_responseTimer.setSingleShot(true);
    m_responseTimer.setInterval(30000);
    connect(&m_responseTimer, &QTimer::timeout, this, [this] {
        fail(EngineError(EngineError::Kind::Timeout,
                         tr("The engine did not answer the request for the stream.")));
    });
}

HijackedStream::~HijackedStream()
{
    releaseSocket();
}

QByteArray HijackedStream::requestBytes(const QByteArray &method, const QString &path,
                                        const QByteArray &body)
{
    // Host is required by HTTP/1.1; the engine ignores its value on a unix socket.
    QByteArray r = method + ' ' + path.toUtf8() + " HTTP/1.1\r\n";
    r += "Host: docker\r\n";
    r += "User-Agent: Gantry\r\n";
    if (!body.isEmpty() || method == "POST") {
        r += "Content-Type: application/json\r\n";
        r += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    }
    r += "Connection: Upgrade\r\n";
    r += "Upgrade: tcp\r\n";
    r += "\r\n";
    r += body;
    return r;
}

void HijackedStream::start(const QByteArray &method, const QString &path, const QByteArray &body,
                           Framing framing)
{
    if (m_state != State::Idle)
        return;
    m_framing = framing;
    m_request = requestBytes(method, path, body);
    m_state = State::Connecting;
    m_responseTimer.start();
    // Connecting may fail at once; deferring keeps every signal out of start().
    QMetaObject::invokeMethod(this, &HijackedStream::connectSocket, Qt::QueuedConnection);
}

void HijackedStream::connectSocket()
{
    if (m_state != State::Connecting)
        return;
    if (m_endpoint.viaSocketFile()) {
        auto *socket = new QLocalSocket(this);
        m_socket = socket;
        connect(socket, &QLocalSocket::connected, this, &HijackedStream::onConnected);
        connect(socket, &QLocalSocket::readyRead, this, &HijackedStream::onReadyRead);
        connect(socket, &QLocalSocket::disconnected, this, &HijackedStream::onDisconnected);
        connect(socket, &QLocalSocket::bytesWritten, this, &HijackedStream::tryShutdownInput);
        connect(socket, &QLocalSocket::errorOccurred, this,
                [this, socket](QLocalSocket::LocalSocketError e) {
                    using E = QLocalSocket::LocalSocketError;
                    const EngineError::Kind kind =
                        e == E::SocketAccessError    ? EngineError::Kind::PermissionDenied
                        : e == E::SocketTimeoutError ? EngineError::Kind::Timeout
                                                     : EngineError::Kind::Unreachable;
                    if (e == E::PeerClosedError)
                        return onDisconnected();
                    onSocketError(kind, socket->errorString());
                });
        socket->connectToServer(m_endpoint.socketPath);
        return;
    }
    if (m_endpoint.tls)
        return connectTls();
    auto *socket = new QTcpSocket(this);
    m_socket = socket;
    connect(socket, &QTcpSocket::connected, this, &HijackedStream::onConnected);
    watchTcp(socket);
    socket->connectToHost(m_endpoint.host, quint16(m_endpoint.port));
}

void HijackedStream::watchTcp(QTcpSocket *socket)
{
    connect(socket, &QTcpSocket::readyRead, this, &HijackedStream::onReadyRead);
    connect(socket, &QTcpSocket::disconnected, this, &HijackedStream::onDisconnected);
    connect(socket, &QTcpSocket::bytesWritten, this, &HijackedStream::tryShutdownInput);
    connect(
        socket, &QTcpSocket::errorOccurred, this, [this, socket](QAbstractSocket::SocketError e) {
            if (e == QAbstractSocket::RemoteHostClosedError && !m_tlsFailure)
                return onDisconnected();
            if (e == QAbstractSocket::SslHandshakeFailedError && !m_tlsFailure) {
                m_tlsFailure = TlsErrors::Failure::Handshake; // e.g. an engine without TLS
                m_tlsDetail = socket->errorString();
            }
            onSocketError(e == QAbstractSocket::SocketTimeoutError ? EngineError::Kind::Timeout
                                                                   : EngineError::Kind::Unreachable,
                          socket->errorString());
        });
}

// The same stream inside TLS, with the endpoint's CA and client certificate (what the docker
// CLI does with DOCKER_CERT_PATH). QSslSocket rather than libcurl's connect-only mode: it is a
// QIODevice driven by the event loop like the unix and plain TCP sockets above, so the rest of
// the state machine is the same, and its handshake errors and TLS alerts come as enums.
void HijackedStream::connectTls()
{
    if (const auto missing = TlsErrors::checkFiles(m_endpoint))
        return fail(*missing);
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    if (!m_endpoint.caFile.isEmpty()) {
        const QList<QSslCertificate> ca = QSslCertificate::fromPath(m_endpoint.caFile);
        if (ca.isEmpty())
            return fail(unreadableTlsFile(m_endpoint.caFile));
        conf.setCaCertificates(ca);
    }
    if (!m_endpoint.certFile.isEmpty()) {
        const QList<QSslCertificate> cert = QSslCertificate::fromPath(m_endpoint.certFile);
        if (cert.isEmpty())
            return fail(unreadableTlsFile(m_endpoint.certFile));
        conf.setLocalCertificate(cert.first());
    }
    if (!m_endpoint.keyFile.isEmpty()) {
        QFile file(m_endpoint.keyFile);
        const QByteArray pem = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        QSslKey key(pem, QSsl::Rsa);
        if (key.isNull())
            key = QSslKey(pem, QSsl::Ec);
        if (key.isNull())
            return fail(unreadableTlsFile(m_endpoint.keyFile));
        conf.setPrivateKey(key);
    }
    conf.setPeerVerifyMode(m_endpoint.tlsVerify ? QSslSocket::VerifyPeer : QSslSocket::VerifyNone);

    auto *socket = new QSslSocket(this);
    m_socket = socket;
    socket->setSslConfiguration(conf);
    connect(socket, &QSslSocket::encrypted, this, &HijackedStream::onConnected);
    connect(socket, &QSslSocket::encryptedBytesWritten, this, &HijackedStream::tryShutdownInput);
    connect(socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        bool nameOnly = !errors.isEmpty();
        QStringList texts;
        for (const QSslError &e : errors) {
            nameOnly = nameOnly && e.error() == QSslError::HostNameMismatch;
            texts << e.errorString();
        }
        m_tlsFailure =
            nameOnly ? TlsErrors::Failure::HostnameMismatch : TlsErrors::Failure::ServerUntrusted;
        m_tlsDetail = texts.join(u"; "_s);
    });
    connect(socket, &QSslSocket::alertReceived, this,
            [this](QSsl::AlertLevel level, QSsl::AlertType type, const QString &description) {
                if (level != QSsl::AlertLevel::Fatal || m_state == State::Streaming)
                    return;
                using A = QSsl::AlertType;
                m_tlsFailure = type == A::CertificateRequired
                                   ? TlsErrors::Failure::ClientCertificateMissing
                               : (type == A::BadCertificate || type == A::UnknownCa ||
                                  type == A::CertificateUnknown || type == A::HandshakeFailure)
                                   ? TlsErrors::Failure::ClientCertificateRefused
                                   : TlsErrors::Failure::Handshake;
                m_tlsDetail = description;
            });
    watchTcp(socket);
    socket->connectToHostEncrypted(m_endpoint.host, quint16(m_endpoint.port));
}

EngineError HijackedStream::unreadableTlsFile(const QString &path) const
{
    return EngineError(EngineError::Kind::Unreachable,
                       tr("%1 is not a PEM certificate or key that Gantry can read (for the "
                          "engine at %2).")
                           .arg(path, m_endpoint.url()));
}

void HijackedStream::onConnected()
{
    if (m_state != State::Connecting)
        return;
    m_state = State::AwaitingResponse;
    m_socket->write(m_request);
    m_request.clear();
}

void HijackedStream::onSocketError(EngineError::Kind kind, const QString &message)
{
    switch (m_state) {
    case State::Connecting:
    case State::AwaitingResponse: fail(EngineError(kind, message)); break;
    case State::ReadingError: checkErrorBody(true); break;
    case State::Streaming:
        // What arrived before the error is still output.
        if (m_socket && m_socket->bytesAvailable() > 0)
            deliver(m_socket->readAll());
        if (m_state == State::Streaming)
            fail(EngineError(EngineError::Kind::Unreachable, message));
        break;
    default: break;
    }
}

void HijackedStream::onReadyRead()
{
    if (!m_socket)
        return;
    const QByteArray data = m_socket->readAll();
    switch (m_state) {
    case State::AwaitingResponse:
        m_buffer += data;
        parseHead();
        break;
    case State::ReadingError:
        m_buffer += data;
        checkErrorBody(false);
        break;
    case State::Streaming: deliver(data); break;
    default: break;
    }
}

void HijackedStream::parseHead()
{
    const HeadParse parsed = HttpResponse::parseHead(m_buffer);
    if (parsed.state == HeadParse::State::Error)
        return fail(parsed.error);
    if (parsed.state == HeadParse::State::NeedMore)
        return;
    // Bytes after the headers are already the stream (or the error body): keep them.
    const QByteArray rest = m_buffer.mid(parsed.consumed);
    m_buffer.clear();
    m_status = parsed.head.status;
    m_contentLength = parsed.head.contentLength;
    m_chunked = parsed.head.chunked;

    m_responseTimer.stop();
    if (m_status == 101 || m_status == 200) {
        m_state = State::Streaming;
        QPointer<HijackedStream> self(this);
        emit established(m_status);
        if (!self || m_state != State::Streaming)
            return;
        flushInput();
        if (!rest.isEmpty())
            deliver(rest);
        return;
    }
    if (m_status < 300)
        return fail(EngineError::protocol(
            tr("The engine answered HTTP %1 instead of opening the stream.").arg(m_status)));
    m_state = State::ReadingError;
    m_buffer = rest;
    checkErrorBody(false);
}

void HijackedStream::checkErrorBody(bool eof)
{
    std::optional<QByteArray> body;
    if (m_chunked) {
        const ChunkedParse parsed = HttpResponse::dechunk(m_buffer, kMaxErrorBody);
        if (parsed.state == ChunkedParse::State::Error)
            return fail(parsed.error);
        if (parsed.state == ChunkedParse::State::Done)
            body = parsed.body;
    } else if (m_contentLength >= 0 && m_buffer.size() >= m_contentLength)
        body = m_buffer.left(m_contentLength);
    if (!body && (eof || m_buffer.size() > kMaxErrorBody))
        body = m_buffer; // what came is all there will be
    if (body)
        fail(EngineError::fromHttp(m_status, *body));
}

void HijackedStream::deliver(const QByteArray &data)
{
    if (m_framing == Framing::Raw) {
        emit received(data);
        return;
    }
    QPointer<HijackedStream> self(this);
    for (const MuxStreamDecoder::Frame &frame : m_mux.feed(data)) {
        if (frame.stream == MuxStreamDecoder::Stream::Stdout ||
            frame.stream == MuxStreamDecoder::Stream::Stderr)
            emit received(frame.data);
        if (!self || m_state != State::Streaming)
            return;
    }
    if (m_mux.error())
        fail(*m_mux.error());
}

void HijackedStream::onDisconnected()
{
    if (!m_socket)
        return;
    // The last bytes may come with the end of the stream.
    if (m_socket->bytesAvailable() > 0)
        onReadyRead();
    switch (m_state) {
    case State::Connecting:
    case State::AwaitingResponse:
        fail(EngineError(EngineError::Kind::Unreachable,
                         tr("The engine closed the connection before answering.")));
        break;
    case State::ReadingError: checkErrorBody(true); break;
    case State::Streaming:
        if (m_framing == Framing::Multiplexed) {
            if (const auto error = m_mux.finish())
                return fail(*error);
        }
        finishClosed();
        break;
    default: break;
    }
}

void HijackedStream::write(const QByteArray &data)
{
    if (data.isEmpty() || m_closeInput)
        return;
    switch (m_state) {
    case State::Idle:
    case State::Connecting:
    case State::AwaitingResponse: m_pendingInput += data; break;
    case State::Streaming: m_socket->write(data); break;
    default: break;
    }
}

void HijackedStream::flushInput()
{
    if (!m_pendingInput.isEmpty())
        m_socket->write(m_pendingInput);
    m_pendingInput.clear();
    tryShutdownInput();
}

void HijackedStream::closeInput()
{
    m_closeInput = true;
    if (m_state == State::Streaming)
        tryShutdownInput();
}

void HijackedStream::tryShutdownInput()
{
    if (!m_closeInput || m_inputShut || m_state != State::Streaming || !m_socket ||
        m_socket->bytesToWrite() > 0)
        return;
    if (auto *ssl = qobject_cast<QSslSocket *>(m_socket)) {
        if (ssl->encryptedBytesToWrite() > 0)
            return;
        // The engine takes the end of input over TLS only as a close_notify alert alone (what
        // Go's tls.Conn.CloseWrite sends); QSslSocket cannot send one without closing, and a
        // TCP half-close under TLS makes the engine drop the stream and the output with it.
        // Deferred: this runs inside QSslSocket's own signals, which must not see it aborted.
        m_inputShut = true;
        const EngineError error(EngineError::Kind::Protocol,
                                tr("Over TLS, Gantry cannot end a process's input without "
                                   "ending the whole stream (engine %1). Use a terminal (TTY) "
                                   "and type the end of input (Ctrl+D) instead.")
                                    .arg(m_endpoint.url()));
        QMetaObject::invokeMethod(
            this, [this, error] { fail(error); }, Qt::QueuedConnection);
        return;
    }
    qintptr fd = -1;
    if (auto *local = qobject_cast<QLocalSocket *>(m_socket))
        fd = local->socketDescriptor();
    else if (auto *tcp = qobject_cast<QTcpSocket *>(m_socket))
        fd = tcp->socketDescriptor();
    if (fd >= 0) {
        // Half-close: the engine passes EOF to the process's stdin, output still flows.
        ::shutdown(int(fd), SHUT_WR);
        m_inputShut = true;
    }
}

void HijackedStream::abort()
{
    if (m_state == State::Closed || m_state == State::Failed)
        return;
    m_state = State::Closed;
    m_responseTimer.stop();
    releaseSocket();
}

void HijackedStream::fail(const EngineError &given)
{
    if (m_state == State::Closed || m_state == State::Failed)
        return;
    // Before the stream is open, a TLS failure is why the connection broke.
    const bool opening = m_state == State::Connecting || m_state == State::AwaitingResponse;
    const EngineError error = m_tlsFailure && opening
                                  ? TlsErrors::explain(m_endpoint, *m_tlsFailure, m_tlsDetail)
                                  : given;
    m_state = State::Failed;
    m_responseTimer.stop();
    releaseSocket();
    emit failed(error);
}

void HijackedStream::finishClosed()
{
    m_state = State::Closed;
    m_responseTimer.stop();
    releaseSocket();
    emit closed();
}

void HijackedStream::releaseSocket()
{
    if (!m_socket)
        return;
    QIODevice *socket = std::exchange(m_socket, nullptr);
    socket->disconnect(this);
    if (auto *local = qobject_cast<QLocalSocket *>(socket))
        local->abort();
    else if (auto *tcp = qobject_cast<QTcpSocket *>(socket))
        tcp->abort();
    socket->deleteLater();
}

} // namespace gantry
