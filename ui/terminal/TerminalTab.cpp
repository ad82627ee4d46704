#include "terminal/TerminalTab.h"

#include "actions/CommandLog.h"
#include "streams/TerminalSession.h"
#include "terminal/TerminalWidget.h"

#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gantry {

TerminalTab::TerminalTab(DockerClient *client, CommandLog *log, const TerminalSpec &spec,
                         QWidget *parent)
    : QWidget(parent)
    , m_spec(spec)
    , m_session(new TerminalSession(client, this))
    , m_terminal(new TerminalWidget)
    , m_status(new MessageBanner)
    , m_log(log)
{
    m_status->setObjectName(u"terminalStatus"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_status);
    layout->addWidget(m_terminal, 1);
    setFocusProxy(m_terminal);

    connect(m_terminal, &TerminalWidget::sendData, m_session, &TerminalSession::write);
    connect(m_terminal, &TerminalWidget::sizeChanged, m_session, &TerminalSession::resize);
    connect(m_session, &TerminalSession::output, m_terminal, &TerminalWidget::feed);
    connect(m_session, &TerminalSession::started, this, [this] {
        m_status->hide();
        m_session->resize(m_terminal->rows(), m_terminal->columns());
    });
    connect(m_session, &TerminalSession::finished, this, [this](int code) {
        end(m_spec.mode == TerminalSpec::Mode::Exec ? tr("Process exited with code %1").arg(code)
            : code < 0 ? tr("The container exited and was removed (--rm).")
                       : tr("The container exited with code %1").arg(code),
            EngineError(), code == 0 ? MessageBanner::Level::Info : MessageBanner::Level::Warning);
    });
    connect(m_session, &TerminalSession::detached, this, [this] {
        end(tr("Detached: the process keeps running in the container."), EngineError(),
            MessageBanner::Level::Info);
    });
    connect(m_session, &TerminalSession::failed, this,
            [this](const EngineError &e) { end(e.describe(), e, MessageBanner::Level::Error); });
}

TerminalTab::~TerminalTab()
{
    // Closed while it ran: the connection drops (a shell reads EOF, an attached container
    // runs on); the command log line is done.
    if (m_log && m_logLine && !m_ended)
        m_log->finish(m_logLine, EngineError());
}

void TerminalTab::start()
{
    const QString line = shellJoin(m_spec.commandLine());
    if (m_log)
        m_logLine = m_log->append(line);
    m_status->showMessage(MessageBanner::Level::Info, tr("Connecting: %1").arg(line));
    m_session->start(m_spec);
}

QString TerminalTab::status() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

void TerminalTab::end(const QString &status, const EngineError &error, MessageBanner::Level level)
{
    if (m_ended)
        return;
    m_ended = true;
    m_terminal->setReadOnly(true);
    m_status->showMessage(level, status);
    if (m_log && m_logLine)
        m_log->finish(m_logLine, error);
    emit ended();
}

} // namespace gantry
