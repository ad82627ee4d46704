#include "streams/TerminalSession.h"

#include "api/DockerClient.h"
#include "api/Parsers.h"
#include "transport/HijackedStream.h"

#include <QJsonObject>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace gantry {

Q_LOGGING_CATEGORY(lcTerminal, "gantry.terminal")

TerminalSession::TerminalSession(DockerClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_endTimer.setSingleShot(true);
    m_endTimer.setInterval(100);
    connect(&m_endTimer, &QTimer::timeout, this, &TerminalSession::checkEnd);
}

TerminalSession::~TerminalSession()
{
    close();
}

EngineError TerminalSession::connectionLost()
{
    return EngineError(EngineError::Kind::Unreachable,
                       tr("The connection to the engine was lost; the container may still be "
                          "running."));
}

void TerminalSession::setEndPolling(int intervalMs, int attempts)
{
    m_endTimer.setInterval(intervalMs);
    m_endAttemptsMax = attempts;
}

void TerminalSession::start(const TerminalSpec &spec)
{
    if (m_state != State::Idle)
        return;
    m_spec = spec;
    m_tty = spec.tty;
    m_state = State::Starting;
    if (spec.mode == TerminalSpec::Mode::Exec) {
        Reply *reply = m_client->send(spec.createExecRequest());
        m_pending = reply;
        connect(reply, &Reply::finished, this, [this, reply] {
            if (reply->error().isError())
                return fail(reply->error());
            const Result<QJsonObject> o = parse::object(reply->body());
            if (!o)
                return fail(o.error());
            m_execId = o->value("Id"_L1).toString();
            if (m_execId.isEmpty())
                return fail(
                    EngineError::protocol(tr("The engine did not say which exec it made.")));
            openStream(m_spec.startPath(m_execId), m_spec.startBody());
        });
        return;
    }
    if (spec.mode == TerminalSpec::Mode::Run) {
        // `docker run -it`: the container was just created; attached first, started once the
        // stream is open (openStream), so its first output (a prompt) reaches us.
        openStream(m_spec.attachPath(), {});
        return;
    }
    // docker attach checks the state first too: attaching to a stopped container would
    // just end at once.
    m_pending =
        m_client->inspectContainer(spec.containerId, this, [this](const Result<QJsonObject> &r) {
            if (!r)
                return fail(r.error());
            const QJsonObject state = r->value("State"_L1).toObject();
            const QString who =
                m_spec.containerName.isEmpty() ? m_spec.containerId : m_spec.containerName;
            if (state.value("Paused"_L1).toBool())
                return fail(
                    EngineError(EngineError::Kind::Conflict,
                                tr("The container %1 is paused; unpause it first.").arg(who), 409));
            if (!state.value("Running"_L1).toBool())
                return fail(EngineError(
                    EngineError::Kind::Conflict,
                    tr("The container %1 is not running; start it first.").arg(who), 409));
            // Its TTY setting decides the framing, whatever the spec assumed.
            m_tty = r->value("Config"_L1).toObject().value("Tty"_L1).toBool();
            openStream(m_spec.attachPath(), {});
        });
}

void TerminalSession::openStream(const QString &path, const QByteArray &body)
{
    m_stream = new HijackedStream(m_client->endpoint(), this);
    connect(m_stream, &HijackedStream::established, this, [this] {
        if (m_spec.mode == TerminalSpec::Mode::Run)
            return startContainer();
        m_state = State::Running;
        emit started();
        sendResize();
    });
    connect(m_stream, &HijackedStream::received, this, &TerminalSession::output);
    connect(m_stream, &HijackedStream::closed, this, &TerminalSession::onStreamEnded);
    connect(m_stream, &HijackedStream::failed, this, [this](const EngineError &e) {
        // A socket error once the stream runs: the engine tells how it ended, if it can.
        if (m_state == State::Running && e.kind() == EngineError::Kind::Unreachable)
            return onStreamEnded();
        fail(e);
    });
    m_stream->start("POST", m_client->apiVersion().pathPrefix() + path, body,
                    m_tty ? HijackedStream::Framing::Raw : HijackedStream::Framing::Multiplexed);
    m_stream->write(std::exchange(m_earlyInput, {}));
    if (m_closeInputEarly)
        m_stream->closeInput();
}

void TerminalSession::startContainer()
{
    Reply *reply = m_client->send(m_spec.startRequest());
    m_pending = reply;
    connect(reply, &Reply::finished, this, [this, reply] {
        if (reply->error().isError())
            return fail(reply->error()); // created, not started: the container stays so
        if (m_state != State::Starting)
            return; // it already ended (a command that prints and exits at once)
        m_state = State::Running;
        emit started();
        sendResize();
    });
}

void TerminalSession::write(const QByteArray &data)
{
    if (m_stream)
        m_stream->write(data); // it keeps input until the engine answered
    else if (m_state == State::Idle || m_state == State::Starting)
        m_earlyInput += data;
}

