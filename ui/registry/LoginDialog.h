#pragma once

#include "registry/RegistryAuth.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QWidget;

namespace gantry {

// docker login: a registry (Docker Hub unless another is typed), a user name and a
// password. The login is checked with the engine before anything is stored; a refusal is
// shown here and the fields are kept. With no keychain service, the dialog says so and
// offers a login for this session only (RegistryController decides and stores).
class LoginDialog : public QDialog {
    Q_OBJECT
public:
    explicit LoginDialog(QWidget *parent = nullptr);

    void setServer(const QString &server);
    // The server normalised (Docker Hub's key when left as docker.io or empty).
    RegistryCredentials credentials() const;

    void setBusy(bool busy);
    void showError(const QString &message);
    // The login is right but cannot be stored safely: explain, offer the session only.
    void offerSessionOnly(const QString &why);
    bool isOfferingSessionOnly() const;

    static bool isValidServer(const QString &typed);

signals:
    void loginRequested(const gantry::RegistryCredentials &credentials);
    void sessionOnlyRequested();

private:
    void validate();

    QLineEdit *m_server;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QLabel *m_hint;
    QLabel *m_error;
    QLabel *m_command;
    QWidget *m_sessionBox;
    QLabel *m_sessionText;
    QPushButton *m_sessionOnly;
    QPushButton *m_login;
    bool m_busy = false;
};

} // namespace gantry
