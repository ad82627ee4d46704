#include "registry/TransferDialog.h"

#include "registry/RegistryTransfer.h"
#include "registry/TransferProgressView.h"

#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gantry {

TransferDialog::TransferDialog(const QString &objectName, const QString &title,
                               const QString &actionText, QWidget *parent)
    : JobDialog({.error = objectName + u"Error"_s,
                 .command = objectName + u"Command"_s,
                 .start = objectName + u"Accept"_s,
                 .close = objectName + u"Cancel"_s},
                actionText, parent)
    , m_form(new QFormLayout)
    , m_progress(new TransferProgressView)
{
    setObjectName(objectName);
    setWindowTitle(title);
    setAccessibleName(title);
    setMinimumWidth(520);
    setIdleCloseText(tr("Cancel")); // "Close" once something was done

    m_progress->setObjectName(objectName + u"Progress"_s);
    m_progress->hide();
    connect(this, &JobDialog::startRequested, this, &TransferDialog::requestAction);

    body()->addLayout(m_form);
    tail()->addWidget(m_progress, 1);
    tail()->addStretch(); // takes the room while there is no progress to show
}

TransferDialog::~TransferDialog()
{
    // The view lets go of the transfer before JobDialog cancels it.
    m_progress->clear();
}

void TransferDialog::follow(RegistryTransfer *transfer, CommandLog *log, quint64 line)
{
    errorLabel()->hide();
    m_progress->show();
    m_progress->follow(transfer);
    if (height() < 420) // room for a few layers
        resize(width(), 420);
    setBusy(true);
    JobDialog::follow(transfer, log, line);
}

void TransferDialog::showDone(const QString &message)
{
    setBusy(false);
    errorLabel()->hide();
    setIdleCloseText(tr("Close"));
    commandLabel()->setText(message);
}

void TransferDialog::inputChanged(const QString &commandLine)
{
    m_commandText = commandLine;
    revalidate();
}

} // namespace gantry