void TerminalSession::closeInput()
{
    if (m_stream)
        m_stream->closeInput();
    else
        m_closeInputEarly = true;
}

void TerminalSession::resize(int rows, int cols)
{
    if (rows <= 0 || cols <= 0)
        return;
    m_wantedSize = QSize(cols, rows);
    sendResize();
}

void TerminalSession::sendResize()
{
    if (m_state != State::Running || !m_tty || m_resizeReply || !m_wantedSize.isValid() ||
        m_wantedSize == m_sentSize)
        return;
    m_sentSize = m_wantedSize;
    const int rows = m_sentSize.height(), cols = m_sentSize.width();
    Reply *reply = m_client->send(m_spec.resizeRequest(m_execId, rows, cols));
    m_resizeReply = reply;
    connect(reply, &Reply::finished, this, [this, reply, rows, cols] {
        m_resizeReply = nullptr;
        if (reply->error().isError()) {
            // Not fatal: the process keeps its old size; an ending session says why itself.
            qCWarning(lcTerminal) << "resize failed:" << reply->error().describe();
        } else {
            emit resized(rows, cols);
        }
        sendResize();
    });
}

void TerminalSession::onStreamEnded()
{
    if (m_state != State::Running && m_state != State::Starting)
        return;
    m_state = State::Ending;
    m_stream->deleteLater();
    m_stream = nullptr;
    if (m_resizeReply) {
        m_resizeReply->disconnect(this);
        m_resizeReply->cancel();
    }
    m_endAttempts = 0;
    checkEnd();
}

void TerminalSession::checkEnd()
{
    if (m_state != State::Ending)
        return;
    ++m_endAttempts;
    // The engine may record the exit a moment after it closed the stream.
    const auto stillRunning = [this] {
        if (m_endAttempts < m_endAttemptsMax)
            m_endTimer.start();
        else
            endWith(State::Detached);
    };
    // The exec (or the container) is unknown or unreachable: the engine went away.
    const auto lost = [this](const EngineError &e) {
        if (e.kind() == EngineError::Kind::Unreachable || e.kind() == EngineError::Kind::NotFound ||
            e.kind() == EngineError::Kind::Timeout)
            fail(connectionLost());
        else
            fail(e);
    };
    if (m_spec.mode == TerminalSpec::Mode::Exec) {
        Reply *reply = m_client->send(TerminalSpec::inspectExecRequest(m_execId));
        m_pending = reply;
        connect(reply, &Reply::finished, this, [this, reply, stillRunning, lost] {
            if (reply->error().isError())
                return lost(reply->error());
            const Result<QJsonObject> o = parse::object(reply->body());
            if (!o)
                return fail(o.error());
            if (o->value("Running"_L1).toBool())
                return stillRunning();
            const QJsonValue code = o->value("ExitCode"_L1);
            endWith(State::Finished, code.isDouble() ? code.toInt() : -1);
        });
        return;
    }
    m_pending = m_client->inspectContainer(
        m_spec.containerId, this, [this, stillRunning, lost](const Result<QJsonObject> &r) {
            // `docker run -it --rm`: the engine removes the container as it ends.
            if (!r && m_spec.mode == TerminalSpec::Mode::Run &&
                r.error().kind() == EngineError::Kind::NotFound)
                return endWith(State::Finished, -1);
            if (!r)
                return lost(r.error());
            const QJsonObject state = r->value("State"_L1).toObject();
            if (state.value("Running"_L1).toBool())
                return stillRunning();
            endWith(State::Finished, state.value("ExitCode"_L1).toInt(-1));
        });
}

void TerminalSession::endWith(State state, int exitCode)
{
    m_state = state;
    m_exitCode = exitCode;
    if (state == State::Finished)
        emit finished(exitCode);
    else
        emit detached();
}

void TerminalSession::fail(const EngineError &error)
{
    if (m_state == State::Failed || m_state == State::Closed || m_state == State::Finished ||
        m_state == State::Detached)
        return;
    m_state = State::Failed;
    m_error = error;
    cancelPending();
    emit failed(error);
}

void TerminalSession::cancelPending()
{
    m_endTimer.stop();
    for (QPointer<Reply> *r : {&m_pending, &m_resizeReply}) {
        if (*r) {
            (*r)->disconnect(this);
            (*r)->cancel();
        }
        *r = nullptr;
    }
    if (m_stream) {
        m_stream->disconnect(this);
        m_stream->abort();
        m_stream->deleteLater();
        m_stream = nullptr;
    }
}

void TerminalSession::close()
{
    if (m_state == State::Closed)
        return;
    cancelPending();
    if (m_state == State::Idle || m_state == State::Starting || m_state == State::Running ||
        m_state == State::Ending)
        m_state = State::Closed;
}

} // namespace gantry
