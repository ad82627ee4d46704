#include "registry/RegistryTransfer.h"

#include "api/DockerClient.h"

namespace gantry {

RegistryTransfer::RegistryTransfer(DockerClient *client, TransferProgress::Direction direction,
                                   Action action, bool withCredentials, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_action(std::move(action))
    , m_progress(direction)
    , m_server(RegistryAuth::registryOf(m_action.target))
    , m_withCredentials(withCredentials)
{
}

RegistryTransfer::RegistryTransfer(DockerClient *client, const PullSpec &spec, QObject *parent)
    : RegistryTransfer(client, TransferProgress::Direction::Pull, spec.action(),
                       spec.credentials.has_value(), parent)
{
}

RegistryTransfer::RegistryTransfer(DockerClient *client, const PushSpec &spec, QObject *parent)
    : RegistryTransfer(client, TransferProgress::Direction::Push, spec.action(),
                       spec.credentials.has_value(), parent)
{
}

RegistryTransfer::~RegistryTransfer()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->cancel();
    }
}

void RegistryTransfer::start()
{
    if (m_reply)
        return;
    m_reply = m_client->send(m_action.request);
    connect(m_reply, &Reply::received, this, [this](const QByteArray &chunk) {
        const QString before = m_progress.lastStatus();
        const QStringList changed = m_progress.feed(chunk);
        if (!changed.isEmpty())
            emit layersChanged(changed);
        if (m_progress.lastStatus() != before)
            emit statusChanged(m_progress.lastStatus());
    });
    connect(m_reply, &Reply::finished, this, &RegistryTransfer::onFinished);
}

void RegistryTransfer::cancel()
{
    if (m_reply)
        m_reply->cancel(); // finished() follows with a Cancelled error
}

void RegistryTransfer::onFinished()
{
    Reply *reply = m_reply;
    m_reply = nullptr;
    EngineError error = reply->error();
    if (!error.isError()) {
        m_progress.finish();
        if (m_progress.error())
            error = *m_progress.error();
    }
    const RegistryAuth::Operation op = m_progress.direction() == TransferProgress::Direction::Pull
                                           ? RegistryAuth::Operation::Pull
                                           : RegistryAuth::Operation::Push;
    const QString repository = m_action.target.section(u'@', 0, 0);
    m_error = RegistryAuth::explain(
        error, op, m_server, ImageTagSpec::splitReference(repository).first, m_withCredentials);
    emit finished(m_error);
}

} // namespace gantry
