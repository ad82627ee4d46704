#include "transport/Transport.h"

#include "transport/ConnectFailure.h"
#include "transport/TlsErrors.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QSocketNotifier>

#include <curl/curl.h>

#include <cerrno>
#include <memory>
#include <mutex>
#include <optional>

using namespace Qt::StringLiterals;

namespace gantry {

namespace {

struct UploadCounter {
    qint64 sent = 0;
    qint64 total = 0;
};

// Only records: uploadProgress() is emitted from deliver(), outside curl.
int countUpload(void *userp, curl_off_t, curl_off_t, curl_off_t total, curl_off_t sent)
{
    auto *counter = static_cast<UploadCounter *>(userp);
    counter->sent = sent;
    counter->total = total;
    return 0;
}

} // namespace

struct Transport::Transfer {
    CURL *easy = nullptr;
    curl_slist *headers = nullptr;
    QPointer<Reply> reply;
    bool streaming = false;
    bool started = false;     // responseStarted() delivered
    bool headersDone = false; // the blank line after the headers was seen
    QByteArray pending;       // streamed bytes not yet delivered
    qint64 maxBody = 0;
    qint64 headerBytes = 0;
    std::optional<EngineError> refused; // we broke the exchange off: why
    std::shared_ptr<QIODevice> body;
    UploadCounter upload;
    qint64 uploadReported = -1;
    char errorBuffer[CURL_ERROR_SIZE] = {};
};

struct Transport::SocketWatch {
    std::unique_ptr<QSocketNotifier> read;
    std::unique_ptr<QSocketNotifier> write;
};

namespace {

// Far more than the engine ever sends; a peer that goes on is broken or hostile.
constexpr qint64 kMaxHeaderBytes = 64 * 1024;

bool isSuccess(int status)
{
    return (status >= 200 && status < 300) || status == 304;
}

EngineError curlError(CURLcode code, long osErrno, const char *detail)
{
    const QString message = QString::fromUtf8(*detail ? detail : curl_easy_strerror(code));
    switch (code) {
    case CURLE_OPERATION_TIMEDOUT: return EngineError(EngineError::Kind::Timeout, message);
    case CURLE_COULDNT_CONNECT:
        if (osErrno == EACCES || osErrno == EPERM)
            return EngineError(EngineError::Kind::PermissionDenied, message);
        return EngineError(EngineError::Kind::Unreachable, message);
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
    case CURLE_GOT_NOTHING:
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
    case CURLE_PARTIAL_FILE:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CACERT_BADFILE: return EngineError(EngineError::Kind::Unreachable, message);
    default: return EngineError(EngineError::Kind::Protocol, message);
    }
}

// Failures before the engine said anything speak of the endpoint the user gave (which
// socket or host, why, what to do); later ones (a timeout on a slow call, a stream cut
// halfway) keep libcurl's account.
EngineError failure(const Endpoint &endpoint, CURL *easy, CURLcode code, long osErrno,
                    int httpStatus, const char *detail)
{
    if (httpStatus == 0) {
        curl_off_t connected = 0;
        curl_easy_getinfo(easy, CURLINFO_CONNECT_TIME_T, &connected);
        const bool connectPhase = code != CURLE_OPERATION_TIMEDOUT || connected == 0;
        const auto reason = ConnectFailure::classify(endpoint, code, osErrno);
        if (connectPhase &&
            (reason != ConnectFailure::Reason::Other || code == CURLE_COULDNT_CONNECT))
            return ConnectFailure::error(
                endpoint, reason, QString::fromUtf8(*detail ? detail : curl_easy_strerror(code)));
    }
    return curlError(code, osErrno, detail);
}

EngineError bodyTooLarge(qint64 limit)
{
    return EngineError::protocol(
        Transport::tr("The engine's answer is larger than the %1 MiB allowed for it.")
            .arg(limit / (1024 * 1024)));
}

} // namespace

Reply::Reply(Transport *transport)
    : QObject(nullptr)
    , m_transport(transport)
{
}

QByteArray Reply::header(const QByteArray &lowerCaseName) const
{
    for (const auto &[name, value] : m_headers) {
        if (name == lowerCaseName)
            return value;
    }
    return {};
}

void Reply::cancel()
{
    if (!m_finished && m_transport)
        m_transport->abort(this);
}

Transport::Transport(Endpoint endpoint, QObject *parent)
    : QObject(parent)
    , m_endpoint(std::move(endpoint))
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });

    m_multi = curl_multi_init();
    curl_multi_setopt(m_multi, CURLMOPT_SOCKETFUNCTION, &Transport::socketCallback);
    curl_multi_setopt(m_multi, CURLMOPT_SOCKETDATA, this);
    curl_multi_setopt(m_multi, CURLMOPT_TIMERFUNCTION, &Transport::timerCallback);
    curl_multi_setopt(m_multi, CURLMOPT_TIMERDATA, this);

    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { drive(CURL_SOCKET_TIMEOUT, 0); });
}

