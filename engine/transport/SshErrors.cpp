#include "transport/SshErrors.h"

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

QString SshErrors::sshCommand(const Endpoint &endpoint)
{
    QString command = u"ssh"_s;
    if (endpoint.port > 0)
        command += u" -p "_s + QString::number(endpoint.port);
    if (!endpoint.sshUser.isEmpty())
        command += u" -l "_s + endpoint.sshUser;
    return command + u' ' + endpoint.host;
}

std::optional<EngineError> SshErrors::diagnose(const Endpoint &endpoint, int exitCode,
                                               const QString &err)
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
                         .arg(where, endpoint.host, sshCommand(endpoint)));
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
    if (err.contains(u"timed out"_s))
        return error(Kind::Timeout, tr("ssh could not reach %1 in time.").arg(where));
    if (exitCode == 127 || err.contains(u"docker: command not found"_s) ||
        err.contains(u"docker: not found"_s))
        return error(Kind::Unreachable,
                     tr("ssh reached %1, but there is no `docker` command there. Install the "
                        "Docker CLI on that host (Debian: the docker.io package) and make sure "
                        "it is in the PATH of non-interactive ssh sessions.")
                         .arg(where));
    if (err.contains(u"Cannot connect to the Docker daemon"_s))
        return error(Kind::Unreachable,
                     tr("ssh reached %1, but the Docker engine there is not running.").arg(where));
    if (err.contains(u"permission denied while trying to connect to the Docker daemon"_s))
        return error(Kind::PermissionDenied,
                     tr("ssh reached %1, but that account may not use the Docker engine there: "
                        "add it to the docker group.")
                         .arg(where));
    // 255 is ssh's own failure; after a link that worked it says "closed", "Broken pipe"...
    static const QRegularExpression dropped(u"closed|broken pipe|disconnect|reset"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    if (exitCode == 255 && !err.contains(dropped))
        return error(Kind::Unreachable, tr("ssh could not connect to %1.").arg(where));
    return std::nullopt;
}

} // namespace gantry
