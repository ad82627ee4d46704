#include "transfer/ArchiveTransfer.h"

#include "api/DockerClient.h"
#include "transfer/BuildContext.h"

#include <QFile>
#include <QTimer>

namespace gantry {

ArchiveTransfer::ArchiveTransfer(QObject *parent)
    : QObject(parent)
{
}

ArchiveTransfer::~ArchiveTransfer()
{
    // Its owner (a dialog) went away mid-transfer: stop the engine call too. No finished()
    // here: the owner is half destroyed (listeners use destroyed()).
    if (m_reply && !m_reply->isFinished()) {
        m_reply->disconnect(this);
        m_reply->cancel();
    }
    if (m_file && !m_done)
        m_file->cancelWriting();
}

ArchiveTransfer *ArchiveTransfer::toFile(DockerClient *client, const Request &request,
                                         const QString &filePath, QObject *parent)
{
    auto *t = new ArchiveTransfer(parent);
    t->m_file = std::make_unique<QSaveFile>(filePath);
    if (!t->m_file->open(QIODevice::WriteOnly)) {
        t->fail(EngineError(EngineError::Kind::PermissionDenied,
                            tr("Cannot write %1: %2").arg(filePath, t->m_file->errorString())));
        return t;
    }
    t->start(client, request);
    return t;
}

ArchiveTransfer *ArchiveTransfer::fromFile(DockerClient *client, const Request &request,
                                           const QString &filePath, QObject *parent)
{
    auto file = std::make_shared<QFile>(filePath);
    if (!file->open(QIODevice::ReadOnly)) {
        auto *t = new ArchiveTransfer(parent);
        t->fail(EngineError(EngineError::Kind::NotFound,
                            tr("Cannot read %1: %2").arg(filePath, file->errorString())));
        return t;
    }
    const qint64 size = file->size();
    return fromDevice(client, request, std::move(file), size, parent);
}

ArchiveTransfer *ArchiveTransfer::fromDevice(DockerClient *client, Request request,
                                             std::shared_ptr<QIODevice> body, qint64 size,
                                             QObject *parent)
{
    auto *t = new ArchiveTransfer(parent);
    t->m_body = body;
    request.bodyDevice = std::move(body);
    request.bodySize = size;
    t->start(client, request);
    return t;
}

void ArchiveTransfer::start(DockerClient *client, const Request &request)
{
    Request r = request;
    r.streaming = true;
    r.timeoutMs = 0;
    m_reply = client->send(r);
    connect(m_reply, &Reply::received, this, &ArchiveTransfer::onReceived);
    connect(m_reply, &Reply::uploadProgress, this, &ArchiveTransfer::progress);
    connect(m_reply, &Reply::finished, this, &ArchiveTransfer::onFinished);
}

void ArchiveTransfer::fail(const EngineError &error)
{
    // Reported from the event loop, so that the caller can connect first.
    QTimer::singleShot(0, this, [this, error] { done(error); });
}

void ArchiveTransfer::onReceived(const QByteArray &chunk)
{
    if (m_file) {
        if (m_file->write(chunk) != chunk.size()) {
            const EngineError e(
                EngineError::Kind::PermissionDenied,
                tr("Cannot write %1: %2").arg(m_file->fileName(), m_file->errorString()));
            if (m_reply) {
                m_reply->disconnect(this);
                m_reply->cancel();
            }
            done(e);
            return;
        }
        m_received += chunk.size();
        emit progress(m_received, 0);
        return;
    }
    const QString text = m_output.feed(chunk);
    if (!text.isEmpty())
        emit outputReceived(text);
}

void ArchiveTransfer::onFinished()
{
    EngineError error = m_reply ? m_reply->error() : EngineError();
    // A body that could not be read aborts the upload; say why, not what curl saw.
    if (error.isError() && error.kind() != EngineError::Kind::Cancelled && bodyFailed())
        error = EngineError(EngineError::Kind::PermissionDenied, m_body->errorString());
    if (!error.isError() && !m_file) {
        if (std::optional<EngineError> failure = m_output.finish())
            error = *failure;
    }
    done(error);
}

bool ArchiveTransfer::bodyFailed() const
{
    if (const auto *tar = qobject_cast<const TarStream *>(m_body.get()))
        return tar->failed();
    if (const auto *file = qobject_cast<const QFileDevice *>(m_body.get()))
        return file->error() != QFileDevice::NoError;
    return false;
}

void ArchiveTransfer::done(const EngineError &error)
{
    if (m_done)
        return;
    m_done = true;
    if (m_file) {
        if (error.isError())
            m_file->cancelWriting();
        if (!m_file->commit() && !error.isError()) {
            emit finished(EngineError(
                EngineError::Kind::PermissionDenied,
                tr("Cannot write %1: %2").arg(m_file->fileName(), m_file->errorString())));
            deleteLater();
            return;
        }
    }
    emit finished(error);
    deleteLater();
}

void ArchiveTransfer::cancel()
{
    if (m_reply && !m_reply->isFinished())
        m_reply->cancel(); // onFinished() follows with a Cancelled error
    else if (!m_done)
        done(EngineError(EngineError::Kind::Cancelled, tr("Cancelled by the user.")));
}

} // namespace gantry
