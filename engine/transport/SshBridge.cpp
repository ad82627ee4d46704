#include "transport/SshBridge.h"

#include "core/Processes.h"
#include "transport/SshErrors.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSocketNotifier>
#include <QTimer>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <utility>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/un.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace gantry {

namespace {

// $XDG_RUNTIME_DIR (the user's own, 0700), else the temporary directory: the bridge's
// directory is made with mkdtemp (0700) either way.
QString runtimeBase()
{
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    return runtime.isEmpty() || !QFileInfo(runtime).isDir() ? QDir::tempPath() : runtime;
}

// What the caller of the bridged connection reads when ssh failed before the stream: an HTTP
// answer as a gateway gives (502: the engine behind it could not be reached).
QByteArray gatewayAnswer(const EngineError &error)
{
    const QByteArray body = QJsonDocument(QJsonObject{{u"message"_s, error.message()},
                                                      {u"gantryKind"_s, error.kindId()}})
                                .toJson(QJsonDocument::Compact);
    return "HTTP/1.1 502 Bad Gateway\r\nContent-Type: application/json\r\nContent-Length: " +
           QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

void writeAll(int fd, const QByteArray &data)
{
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n = ::send(fd, data.constData() + done, size_t(data.size() - done),
                                 MSG_NOSIGNAL | MSG_DONTWAIT);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return; // the caller went away, or its buffer is full: nothing more to do
        done += n;
    }
}

// In a forked child before exec: every descriptor from 3 up is marked close-on-exec, so that
// ssh (and the ControlMaster it forks, which outlives it) holds none of Gantry's sockets:
// libcurl's connections, other links' sockets. A socket kept open in ssh would never give its
// peer EOF, and a cancelled stream would keep its remote `docker` running. Async-signal-safe.
void closeOtherFilesOnExec()
{
#if defined(SYS_close_range)
    constexpr unsigned closeRangeCloexec = 1U << 2; // CLOSE_RANGE_CLOEXEC (Linux 5.11)
    if (::syscall(SYS_close_range, 3U, ~0U, closeRangeCloexec) == 0)
        return;
#endif
    rlimit limit{};
    int last = 65536;
    if (::getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY &&
        limit.rlim_cur < rlim_t(last))
        last = int(limit.rlim_cur);
    for (int fd = 3; fd < last; ++fd) {
        const int flags = ::fcntl(fd, F_GETFD);
        if (flags >= 0 && !(flags & FD_CLOEXEC))
            ::fcntl(fd, F_SETFD, flags | FD_CLOEXEC);
    }
}

// The request that ssh never read: dropped, so that closing does not reset the connection.
void drain(int fd)
{
    char buffer[4096];
    while (::recv(fd, buffer, sizeof buffer, MSG_DONTWAIT) > 0) {
    }
}

// Answers the unread request with the failure, as a gateway, and hangs up.
void answerAndClose(int fd, const EngineError &error)
{
    drain(fd);
    writeAll(fd, gatewayAnswer(error));
    ::close(fd);
}

} // namespace

qsizetype SshBridge::linkIndex(const QProcess *ssh) const
{
    for (qsizetype i = 0; i < m_links.size(); ++i) {
        if (m_links[i].ssh == ssh)
            return i;
    }
    return -1;
}

SshBridge::SshBridge(Endpoint endpoint, QObject *parent)
    : QObject(parent)
    , m_endpoint(std::move(endpoint))
    , m_dir(runtimeBase() + u"/gantry-ssh-XXXXXX"_s) // mkdtemp: mode 0700, ours alone
{
}

SshBridge::~SshBridge()
{
    if (m_notifier)
        m_notifier->setEnabled(false);
    if (m_listenFd >= 0)
        ::close(m_listenFd);
    // Never waited for here (the GUI thread): each link is killed and reaped when it is gone.
    for (const Link &link : std::as_const(m_links))
        reapLater(link.ssh);
    for (const Link &link : std::as_const(m_links))
        ::close(link.fd);
    for (int fd : std::as_const(m_waiting))
        ::close(fd);
    closeControlMaster();
}

void SshBridge::reapLater(QProcess *ssh)
{
    ssh->disconnect(this);
    killAndReapLater(ssh);
}

Endpoint SshBridge::open(const Endpoint &endpoint, QObject *owner)
{
    if (endpoint.kind != Endpoint::Kind::Ssh || !endpoint.socketPath.isEmpty())
        return endpoint;
    auto *bridge = new SshBridge(endpoint, owner);
    Endpoint bridged = endpoint;
    // Should listening fail, every call fails with its reason (the place and the system's
    // words), through Transport and HijackedStream alike.
    if (bridge->listen())
        bridge->readUserConfig();
    else
        bridged.bridgeFailure = bridge->m_listenError;
    bridged.socketPath = bridge->m_socketPath;
    return bridged;
}

