#include "swarm/SwarmObjectDialog.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gantry {

SwarmObjectDialog::SwarmObjectDialog(SwarmObjectKind kind, QWidget *parent)
    : FormDialog(u"swarmObjectError"_s, u"swarmObjectCommand"_s, parent)
    , m_kind(kind)
    , m_name(new QLineEdit)
    , m_fromFile(new QRadioButton(tr("From a file")))
    , m_fromText(new QRadioButton(tr("Typed here")))
    , m_file(new QLineEdit)
    , m_text(new QPlainTextEdit)
{
    const bool secret = kind == SwarmObjectKind::Secret;
    setObjectName(secret ? u"createSecretDialog"_s : u"createConfigDialog"_s);
    setWindowTitle(secret ? tr("Create secret") : tr("Create config"));
    setAccessibleName(windowTitle());
    setMinimumWidth(480);

    m_name->setObjectName(u"swarmObjectName"_s);
    m_name->setAccessibleName(secret ? tr("Secret name") : tr("Config name"));
    m_fromFile->setObjectName(u"swarmObjectFromFile"_s);
    m_fromFile->setAccessibleName(m_fromFile->text());
    m_fromText->setObjectName(u"swarmObjectFromText"_s);
    m_fromText->setAccessibleName(m_fromText->text());
    m_fromFile->setChecked(true);
    m_file->setObjectName(u"swarmObjectFile"_s);
    m_file->setAccessibleName(tr("File"));
    auto *browse = new QPushButton(tr("Browse…"));
    browse->setObjectName(u"swarmObjectBrowse"_s);
    browse->setAccessibleName(tr("Choose the file"));
    m_text->setObjectName(u"swarmObjectText"_s);
    m_text->setAccessibleName(secret ? tr("Secret value") : tr("Config content"));
    m_text->setTabChangesFocus(true);
    m_text->setEnabled(false);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(m_fromFile);
    form->addRow(fileRow);
    form->addRow(m_fromText);
    form->addRow(m_text);
    body()->addLayout(form);
    addButtons(tr("Create"), u"swarmObjectCreateAccept"_s, u"swarmObjectCreateCancel"_s);

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("Choose the file"));
        if (!f.isEmpty())
            m_file->setText(f);
    });
    const auto toggle = [this, browse] {
        m_file->setEnabled(m_fromFile->isChecked());
        browse->setEnabled(m_fromFile->isChecked());
        m_text->setEnabled(m_fromText->isChecked());
        revalidate();
    };
    connect(m_fromFile, &QRadioButton::toggled, this, toggle);
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] { revalidate(); });

    addField(
        {.widget = m_name,
         .validate =
             [this] {
                 const QString n = m_name->text().trimmed();
                 return n.isEmpty() || SwarmObjectCreateSpec::isValidName(n)
                            ? QString()
                            : tr("Not a valid name: letters, digits, '_', '.' or '-', starting "
                                 "and ending with a letter or digit, 64 characters at most.");
             },
         .required = true});
    addField({.widget = m_file, .validate = [this] {
                  if (!m_fromFile->isChecked() || m_file->text().isEmpty())
                      return QString();
                  const QFileInfo f(m_file->text());
                  if (!f.isFile() || !f.isReadable())
                      return tr("No readable file there.");
                  if (f.size() > SwarmObjectCreateSpec::kMaxSecretBytes)
                      return tr("The engine takes at most 500 KiB.");
                  return QString();
              }});
    revalidate();
}

SwarmObjectCreateSpec SwarmObjectDialog::specWithoutData() const
{
    SwarmObjectCreateSpec s;
    s.kind = m_kind;
    s.name = m_name->text().trimmed();
    if (m_fromFile->isChecked())
        s.fileName = m_file->text();
    return s;
}

SwarmObjectCreateSpec SwarmObjectDialog::spec(QString *error) const
{
    SwarmObjectCreateSpec s = specWithoutData();
    if (m_fromText->isChecked()) {
        s.data = m_text->toPlainText().toUtf8();
        return s;
    }
    QFile f(s.fileName);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(s.fileName, f.errorString());
        return s;
    }
    s.data = f.read(SwarmObjectCreateSpec::kMaxSecretBytes + 1);
    return s;
}

QString SwarmObjectDialog::commandText() const
{
    if (!isValid())
        return {};
    return shellJoin(specWithoutData().commandLine());
}

void SwarmObjectDialog::submit()
{
    if (m_fromFile->isChecked() && m_file->text().isEmpty())
        return showError(tr("Choose a file, or type the value."));
    QString error;
    const SwarmObjectCreateSpec s = spec(&error);
    if (!error.isEmpty())
        return showError(error);
    if (s.data.isEmpty())
        return showError(tr("The value is empty: the engine refuses an empty one."));
    emit createRequested(s);
}

} // namespace gantry
