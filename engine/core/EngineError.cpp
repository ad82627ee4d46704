#include "core/EngineError.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>

using namespace Qt::StringLiterals;

namespace gantry {

EngineError::EngineError(Kind kind, QString message, int httpStatus)
    : m_kind(kind)
    , m_message(std::move(message))
    , m_httpStatus(httpStatus)
{
}

EngineError EngineError::fromHttp(int status, const QByteArray &body)
{
    QString message;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject())
        message = doc.object().value("message"_L1).toString();
    // A missing object is a 404 with the engine's JSON message ("No such container: x"); a
    // missing endpoint is dockerd's {"message":"page not found"} or, from Podman, plain text.
    const bool noEndpoint = status == 404 && ((!doc.isObject() && !body.trimmed().isEmpty()) ||
                                              message.trimmed() == "page not found"_L1);
    if (message.isEmpty())
        message = QString::fromUtf8(body.left(500)).trimmed();
    if (message.isEmpty())
        message = u"HTTP %1"_s.arg(status);

    Kind kind = Kind::Protocol;
    if (status == 400)
        kind = Kind::BadRequest;
    else if (status == 401)
        kind = Kind::Unauthorized;
    else if (status == 403)
        kind = Kind::Forbidden;
    else if (noEndpoint)
        kind = Kind::Unsupported;
    else if (status == 404)
        kind = Kind::NotFound;
    else if (status == 409)
        kind = Kind::Conflict;
    else if (status > 400 && status < 500)
        kind = Kind::BadRequest;
    else if (status == 502 || status == 504) // a gateway (our ssh bridge) could not reach it
        kind = Kind::Unreachable;
    else if (status >= 500 && status < 600)
        kind = Kind::ServerError;
    return EngineError(kind, message, status);
}

EngineError EngineError::protocol(const QString &what)
{
    return EngineError(Kind::Protocol, what);
}

QString EngineError::kindId() const
{
    switch (m_kind) {
    case Kind::None: return u"none"_s;
    case Kind::Unreachable: return u"unreachable"_s;
    case Kind::PermissionDenied: return u"permission-denied"_s;
    case Kind::NotFound: return u"not-found"_s;
    case Kind::Conflict: return u"conflict"_s;
    case Kind::Forbidden: return u"forbidden"_s;
    case Kind::BadRequest: return u"bad-request"_s;
    case Kind::Unauthorized: return u"unauthorized"_s;
    case Kind::ServerError: return u"server-error"_s;
    case Kind::Timeout: return u"timeout"_s;
    case Kind::Cancelled: return u"cancelled"_s;
    case Kind::Protocol: return u"protocol"_s;
    case Kind::Unsupported: return u"unsupported"_s;
    }
    return u"unknown"_s;
}

QString EngineError::describe() const
{
    QString what;
    switch (m_kind) {
    case Kind::None: return QString();
    case Kind::Unreachable: what = tr("The Docker engine cannot be reached."); break;
    case Kind::PermissionDenied:
        what = tr("Permission denied by the Docker engine's socket.");
        break;
    case Kind::NotFound: what = tr("Not found."); break;
    case Kind::Conflict: what = tr("Conflict."); break;
    case Kind::Forbidden: what = tr("Not allowed."); break;
    case Kind::BadRequest: what = tr("The engine rejected the request."); break;
    case Kind::Unauthorized: what = tr("Authentication required or refused."); break;
    case Kind::ServerError: what = tr("The engine failed."); break;
    case Kind::Timeout: what = tr("The engine did not answer in time."); break;
    case Kind::Cancelled: what = tr("Cancelled."); break;
    case Kind::Protocol: what = tr("The engine's answer could not be understood."); break;
    case Kind::Unsupported:
        what = tr("This engine does not offer this operation: it implements only part of "
                  "Docker's API (Podman, for example).");
        break;
    }
    return m_message.isEmpty() ? what : what + u' ' + m_message;
}

} // namespace gantry
