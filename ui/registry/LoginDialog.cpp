#include "registry/LoginDialog.h"

#include "registry/RegistrySpecs.h"
#include "widgets/ErrorLabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gantry {

LoginDialog::LoginDialog(QWidget *parent)
    : QDialog(parent)
    , m_server(new QLineEdit(u"docker.io"_s))
    , m_username(new QLineEdit)
    , m_password(new QLineEdit)
    , m_hint(new QLabel)
    , m_error(new QLabel)
    , m_command(new QLabel)
    , m_sessionBox(new QWidget)
    , m_sessionText(new QLabel)
    , m_sessionOnly(new QPushButton(tr("Log in for this session only")))
{
    setObjectName(u"loginDialog"_s);
    setWindowTitle(tr("Log in to a registry"));
    setAccessibleName(windowTitle());
    setWindowModality(Qt::WindowModal);
    setAttribute(Qt::WA_DeleteOnClose);
    setMinimumWidth(480);

    m_server->setObjectName(u"loginServer"_s);
    m_server->setAccessibleName(tr("Registry"));
    m_server->setPlaceholderText(tr("docker.io, or host:port"));
    m_username->setObjectName(u"loginUser"_s);
    m_username->setAccessibleName(tr("User name"));
    m_password->setObjectName(u"loginPassword"_s);
    m_password->setAccessibleName(tr("Password or access token"));
    m_password->setEchoMode(QLineEdit::Password);
    m_hint->setObjectName(u"loginHint"_s);
    m_hint->setWordWrap(true);
    setUpErrorLabel(m_error, u"loginError"_s);
    m_command->setObjectName(u"loginCommand"_s);
    m_command->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_sessionBox->setObjectName(u"loginSessionBox"_s);
    m_sessionText->setObjectName(u"loginSessionText"_s);
    m_sessionText->setTextFormat(Qt::PlainText);
    m_sessionText->setWordWrap(true);
    m_sessionOnly->setObjectName(u"loginSessionOnly"_s);
    m_sessionOnly->setAccessibleName(m_sessionOnly->text());
    auto *sessionLayout = new QVBoxLayout(m_sessionBox);
    sessionLayout->setContentsMargins(0, 0, 0, 0);
    sessionLayout->addWidget(m_sessionText);
    sessionLayout->addWidget(m_sessionOnly, 0, Qt::AlignLeft);
    m_sessionBox->hide();
    connect(m_sessionOnly, &QPushButton::clicked, this, &LoginDialog::sessionOnlyRequested);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_login = buttons->addButton(tr("Log in"), QDialogButtonBox::AcceptRole);
    m_login->setObjectName(u"loginAccept"_s);
    m_login->setAccessibleName(tr("Log in"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"loginCancel"_s);
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_login->isEnabled())
            emit loginRequested(credentials());
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("Registry:"), m_server);
    form->addRow(QString(), m_hint);
    form->addRow(tr("User name:"), m_username);
    form->addRow(tr("Password:"), m_password);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_sessionBox);
    layout->addWidget(m_command);
    layout->addWidget(buttons);

    for (QLineEdit *e : {m_server, m_username, m_password})
        connect(e, &QLineEdit::textChanged, this, &LoginDialog::validate);
    validate();
}

bool LoginDialog::isValidServer(const QString &typed)
{
    static const QRegularExpression re(
        uR"(^(?:https?://)?[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?(?::[0-9]{1,5})?(?:/\S*)?\z)"_s);
    const QString t = typed.trimmed();
    return t.isEmpty() || re.match(t).hasMatch();
}

void LoginDialog::setServer(const QString &server)
{
    m_server->setText(RegistryAuth::isDockerHub(server) ? u"docker.io"_s : server);
}

RegistryCredentials LoginDialog::credentials() const
{
    RegistryCredentials c;
    c.serverAddress = RegistryAuth::normalizeServer(m_server->text());
    c.username = m_username->text().trimmed();
    c.password = m_password->text();
    return c;
}

void LoginDialog::validate()
{
    m_sessionBox->hide(); // an offer was for what had been checked
    const bool serverOk = isValidServer(m_server->text());
    const RegistryCredentials c = credentials();
    if (!serverOk) {
        m_hint->setText(tr("Not a registry address: a host name or IP address, optionally "
                           "with :port."));
        m_hint->setStyleSheet(u"color: #b91c1c"_s);
    } else {
        m_hint->setText(RegistryAuth::isDockerHub(c.serverAddress)
                            ? tr("Docker Hub. For another registry, type its host[:port].")
                            : tr("The registry at %1.").arg(c.serverAddress));
        m_hint->setStyleSheet(QString());
    }
    const bool ok = serverOk && !c.username.isEmpty() && !c.password.isEmpty();
    m_login->setEnabled(ok && !m_busy);
    // The password is read from stdin by docker: it never shows in the command line.
    m_command->setText(serverOk && !c.username.isEmpty() ? shellJoin(LoginSpec{c}.commandLine())
                                                         : QString());
}

void LoginDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QLineEdit *e : {m_server, m_username, m_password})
        e->setEnabled(!busy);
    m_sessionOnly->setEnabled(!busy);
    validate();
}

void LoginDialog::showError(const QString &message)
{
    setBusy(false);
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    adjustSize(); // the wrapped message needs its height
}

void LoginDialog::offerSessionOnly(const QString &why)
{
    setBusy(false);
    m_error->hide();
    m_sessionText->setText(why);
    m_sessionBox->show();
    adjustSize();
}

bool LoginDialog::isOfferingSessionOnly() const
{
    return m_sessionBox->isVisibleTo(this);
}

} // namespace gantry
