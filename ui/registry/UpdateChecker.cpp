#include "registry/UpdateChecker.h"

#include "api/DockerClient.h"
#include "registry/CredentialStore.h"
#include "registry/UpdateCheck.h"

#include <QNetworkAccessManager>

namespace gantry {

UpdateChecker::UpdateChecker(DockerClient *client, CredentialStore *credentials, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_credentials(credentials)
{
}

void UpdateChecker::check(const QString &reference)
{
    if (m_running)
        m_running->cancel();
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    const std::optional<ImageName> name = ImageName::parse(reference);
    if (!name)
        return emit failed(tr("%1 has no tag to check.").arg(reference));
    m_client->inspectImage(reference, this, [this, reference, name](const Result<QJsonObject> &r) {
        if (!r)
            return emit failed(r.error().describe());
        const QStringList digests = UpdateCheck::repoDigests(r.value());
        m_credentials->lookup(
            name->registry, this,
            [this, reference, digests](std::optional<RegistryCredentials> login) {
                m_running = UpdateCheck::start(m_network, reference, digests, login, this);
                connect(
                    m_running, &UpdateCheck::finished, this,
                    [this, reference](const Result<UpdateStatus> &s) {
                        if (!s) {
                            if (s.error().kind() != EngineError::Kind::Cancelled)
                                emit failed(
                                    tr("Cannot check %1: %2").arg(reference, s.error().describe()));
                            return;
                        }
                        switch (s->state) {
                        case UpdateStatus::State::UpToDate:
                            return emit answered(
                                tr("%1 is up to date with its registry.").arg(reference), false);
                        case UpdateStatus::State::Outdated:
                            return emit answered(
                                tr("A newer image is available for %1 (registry: %2, here: "
                                   "%3). Pull it to update.")
                                    .arg(reference, s->remoteDigest.left(19),
                                         s->localDigest.left(19)),
                                true);
                        case UpdateStatus::State::NotFromRegistry:
                            return emit answered(
                                tr("%1 was not pulled from or pushed to its registry: there "
                                   "is nothing to compare (the registry has %2).")
                                    .arg(reference, s->remoteDigest.left(19)),
                                false);
                        }
                    });
            });
    });
}

} // namespace gantry
