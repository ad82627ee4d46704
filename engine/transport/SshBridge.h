#pragma once

#include "transport/Endpoint.h"

#include <QList>
#include <QObject>
#include <QTemporaryDir>

#include <optional>

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
// What the user's own ssh config (`ssh -G HOST`) already sets, which the bridge then leaves
// to it.
struct SshUserConfig {
    bool keepAlive = false; // ServerAliveInterval
    bool control = false;   // ControlMaster or ControlPath
    static SshUserConfig parse(const QByteArray &sshG);
};

class SshBridge : public QObject {
    Q_OBJECT
public:
    ~SshBridge() override;

    // For a ssh:// endpoint: a bridge owned by `owner`, listening, and the endpoint with its
    // socketPath; any other endpoint is returned as it is.
    static Endpoint open(const Endpoint &endpoint, QObject *owner);

    using UserConfig = SshUserConfig;

    // ssh's arguments for one connection (without the program name).
    static QStringList sshArguments(const Endpoint &endpoint, const QString &controlPath,
                                    const UserConfig &user = {});

private:
    explicit SshBridge(Endpoint endpoint, QObject *parent);
    bool listen();
    void acceptPending();
    void readUserConfig();
    void startLink(int fd);
    void closeControlMaster();
    void reapLater(QProcess *ssh);
    qsizetype linkIndex(const QProcess *ssh) const; // -1: not a link of this bridge

    static constexpr qsizetype kStderrKept = 8 * 1024;

    struct Link {
        QProcess *ssh = nullptr;
        int fd = -1;
        QByteArray err; // the end of ssh's stderr
    };

    Endpoint m_endpoint;
    QTemporaryDir m_dir;
    QString m_socketPath;
    QString m_listenError; // why listen() failed: the place and the system's reason
    int m_listenFd = -1;
    QSocketNotifier *m_notifier = nullptr;
    QList<Link> m_links;
    bool m_masterUsed = false;
    std::optional<UserConfig> m_user; // known once `ssh -G` answered
    QList<int> m_waiting;             // accepted before then
};

} // namespace gantry
