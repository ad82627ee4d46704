#pragma once

#include "core/EngineError.h"
#include "transport/Endpoint.h"
#include "transport/Request.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QTimer>

#include <memory>

typedef void CURLM;
typedef void CURL;

class QIODevice;

namespace gantry {

// One HTTP exchange in flight. Emits finished() exactly once, then deletes itself later.
class Reply : public QObject {
    Q_OBJECT
public:
    int httpStatus() const { return m_status; }
    const QByteArray &body() const { return m_body; }
    QByteArray header(const QByteArray &lowerCaseName) const;
    const EngineError &error() const { return m_error; }
    bool isFinished() const { return m_finished; }

    // Aborts the exchange; finished() follows with a Cancelled error. Safe after finishing.
    void cancel();

signals:
    void responseStarted(int httpStatus);           // status line and headers are in
    void received(const QByteArray &chunk);         // streaming requests with a 2xx status only
    void uploadProgress(qint64 sent, qint64 total); // requests with a bodyDevice; total may be 0
    void finished();

private:
    friend class Transport;
    explicit Reply(class Transport *transport);

    QPointer<Transport> m_transport;
    int m_status = 0;
    QByteArray m_body;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    EngineError m_error;
    bool m_finished = false;
};

// HTTP over libcurl's multi interface, driven by the Qt event loop: curl tells which
// sockets to watch (QSocketNotifier) and when to wake up (QTimer). No thread, no blocking.
class Transport : public QObject {
    Q_OBJECT
public:
    explicit Transport(Endpoint endpoint, QObject *parent = nullptr);
    ~Transport() override;

    const Endpoint &endpoint() const { return m_endpoint; }
    Reply *send(const Request &request);
    int activeCount() const { return int(m_transfers.size()); }

private:
    friend class Reply;
    struct Transfer;
    struct SocketWatch;

    static int socketCallback(CURL *easy, int fd, int what, void *userp, void *socketp);
    static int timerCallback(CURLM *multi, long timeoutMs, void *userp);
    static size_t writeCallback(char *data, size_t size, size_t n, void *userp);
    static size_t headerCallback(char *data, size_t size, size_t n, void *userp);
    static size_t readCallback(char *data, size_t size, size_t n, void *userp);

    void drive(int fd, int events);
    void deliver();
    void complete(Transfer *t, int curlCode);
    EngineError tlsError(int curlCode, const QString &detail, const EngineError &otherwise) const;
    void abort(Reply *reply);
    void release(Transfer *t);

    Endpoint m_endpoint;
    CURLM *m_multi = nullptr;
    QTimer m_timer;
    QHash<CURL *, Transfer *> m_transfers;
};

} // namespace gantry
