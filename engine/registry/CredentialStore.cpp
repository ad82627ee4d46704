#include "registry/CredentialStore.h"

#include "registry/CredentialHelper.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSet>
#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace gantry {

namespace {

const auto kGroup = "registries"_L1;
const auto kArray = "logins"_L1;

QByteArray secretOf(const RegistryCredentials &c)
{
    QJsonObject o;
    o.insert("username"_L1, c.username);
    if (!c.password.isEmpty())
        o.insert("password"_L1, c.password);
    if (!c.identityToken.isEmpty())
        o.insert("identitytoken"_L1, c.identityToken);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<RegistryCredentials> credentialsOf(const QString &server, const QByteArray &secret)
{
    const QJsonObject o = QJsonDocument::fromJson(secret).object();
    RegistryCredentials c;
    c.serverAddress = server;
    c.username = o.value("username"_L1).toString();
    c.password = o.value("password"_L1).toString();
    c.identityToken = o.value("identitytoken"_L1).toString();
    if (c.password.isEmpty() && c.identityToken.isEmpty())
        return std::nullopt; // not ours, or damaged: better no login than a wrong one
    return c;
}

// Runs `f` from the event loop if `context` (when given) still exists: every answer of
// the store comes asynchronously, whatever its source.
template <typename F> void later(QObject *self, QObject *context, F f)
{
    QMetaObject::invokeMethod(
        self,
        [guarded = context != nullptr, ctx = QPointer<QObject>(context), f]() mutable {
            if (!guarded || ctx)
                f();
        },
        Qt::QueuedConnection);
}

} // namespace

QString CredentialStore::defaultService()
{
    return u"Gantry registry credentials"_s;
}

CredentialStore::CredentialStore(QObject *parent)
    : CredentialStore(defaultService(), DockerConfigAuth::defaultDir(), parent)
{
}

CredentialStore::CredentialStore(const QString &service, const QString &dockerConfigDir,
                                 QObject *parent)
    : QObject(parent)
    , m_keychain(new Keychain(service, this))
    , m_dockerConfigDir(dockerConfigDir)
{
}

void CredentialStore::lookup(const QString &server, QObject *context, Found found)
{
    const QString key = RegistryAuth::normalizeServer(server);
    if (m_session.contains(key)) {
        later(this, context, [found, c = m_session.value(key)] { found(c); });
        return;
    }
    if (!storedIndex().contains(key)) {
        lookupDocker(key, context, std::move(found));
        return;
    }
    QPointer<QObject> ctx(context);
    const bool guarded = context != nullptr;
    m_keychain->read(key, this, [this, key, ctx, guarded, found](const Keychain::Outcome &out) {
        note(out);
        if (guarded && !ctx)
            return;
        if (out.status == Keychain::Status::Ok) {
            if (auto c = credentialsOf(key, out.data)) {
                found(c);
                return;
            }
        }
        if (out.status == Keychain::Status::NotFound) { // removed behind our back
            setIndexed(key, {}, false);
            emit loginsChanged();
        }
        lookupDocker(key, ctx, found);
    });
}

void CredentialStore::lookupDocker(const QString &server, QObject *context, Found found)
{
    const DockerConfigAuth config = DockerConfigAuth::read(m_dockerConfigDir);
    const QString helper = config.helperFor(server);
    if (helper.isEmpty()) {
        later(this, context, [found, c = config.plainLogin(server)] { found(c); });
        return;
    }
    CredentialHelper::get(helper, server, context,
                          [config, server, found](std::optional<RegistryCredentials> c) {
                              found(c ? c : config.plainLogin(server));
                          });
}

void CredentialStore::store(const RegistryCredentials &credentials, QObject *context, Done done)
{
    RegistryCredentials c = credentials;
    c.serverAddress = RegistryAuth::normalizeServer(c.serverAddress);
    QPointer<QObject> ctx(context);
    const bool guarded = context != nullptr;
    m_keychain->write(c.serverAddress, secretOf(c), this,
                      [this, c, ctx, guarded, done](const Keychain::Outcome &out) {
                          note(out);
                          if (out.status == Keychain::Status::Ok) {
                              m_session.remove(c.serverAddress);
                              setIndexed(c.serverAddress, c.username, true);
                              emit loginsChanged();
                          }
                          if (done && (!guarded || ctx))
                              done(out);
                      });
}

void CredentialStore::storeForSession(const RegistryCredentials &credentials)
{
    RegistryCredentials c = credentials;
    c.serverAddress = RegistryAuth::normalizeServer(c.serverAddress);
    m_session.insert(c.serverAddress, c);
    emit loginsChanged();
}

void CredentialStore::remove(const QString &server, QObject *context, Done done)
{
    const QString key = RegistryAuth::normalizeServer(server);
    const bool hadSession = m_session.remove(key) > 0;
    if (!storedIndex().contains(key)) {
        if (hadSession)
            emit loginsChanged();
        later(this, context, [done] {
            if (done)
                done({});
        });
        return;
    }
    QPointer<QObject> ctx(context);
    const bool guarded = context != nullptr;
    m_keychain->remove(key, this, [this, key, ctx, guarded, done](const Keychain::Outcome &out) {
        note(out);
        Keychain::Outcome result = out;
        if (out.status == Keychain::Status::NotFound)
            result = {};
        if (result.status == Keychain::Status::Ok)
            setIndexed(key, {}, false);
        emit loginsChanged();
        if (done && (!guarded || ctx))
            done(result);
    });
}

QList<CredentialStore::Login> CredentialStore::logins() const
{
    QList<Login> out;
    QSet<QString> seen;
    const QHash<QString, QString> index = storedIndex();
    for (auto it = index.begin(); it != index.end(); ++it) {
        if (!m_session.contains(it.key())) {
            out.append({it.key(), it.value(), Source::Keychain});
            seen.insert(it.key());
        }
    }
    for (const RegistryCredentials &c : m_session) {
        out.append({c.serverAddress, c.username, Source::Session});
        seen.insert(c.serverAddress);
    }
    const DockerConfigAuth config = DockerConfigAuth::read(m_dockerConfigDir);
    for (const QString &server : config.servers()) {
        if (seen.contains(server))
            continue;
        const auto plain = config.plainLogin(server);
        out.append({server, plain ? plain->username : QString(), Source::DockerConfig});
    }
    std::sort(out.begin(), out.end(),
              [](const Login &a, const Login &b) { return a.server < b.server; });
    return out;
}

QHash<QString, QString> CredentialStore::storedIndex() const
{
    QHash<QString, QString> out;
    QSettings settings;
    settings.beginGroup(kGroup);
    const int n = settings.beginReadArray(kArray);
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        const QString server = settings.value("server"_L1).toString();
        if (!server.isEmpty())
            out.insert(server, settings.value("username"_L1).toString());
    }
    settings.endArray();
    return out;
}

void CredentialStore::setIndexed(const QString &server, const QString &username, bool present)
{
    QHash<QString, QString> index = storedIndex();
    if (present)
        index.insert(server, username);
    else
        index.remove(server);
    QStringList servers = index.keys();
    servers.sort();
    QSettings settings;
    settings.beginGroup(kGroup);
    settings.remove(kArray);
    settings.beginWriteArray(kArray, int(servers.size()));
    for (int i = 0; i < servers.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue("server"_L1, servers.at(i));
        settings.setValue("username"_L1, index.value(servers.at(i)));
    }
    settings.endArray();
}

void CredentialStore::note(const Keychain::Outcome &outcome)
{
    if (outcome.status == Keychain::Status::Unavailable)
        m_keychainUnavailable = true;
    else if (outcome.status != Keychain::Status::Failed)
        m_keychainUnavailable = false;
}

} // namespace gantry
