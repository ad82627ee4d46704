#pragma once

#include "registry/RegistryAuth.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QProcess;

namespace gantry {

// Asks a docker credential helper for a login, as docker does: runs
// `docker-credential-NAME get` with the server on stdin and reads
// {"ServerURL","Username","Secret"} from stdout. Asynchronous (QProcess, no waiting);
// the answer is never logged. Calls back once: the login, or nullopt (not found, no such
// helper, timeout, malformed answer).
class CredentialHelper : public QObject {
    Q_OBJECT
public:
    using Done = std::function<void(std::optional<RegistryCredentials>)>;

    static constexpr int kTimeoutMs = 15000;

    // Deletes itself once done. `context` gone: no call back.
    static CredentialHelper *get(const QString &helper, const QString &server, QObject *context,
                                 Done done);

private:
    CredentialHelper(const QString &server, QObject *context, Done done);
    void start(const QString &helper);
    void complete(std::optional<RegistryCredentials> result);

    QProcess *m_process;
    QString m_server;
    QPointer<QObject> m_context;
    bool m_guarded;
    Done m_done;
    bool m_completed = false;
};

} // namespace gantry
