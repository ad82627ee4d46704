#pragma once

#include "core/Result.h"
#include "registry/RegistryAuth.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <optional>

class QJsonObject;
class QNetworkAccessManager;
class QNetworkReply;

namespace gantry {

// A tagged image reference split as the registry API needs it.
struct ImageName {
    QString registry;   // normalised server (RegistryAuth)
    QString repository; // "gantry/seed", "library/busybox" on Docker Hub
    QString tag;        // "latest" when none is given
    // Empty registry: the reference has no tag to compare (a digest reference, or bad text).
    static std::optional<ImageName> parse(const QString &reference);
};

// Is a newer image behind a tag? The registry's current manifest digest for the tag, asked
// with one HEAD request (no pull, no pull quota), against the local image's RepoDigests.
struct UpdateStatus {
    enum class State { UpToDate, Outdated, NotFromRegistry };
    State state = State::NotFromRegistry;
    QString remoteDigest;
    QString localDigest; // the RepoDigest of that repository, if the image has one
};

class UpdateCheck : public QObject {
    Q_OBJECT
public:
    // The Accept header: manifest lists and v2 manifests (Docker's and OCI's), so that the
    // registry answers with the digest `docker pull` would record.
    static QByteArray acceptedManifestTypes();
    // http for loopback registries (as docker treats them: insecure by default), https else.
    static QString baseUrl(const QString &registry);
    // Whether a login may be sent to `url`: over TLS, or in clear only to this machine (the
    // host itself is loopback: not "127.0.0.1@elsewhere", not "127.x.example.com").
    static bool mayCarryLogin(const QUrl &url);

    // `repoDigests`: the local image's RepoDigests ("host/repo@sha256:..."). Emits finished()
    // once, then deletes itself. A registry asking for a token (Bearer) gets one from its
    // realm with the login; one asking for Basic gets the login directly.
    static UpdateCheck *start(QNetworkAccessManager *network, const QString &reference,
                              const QStringList &repoDigests,
                              const std::optional<RegistryCredentials> &credentials,
                              QObject *parent = nullptr);
    void cancel();

    // The RepoDigests of an image's inspect data.
    static QStringList repoDigests(const QJsonObject &inspect);
    // Pure: the comparison.
    static UpdateStatus compare(const ImageName &name, const QStringList &repoDigests,
                                const QString &remoteDigest);

signals:
    void finished(const gantry::Result<gantry::UpdateStatus> &result);

private:
    UpdateCheck(QObject *parent);
    void head(const QByteArray &authorization);
    void onHead();
    void fetchToken(const QByteArray &challenge);
    void done(const Result<UpdateStatus> &result);

    QNetworkAccessManager *m_network = nullptr;
    ImageName m_name;
    QStringList m_repoDigests;
    std::optional<RegistryCredentials> m_credentials;
    QPointer<QNetworkReply> m_reply;
    bool m_retried = false;
    bool m_done = false;
};

} // namespace gantry
