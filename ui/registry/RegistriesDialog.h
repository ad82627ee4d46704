#pragma once

#include "registry/CredentialStore.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace gantry {

// The registries with a login: Gantry's (in the keychain, or for this session only) and
// docker's own (read only: `docker logout` removes those). Log in to another one, or log
// out of a selected one. Passive: RegistryController acts on its requests.
class RegistriesDialog : public QDialog {
    Q_OBJECT
public:
    explicit RegistriesDialog(QWidget *parent = nullptr);

    void setLogins(const QList<CredentialStore::Login> &logins);
    void setKeychainUnavailable(bool unavailable);
    void showError(const QString &message);
    QTreeWidget *list() const { return m_list; }

signals:
    void loginRequested(const QString &server);
    void logoutRequested(const QString &server);

private:
    QString selectedServer() const;
    void updateButtons();

    QTreeWidget *m_list;
    QLabel *m_note;
    QLabel *m_error;
    QPushButton *m_login;
    QPushButton *m_logout;
};

} // namespace gantry