SshUserConfig SshUserConfig::parse(const QByteArray &sshG)
{
    SshUserConfig user;
    for (const QByteArray &line : sshG.split('\n')) {
        const QByteArray l = line.trimmed().toLower();
        const qsizetype space = l.indexOf(' ');
        if (space < 0)
            continue;
        const QByteArray key = l.left(space);
        const QByteArray value = l.mid(space + 1).trimmed();
        if (key == "serveraliveinterval" && value != "0")
            user.keepAlive = true;
        else if (key == "controlmaster" && value != "false" && value != "no")
            user.control = true;
        else if (key == "controlpath" && value != "none")
            user.control = true;
    }
    return user;
}

QStringList SshBridge::sshArguments(const Endpoint &endpoint, const QString &controlPath,
                                    const UserConfig &user)
{
    QStringList args{u"-o"_s, u"BatchMode=yes"_s, u"-o"_s, u"ConnectTimeout=10"_s};
    // A link whose host vanished (suspend, network change) ends within a minute.
    if (!user.keepAlive)
        args << u"-o"_s << u"ServerAliveInterval=15"_s << u"-o"_s << u"ServerAliveCountMax=3"_s;
    if (!controlPath.isEmpty() && !user.control)
        args << u"-o"_s << u"ControlMaster=auto"_s << u"-o"_s << u"ControlPath="_s + controlPath
             << u"-o"_s << u"ControlPersist=30"_s;
    args << endpoint.sshOptions << SshErrors::sshLogin(endpoint);
    args << u"-T"_s << u"--"_s << endpoint.host << u"docker"_s << u"system"_s << u"dial-stdio"_s;
    return args;
}

bool SshBridge::listen()
{
    m_socketPath = m_dir.path() + u"/engine.sock"_s;
    const QString base = runtimeBase();
    auto failed = [&](const QString &where, int error) {
        m_listenError = tr("Gantry could not open its local socket for ssh to %1 in %2: %3.")
                            .arg(m_endpoint.url(), where, QString::fromLocal8Bit(strerror(error)));
        return false;
    };
    if (!m_dir.isValid())
        return failed(base, errno != 0 ? errno : EACCES);
    const QByteArray path = QFile::encodeName(m_socketPath);
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    if (size_t(path.size()) >= sizeof(addr.sun_path))
        return failed(m_dir.path(), ENAMETOOLONG);
    std::memcpy(addr.sun_path, path.constData(), size_t(path.size()));
    m_listenFd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (m_listenFd < 0)
        return failed(m_dir.path(), errno);
    if (::bind(m_listenFd, reinterpret_cast<const sockaddr *>(&addr), sizeof(addr)) != 0 ||
        ::chmod(path.constData(), 0600) != 0 || ::listen(m_listenFd, 64) != 0) {
        const int error = errno;
        ::close(m_listenFd);
        m_listenFd = -1;
        return failed(m_dir.path(), error);
    }
    m_notifier = new QSocketNotifier(qintptr(m_listenFd), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &SshBridge::acceptPending);
    return true;
}

void SshBridge::acceptPending()
{
    for (;;) {
        int fd = ::accept4(m_listenFd, nullptr, nullptr, SOCK_CLOEXEC);
        if (fd < 0) {
            if (errno == EINTR)
                continue;
            return; // EAGAIN: none left
        }
        if (fd <= STDERR_FILENO) { // started without stdio: keep it clear of ssh's 0, 1 and 2
            const int moved = ::fcntl(fd, F_DUPFD_CLOEXEC, STDERR_FILENO + 1);
            ::close(fd);
            if (moved < 0)
                continue;
            fd = moved;
        }
        if (m_user)
            startLink(fd);
        else
            m_waiting << fd;
    }
}

void SshBridge::readUserConfig()
{
    // `ssh -G` prints the config that applies to the host, without connecting.
    auto *probe = new QProcess(this);
    QStringList args{u"-G"_s};
    args << m_endpoint.sshOptions << SshErrors::sshLogin(m_endpoint);
    args << u"--"_s << m_endpoint.host;
    probe->setProgram(u"ssh"_s);
    probe->setArguments(args);
    probe->setStandardInputFile(QProcess::nullDevice());
    probe->setStandardErrorFile(QProcess::nullDevice());
    probe->setChildProcessModifier([] { closeOtherFilesOnExec(); });
    auto known = [this, probe](const UserConfig &user) {
        if (m_user)
            return;
        m_user = user;
        probe->deleteLater();
        const QList<int> waiting = std::exchange(m_waiting, {});
        for (int fd : waiting)
            startLink(fd);
    };
    connect(probe, &QProcess::finished, this, [probe, known](int code, QProcess::ExitStatus) {
        known(code == 0 ? UserConfig::parse(probe->readAllStandardOutput()) : UserConfig{});
    });
    connect(probe, &QProcess::errorOccurred, this, [known](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            known({}); // each link then says that ssh cannot be started
    });
    // A config that makes `ssh -G` slow (Match exec...) does not hold the links back long.
    QTimer::singleShot(3000, probe, [known] { known({}); });
    probe->start();
}

