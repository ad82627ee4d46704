#include "terminal/TerminalPanel.h"

#include "actions/CommandLog.h"
#include "core/Format.h"
#include "specs/TerminalSpec.h"
#include "terminal/TerminalTab.h"
#include "terminal/TerminalWidget.h"
#include "widgets/Icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gantry {

TerminalPanel::TerminalPanel(DockerClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_command(new QLineEdit(u"sh"_s))
    , m_open(new QPushButton(tr("Open shell")))
    , m_attach(new QPushButton(tr("Attach")))
    , m_hint(new QLabel)
    , m_tabs(new QTabWidget)
{
    setObjectName(u"terminalPanel"_s);
    m_command->setObjectName(u"terminalCommand"_s);
    m_command->setAccessibleName(tr("Command to run"));
    m_command->setToolTip(tr("The command the shell runs in the container (docker exec -it)"));
    m_command->setPlaceholderText(tr("Command, e.g. sh or bash"));
    m_open->setObjectName(u"openShellButton"_s);
    m_open->setIcon(Icons::icon(Icons::Icon::Terminal));
    m_open->setAccessibleName(m_open->text());
    m_open->setToolTip(tr("Run the command in the container with a terminal (docker exec -it)"));
    m_attach->setObjectName(u"attachButton"_s);
    m_attach->setAccessibleName(m_attach->text());
    m_attach->setToolTip(tr("Connect to the container's main process (docker attach); "
                            "Ctrl+P Ctrl+Q detaches"));
    m_hint->setObjectName(u"terminalHint"_s);
    m_hint->setWordWrap(true);
    m_tabs->setObjectName(u"terminalTabs"_s);
    m_tabs->setAccessibleName(tr("Terminals"));
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);

    auto *label = new QLabel(tr("&Command:"));
    label->setBuddy(m_command);
    auto *row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_command, 1);
    row->addWidget(m_open);
    row->addWidget(m_attach);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_hint);
    layout->addWidget(m_tabs, 1);

    connect(m_open, &QPushButton::clicked, this, &TerminalPanel::openShell);
    connect(m_command, &QLineEdit::returnPressed, this, &TerminalPanel::openShell);
    connect(m_command, &QLineEdit::textChanged, this, &TerminalPanel::updateControls);
    connect(m_attach, &QPushButton::clicked, this, &TerminalPanel::attach);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &TerminalPanel::closeTab);
    updateControls();
}

void TerminalPanel::setCommandLog(CommandLog *log)
{
    m_log = log;
}

void TerminalPanel::setContainer(const QString &id, const QString &name, const QString &state)
{
    m_id = id;
    m_name = name;
    m_state = state;
    updateControls();
}

int TerminalPanel::count() const
{
    return m_tabs->count();
}

TerminalTab *TerminalPanel::tab(int index) const
{
    return qobject_cast<TerminalTab *>(m_tabs->widget(index));
}

QString TerminalPanel::hint() const
{
    return m_hint->isHidden() ? QString() : m_hint->text();
}

void TerminalPanel::updateControls()
{
    const bool running = !m_id.isEmpty() && m_state == ContainerState::Running;
    const QStringList words = shellSplit(m_command->text());
    m_open->setEnabled(running && !words.isEmpty());
    m_attach->setEnabled(running);
    QString hint;
    if (m_id.isEmpty())
        hint = tr("Select a running container to open a terminal in it.");
    else if (m_state == ContainerState::Paused)
        hint = tr("%1 is paused: unpause it to open a terminal.").arg(m_name);
    else if (!running)
        hint = tr("%1 is not running: start it to open a terminal.").arg(m_name);
    else if (words.isEmpty() && !m_command->text().trimmed().isEmpty())
        hint = tr("The command has an unmatched quote.");
    else if (words.isEmpty())
        hint = tr("Type the command to run, e.g. sh.");
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
}

TerminalTab *TerminalPanel::openShell()
{
    const QStringList words = shellSplit(m_command->text());
    if (!m_open->isEnabled() || words.isEmpty())
        return nullptr;
    TerminalSpec spec;
    spec.containerId = m_id;
    spec.containerName = m_name;
    spec.command = words;
    return open(new TerminalTab(m_client, m_log, spec),
                tr("%1: %2", "terminal tab: container, command").arg(m_name, words.join(u' ')));
}

TerminalTab *TerminalPanel::attach()
{
    if (!m_attach->isEnabled())
        return nullptr;
    TerminalSpec spec;
    spec.mode = TerminalSpec::Mode::Attach;
    spec.containerId = m_id;
    spec.containerName = m_name;
    return open(new TerminalTab(m_client, m_log, spec),
                tr("%1: attached", "terminal tab: container").arg(m_name));
}

TerminalTab *TerminalPanel::runAttached(const QString &id, const QString &name,
                                        const QStringList &runLine, bool interactive)
{
    TerminalSpec spec;
    spec.mode = TerminalSpec::Mode::Run;
    spec.containerId = id;
    spec.containerName = name;
    spec.interactive = interactive;
    spec.tty = true;
    spec.runCommandLine = runLine;
    const QString who = name.isEmpty() ? shortId(id) : name;
    // The run's line is in the command log already (RunController): the tab adds none.
    return open(new TerminalTab(m_client, nullptr, spec),
                tr("%1: run", "terminal tab: container").arg(who));
}

TerminalTab *TerminalPanel::open(TerminalTab *tab, const QString &title)
{
    const int index = m_tabs->addTab(tab, title);
    m_tabs->setTabToolTip(index, shellJoin(tab->spec().commandLine()));
    tab->terminal()->setAccessibleName(tr("Terminal: %1").arg(title));
    for (const auto side : {QTabBar::LeftSide, QTabBar::RightSide}) {
        if (QWidget *close = m_tabs->tabBar()->tabButton(index, side))
            close->setAccessibleName(tr("Close terminal %1").arg(title));
    }
    connect(tab, &TerminalTab::ended, this, [this, tab] {
        const int i = m_tabs->indexOf(tab);
        if (i >= 0)
            m_tabs->setTabText(i, tr("%1 (ended)", "terminal tab").arg(m_tabs->tabText(i)));
    });
    m_tabs->setCurrentIndex(index);
    tab->start();
    tab->terminal()->setFocus();
    return tab;
}

void TerminalPanel::closeTab(int index)
{
    QWidget *w = m_tabs->widget(index);
    m_tabs->removeTab(index);
    delete w; // ends its session: the connection drops
}

} // namespace gantry
