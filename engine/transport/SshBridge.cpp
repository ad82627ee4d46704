#include "transport/SshBridge.h"

#include "transport/SshErrors.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSocketNotifier>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/socket.h>
#include <sys/stat.h>
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
    const QByteArray body =
        QJsonDocument(QJsonObject{{u"message"_s, error.message()}}).toJson(QJsonDocument::Compact);
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

// The request that ssh never read: dropped, so that closing does not reset the connection.
void drain(int fd)
{
    char buffer[4096];
    while (::recv(fd, buffer, sizeof buffer, MSG_DONTWAIT) > 0) {
    }
}

} // namespace

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
    for (const Link &link : std::as_const(m_links)) {
        link.ssh->disconnect(this);
        link.ssh->kill();
        link.ssh->waitForFinished(1000);
        delete link.ssh;
        ::close(link.fd);
    }
    closeControlMaster();
}

Endpoint SshBridge::open(const Endpoint &endpoint, QObject *owner)
{
    if (endpoint.kind != Endpoint::Kind::Ssh || !endpoint.socketPath.isEmpty())
        return endpoint;
    auto *bridge = new SshBridge(endpoint, owner);
    Endpoint bridged = endpoint;
    // Should listening fail, the path names a socket that does not exist: every call then
    // fails as for a unix endpoint whose engine is gone.
    bridge->listen();
    bridged.socketPath = bridge->m_socketPath;
    return bridged;
}

QStringList SshBridge::sshArguments(const Endpoint &endpoint, const QString &controlPath)
{
    QStringList args{u"-o"_s, u"BatchMode=yes"_s, u"-o"_s, u"ConnectTimeout=10"_s};
    if (!controlPath.isEmpty())
        args << u"-o"_s << u"ControlMaster=auto"_s << u"-o"_s << u"ControlPath="_s + controlPath
             << u"-o"_s << u"ControlPersist=30"_s;
    args << endpoint.sshOptions;
    if (endpoint.port > 0)
        args << u"-p"_s << QString::number(endpoint.port);
    if (!endpoint.sshUser.isEmpty())
        args << u"-l"_s << endpoint.sshUser;
    args << u"-T"_s << u"--"_s << endpoint.host << u"docker"_s << u"system"_s << u"dial-stdio"_s;
    return args;
}

bool SshBridge::listen()
{
    m_socketPath = m_dir.path() + u"/engine.sock"_s;
    if (!m_dir.isValid())
        return false;
    const QByteArray path = QFile::encodeName(m_socketPath);
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    if (size_t(path.size()) >= sizeof(addr.sun_path))
        return false;
    std::memcpy(addr.sun_path, path.constData(), size_t(path.size()));
    m_listenFd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (m_listenFd < 0)
        return false;
    if (::bind(m_listenFd, reinterpret_cast<const sockaddr *>(&addr), sizeof(addr)) != 0 ||
        ::chmod(path.constData(), 0600) != 0 || ::listen(m_listenFd, 64) != 0) {
        ::close(m_listenFd);
        m_listenFd = -1;
        return false;
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
        startLink(fd);
    }
}

void SshBridge::startLink(int fd)
{
    auto *ssh = new QProcess(this);
    ssh->setProgram(u"ssh"_s);
    ssh->setArguments(sshArguments(m_endpoint, m_dir.path() + u"/cm"_s));
    m_masterUsed = true;
    ssh->setStandardInputFile(QProcess::nullDevice());
    ssh->setStandardOutputFile(QProcess::nullDevice());
    // In the child, after QProcess set up its channels: the accepted socket becomes ssh's
    // stdin and stdout (dup2 is async-signal-safe; the copies lose close-on-exec).
    ssh->setChildProcessModifier([fd] {
        ::dup2(fd, STDIN_FILENO);
        ::dup2(fd, STDOUT_FILENO);
    });
    m_links.append({ssh, fd});
    connect(ssh, &QProcess::finished, this, [this, ssh](int exitCode, QProcess::ExitStatus) {
        const QString err = QString::fromLocal8Bit(ssh->readAllStandardError());
        qsizetype i = 0;
        while (i < m_links.size() && m_links[i].ssh != ssh)
            ++i;
        if (i == m_links.size())
            return;
        const int fd = m_links.takeAt(i).fd;
        const auto error =
            exitCode == 0 ? std::nullopt : SshErrors::diagnose(m_endpoint, exitCode, err);
        if (error) {
            drain(fd);
            writeAll(fd, gatewayAnswer(*error));
        }
        ::close(fd);
        ssh->deleteLater();
    });
    connect(ssh, &QProcess::errorOccurred, this, [this, ssh](QProcess::ProcessError e) {
        if (e != QProcess::FailedToStart)
            return;
        const EngineError error(EngineError::Kind::Unreachable,
                                tr("The ssh program could not be started for %1: %2. Install "
                                   "the OpenSSH client (Debian: openssh-client).")
                                    .arg(m_endpoint.url(), ssh->errorString()));
        for (qsizetype i = 0; i < m_links.size(); ++i) {
            if (m_links[i].ssh != ssh)
                continue;
            const int fd = m_links.takeAt(i).fd;
            drain(fd);
            writeAll(fd, gatewayAnswer(error));
            ::close(fd);
            break;
        }
        ssh->deleteLater();
    });
    ssh->start();
}

void SshBridge::closeControlMaster()
{
    if (!m_masterUsed || !m_dir.isValid())
        return;
    // The shared session ends with its bridge; `ssh -O exit` answers at once (a local socket).
    QProcess exit;
    QStringList args{u"-o"_s, u"ControlPath="_s + m_dir.path() + u"/cm"_s, u"-O"_s, u"exit"_s};
    args << m_endpoint.sshOptions << u"--"_s << m_endpoint.host;
    exit.setStandardOutputFile(QProcess::nullDevice());
    exit.setStandardErrorFile(QProcess::nullDevice());
    exit.start(u"ssh"_s, args);
    exit.waitForFinished(2000);
}

} // namespace gantry
