#include "widgets/ConfirmDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gantry {

ConfirmDialog::ConfirmDialog(const QString &title, const QString &text, const QStringList &items,
                             const QString &acceptText, QWidget *parent)
    : QDialog(parent)
    , m_note(new QLabel)
    , m_details(new QPlainTextEdit)
    , m_options(new QVBoxLayout)
{
    setObjectName(u"confirmDialog"_s);
    setWindowTitle(title);
    setAccessibleName(title);
    setWindowModality(Qt::WindowModal);
    setAttribute(Qt::WA_DeleteOnClose);

    auto *label = new QLabel(text);
    label->setTextFormat(Qt::PlainText); // the question names containers and images
    label->setWordWrap(true);
    auto *list = new QListWidget;
    list->setObjectName(u"confirmItems"_s);
    list->setAccessibleName(tr("What will be affected"));
    list->addItems(items);
    list->setSelectionMode(QAbstractItemView::NoSelection);
    list->setMaximumHeight(160);
    list->setVisible(!items.isEmpty()); // a question about no list of things (leave a swarm)
    m_note->setObjectName(u"confirmNote"_s);
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText); // notes name containers and images
    m_note->hide();
    m_details->setObjectName(u"confirmDetails"_s);
    m_details->setAccessibleName(tr("Details"));
    m_details->setReadOnly(true);
    m_details->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_details->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_accept = buttons->addButton(acceptText, QDialogButtonBox::AcceptRole);
    m_accept->setObjectName(u"confirmAccept"_s);
    m_accept->setAccessibleName(acceptText);
    QPushButton *cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(u"confirmCancel"_s);
    cancel->setAccessibleName(tr("Cancel"));
    cancel->setDefault(true); // Enter does not destroy anything by accident
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(list);
    layout->addWidget(m_details);
    layout->addLayout(m_options);
    layout->addWidget(m_note);
    layout->addWidget(buttons);
}

QCheckBox *ConfirmDialog::addOption(const QString &objectName, const QString &text, bool checked)
{
    auto *box = new QCheckBox(text);
    box->setObjectName(objectName);
    box->setAccessibleName(text);
    box->setChecked(checked);
    m_options->addWidget(box);
    return box;
}

void ConfirmDialog::setNote(const QString &text)
{
    m_note->setText(text);
    m_note->setVisible(!text.isEmpty());
}

void ConfirmDialog::setDetails(const QString &text)
{
    m_details->setPlainText(text);
    m_details->setVisible(!text.isEmpty());
}

} // namespace gantry
