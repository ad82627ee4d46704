#include "registry/RegistryAuth.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace gantry {

QString RegistryAuth::dockerHub()
{
    return u"https://index.docker.io/v1/"_s;
}

QString RegistryAuth::normalizeServer(const QString &typed)
{
    QString s = typed.trimmed();
    const qsizetype scheme = s.indexOf(u"://"_s);
    if (scheme >= 0)
        s = s.mid(scheme + 3);
    const qsizetype slash = s.indexOf(u'/');
    if (slash >= 0)
        s.truncate(slash);
    s = s.toLower();
    static const QStringList hub{u"docker.io"_s, u"index.docker.io"_s, u"registry-1.docker.io"_s,
                                 u"registry.hub.docker.com"_s};
    if (s.isEmpty() || hub.contains(s))
        return dockerHub();
    return s;
}

bool RegistryAuth::isDockerHub(const QString &server)
{
    return normalizeServer(server) == dockerHub();
}

RegistryAuth::Located RegistryAuth::locate(const QString &reference)
{
    const qsizetype slash = reference.indexOf(u'/');
    if (slash < 0)
        return {dockerHub(), reference};
    const QString first = reference.left(slash);
    if (first.contains(u'.') || first.contains(u':') || first == "localhost"_L1)
        return {normalizeServer(first), reference.mid(slash + 1)};
    return {dockerHub(), reference};
}

QString RegistryAuth::displayName(const QString &server)
{
    return isDockerHub(server) ? tr("Docker Hub") : normalizeServer(server);
}

QByteArray RegistryAuth::authConfigJson(const std::optional<RegistryCredentials> &credentials)
{
    QJsonObject o;
    if (credentials) {
        if (!credentials->identityToken.isEmpty()) {
            o.insert("identitytoken"_L1, credentials->identityToken);
        } else {
            o.insert("username"_L1, credentials->username);
            o.insert("password"_L1, credentials->password);
        }
        o.insert("serveraddress"_L1, credentials->serverAddress);
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray RegistryAuth::authHeader(const std::optional<RegistryCredentials> &credentials)
{
    return authConfigJson(credentials).toBase64(QByteArray::Base64UrlEncoding);
}

EngineError RegistryAuth::explain(const EngineError &error, Operation op, const QString &server,
                                  const QString &repository, bool withCredentials)
{
    if (!error.isError() || error.kind() == EngineError::Kind::Cancelled)
        return error;
    const QString said = error.message();
    const QString text = said.toLower();
    const bool unauthorized = error.kind() == EngineError::Kind::Unauthorized ||
                              text.contains("no basic auth credentials"_L1) ||
                              text.contains("unauthorized"_L1) ||
                              text.contains("authentication required"_L1) ||
                              text.contains("incorrect username or password"_L1);
    const bool denied = text.contains("denied"_L1);
    if (!unauthorized && !denied)
        return error;

    const QString where = displayName(server);
    QString cause;
    EngineError::Kind kind = EngineError::Kind::Unauthorized;
    if (op == Operation::Login) {
        cause = tr("%1 refused this user name and password.").arg(where);
    } else if (!withCredentials) {
        cause = op == Operation::Push
                    ? tr("You are not logged in to %1: log in to it (Images, Registries…) and "
                         "push again.")
                          .arg(where)
                    : tr("You are not logged in to %1, and %2 is not public: log in to it "
                         "(Images, Registries…) and pull again, or check the name.")
                          .arg(where, repository);
    } else if (unauthorized && !denied) {
        cause = tr("%1 refused the stored login: the password may have changed. Log in again.")
                    .arg(where);
    } else {
        kind = EngineError::Kind::Forbidden;
        cause = op == Operation::Push
                    ? tr("%1 denied the push to %2: your account may not write there. Check the "
                         "namespace (the part before the repository name, usually your user "
                         "name or organisation).")
                          .arg(where, repository)
                    : tr("%1 denied access to %2: it does not exist, or your account may not "
                         "read it.")
                          .arg(where, repository);
    }
    return EngineError(kind, tr("%1 (The registry said: %2)").arg(cause, said), error.httpStatus());
}

} // namespace gantry
