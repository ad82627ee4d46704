#include "transport/SshErrors.h"

#include "core/ShellWords.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace gantry {

namespace {

// ssh's last meaningful line, kept as the detail of the message.
QString lastLine(const QString &text)
{
    const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    for (qsizetype i = lines.size() - 1; i >= 0; --i) {
        const QString l = lines[i].trimmed();
        if (!l.isEmpty())
            return l.left(300);
    }
    return {};
}

} // namespace

QString SshErrors::shellQuote(const QString &word)
{
    return shellJoin({word});
}

QStringList SshErrors::sshLogin(const Endpoint &endpoint)
{
    QStringList words;
    if (endpoint.port > 0)
        words << u"-p"_s << QString::number(endpoint.port);
    if (!endpoint.sshUser.isEmpty())
        words << u"-l"_s << endpoint.sshUser;
    return words;
}

QString SshErrors::sshCommand(const Endpoint &endpoint)
{
    return shellJoin(QStringList{u"ssh"_s} + sshLogin(endpoint) +
                     QStringList{u"--"_s, endpoint.host});
}

std::optional<EngineError> SshErrors::diagnose(const Endpoint &endpoint, int exitCode,
                                               const QString &err, bool requestUnread)
{
    using Kind = EngineError::Kind;
    const QString where = endpoint.url();
    const QString detail = lastLine(err);
    auto error = [&](Kind kind, const QString &text) {
        return EngineError(kind,
                           detail.isEmpty() ? text : text + u' ' + tr("(ssh: %1)").arg(detail));
    };
    if (err.contains(u"REMOTE HOST IDENTIFICATION HAS CHANGED"_s))
        return error(Kind::Unreachable,
                     tr("The host key of %1 has changed since you last connected: someone may be "
                        "posing as that host, or it was reinstalled. ssh refused to connect. If "
                        "the change is expected, remove the old key with ssh-keygen -R %2, then "
                        "accept the new one by running once in a terminal: %3")
                         .arg(where,
                              shellQuote(endpoint.port > 0 && endpoint.port != 22
                                             ? u"[%1]:%2"_s.arg(endpoint.host).arg(endpoint.port)
                                             : endpoint.host),
                              sshCommand(endpoint)));
    if (err.contains(u"Host key verification failed"_s) ||
        err.contains(QRegularExpression(u"No \\S+ host key is known"_s)))
        return error(Kind::Unreachable,
                     tr("The host key of %1 is not known yet, so ssh refused to connect (Gantry "
                        "never accepts a host key by itself). Check its fingerprint and accept it "
                        "by running once in a terminal: %2")
                         .arg(where, sshCommand(endpoint)));
    static const QRegularExpression denied(u"Permission denied \\(([^)]*)\\)"_s);
    if (const auto m = denied.match(err); m.hasMatch()) {
        const QString methods = m.captured(1);
        if (methods.contains(u"password"_s) || methods.contains(u"keyboard-interactive"_s))
            return error(Kind::Unreachable,
                         tr("%1 asks for a password (or none of your keys was accepted), and "
                            "Gantry cannot type one. Log in with a key: copy your public key "
                            "there (ssh-copy-id) and load it in your ssh agent (ssh-add).")
                             .arg(where));
        return error(Kind::Unreachable,
                     tr("%1 refused your ssh key (it accepts: %2). Add your public key to that "
                        "account's authorized_keys (ssh-copy-id), or load the right key in your "
                        "ssh agent (ssh-add).")
                         .arg(where, methods));
    }
    if (err.contains(u"Connection refused"_s))
        return error(Kind::Unreachable,
                     tr("No ssh server answers at %1 (connection refused). Check the host and "
                        "the port.")
                         .arg(where));
    if (err.contains(u"Could not resolve hostname"_s))
        return error(Kind::Unreachable,
                     tr("The host name in %1 could not be resolved.").arg(where));
    // Only the connect's own forms: "ssh: connect to host box port 22: Connection timed out",
    // "Connection timed out during banner exchange". A link that worked and then timed out says
    // "Read from remote host box: Connection timed out" or "... port 22: Operation timed out".
    static const QRegularExpression connectTimeout(
        u"connect to host \\S+ port \\d+: (Connection|Operation) timed out|timed out during "
        "banner exchange"_s);
    if (err.contains(connectTimeout) || (requestUnread && err.contains(u"timed out"_s)))
        return error(Kind::Timeout, tr("ssh could not reach %1 in time.").arg(where));
    if (exitCode == 127 || err.contains(u"docker: command not found"_s) ||
        err.contains(u"docker: not found"_s))
        return error(Kind::Unreachable,
                     tr("ssh reached %1, but there is no `docker` command there. Install the "
                        "Docker CLI on that host (Debian: the docker.io package) and make sure "
                        "it is in the PATH of non-interactive ssh sessions.")
                         .arg(where));
    if (err.contains(u"is not a docker command"_s))
        return error(Kind::Unreachable,
                     tr("ssh reached %1, but the Docker CLI there is too old for `docker system "
                        "dial-stdio` (Docker 18.09 or later is needed). Update it on that host.")
                         .arg(where));
    // dial-stdio's own failure to reach the engine there (a wrong DOCKER_HOST, no socket).
    if (err.contains(u"failed to open the raw stream connection"_s))
        return EngineError(Kind::Unreachable,
                           tr("ssh reached %1, but `docker system dial-stdio` failed there: %2")
                               .arg(where, detail));
    if (err.contains(u"Cannot connect to the Docker daemon"_s))
        return error(Kind::Unreachable,
                     tr("ssh reached %1, but the Docker engine there is not running.").arg(where));
    if (err.contains(u"permission denied while trying to connect to the Docker daemon"_s))
        return error(Kind::PermissionDenied,
                     tr("ssh reached %1, but that account may not use the Docker engine there: "
                        "add it to the docker group.")
                         .arg(where));
    if (!requestUnread || exitCode == 0)
        return std::nullopt; // the stream may have begun: nothing may be written into it
    // 255 is ssh's own failure; any other code is the remote command's.
    if (exitCode == 255)
        return error(Kind::Unreachable, tr("ssh could not connect to %1.").arg(where));
    return EngineError(
        Kind::Unreachable,
        tr("ssh reached %1, but `docker system dial-stdio` failed there: %2")
            .arg(where, detail.isEmpty() ? tr("exit code %1").arg(exitCode) : detail));
}

} // namespace gantry