Transport::~Transport()
{
    const auto transfers = m_transfers.values();
    for (Transfer *t : transfers) {
        if (t->reply) {
            t->reply->m_error = EngineError(EngineError::Kind::Cancelled, tr("Shutting down."));
            t->reply->m_finished = true;
            t->reply->deleteLater();
        }
        release(t);
    }
    curl_multi_cleanup(m_multi); // calls socketCallback(REMOVE) for what is left
}

Reply *Transport::send(const Request &request)
{
    auto *reply = new Reply(this);
    auto *t = new Transfer;
    t->reply = reply;
    t->streaming = request.streaming;
    t->maxBody = request.maxBodyBytes;
    t->easy = curl_easy_init();
    CURL *e = t->easy;

    const QByteArray url = (m_endpoint.baseUrl() + request.path).toUtf8();
    curl_easy_setopt(e, CURLOPT_URL, url.constData());
    curl_easy_setopt(e, CURLOPT_PRIVATE, t);
    curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(e, CURLOPT_ERRORBUFFER, t->errorBuffer);
    curl_easy_setopt(e, CURLOPT_USERAGENT, "Gantry/" GANTRY_VERSION);
    curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, &Transport::writeCallback);
    curl_easy_setopt(e, CURLOPT_WRITEDATA, t);
    curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, &Transport::headerCallback);
    curl_easy_setopt(e, CURLOPT_HEADERDATA, t);
    curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS, 10000L);
    if (request.timeoutMs > 0)
        curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, long(request.timeoutMs));
    if (!request.streaming && request.maxBodyBytes > 0) // refused on the announced length
        curl_easy_setopt(e, CURLOPT_MAXFILESIZE_LARGE, curl_off_t(request.maxBodyBytes));

    if (m_endpoint.viaSocketFile()) {
        const QByteArray socket = m_endpoint.socketPath.toLocal8Bit();
        curl_easy_setopt(e, CURLOPT_UNIX_SOCKET_PATH, socket.constData());
    } else {
        curl_easy_setopt(e, CURLOPT_TCP_KEEPALIVE, 1L);
        if (m_endpoint.tls) {
            curl_easy_setopt(e, CURLOPT_SSL_VERIFYPEER, m_endpoint.tlsVerify ? 1L : 0L);
            curl_easy_setopt(e, CURLOPT_SSL_VERIFYHOST, m_endpoint.tlsVerify ? 2L : 0L);
            const QByteArray ca = m_endpoint.caFile.toLocal8Bit();
            const QByteArray cert = m_endpoint.certFile.toLocal8Bit();
            const QByteArray key = m_endpoint.keyFile.toLocal8Bit();
            if (!ca.isEmpty())
                curl_easy_setopt(e, CURLOPT_CAINFO, ca.constData());
            if (!cert.isEmpty())
                curl_easy_setopt(e, CURLOPT_SSLCERT, cert.constData());
            if (!key.isEmpty())
                curl_easy_setopt(e, CURLOPT_SSLKEY, key.constData());
        }
    }

    if (request.method == "GET") {
        curl_easy_setopt(e, CURLOPT_HTTPGET, 1L);
    } else if (request.method == "HEAD") {
        curl_easy_setopt(e, CURLOPT_NOBODY, 1L);
    } else if (request.bodyDevice) {
        t->body = request.bodyDevice;
        curl_easy_setopt(e, CURLOPT_POST, 1L);
        curl_easy_setopt(e, CURLOPT_READFUNCTION, &Transport::readCallback);
        curl_easy_setopt(e, CURLOPT_READDATA, t);
        curl_easy_setopt(e, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(request.bodySize));
        if (request.bodySize < 0)
            t->headers = curl_slist_append(t->headers, "Transfer-Encoding: chunked");
        curl_easy_setopt(e, CURLOPT_XFERINFOFUNCTION, &countUpload);
        curl_easy_setopt(e, CURLOPT_XFERINFODATA, &t->upload);
        curl_easy_setopt(e, CURLOPT_NOPROGRESS, 0L);
        if (request.method != "POST")
            curl_easy_setopt(e, CURLOPT_CUSTOMREQUEST, request.method.constData());
    } else {
        curl_easy_setopt(e, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(request.body.size()));
        curl_easy_setopt(e, CURLOPT_COPYPOSTFIELDS, request.body.constData());
        if (request.method != "POST")
            curl_easy_setopt(e, CURLOPT_CUSTOMREQUEST, request.method.constData());
    }

    t->headers = curl_slist_append(t->headers, "Expect:");
    if (!request.body.isEmpty() || request.bodyDevice)
        t->headers = curl_slist_append(
            t->headers, QByteArray("Content-Type: " + request.contentType).constData());
    else // not curl's default form type, which the engine refuses on some calls (commit)
        t->headers = curl_slist_append(t->headers, "Content-Type:");
    for (const auto &[name, value] : request.headers)
        t->headers = curl_slist_append(t->headers, QByteArray(name + ": " + value).constData());
    curl_easy_setopt(e, CURLOPT_HTTPHEADER, t->headers);

    m_transfers.insert(e, t);
    curl_multi_add_handle(m_multi, e);
    return reply;
}

