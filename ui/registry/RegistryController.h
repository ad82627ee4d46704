#pragma once

#include "registry/RegistryAuth.h"

#include <QObject>

#include <functional>

class QWidget;

namespace gantry {

class CommandLog;
class CredentialStore;
class DockerClient;
class LoginDialog;
class PullDialog;
class PushDialog;
class Refresher;
class RegistriesDialog;
class RegistryTransfer;
class TransferDialog;

// Registry logins, pulls and pushes: opens their dialogs and does what they ask. A login
// is checked with the engine (POST /auth) before it is stored; pulls and pushes use the
// login stored for the image's registry. Every action's docker line goes to the command
// log, without a secret.
class RegistryController : public QObject {
    Q_OBJECT
public:
    RegistryController(DockerClient *client, CredentialStore *credentials, CommandLog *log,
                       Refresher *refresher, QWidget *window, QObject *parent = nullptr);

    CredentialStore *credentials() const { return m_credentials; }

    LoginDialog *openLogin(const QString &server = {}, QWidget *parent = nullptr);
    RegistriesDialog *openRegistries();
    PullDialog *openPull(const QString &reference = {});
    PushDialog *openPush(const QString &source);

signals:
    void loggedIn(const QString &server);
    void pulled(const QString &reference);
    void pushed(const QString &reference, const QString &digest);

private:
    void login(LoginDialog *dialog, const RegistryCredentials &credentials);
    void sendLogin(LoginDialog *dialog, const RegistryCredentials &credentials);
    // Registry logins travel to the engine with the request: over a connection that is not
    // private, asks first; `then(true)` once allowed (the answer holds for the session).
    void askBeforeSendingCredentials(QWidget *dialog, std::function<void(bool)> then);
    void keep(LoginDialog *dialog, const RegistryCredentials &verified);
    void logout(RegistriesDialog *dialog, const QString &server);
    void pull(PullDialog *dialog, const QString &reference);
    void push(PushDialog *dialog, const QString &target);
    void pushTagged(PushDialog *dialog, const QString &target);
    void run(TransferDialog *dialog, RegistryTransfer *transfer,
             std::function<void(RegistryTransfer *)> succeeded);

    DockerClient *m_client;
    CredentialStore *m_credentials;
    CommandLog *m_log;
    Refresher *m_refresher;
    QWidget *m_window;
    bool m_insecureAllowed = false;
};

} // namespace gantry
