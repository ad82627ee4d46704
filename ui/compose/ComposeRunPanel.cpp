#include "compose/ComposeRunPanel.h"

#include "actions/CommandLog.h"
#include "core/ShellWords.h"
#include "widgets/OutputView.h"
#include "widgets/PlainLabel.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gantry {

ComposeRunPanel::ComposeRunPanel(CommandLog *log, QWidget *parent)
    : QWidget(parent)
    , m_log(log)
    , m_command(plainLabel())
    , m_output(new QPlainTextEdit)
    , m_status(plainLabel())
    , m_cancel(new QPushButton(tr("Cancel", "stop the running compose command")))
{
    m_command->setObjectName(u"composeCommand"_s);
    m_command->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_output->setObjectName(u"composeOutput"_s);
    m_output->setAccessibleName(tr("Compose output"));
    m_output->setReadOnly(true);
    m_output->setMaximumBlockCount(10000); // a long build's output: the latest lines only
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_output->setPlaceholderText(tr("The compose tool's output appears here."));
    m_status->setObjectName(u"composeStatus"_s);
    m_cancel->setObjectName(u"composeCancel"_s);
    m_cancel->setAccessibleName(tr("Cancel the compose command"));
    m_cancel->setToolTip(tr("Ask the compose tool to stop; it is killed if it has not stopped "
                            "after %n seconds",
                            "", ComposeJob::kCancelGraceMs / 1000));
    m_cancel->setEnabled(false);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_job) {
            m_job->cancel();
            m_status->setText(tr("Stopping…"));
        }
    });

    auto *statusRow = new QHBoxLayout;
    statusRow->setContentsMargins(0, 0, 0, 0);
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_command);
    layout->addWidget(m_output, 1);
    layout->addLayout(statusRow);
}

bool ComposeRunPanel::run(const ComposeTool &tool, const ComposeCommandSpec &spec,
                          const QProcessEnvironment &env)
{
    if (m_job || !tool.isValid())
        return false;
    const QString line = shellJoin(spec.commandLine(tool, env.value(u"DOCKER_HOST"_s)));
    m_command->setText(line);
    m_output->clear();
    m_status->setText(tr("Running…"));
    if (m_log)
        m_logHandle = m_log->append(line);
    m_job = new ComposeJob(tool, spec, env, this);
    connect(m_job, &ComposeJob::output, this,
            [this](const QString &text) { appendFollowingEnd(m_output, text); });
    connect(m_job, &ComposeJob::finished, this, [this](bool ok, const QString &message) {
        m_status->setText(ok ? tr("Done.") : message);
        if (m_log)
            m_log->finish(m_logHandle, ok ? EngineError()
                                          : EngineError(EngineError::Kind::ServerError, message));
        m_job->deleteLater();
        m_job = nullptr;
        m_cancel->setEnabled(false);
        emit finished(ok);
    });
    m_cancel->setEnabled(true);
    emit started();
    m_job->start();
    return true;
}

void ComposeRunPanel::abandon()
{
    if (!m_job)
        return;
    m_job->disconnect(this);
    m_job->cancel();
    if (m_log)
        m_log->finish(m_logHandle, EngineError(EngineError::Kind::Cancelled, {}));
    // Deleted with the panel, which stops the process (SIGTERM, then SIGKILL) if still running.
    m_job = nullptr;
    m_cancel->setEnabled(false);
    emit finished(false);
}

QString ComposeRunPanel::status() const
{
    return m_status->text();
}

void ComposeRunPanel::setStatus(const QString &text)
{
    m_status->setText(text);
}

} // namespace gantry
