#include "registry/RegistryController.h"

#include "actions/CommandLog.h"
#include "api/DockerClient.h"
#include "live/Refresher.h"
#include "registry/CredentialStore.h"
#include "registry/LoginDialog.h"
#include "registry/PullDialog.h"
#include "registry/PushDialog.h"
#include "registry/RegistriesDialog.h"
#include "registry/RegistrySpecs.h"
#include "registry/RegistryTransfer.h"
#include "transport/EndpointPrivacy.h"
#include "widgets/ConfirmDialog.h"

#include <QPointer>

using namespace Qt::StringLiterals;

namespace gantry {

RegistryController::RegistryController(DockerClient *client, CredentialStore *credentials,
                                       CommandLog *log, Refresher *refresher, QWidget *window,
                                       QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_credentials(credentials)
    , m_log(log)
    , m_refresher(refresher)
    , m_window(window)
{
}

LoginDialog *RegistryController::openLogin(const QString &server, QWidget *parent)
{
    auto *dialog = new LoginDialog(parent ? parent : m_window);
    if (!server.isEmpty())
        dialog->setServer(server);
    connect(dialog, &LoginDialog::loginRequested, this,
            [this, dialog](const RegistryCredentials &c) { login(dialog, c); });
    dialog->open();
    return dialog;
}

void RegistryController::askBeforeSendingCredentials(QWidget *dialog,
                                                     std::function<void(bool)> then)
{
    const QString warning = EndpointPrivacy::warning(m_client->endpoint());
    if (warning.isEmpty() || m_insecureAllowed) {
        then(true);
        return;
    }
    auto *confirm = new ConfirmDialog(
        tr("Send the registry login?"),
        warning + u"\n\n"_s +
            tr("Send the registry user name and password over this connection anyway?"),
        {}, tr("Send anyway"), dialog);
    confirm->setObjectName(u"insecureCredentialsConfirm"_s);
    connect(confirm, &QDialog::accepted, this, [this, then] {
        m_insecureAllowed = true;
        then(true);
    });
    connect(confirm, &QDialog::rejected, this, [then] { then(false); });
    confirm->open();
}

void RegistryController::login(LoginDialog *dialog, const RegistryCredentials &credentials)
{
    dialog->setBusy(true);
    QPointer<LoginDialog> guard(dialog);
    askBeforeSendingCredentials(dialog, [this, guard, credentials](bool send) {
        if (!guard)
            return;
        if (send)
            sendLogin(guard, credentials);
        else
            guard->showError(tr("Nothing was sent: the connection to the engine is not private."));
    });
}

void RegistryController::sendLogin(LoginDialog *dialog, const RegistryCredentials &credentials)
{
    const LoginSpec spec{credentials};
    const quint64 line = m_log->append(shellJoin(spec.commandLine()));
    QPointer<LoginDialog> guard(dialog);
    Reply *reply = m_client->send(spec.request());
    connect(reply, &Reply::finished, this, [this, reply, line, guard, credentials] {
        const EngineError error = RegistryAuth::explain(
            reply->error(), RegistryAuth::Operation::Login, credentials.serverAddress, {}, true);
        m_log->finish(line, error);
        if (!guard) // closed while the engine checked: the user gave up, store nothing
            return;
        if (error.isError()) {
            guard->showError(error.describe());
            return;
        }
        RegistryCredentials verified = credentials;
        // Like docker: a registry that gives a token gets the token back, not the password.
        verified.identityToken = LoginSpec::identityToken(reply->body());
        if (!verified.identityToken.isEmpty())
            verified.password.clear();
        keep(guard, verified);
    });
}

void RegistryController::keep(LoginDialog *dialog, const RegistryCredentials &verified)
{
    QPointer<LoginDialog> guard(dialog);
    m_credentials->store(verified, dialog, [this, guard, verified](const Keychain::Outcome &out) {
        if (!guard)
            return;
        switch (out.status) {
        case Keychain::Status::Ok:
        case Keychain::Status::NotFound:
            guard->accept();
            emit loggedIn(verified.serverAddress);
            return;
        case Keychain::Status::Unavailable:
            disconnect(guard, &LoginDialog::sessionOnlyRequested, this, nullptr);
            connect(guard, &LoginDialog::sessionOnlyRequested, this, [this, guard, verified] {
                m_credentials->storeForSession(verified);
                guard->accept();
                emit loggedIn(verified.serverAddress);
            });
            guard->offerSessionOnly(
                tr("The login is right, but no keychain service is running (%1), so the "
                   "password cannot be stored safely. Gantry can keep it in memory for this "
                   "session only: it is written nowhere and forgotten when Gantry quits.")
                    .arg(out.message));
            return;
        case Keychain::Status::Failed:
            guard->showError(tr("The login is right, but the system keychain refused to store "
                                "it: %1")
                                 .arg(out.message));
            return;
        }
    });
}

RegistriesDialog *RegistryController::openRegistries()
{
    auto *dialog = new RegistriesDialog(m_window);
    const auto refill = [this, dialog] {
        dialog->setLogins(m_credentials->logins());
        dialog->setKeychainUnavailable(m_credentials->keychainUnavailable());
    };
    refill();
    connect(m_credentials, &CredentialStore::loginsChanged, dialog, refill);
    connect(dialog, &RegistriesDialog::loginRequested, this,
            [this, dialog](const QString &server) { openLogin(server, dialog); });
    connect(dialog, &RegistriesDialog::logoutRequested, this,
            [this, dialog](const QString &server) { logout(dialog, server); });
    dialog->open();
    return dialog;
}

void RegistryController::logout(RegistriesDialog *dialog, const QString &server)
{
    QString user;
    for (const CredentialStore::Login &l : m_credentials->logins()) {
        if (l.server == server)
            user = l.username;
    }
    const QString where = RegistryAuth::displayName(server);
    auto *confirm = new ConfirmDialog(
        tr("Log out"),
        tr("Log out of %1? Gantry forgets the password of %2 for it: you will need it to log "
           "in again, and pulls and pushes there go without a login.")
            .arg(where, user),
        {where}, tr("Log out"), dialog);
    QPointer<RegistriesDialog> guard(dialog);
    connect(confirm, &QDialog::accepted, this, [this, guard, server] {
        const quint64 line = m_log->append(shellJoin(LogoutSpec{server}.commandLine()));
        m_credentials->remove(server, this, [this, guard, line](const Keychain::Outcome &out) {
            const bool ok = out.status == Keychain::Status::Ok;
            const EngineError error =
                ok ? EngineError()
                   : EngineError(
                         EngineError::Kind::Forbidden,
                         tr("The system keychain did not remove the login: %1").arg(out.message));
            m_log->finish(line, error);
            if (guard)
                guard->showError(ok ? QString() : error.message());
        });
    });
    confirm->open();
}

PullDialog *RegistryController::openPull(const QString &reference)
{
    auto *dialog = new PullDialog(m_window);
    dialog->setReference(reference);
    connect(dialog, &PullDialog::pullRequested, this,
            [this, dialog](const QString &ref) { pull(dialog, ref); });
    dialog->open();
    return dialog;
}

void RegistryController::pull(PullDialog *dialog, const QString &reference)
{
    dialog->setBusy(true);
    QPointer<PullDialog> guard(dialog);
    m_credentials->lookup(
        RegistryAuth::registryOf(reference), dialog,
        [this, guard, reference](std::optional<RegistryCredentials> credentials) {
            if (!guard)
                return;
            const auto go = [this, guard, reference, credentials](bool send) {
                if (!guard)
                    return;
                if (!send) {
                    guard->showError(
                        tr("Nothing was sent: the connection to the engine is not private."));
                    return;
                }
                run(guard, new RegistryTransfer(m_client, PullSpec{reference, credentials}, this),
                    [this, guard, reference](RegistryTransfer *) {
                        m_refresher->refresh(Refresher::Images);
                        if (guard)
                            guard->showDone(tr("Pulled %1.").arg(reference));
                        emit pulled(reference);
                    });
            };
            if (credentials)
                askBeforeSendingCredentials(guard, go);
            else
                go(true);
        });
}

PushDialog *RegistryController::openPush(const QString &source)
{
    auto *dialog = new PushDialog(source, m_window);
    connect(dialog, &PushDialog::pushRequested, this,
            [this, dialog](const QString &target) { push(dialog, target); });
    dialog->open();
    return dialog;
}

void RegistryController::push(PushDialog *dialog, const QString &target)
{
    dialog->setBusy(true);
    if (target == dialog->source()) {
        pushTagged(dialog, target);
        return;
    }
    // The engine pushes a name the image has: give it that name first (docker tag).
    const ImageTagSpec tag{dialog->source(), target};
    const quint64 line = m_log->append(shellJoin(tag.commandLine()));
    QPointer<PushDialog> guard(dialog);
    m_client->perform(tag.request(), this, [this, guard, line, target](Result<Done> tagged) {
        m_log->finish(line, tagged ? EngineError() : tagged.error());
        if (!guard)
            return;
        if (!tagged) {
            guard->showError(tagged.error().describe());
            return;
        }
        m_refresher->refresh(Refresher::Images);
        pushTagged(guard, target);
    });
}

void RegistryController::pushTagged(PushDialog *dialog, const QString &target)
{
    QPointer<PushDialog> guard(dialog);
    m_credentials->lookup(
        RegistryAuth::registryOf(target), dialog,
        [this, guard, target](std::optional<RegistryCredentials> credentials) {
            if (!guard)
                return;
            const auto go = [this, guard, target, credentials](bool send) {
                if (!guard)
                    return;
                if (!send) {
                    guard->showError(
                        tr("Nothing was sent: the connection to the engine is not private."));
                    return;
                }
                run(guard, new RegistryTransfer(m_client, PushSpec{target, credentials}, this),
                    [this, guard, target](RegistryTransfer *t) {
                        const QString digest = t->progress().digest();
                        m_refresher->refresh(Refresher::Images); // the repo digest is new
                        if (guard)
                            guard->showDone(digest.isEmpty()
                                                ? tr("Pushed %1.").arg(target)
                                                : tr("Pushed %1 (digest %2).").arg(target, digest));
                        emit pushed(target, digest);
                    });
            };
            if (credentials)
                askBeforeSendingCredentials(guard, go);
            else
                go(true);
        });
}

void RegistryController::run(TransferDialog *dialog, RegistryTransfer *transfer,
                             std::function<void(RegistryTransfer *)> succeeded)
{
    const quint64 line = m_log->append(shellJoin(transfer->action().command));
    dialog->follow(transfer, m_log, line); // ends the log line, even if the dialog goes first
    connect(transfer, &RegistryTransfer::finished, this,
            [transfer, succeeded](const EngineError &error) {
                if (!error.isError())
                    succeeded(transfer);
                transfer->deleteLater();
            });
    transfer->start();
}

} // namespace gantry
