#include "engines/SaveContextDialog.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace gantry {

SaveContextDialog::SaveContextDialog(const SavedEngine &engine, const QString &dockerConfigDir,
                                     QWidget *parent)
    : FormDialog(u"saveContextError"_s, u"saveContextCommand"_s, parent)
    , m_engine(engine)
    , m_config(dockerConfigDir)
    , m_name(new QLineEdit)
    , m_description(new QLineEdit)
{
    setObjectName(u"saveContextDialog"_s);
    setWindowTitle(tr("Save as docker context"));
    // A context name takes fewer characters than an engine name: start from what fits.
    QString suggested = engine.name;
    suggested.replace(QRegularExpression(u"[^a-zA-Z0-9_.+-]"_s), u"-"_s);
    m_name->setText(suggested);
    m_name->setObjectName(u"contextName"_s);
    m_name->setAccessibleName(tr("Context name"));
    m_description->setObjectName(u"contextDescription"_s);
    m_description->setAccessibleName(tr("Description"));

    auto *intro = new QLabel(tr("The docker CLI and other tools will see this engine as a "
                                "context. Gantry writes into %1 what this command writes:")
                                 .arg(dockerConfigDir));
    intro->setObjectName(u"saveContextIntro"_s);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    auto *nameHint = new QLabel;
    nameHint->setObjectName(u"contextNameHint"_s);
    nameHint->setTextFormat(Qt::PlainText);
    nameHint->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Context &name:"), m_name);
    form->addRow(QString(), nameHint);
    form->addRow(tr("&Description:"), m_description);
    body()->addWidget(intro);
    body()->addLayout(form);
    addField({m_name,
              [this] {
                  const QString name = m_name->text();
                  if (const QString p = DockerConfigDir::nameProblem(name); !p.isEmpty())
                      return p;
                  for (const DockerContext &c : m_config.contexts()) {
                      if (c.name == name)
                          return tr("A docker context named \"%1\" already exists.").arg(name);
                  }
                  return QString();
              },
              true, nameHint});
    addField({m_description, {}, false, nullptr});
    addButtons(tr("Create context"), u"saveContextAccept"_s, u"saveContextCancel"_s);
    revalidate();
    resize(640, sizeHint().height());
}

DockerContextSpec SaveContextDialog::spec() const
{
    DockerContextSpec s;
    s.name = m_name->text();
    s.description = m_description->text();
    s.host = m_engine.url;
    s.caFile = m_engine.caFile;
    s.certFile = m_engine.certFile;
    s.keyFile = m_engine.keyFile;
    s.skipTlsVerify = m_engine.skipTlsVerify;
    return s;
}

QString SaveContextDialog::commandText() const
{
    return spec().cliLine();
}

void SaveContextDialog::submit()
{
    const Result<Done> made = m_config.createContext(spec());
    if (!made) {
        showError(made.error().message());
        return;
    }
    emit created(spec().name);
    accept();
}

} // namespace gantry
