#include "widgets/JobDialog.h"

#include "actions/CommandLog.h"
#include "widgets/ErrorLabel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace gantry {

JobDialog::JobDialog(const Names &names, const QString &startText, QWidget *parent)
    : QDialog(parent)
    , m_body(new QVBoxLayout)
    , m_tail(new QVBoxLayout)
    , m_error(new QLabel)
    , m_command(new QLabel)
    , m_status(new QLabel)
    , m_progress(new QProgressBar)
    , m_idleCloseText(tr("Close"))
{
    setWindowModality(Qt::WindowModal);
    setAttribute(Qt::WA_DeleteOnClose);
    setUpErrorLabel(m_error, names.error);
    m_command->setObjectName(names.command);
    m_command->setTextFormat(Qt::PlainText); // names and paths the user typed
    m_command->setWordWrap(true);
    m_command->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setObjectName(names.status);
    m_status->setTextFormat(Qt::PlainText); // quotes Dockerfile steps and engine messages
    m_status->setWordWrap(true);
    m_progress->setObjectName(names.progress);
    m_progress->setAccessibleName(
        names.progressAccessibleName.isEmpty() ? tr("Progress") : names.progressAccessibleName);
    m_progress->hide();
    m_body->setContentsMargins(0, 0, 0, 0);
    m_tail->setContentsMargins(0, 0, 0, 0);

    auto *buttons = new QDialogButtonBox;
    m_start =
        buttons->addButton(startText, names.destructiveStart ? QDialogButtonBox::DestructiveRole
                                                             : QDialogButtonBox::AcceptRole);
    m_start->setObjectName(names.start);
    m_start->setAccessibleName(startText);
    m_start->setDefault(!names.destructiveStart);
    if (names.destructiveStart)
        m_start->setAutoDefault(false);
    m_close = buttons->addButton(m_idleCloseText, QDialogButtonBox::RejectRole);
    m_close->setObjectName(names.close);
    m_close->setAccessibleName(m_idleCloseText);
    m_close->setDefault(names.destructiveStart); // Enter does not destroy anything by accident
    connect(m_start, &QPushButton::clicked, this, [this] {
        if (!m_busy && !isIncomplete() && firstProblem().isEmpty())
            emit startRequested();
    });
    // While a job runs the button cancels it and the dialog stays to say so. Busy with no
    // job yet (a lookup before it), there is nothing to stop: the dialog just goes.
    connect(m_close, &QPushButton::clicked, this, [this] {
        if (isRunning())
            cancelJob();
        else
            QDialog::reject();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_body);
    layout->addWidget(m_error);
    layout->addWidget(m_command);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    m_status->setVisible(!names.status.isEmpty()); // a dialog without them keeps them hidden
    layout->addLayout(m_tail, 1);
    layout->addWidget(buttons);
}

JobDialog::~JobDialog()
{
    m_destroying = true;
    if (!m_cancelJob)
        return;
    // Gone mid-job: the log says so, and the job must not call back into this half-destroyed
    // dialog when the cancel makes it finish.
    endLogLine(EngineError(EngineError::Kind::Cancelled, tr("Cancelled: the window was closed.")));
    const std::function<void()> cancel = std::move(m_cancelJob);
    m_cancelJob = {};
    if (m_job)
        disconnect(m_job, nullptr, this, nullptr);
    cancel();
}

void JobDialog::setIdleCloseText(const QString &text)
{
    m_idleCloseText = text;
    if (!m_busy) {
        m_close->setText(text);
        m_close->setAccessibleName(text);
    }
}

void JobDialog::revalidate()
{
    const QString problem = isIncomplete() ? QString() : firstProblem();
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    m_start->setEnabled(!m_busy && !isIncomplete() && problem.isEmpty());
    m_command->setText(commandText());
}

void JobDialog::setBusy(bool busy)
{
    m_busy = busy;
    setInputEnabled(!busy);
    m_close->setText(busy ? tr("Cancel") : m_idleCloseText);
    m_close->setAccessibleName(m_close->text());
    if (busy) {
        m_error->hide();
        m_status->clear();
        m_progress->setRange(0, 0);
        m_progress->setVisible(!m_progress->objectName().isEmpty());
    }
    busyChanged(busy);
    revalidate();
    if (!busy)
        m_progress->hide();
}

void JobDialog::setStatus(const QString &text)
{
    m_status->setText(text);
}

void JobDialog::setFraction(qint64 done, qint64 total)
{
    if (total <= 0) {
        m_progress->setRange(0, 0);
        return;
    }
    m_progress->setRange(0, 1000);
    m_progress->setValue(int(done * 1000 / total));
}

void JobDialog::setStep(int step, int count, const QString &text)
{
    if (count <= 0)
        return;
    m_progress->setRange(0, count);
    m_progress->setValue(step - 1);
    m_status->setText(text);
}

void JobDialog::showError(const QString &message)
{
    setBusy(false);
    if (m_closeWhenStopped) {
        QDialog::reject();
        return;
    }
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    if (height() < sizeHint().height()) // the wrapped message needs its height
        resize(width(), sizeHint().height());
}

void JobDialog::showSuccess(const QString &message)
{
    setBusy(false);
    if (m_closeWhenStopped) {
        QDialog::reject();
        return;
    }
    m_status->setText(message);
}

void JobDialog::startJob(QObject *job, std::function<void()> cancel, CommandLog *log, quint64 line)
{
    m_job = job;
    m_cancelJob = std::move(cancel);
    m_log = log;
    m_line = line;
    if (!m_busy)
        setBusy(true);
}

void JobDialog::finishJob(const EngineError &error)
{
    if (m_destroying)
        return;
    m_cancelJob = {};
    m_job = nullptr;
    endLogLine(error);
    if (error.isError())
        showError(error.kind() == EngineError::Kind::Cancelled && !cancelledText().isEmpty()
                      ? cancelledText()
                      : failureText(error));
    else if (m_closeWhenStopped)
        showSuccess(QString()); // closes
    else
        setBusy(false);
}

QString JobDialog::failureText(const EngineError &error) const
{
    return error.describe();
}

void JobDialog::endLogLine(const EngineError &error)
{
    if (m_log)
        m_log->finish(m_line, error);
    m_log = nullptr;
}

void JobDialog::cancelJob()
{
    emit cancelRequested();
    // A cancel may finish the job at once, and finishJob() clears m_cancelJob: call a copy.
    if (const std::function<void()> cancel = m_cancelJob)
        cancel();
}

void JobDialog::reject()
{
    if (isRunning()) {
        m_closeWhenStopped = true;
        cancelJob();
        return;
    }
    QDialog::reject();
}

} // namespace gantry
