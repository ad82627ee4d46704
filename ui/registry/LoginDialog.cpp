#include "registry/LoginDialog.h"

#include "registry/RegistrySpecs.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gantry {

LoginDialog::LoginDialog(QWidget *parent)
    : FormDialog(u"loginError"_s, u"loginCommand"_s, parent)
    , m_server(new QLineEdit(u"docker.io"_s))
    , m_username(new QLineEdit)
    , m_password(new QLineEdit)
    , m_hint(new QLabel)
    , m_sessionBox(new QWidget)
    , m_sessionText(new QLabel)
    , m_sessionOnly(new QPushButton(tr("Log in for this session only")))
{
    setObjectName(u"loginDialog"_s);
    setWindowTitle(tr("Log in to a registry"));
    setAccessibleName(windowTitle());
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
    m_hint->setTextFormat(Qt::PlainText); // it repeats what was typed

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

    auto *form = new QFormLayout;
    form->addRow(tr("Registry:"), m_server);
    form->addRow(QString(), m_hint);
    form->addRow(tr("User name:"), m_username);
    form->addRow(tr("Password:"), m_password);
    body()->addLayout(form);
    footer()->addWidget(m_sessionBox);
    addButtons(tr("Log in"), u"loginAccept"_s, u"loginCancel"_s);

    addField({.widget = m_server,
              .validate =
                  [this] {
                      return isValidServer(m_server->text())
                                 ? QString()
                                 : tr("Not a registry address: a host name or IP address, "
                                      "optionally with :port.");
                  },
              .hint = m_hint,
              .note =
                  [this] {
                      const QString server = credentials().serverAddress;
                      return RegistryAuth::isDockerHub(server)
                                 ? tr("Docker Hub. For another registry, type its host[:port].")
                                 : tr("The registry at %1.").arg(server);
                  }});
    addField({.widget = m_username, .required = true});
    addField({.widget = m_password, .required = true});
    addField({.widget = m_sessionOnly});
    revalidate();
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

QString LoginDialog::commandText() const
{
    // The password is read from stdin by docker: it never shows in the command line.
    const RegistryCredentials c = credentials();
    return isValidServer(m_server->text()) && !c.username.isEmpty()
               ? shellJoin(LoginSpec{c}.commandLine())
               : QString();
}

void LoginDialog::submit()
{
    m_sessionBox->hide(); // a new attempt: the offer was for the previous one
    emit loginRequested(credentials());
}

void LoginDialog::inputChanged()
{
    m_sessionBox->hide(); // an offer was for what had been checked
}

void LoginDialog::offerSessionOnly(const QString &why)
{
    setBusy(false);
    errorLabel()->hide();
    m_sessionText->setText(why);
    m_sessionBox->show();
    adjustSize();
}

bool LoginDialog::isOfferingSessionOnly() const
{
    return m_sessionBox->isVisibleTo(this);
}

} // namespace gantry