size_t Transport::headerCallback(char *data, size_t size, size_t n, void *userp)
{
    auto *t = static_cast<Transfer *>(userp);
    if (!t->reply)
        return size * n;
    t->headerBytes += qint64(size * n);
    if (t->headerBytes > kMaxHeaderBytes) {
        t->refused = EngineError::protocol(
            tr("The engine's answer has more than %1 KiB of headers.").arg(kMaxHeaderBytes / 1024));
        return 0; // curl ends the transfer
    }
    const QByteArray line = QByteArray(data, qsizetype(size * n)).trimmed();
    if (line.startsWith("HTTP/")) {
        // A new response (e.g. after 100 Continue): forget the previous one's headers.
        const QList<QByteArray> parts = line.split(' ');
        t->reply->m_status = parts.size() > 1 ? parts[1].toInt() : 0;
        t->reply->m_headers.clear();
        t->headersDone = false;
        t->headerBytes = line.size();
    } else if (line.isEmpty()) {
        if (t->reply->m_status >= 200)
            t->headersDone = true;
    } else if (const qsizetype colon = line.indexOf(':'); colon > 0) {
        t->reply->m_headers.append(
            {line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    }
    return size * n;
}

size_t Transport::writeCallback(char *data, size_t size, size_t n, void *userp)
{
    auto *t = static_cast<Transfer *>(userp);
    if (!t->reply)
        return size * n;
    // Chunks are only queued here: slots must not run inside curl's callbacks.
    if (t->streaming && isSuccess(t->reply->m_status)) {
        t->pending.append(data, qsizetype(size * n));
        return size * n;
    }
    if (t->maxBody > 0 && t->reply->m_body.size() + qint64(size * n) > t->maxBody) {
        t->refused = bodyTooLarge(t->maxBody);
        return 0; // curl ends the transfer
    }
    t->reply->m_body.append(data, qsizetype(size * n));
    return size * n;
}

size_t Transport::readCallback(char *data, size_t size, size_t n, void *userp)
{
    auto *t = static_cast<Transfer *>(userp);
    if (!t->body)
        return 0;
    const qint64 got = t->body->read(data, qint64(size * n));
    return got < 0 ? CURL_READFUNC_ABORT : size_t(got);
}

int Transport::socketCallback(CURL *, int fd, int what, void *userp, void *socketp)
{
    auto *self = static_cast<Transport *>(userp);
    auto *watch = static_cast<SocketWatch *>(socketp);

    auto retire = [](std::unique_ptr<QSocketNotifier> &n) {
        if (n) {
            n->setEnabled(false);
            n.release()->deleteLater(); // we may be inside its activated() signal
        }
    };
    if (what == CURL_POLL_REMOVE) {
        if (watch) {
            retire(watch->read);
            retire(watch->write);
            delete watch;
        }
        curl_multi_assign(self->m_multi, fd, nullptr);
        return 0;
    }
    if (!watch) {
        watch = new SocketWatch;
        curl_multi_assign(self->m_multi, fd, watch);
    }
    auto ensure = [self, fd](std::unique_ptr<QSocketNotifier> &n, QSocketNotifier::Type type,
                             int event, bool wanted) {
        if (!wanted) {
            if (n)
                n->setEnabled(false);
            return;
        }
        if (!n) {
            n = std::make_unique<QSocketNotifier>(fd, type);
            QObject::connect(n.get(), &QSocketNotifier::activated, self,
                             [self, fd, event] { self->drive(fd, event); });
        }
        n->setEnabled(true);
    };
    ensure(watch->read, QSocketNotifier::Read, CURL_CSELECT_IN,
           what == CURL_POLL_IN || what == CURL_POLL_INOUT);
    ensure(watch->write, QSocketNotifier::Write, CURL_CSELECT_OUT,
           what == CURL_POLL_OUT || what == CURL_POLL_INOUT);
    return 0;
}

int Transport::timerCallback(CURLM *, long timeoutMs, void *userp)
{
    auto *self = static_cast<Transport *>(userp);
    if (timeoutMs < 0)
        self->m_timer.stop();
    else
        self->m_timer.start(int(timeoutMs));
    return 0;
}

void Transport::drive(int fd, int events)
{
    int running = 0;
    curl_multi_socket_action(m_multi, fd, events, &running);
    deliver();
}

void Transport::deliver()
{
    // Any slot below may cancel or start transfers: look each one up again before use.
    const QList<CURL *> handles = m_transfers.keys();
    for (CURL *easy : handles) {
        Transfer *t = m_transfers.value(easy);
        if (!t || !t->reply)
            continue;
        if (t->headersDone && !t->started) {
            t->started = true;
            emit t->reply->responseStarted(t->reply->m_status);
        }
        t = m_transfers.value(easy);
        if (t && t->reply && t->body && t->upload.sent != t->uploadReported) {
            t->uploadReported = t->upload.sent;
            emit t->reply->uploadProgress(t->upload.sent, t->upload.total);
        }
        t = m_transfers.value(easy);
        if (t && t->reply && !t->pending.isEmpty())
            emit t->reply->received(std::exchange(t->pending, {}));
    }

    int left = 0;
    while (CURLMsg *msg = curl_multi_info_read(m_multi, &left)) {
        if (msg->msg != CURLMSG_DONE)
            continue;
        if (Transfer *t = m_transfers.value(msg->easy_handle))
            complete(t, msg->data.result);
    }
}

void Transport::complete(Transfer *t, int code)
{
    const QPointer<Reply> reply = t->reply;
    CURL *easy = t->easy; // `t` is deleted if a received() slot cancels the transfer
    if (reply && !t->pending.isEmpty())
        emit reply->received(std::exchange(t->pending, {}));
    if (m_transfers.value(easy) != t) // a received() slot cancelled it meanwhile
        return;
    if (reply) {
        if (t->refused) {
            reply->m_error = *t->refused;
        } else if (code == CURLE_FILESIZE_EXCEEDED) {
            reply->m_error = bodyTooLarge(t->maxBody);
        } else if (code != CURLE_OK) {
            long osErrno = 0;
            curl_easy_getinfo(t->easy, CURLINFO_OS_ERRNO, &osErrno);
            reply->m_error = failure(m_endpoint, t->easy, CURLcode(code), osErrno, reply->m_status,
                                     t->errorBuffer);
            if (m_endpoint.tls) // which certificate, and what to do with it
                reply->m_error = tlsError(
                    code,
                    QString::fromUtf8(*t->errorBuffer ? t->errorBuffer
                                                      : curl_easy_strerror(CURLcode(code))),
                    reply->m_error);
        } else if (!isSuccess(reply->m_status)) {
            reply->m_error = EngineError::fromHttp(reply->m_status, reply->m_body);
        }
    }
    release(t);
    if (reply) {
        reply->m_finished = true;
        emit reply->finished();
        reply->deleteLater();
    }
}

// A TLS failure in the user's terms: a missing file, an untrusted engine, a refused client
// certificate (from libcurl's `detail`, OpenSSL's words inside); other failures `otherwise`.
EngineError Transport::tlsError(int curlCode, const QString &detail,
                                const EngineError &otherwise) const
{
    if (const auto missing = TlsErrors::checkFiles(m_endpoint))
        return *missing;
    // A handshake that failed for no reason OpenSSL names (e.g. an engine without TLS):
    // ConnectFailure's account, which says where and what to check, stays.
    const auto failure = TlsErrors::classifyCurl(curlCode, detail);
    if (failure && *failure != TlsErrors::Failure::Handshake)
        return TlsErrors::explain(m_endpoint, *failure, detail);
    return otherwise;
}

void Transport::abort(Reply *reply)
{
    for (Transfer *t : std::as_const(m_transfers)) {
        if (t->reply != reply)
            continue;
        release(t);
        reply->m_error = EngineError(EngineError::Kind::Cancelled, tr("Cancelled by the user."));
        reply->m_finished = true;
        emit reply->finished();
        reply->deleteLater();
        return;
    }
}

void Transport::release(Transfer *t)
{
    m_transfers.remove(t->easy);
    curl_multi_remove_handle(m_multi, t->easy);
    curl_easy_cleanup(t->easy);
    curl_slist_free_all(t->headers);
    delete t;
}

} // namespace gantry
