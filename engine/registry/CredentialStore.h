#pragma once

#include "registry/DockerConfigAuth.h"
#include "registry/Keychain.h"
#include "registry/RegistryAuth.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <optional>

namespace gantry {

// Where registry logins live. Gantry's own go to the system keychain (key: the server
// address); when there is none, a login can be kept for this session only, in memory, if
// the user says so: never a plaintext fallback. The list of registries Gantry has logins
// for (server and user name, no secret) is kept in QSettings to show and log out of.
// docker's own logins (config.json: credential helpers, plaintext "auths") are used too,
// read only.
class CredentialStore : public QObject {
    Q_OBJECT
public:
    enum class Source { Keychain, Session, DockerConfig };
    Q_ENUM(Source)
    struct Login {
        QString server;
        QString username;
        Source source;
    };
    using Found = std::function<void(std::optional<RegistryCredentials>)>;
    using Done = std::function<void(const Keychain::Outcome &)>;

    static QString defaultService();

    explicit CredentialStore(QObject *parent = nullptr);
    CredentialStore(const QString &service, const QString &dockerConfigDir,
                    QObject *parent = nullptr);

    // This session's login, else the keychain's, else docker's (helper, then "auths").
    void lookup(const QString &server, QObject *context, Found found);
    // Into the keychain. Status Unavailable: nothing was stored; storeForSession() is the
    // choice to offer.
    void store(const RegistryCredentials &credentials, QObject *context, Done done);
    // Kept in memory until the application quits.
    void storeForSession(const RegistryCredentials &credentials);
    // Forgets Gantry's login for the server (session and keychain). docker's stay.
    void remove(const QString &server, QObject *context, Done done);

    // Gantry's logins, then docker's for other registries; sorted by server.
    QList<Login> logins() const;
    // A keychain job said there is no keychain service.
    bool keychainUnavailable() const { return m_keychainUnavailable; }

signals:
    void loginsChanged();

private:
    QHash<QString, QString> storedIndex() const; // server -> user name
    void setIndexed(const QString &server, const QString &username, bool present);
    void lookupDocker(const QString &server, QObject *context, Found found);
    void note(const Keychain::Outcome &outcome);

    Keychain *m_keychain;
    QString m_dockerConfigDir;
    QHash<QString, RegistryCredentials> m_session;
    bool m_keychainUnavailable = false;
};

} // namespace gantry
