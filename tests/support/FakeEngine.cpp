#include "FakeEngine.h"

#include <QFile>
#include <QLocalSocket>
#include <QPointer>
#include <QTimer>

#include <sys/socket.h>
#include <unistd.h>

struct FakeEngine::Connection {
    QPointer<QLocalSocket> socket;
    QByteArray head;
    bool routed = false;
    QList<Step> steps;
    qsizetype next = 0;
    QTimer timer; // paces trickles and pauses
    qsizetype trickled = 0;
};

FakeEngine::FakeEngine(QObject *parent)
    : QObject(parent)
{
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    connect(&m_server, &QLocalServer::newConnection, this, &FakeEngine::onNewConnection);
}

FakeEngine::~FakeEngine()
{
    for (Connection *c : std::as_const(m_live)) {
        if (c->socket)
            c->socket->abort();
        delete c;
    }
}

bool FakeEngine::listen()
{
    // A private directory (QTemporaryDir is mode 0700): no other user can connect or race us.
    return m_dir.isValid() && m_server.listen(socketPath());
}

QString FakeEngine::socketPath() const
{
    return m_dir.filePath(QStringLiteral("engine.sock"));
}

gantry::Endpoint FakeEngine::endpoint() const
{
    gantry::Endpoint e;
    e.kind = gantry::Endpoint::Kind::Unix;
    e.socketPath = socketPath();
    return e;
}

FakeEngine::Script &FakeEngine::on(const QByteArray &match)
{
    m_routes.emplace_back(match, Script());
    return m_routes.back().second;
}

QByteArray FakeEngine::jsonResponse(int status, const QByteArray &json)
{
    return "HTTP/1.1 " + QByteArray::number(status) +
           " Fake\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: " +
           QByteArray::number(json.size()) + "\r\n\r\n" + json;
}

void FakeEngine::onNewConnection()
{
    while (QLocalSocket *socket = m_server.nextPendingConnection()) {
        ++m_connections;
        auto *c = new Connection;
        c->socket = socket;
        c->timer.setSingleShot(true);
        connect(&c->timer, &QTimer::timeout, this, [this, c] { play(c); });
        m_live.append(c);
        connect(socket, &QLocalSocket::readyRead, this, [this, c] { onReadyRead(c); });
        onReadyRead(c);
    }
}

void FakeEngine::onReadyRead(Connection *c)
{
    if (!c->socket)
        return;
    if (c->routed) {
        // Reading the body (or not): a route that never reads leaves it in the kernel.
        if (c->socket->readBufferSize() == 0)
            c->socket->readAll();
        return;
    }
    // Peek the head without taking more than it: a never-reading route must leave the
    // body where it is.
    while (c->socket->bytesAvailable() > 0 && !c->head.endsWith("\r\n\r\n")) {
        char ch = 0;
        if (c->socket->read(&ch, 1) != 1)
            break;
        c->head.append(ch);
    }
    if (!c->head.endsWith("\r\n\r\n"))
        return;
    c->routed = true;
    const QByteArray requestLine = c->head.left(c->head.indexOf("\r\n"));
    m_requestLines.append(requestLine);
    for (const auto &[match, script] : std::as_const(m_routes)) {
        if (!requestLine.contains(match))
            continue;
        c->steps = script.steps();
        if (!script.readsRequest())
            c->socket->setReadBufferSize(1); // Qt stops draining the socket
        break;
    }
    if (c->socket->readBufferSize() == 0)
        c->socket->readAll();
    play(c);
}

void FakeEngine::play(Connection *c)
{
    while (c->socket && c->next < c->steps.size()) {
        const Step &step = c->steps.at(c->next);
        switch (step.kind) {
        case Step::Kind::Send:
            c->socket->write(step.data);
            c->socket->flush();
            ++c->next;
            break;
        case Step::Kind::Trickle:
            if (c->trickled < step.data.size()) {
                c->socket->write(step.data.mid(c->trickled++, 1));
                c->socket->flush();
                c->timer.start(step.ms);
                return;
            }
            c->trickled = 0;
            ++c->next;
            break;
        case Step::Kind::Pause:
            ++c->next;
            c->timer.start(step.ms);
            return;
        case Step::Kind::Close:
            c->socket->flush();
            c->socket->disconnectFromServer();
            ++c->next;
            return;
        case Step::Kind::Reset: {
            // Hang up at once: anything still unsent or unread is dropped, as a crash would.
            const qintptr fd = c->socket->socketDescriptor();
            if (fd >= 0)
                ::shutdown(int(fd), SHUT_RDWR);
            c->socket->abort();
            ++c->next;
            return;
        }
        }
    }
}
