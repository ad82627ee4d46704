#pragma once

#include "registry/RegistryAuth.h"
#include "widgets/FormDialog.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QWidget;

namespace gantry {

// docker login: a registry (Docker Hub unless another is typed), a user name and a
// password. The login is checked with the engine before anything is stored; a refusal is
// shown here and the fields are kept. With no keychain service, the dialog says so and
// offers a login for this session only (RegistryController decides and stores).
class LoginDialog : public FormDialog {
    Q_OBJECT
public:
    explicit LoginDialog(QWidget *parent = nullptr);

    void setServer(const QString &server);
    // The server normalised (Docker Hub's key when left as docker.io or empty).
    RegistryCredentials credentials() const;

    // The login is right but cannot be stored safely: explain, offer the session only.
    void offerSessionOnly(const QString &why);
    bool isOfferingSessionOnly() const;

    static bool isValidServer(const QString &typed);

signals:
    void loginRequested(const gantry::RegistryCredentials &credentials);
    void sessionOnlyRequested();

protected:
    QString commandText() const override;
    void submit() override;
    void inputChanged() override;

private:
    QLineEdit *m_server;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QLabel *m_hint;
    QWidget *m_sessionBox;
    QLabel *m_sessionText;
    QPushButton *m_sessionOnly;
};

} // namespace gantry
