#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QMetaType>
#include <QString>

namespace gantry {

// A failure of an engine call, as a value. Callers branch on kind(), never on message text.
class EngineError {
    Q_GADGET
    Q_DECLARE_TR_FUNCTIONS(EngineError)
public:
    enum class Kind {
        None,
        Unreachable,      // no engine answers at the endpoint, or the connection dropped
        PermissionDenied, // the socket exists but we may not open it
        NotFound,         // HTTP 404
        Conflict,         // HTTP 409: in use, running, name taken
        Forbidden,        // HTTP 403: e.g. removing a built-in network
        BadRequest,       // HTTP 400 and other 4xx
        Unauthorized,     // HTTP 401: registry login needed or wrong
        ServerError,      // HTTP 5xx
        Timeout,
        Cancelled,
        Protocol, // malformed, truncated or unexpected answer
        // HTTP 404 for the request itself, not for an object: the engine has no such
        // endpoint (Podman and other Docker-compatible engines lack parts of Docker's API).
        Unsupported,
    };
    Q_ENUM(Kind)

    EngineError() = default;
    EngineError(Kind kind, QString message, int httpStatus = 0);

    // Maps an HTTP status and the engine's `{"message": ...}` body to an error.
    static EngineError fromHttp(int status, const QByteArray &body);
    static EngineError protocol(const QString &what);

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != Kind::None; }
    const QString &message() const { return m_message; }
    int httpStatus() const { return m_httpStatus; }

    // A stable identifier such as "not-found", for logs and tests.
    QString kindId() const;
    // A translated sentence for the user: what kind of failure, then the engine's message.
    QString describe() const;

private:
    Kind m_kind = Kind::None;
    QString m_message;
    int m_httpStatus = 0;
};

} // namespace gantry

Q_DECLARE_METATYPE(gantry::EngineError)
