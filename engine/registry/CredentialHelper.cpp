#include "registry/CredentialHelper.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace gantry {

CredentialHelper *CredentialHelper::get(const QString &helper, const QString &server,
                                        QObject *context, Done done)
{
    auto *h = new CredentialHelper(RegistryAuth::normalizeServer(server), context, std::move(done));
    h->start(helper);
    return h;
}

CredentialHelper::CredentialHelper(const QString &server, QObject *context, Done done)
    : m_process(new QProcess(this))
    , m_server(server)
    , m_context(context)
    , m_guarded(context != nullptr)
    , m_done(std::move(done))
{
}

void CredentialHelper::start(const QString &helper)
{
    // The name comes from a file: it names a program on PATH, never a path.
    static const QRegularExpression name(u"^[A-Za-z0-9][A-Za-z0-9._-]*\\z"_s);
    if (!name.match(helper).hasMatch()) {
        QTimer::singleShot(0, this, [this] { complete(std::nullopt); });
        return;
    }
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            complete(std::nullopt);
    });
    connect(m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        if (status != QProcess::NormalExit || code != 0) { // "credentials not found"
            complete(std::nullopt);
            return;
        }
        const QJsonObject o = QJsonDocument::fromJson(m_process->readAllStandardOutput()).object();
        RegistryCredentials c;
        c.serverAddress = m_server;
        c.username = o.value("Username"_L1).toString();
        const QString secret = o.value("Secret"_L1).toString();
        if (c.username == "<token>"_L1) { // docker's marker for an identity token
            c.username.clear();
            c.identityToken = secret;
        } else {
            c.password = secret;
        }
        if (secret.isEmpty())
            complete(std::nullopt);
        else
            complete(c);
    });
    QTimer::singleShot(kTimeoutMs, this, [this] {
        m_process->kill();
        complete(std::nullopt);
    });
    m_process->start(u"docker-credential-"_s + helper, {u"get"_s});
    m_process->write(m_server.toUtf8());
    m_process->closeWriteChannel();
}

void CredentialHelper::complete(std::optional<RegistryCredentials> result)
{
    if (m_completed)
        return;
    m_completed = true;
    if (m_done && (!m_guarded || m_context))
        m_done(std::move(result));
    // A killed helper is reaped first: deleting a running QProcess would wait for it.
    if (m_process->state() == QProcess::NotRunning)
        deleteLater();
    else
        connect(m_process, &QProcess::finished, this, &QObject::deleteLater);
}

} // namespace gantry
