#include "engines/EngineEditDialog.h"

#include "api/DockerClient.h"
#include "catalogue/EngineCatalogue.h"
#include "widgets/PathField.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace gantry {

namespace {

QLabel *hintLabel(const QString &name)
{
    auto *l = new QLabel;
    l->setObjectName(name);
    l->setTextFormat(Qt::PlainText); // quotes what was typed
    l->setWordWrap(true);
    return l;
}

} // namespace

EngineEditDialog::EngineEditDialog(const SavedEngine &engine, const QStringList &takenNames,
                                   QWidget *parent)
    : FormDialog(u"engineEditError"_s, u"engineEditCommand"_s, parent)
    , m_taken(takenNames)
    , m_skipTlsVerify(engine.skipTlsVerify)
    , m_name(new QLineEdit(engine.name))
    , m_url(new QLineEdit(engine.url))
    , m_ca(new PathField(PathField::Kind::OpenFile, u"engineCa"_s, tr("CA certificate")))
    , m_cert(new PathField(PathField::Kind::OpenFile, u"engineCert"_s, tr("Client certificate")))
    , m_key(new PathField(PathField::Kind::OpenFile, u"engineKey"_s, tr("Client key")))
    , m_ping(new QPushButton(tr("Ping")))
    , m_pingResult(hintLabel(u"enginePingResult"_s))
{
    setObjectName(u"engineEditDialog"_s);
    setWindowTitle(engine.name.isEmpty() ? tr("Add an engine") : tr("Edit engine"));
    m_name->setObjectName(u"engineName"_s);
    m_name->setAccessibleName(tr("Name"));
    m_url->setObjectName(u"engineUrl"_s);
    m_url->setAccessibleName(tr("Address"));
    m_url->setPlaceholderText(u"tcp://192.0.2.10:2376"_s);
    m_ca->setPath(engine.caFile);
    m_cert->setPath(engine.certFile);
    m_key->setPath(engine.keyFile);
    for (PathField *f : {m_ca, m_cert, m_key})
        f->setNameFilter(tr("PEM files (*.pem);;All files (*)"));
    m_ping->setObjectName(u"enginePing"_s);
    m_ping->setAccessibleName(tr("Ping the engine"));
    m_ping->setToolTip(tr("Ask the engine at this address whether it answers"));
    m_pingResult->setAccessibleName(tr("Ping result"));
    m_pingResult->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    auto *nameHint = hintLabel(u"engineNameHint"_s);
    auto *urlHint = hintLabel(u"engineUrlHint"_s);
    auto *caHint = hintLabel(u"engineCaHint"_s);
    auto *certHint = hintLabel(u"engineCertHint"_s);
    auto *keyHint = hintLabel(u"engineKeyHint"_s);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), nameHint);
    form->addRow(tr("&Address:"), m_url);
    form->addRow(QString(), urlHint);
    auto *tlsNote = new QLabel(tr("TLS (tcp:// only; leave empty for none). Only the paths are "
                                  "saved, never the files' contents."));
    tlsNote->setWordWrap(true);
    form->addRow(tlsNote);
    form->addRow(tr("&CA certificate:"), m_ca);
    form->addRow(QString(), caHint);
    form->addRow(tr("Client c&ertificate:"), m_cert);
    form->addRow(QString(), certHint);
    form->addRow(tr("Client &key:"), m_key);
    form->addRow(QString(), keyHint);
    body()->addLayout(form);

    auto *pingRow = new QHBoxLayout;
    pingRow->addWidget(m_ping);
    pingRow->addWidget(m_pingResult, 1);
    footer()->addLayout(pingRow);

    addField({m_name, [this] { return SavedEngines::nameProblem(m_name->text(), m_taken); }, true,
              nameHint});
    addField({m_url, [this] { return SavedEngines::urlProblem(m_url->text()); }, true, urlHint,
              [] { return tr("unix:///path, tcp://host:port or ssh://[user@]host[:port]"); }});
    addField({m_ca->lineEdit(), [this] { return SavedEngines::tlsFileProblem(m_ca->path()); },
              false, caHint});
    addField({m_cert->lineEdit(), [this] { return SavedEngines::tlsFileProblem(m_cert->path()); },
              false, certHint});
    addField({m_key->lineEdit(), [this] { return SavedEngines::tlsFileProblem(m_key->path()); },
              false, keyHint});
    addButtons(tr("Save"), u"engineSave"_s, u"engineCancel"_s);
    connect(m_ping, &QPushButton::clicked, this, &EngineEditDialog::ping);
    revalidate();
    inputChanged();
    resize(600, sizeHint().height());
}

EngineEditDialog::~EngineEditDialog() = default;

SavedEngine EngineEditDialog::engine() const
{
    return {m_name->text().trimmed(), m_url->text().trimmed(), m_ca->path(),
            m_cert->path(),           m_key->path(),           m_skipTlsVerify};
}

void EngineEditDialog::inputChanged()
{
    // A ping answered for what was typed before says nothing about what is typed now.
    m_pingClient.reset();
    m_pingResult->clear();
    // Pinged as it would be used: only with an address and TLS files that can be.
    bool usable = SavedEngines::urlProblem(m_url->text()).isEmpty();
    for (const PathField *f : {m_ca, m_cert, m_key})
        usable = usable && SavedEngines::tlsFileProblem(f->path()).isEmpty();
    m_ping->setEnabled(usable);
}

void EngineEditDialog::ping()
{
    const Result<Endpoint> endpoint = EngineChoice::fromSaved(engine()).endpoint();
    if (!endpoint) {
        m_pingResult->setText(endpoint.error().message());
        return;
    }
    m_pingClient = std::make_unique<DockerClient>(endpoint.value());
    m_pingResult->setText(tr("Asking the engine…"));
    // The client is the callback's context: a newer ping or closing the dialog deletes it,
    // and with it the call, which then calls nobody back.
    m_pingClient->ping(m_pingClient.get(), [this](const Result<PingInfo> &r) {
        if (r)
            m_pingResult->setText(tr("The engine answers: API %1 (%2).")
                                      .arg(r->apiVersion.toString(),
                                           r->osType.isEmpty() ? tr("unknown system") : r->osType));
        else
            m_pingResult->setText(r.error().describe());
        m_pingResult->setAccessibleDescription(m_pingResult->text());
        if (height() < sizeHint().height()) // the wrapped message needs its height
            resize(width(), sizeHint().height());
    });
}

void EngineEditDialog::submit()
{
    if (m_saver) {
        if (const QString error = m_saver(engine()); !error.isEmpty()) {
            showError(error);
            return;
        }
    }
    emit saved(engine());
    accept();
}

} // namespace gantry
