#include "registry/RegistriesDialog.h"

#include "widgets/ErrorLabel.h"
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gantry {

namespace {
constexpr int kServerRole = Qt::UserRole + 1;
constexpr int kRemovableRole = Qt::UserRole + 2;
} // namespace

RegistriesDialog::RegistriesDialog(QWidget *parent)
    : QDialog(parent)
    , m_list(new QTreeWidget)
    , m_note(new QLabel)
    , m_error(new QLabel)
{
    setObjectName(u"registriesDialog"_s);
    setWindowTitle(tr("Registries"));
    setAccessibleName(windowTitle());
    setWindowModality(Qt::WindowModal);
    setAttribute(Qt::WA_DeleteOnClose);
    resize(560, 320);

    m_list->setObjectName(u"registriesList"_s);
    m_list->setAccessibleName(tr("Registry logins"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Registry"), tr("User"), tr("Stored in")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_note->setObjectName(u"registriesNote"_s);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);
    m_note->setText(tr("Passwords are kept in the system keychain, never in a file. Logins "
                       "made with docker login are used too; docker logout removes them."));
    setUpErrorLabel(m_error, u"registriesError"_s);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_login = buttons->addButton(tr("Log in…"), QDialogButtonBox::ActionRole);
    m_login->setObjectName(u"registriesLogin"_s);
    m_login->setAccessibleName(tr("Log in"));
    m_logout = buttons->addButton(tr("Log out"), QDialogButtonBox::ActionRole);
    m_logout->setObjectName(u"registriesLogout"_s);
    m_logout->setAccessibleName(tr("Log out"));
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_login, &QPushButton::clicked, this,
            [this] { emit loginRequested(selectedServer()); });
    connect(m_logout, &QPushButton::clicked, this, [this] {
        if (!selectedServer().isEmpty())
            emit logoutRequested(selectedServer());
    });
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &RegistriesDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_note);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    updateButtons();
}

void RegistriesDialog::setLogins(const QList<CredentialStore::Login> &logins)
{
    const QString selected = selectedServer();
    m_list->clear();
    for (const CredentialStore::Login &l : logins) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, RegistryAuth::displayName(l.server));
        item->setToolTip(0, l.server);
        item->setText(1, l.username);
        switch (l.source) {
        case CredentialStore::Source::Keychain: item->setText(2, tr("System keychain")); break;
        case CredentialStore::Source::Session: item->setText(2, tr("This session only")); break;
        case CredentialStore::Source::DockerConfig:
            item->setText(2, tr("Docker's configuration (read only)"));
            break;
        }
        item->setData(0, kServerRole, l.server);
        item->setData(0, kRemovableRole, l.source != CredentialStore::Source::DockerConfig);
        if (l.server == selected)
            item->setSelected(true);
    }
    updateButtons();
}

void RegistriesDialog::setKeychainUnavailable(bool unavailable)
{
    if (unavailable)
        m_note->setText(tr("No keychain service is running: logins last for this session "
                           "only. Start a Secret Service (for example gnome-keyring) to keep "
                           "them."));
}

void RegistriesDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString RegistriesDialog::selectedServer() const
{
    const QList<QTreeWidgetItem *> items = m_list->selectedItems();
    return items.isEmpty() ? QString() : items.first()->data(0, kServerRole).toString();
}

void RegistriesDialog::updateButtons()
{
    const QList<QTreeWidgetItem *> items = m_list->selectedItems();
    const bool removable = !items.isEmpty() && items.first()->data(0, kRemovableRole).toBool();
    m_logout->setEnabled(removable);
    m_logout->setToolTip(!items.isEmpty() && !removable
                             ? tr("This login belongs to the docker command: use docker logout")
                             : QString());
}

} // namespace gantry
