#include "registry/TransferDialog.h"

#include "registry/RegistryTransfer.h"
#include "registry/TransferProgressView.h"
#include "widgets/ErrorLabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gantry {

TransferDialog::TransferDialog(const QString &objectName, const QString &title,
                               const QString &actionText, QWidget *parent)
    : QDialog(parent)
    , m_form(new QFormLayout)
    , m_command(new QLabel)
    , m_error(new QLabel)
    , m_progress(new TransferProgressView)
{
    setObjectName(objectName);
    setWindowTitle(title);
    setAccessibleName(title);
    setWindowModality(Qt::WindowModal);
    setAttribute(Qt::WA_DeleteOnClose);
    setMinimumWidth(520);

    m_command->setObjectName(objectName + u"Command"_s);
    m_command->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_command->setWordWrap(true);
    setUpErrorLabel(m_error, objectName + u"Error"_s);
    m_progress->setObjectName(objectName + u"Progress"_s);
    m_progress->hide();

    auto *buttons = new QDialogButtonBox;
    m_action = buttons->addButton(actionText, QDialogButtonBox::AcceptRole);
    m_action->setObjectName(objectName + u"Accept"_s);
    m_action->setAccessibleName(actionText);
    m_action->setDefault(true);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(objectName + u"Cancel"_s);
    m_cancel->setAccessibleName(tr("Cancel"));
    connect(m_action, &QPushButton::clicked, this, [this] {
        if (inputValid() && !m_busy)
            requestAction();
    });
    // While a transfer runs, Cancel stops it and the dialog stays to say so.
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (isTransferring())
            m_transfer->cancel();
        else
            QDialog::reject();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addWidget(m_command);
    layout->addWidget(m_progress, 1);
    layout->addStretch(); // takes the room while there is no progress to show
    layout->addWidget(buttons);
}

TransferDialog::~TransferDialog()
{
    // Cancelling reports finished() at once: this half-destroyed dialog must not hear it.
    if (m_transfer)
        disconnect(m_transfer, nullptr, this, nullptr);
    m_progress->clear();
    if (isTransferring())
        m_transfer->cancel();
}

bool TransferDialog::isTransferring() const
{
    return m_transfer && m_transfer->isRunning();
}

void TransferDialog::follow(RegistryTransfer *transfer)
{
    m_transfer = transfer;
    m_error->hide();
    m_progress->show();
    m_progress->follow(transfer);
    if (height() < 420) // room for a few layers
        resize(width(), 420);
    setBusy(true);
    connect(transfer, &RegistryTransfer::finished, this, [this](const EngineError &error) {
        if (m_closeWhenStopped) {
            QDialog::reject();
            return;
        }
        if (error.isError())
            showError(error.describe());
    });
}

void TransferDialog::setBusy(bool busy)
{
    m_busy = busy;
    setInputEnabled(!busy);
    m_action->setEnabled(!busy && inputValid());
}

void TransferDialog::showError(const QString &message)
{
    setBusy(false);
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    if (height() < sizeHint().height()) // the wrapped message needs its height
        resize(width(), sizeHint().height());
}

void TransferDialog::showDone(const QString &message)
{
    setBusy(false);
    m_error->hide();
    m_cancel->setText(tr("Close"));
    m_cancel->setAccessibleName(tr("Close"));
    m_command->setText(message);
}

void TransferDialog::reject()
{
    if (isTransferring()) { // Escape or the window's close button: stop, then close
        m_closeWhenStopped = true;
        m_transfer->cancel();
        return;
    }
    QDialog::reject();
}

void TransferDialog::inputChanged(const QString &commandLine)
{
    m_action->setEnabled(!m_busy && inputValid());
    m_command->setText(commandLine);
}

} // namespace gantry
