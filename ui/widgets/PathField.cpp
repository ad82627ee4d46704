#include "widgets/PathField.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace gantry {

PathField::PathField(Kind kind, const QString &objectName, const QString &accessibleName,
                     QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_edit(new QLineEdit)
    , m_browse(new QToolButton)
{
    setObjectName(objectName + u"Field"_s);
    m_edit->setObjectName(objectName);
    m_edit->setAccessibleName(accessibleName);
    m_browse->setObjectName(objectName + u"Browse"_s);
    m_browse->setText(tr("Browse…"));
    m_browse->setAccessibleName(tr("Browse for %1").arg(accessibleName));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_browse);
    connect(m_browse, &QToolButton::clicked, this, &PathField::browse);
    connect(m_edit, &QLineEdit::textChanged, this, &PathField::pathChanged);
}

QString PathField::path() const
{
    const QString text = m_edit->text().trimmed();
    return text.startsWith(u"~/"_s) ? QDir::home().filePath(text.mid(2)) : text;
}

void PathField::setPath(const QString &path)
{
    m_edit->setText(QDir::toNativeSeparators(path));
}

void PathField::setPlaceholderText(const QString &text)
{
    m_edit->setPlaceholderText(text);
}

void PathField::browse()
{
    const QString start = path().isEmpty() ? QDir::homePath() : path();
    auto *dialog = new QFileDialog(this, m_edit->accessibleName(), start, m_filter);
    dialog->setObjectName(objectName() + u"Dialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    switch (m_kind) {
    case Kind::Folder:
        dialog->setFileMode(QFileDialog::Directory);
        dialog->setOption(QFileDialog::ShowDirsOnly);
        break;
    case Kind::OpenFile: dialog->setFileMode(QFileDialog::ExistingFile); break;
    case Kind::SaveFile: dialog->setAcceptMode(QFileDialog::AcceptSave); break;
    }
    connect(dialog, &QFileDialog::fileSelected, this, &PathField::setPath);
    dialog->open();
}

} // namespace gantry