void SshBridge::startLink(int fd)
{
    auto *ssh = new QProcess(this);
    ssh->setProgram(u"ssh"_s);
    const UserConfig user = m_user.value_or(UserConfig{});
    ssh->setArguments(sshArguments(m_endpoint, m_dir.path() + u"/cm"_s, user));
    m_masterUsed = m_masterUsed || !user.control; // the user's own master is left alone
    ssh->setStandardInputFile(QProcess::nullDevice());
    ssh->setStandardOutputFile(QProcess::nullDevice());
    // In the child, after QProcess set up its channels: the accepted socket becomes ssh's
    // stdin and stdout (dup2 is async-signal-safe; the copies lose close-on-exec), and no
    // other descriptor of Gantry's survives the exec.
    ssh->setChildProcessModifier([fd] {
        ::dup2(fd, STDIN_FILENO);
        ::dup2(fd, STDOUT_FILENO);
        closeOtherFilesOnExec();
    });
    m_links.append({ssh, fd, {}});
    // Only the end of ssh's stderr is kept: its last words say why it stopped.
    connect(ssh, &QProcess::readyReadStandardError, this, [this, ssh] {
        const qsizetype i = linkIndex(ssh);
        if (i < 0)
            return;
        QByteArray &err = m_links[i].err;
        err += ssh->readAllStandardError();
        if (err.size() > kStderrKept)
            err.remove(0, err.size() - kStderrKept);
    });
    connect(ssh, &QProcess::finished, this, [this, ssh](int exitCode, QProcess::ExitStatus) {
        const qsizetype i = linkIndex(ssh);
        if (i < 0)
            return;
        Link link = m_links.takeAt(i);
        link.err += ssh->readAllStandardError();
        const QString err = QString::fromLocal8Bit(link.err.right(kStderrKept));
        // A request still unread on the socket: ssh never passed it on, so no byte of an
        // answer can have reached the caller and a gateway's answer may be written.
        char byte = 0;
        const bool unread = ::recv(link.fd, &byte, 1, MSG_PEEK | MSG_DONTWAIT) > 0;
        const auto error =
            exitCode == 0 ? std::nullopt : SshErrors::diagnose(m_endpoint, exitCode, err, unread);
        if (error)
            answerAndClose(link.fd, *error);
        else
            ::close(link.fd);
        ssh->deleteLater();
    });
    connect(ssh, &QProcess::errorOccurred, this, [this, ssh](QProcess::ProcessError e) {
        if (e != QProcess::FailedToStart)
            return;
        const EngineError error(EngineError::Kind::Unreachable,
                                tr("The ssh program could not be started for %1: %2. Install "
                                   "the OpenSSH client (Debian: openssh-client).")
                                    .arg(m_endpoint.url(), ssh->errorString()));
        if (const qsizetype i = linkIndex(ssh); i >= 0)
            answerAndClose(m_links.takeAt(i).fd, error);
        ssh->deleteLater();
    });
    ssh->start();
}

void SshBridge::closeControlMaster()
{
    if (!m_dir.isValid())
        return;
    // The shared session ends with its bridge: `ssh -O exit`, then the private directory is
    // removed, by a shell started and left to itself (nothing waits on the GUI thread).
    m_dir.setAutoRemove(false);
    QStringList args{u"-c"_s,
                     u"if [ \"$1\" = 1 ]; then shift; ssh \"$@\"; else shift; fi; "
                     "rm -rf -- \"$0\""_s,
                     m_dir.path(), m_masterUsed ? u"1"_s : u"0"_s};
    args << u"-o"_s << u"ControlPath="_s + m_dir.path() + u"/cm"_s << u"-O"_s << u"exit"_s
         << m_endpoint.sshOptions << u"--"_s << m_endpoint.host;
    QProcess exit;
    exit.setProgram(u"/bin/sh"_s);
    exit.setArguments(args);
    exit.setStandardInputFile(QProcess::nullDevice());
    exit.setStandardOutputFile(QProcess::nullDevice());
    exit.setStandardErrorFile(QProcess::nullDevice());
    exit.setChildProcessModifier([] { closeOtherFilesOnExec(); });
    if (!exit.startDetached())
        m_dir.setAutoRemove(true);
}

} // namespace gantry
