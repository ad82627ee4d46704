#pragma once

#include "transport/Endpoint.h"

#include <QByteArray>
#include <QList>
#include <QLocalServer>
#include <QObject>
#include <QTemporaryDir>

#include <deque>
#include <utility>

class QLocalSocket;

// A scriptable engine for fault tests: a local socket server, in a private directory, that
// answers each request by playing bytes as scripted (send, trickle, pause, hang up) and can
// stop reading what the client sends. Each connection reads a request head, picks the first
// route whose text occurs in the request line, and plays its script; when the script ends
// the connection stays open and silent unless the script closed it.
class FakeEngine : public QObject {
    Q_OBJECT
public:
    struct Step {
        enum class Kind { Send, Trickle, Pause, Close, Reset };
        Kind kind = Kind::Send;
        QByteArray data;
        int ms = 0; // Trickle: between bytes; Pause: how long
    };
    class Script {
    public:
        Script &send(const QByteArray &bytes) { return add({Step::Kind::Send, bytes, 0}); }
        Script &trickle(const QByteArray &bytes, int msPerByte)
        {
            return add({Step::Kind::Trickle, bytes, msPerByte});
        }
        Script &pause(int ms) { return add({Step::Kind::Pause, {}, ms}); }
        Script &close() { return add({Step::Kind::Close, {}, 0}); } // orderly end of stream
        Script &reset() { return add({Step::Kind::Reset, {}, 0}); } // hang up, unread input dropped
        // Do not read the request (nor its body): the client's writes pile up and block.
        Script &neverRead()
        {
            m_neverRead = true;
            return *this;
        }
        const QList<Step> &steps() const { return m_steps; }
        bool readsRequest() const { return !m_neverRead; }

    private:
        Script &add(Step step)
        {
            m_steps.append(std::move(step));
            return *this;
        }
        QList<Step> m_steps;
        bool m_neverRead = false;
    };

    explicit FakeEngine(QObject *parent = nullptr);
    ~FakeEngine() override;

    bool listen();
    gantry::Endpoint endpoint() const;
    QString socketPath() const;

    // `match` is looked for in the request line ("GET /v1.41/version HTTP/1.1").
    Script &on(const QByteArray &match);
    int connectionCount() const { return m_connections; }
    QList<QByteArray> requestLines() const { return m_requestLines; }

    // A complete JSON answer, closing the connection after it.
    static QByteArray jsonResponse(int status, const QByteArray &json);

private:
    struct Connection;
    void onNewConnection();
    void onReadyRead(Connection *c);
    void play(Connection *c);

    QTemporaryDir m_dir;
    QLocalServer m_server;
    std::deque<std::pair<QByteArray, Script>> m_routes; // stable references for on()
    QList<Connection *> m_live;
    QList<QByteArray> m_requestLines;
    int m_connections = 0;
};
