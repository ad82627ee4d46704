#pragma once

#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace gantry {

class CredentialStore;
class DockerClient;
class UpdateCheck;

// "Check for update" on an image: its RepoDigests from the engine, the stored login for its
// registry, then one HEAD request to the registry (UpdateCheck); the answer as a sentence.
class UpdateChecker : public QObject {
    Q_OBJECT
public:
    UpdateChecker(DockerClient *client, CredentialStore *credentials, QObject *parent = nullptr);

    void check(const QString &reference);

signals:
    void answered(const QString &text, bool outdated);
    void failed(const QString &text);

private:
    DockerClient *m_client;
    CredentialStore *m_credentials;
    QNetworkAccessManager *m_network = nullptr; // made on the first check
    QPointer<UpdateCheck> m_running;
};

} // namespace gantry
