#pragma once

#include "transport/Endpoint.h"

#include <QList>
#include <QObject>
#include <QTemporaryDir>

class QProcess;
class QSocketNotifier;

namespace gantry {

// Serves an ssh:// endpoint on a private local unix socket (in a fresh 0700 directory under
// the runtime directory), so that everything else talks to it as to a unix endpoint: requests,
// events, logs, build uploads and hijacked terminals alike.
//
// Each accepted connection gets its own `ssh -o BatchMode=yes [-p PORT] [-l USER] -- HOST
// docker system dial-stdio` (the docker CLI's way), with the accepted socket itself as ssh's
// stdin and stdout: the bytes never pass through Gantry's event loop, and a half-close (a
// terminal's end of input) reaches the remote side as ssh's EOF. ssh is the user's own: their
// config, agent, keys and known_hosts. Its connections share one ssh session (ControlMaster in
// the private directory), so only the first pays the handshake.
//
// When ssh fails before the stream began (unknown host key, refused key, password wanted, no
// remote docker...), its stderr is read and the bridge answers the pending request itself with
// HTTP 502 and a sentence saying what went wrong and what to do (SshErrors), so that callers
// see it as any other engine error, within seconds, never a hang.
class SshBridge : public QObject {
    Q_OBJECT
public:
    ~SshBridge() override;

    // For a ssh:// endpoint: a bridge owned by `owner`, listening, and the endpoint with its
    // socketPath; any other endpoint is returned as it is.
    static Endpoint open(const Endpoint &endpoint, QObject *owner);

    // ssh's arguments for one connection (without the program name).
    static QStringList sshArguments(const Endpoint &endpoint, const QString &controlPath);

    const QString &socketPath() const { return m_socketPath; }

private:
    explicit SshBridge(Endpoint endpoint, QObject *parent);
    bool listen();
    void acceptPending();
    void startLink(int fd);
    void closeControlMaster();

    struct Link {
        QProcess *ssh = nullptr;
        int fd = -1;
    };

    Endpoint m_endpoint;
    QTemporaryDir m_dir;
    QString m_socketPath;
    int m_listenFd = -1;
    QSocketNotifier *m_notifier = nullptr;
    QList<Link> m_links;
    bool m_masterUsed = false;
};

} // namespace gantry
