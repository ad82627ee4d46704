#include "widgets/FormDialog.h"

#include "style/StatusColors.h"
#include "widgets/ErrorLabel.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gantry {

FormDialog::FormDialog(const QString &errorName, const QString &commandName, QWidget *parent)
    : QDialog(parent)
    , m_body(new QVBoxLayout)
    , m_footer(new QVBoxLayout)
    , m_error(new QLabel)
    , m_command(new QLabel)
{
    setWindowModality(Qt::WindowModal);
    setAttribute(Qt::WA_DeleteOnClose);
    setUpErrorLabel(m_error, errorName);
    m_command->setObjectName(commandName);
    m_command->setTextFormat(Qt::PlainText); // names the user typed
    m_command->setWordWrap(true);
    m_command->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_footer->setContentsMargins(0, 0, 0, 0);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_body);
    layout->addWidget(m_error);
    layout->addLayout(m_footer);
    layout->addWidget(m_command);
}

void FormDialog::addButtons(const QString &okText, const QString &okName, const QString &cancelName)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_ok = buttons->addButton(okText, QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(okName);
    m_ok->setAccessibleName(okText);
    QPushButton *cancel = buttons->button(QDialogButtonBox::Cancel);
    if (!cancelName.isEmpty())
        cancel->setObjectName(cancelName);
    cancel->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (isValid() && !m_busy)
            submit();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    static_cast<QVBoxLayout *>(layout())->addWidget(buttons);
}

void FormDialog::addField(const Field &field)
{
    m_fields << field;
    QWidget *w = field.widget;
    if (auto *edit = qobject_cast<QLineEdit *>(w))
        connect(edit, &QLineEdit::textChanged, this, &FormDialog::onEdited);
    else if (auto *text = qobject_cast<QPlainTextEdit *>(w))
        connect(text, &QPlainTextEdit::textChanged, this, &FormDialog::onEdited);
    else if (auto *combo = qobject_cast<QComboBox *>(w))
        connect(combo, &QComboBox::currentIndexChanged, this, &FormDialog::onEdited);
    else if (auto *button = qobject_cast<QAbstractButton *>(w))
        connect(button, &QAbstractButton::toggled, this, &FormDialog::onEdited);
}

bool FormDialog::isEmpty(const QWidget *field)
{
    if (auto *edit = qobject_cast<const QLineEdit *>(field)) // a password may be all spaces
        return edit->echoMode() == QLineEdit::Normal ? edit->text().trimmed().isEmpty()
                                                     : edit->text().isEmpty();
    if (auto *text = qobject_cast<const QPlainTextEdit *>(field))
        return text->toPlainText().trimmed().isEmpty();
    if (auto *combo = qobject_cast<const QComboBox *>(field))
        return combo->currentText().isEmpty();
    return false;
}

bool FormDialog::isValid() const
{
    for (const Field &f : m_fields) {
        if (f.required && isEmpty(f.widget))
            return false;
        if (f.validate && !f.validate().isEmpty())
            return false;
    }
    return true;
}

void FormDialog::onEdited()
{
    inputChanged();
    revalidate();
}

void FormDialog::revalidate()
{
    QString firstError;
    for (const Field &f : m_fields) {
        const QString error = f.validate ? f.validate() : QString();
        if (!f.hint) {
            if (firstError.isEmpty())
                firstError = error;
            continue;
        }
        f.hint->setText(error.isEmpty() && f.note ? f.note() : error);
        f.hint->setStyleSheet(error.isEmpty()
                                  ? QString()
                                  : StatusColors::textStyleSheet(StatusColors::Error, palette()));
    }
    // An engine error was about what had been sent: what is typed now replaces it.
    m_error->setText(firstError);
    m_error->setVisible(!firstError.isEmpty());
    m_command->setText(commandText());
    updateOk();
}

void FormDialog::updateOk()
{
    if (m_ok)
        m_ok->setEnabled(!m_busy && isValid());
}

void FormDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (const Field &f : m_fields)
        f.widget->setEnabled(!busy);
    updateOk();
}

void FormDialog::showError(const QString &message)
{
    setBusy(false);
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    if (height() < sizeHint().height()) // the wrapped message needs its height
        resize(width(), sizeHint().height());
}

} // namespace gantry
