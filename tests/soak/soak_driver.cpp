// The soak run's driver (scripts/soak.sh): the real window (Workspace) on the test bed's
// engine, offscreen, used the way a person would leave it for an hour:
//  - the chatty container selected, its Logs tab in the details on screen (following);
//  - the Stats page current, the window tall enough for every container's row;
//  - every 10 s a terminal (`docker exec -it <chatty> sh`) opened and closed 3 s later, and the
//    run dialog opened and closed (5 s later).
// Every 5 s it prints one line of its own counters on stdout, which the script samples:
//   soak-driver: t=<s> transfers=<n> stats=<n> logLines=<n> terminals=<opened>/<closed>
//                shellFailures=<n> dialogs=<n> connection=<state>
// transfers: the HTTP exchanges in flight in the client's Transport (events, logs, stats,
// listings); what the app leaks when a reply never finishes.
//
//   soak_driver --host unix:///path/docker.sock --follow <container name>
#include "MainWindow.h"
#include "Workspace.h"
#include "api/ConnectionMonitor.h"
#include "api/DockerClient.h"
#include "containers/ContainersPage.h"
#include "details/DetailsPanel.h"
#include "listings/ContainerModel.h"
#include "live/LogModel.h"
#include "live/Refresher.h"
#include "live/StatsPool.h"
#include "logs/LogView.h"
#include "run/RunController.h"
#include "run/RunDialog.h"
#include "stats/StatsOverviewPage.h"
#include "terminal/TerminalPanel.h"
#include "terminal/TerminalTab.h"
#include "transport/Endpoint.h"
#include "transport/Transport.h"
#include "widgets/ResourcePage.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QPointer>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>

#include <cstdio>

using namespace gantry;
using namespace Qt::StringLiterals;

namespace {

const char *stateName(ConnectionMonitor::State s)
{
    switch (s) {
    case ConnectionMonitor::State::Connecting: return "connecting";
    case ConnectionMonitor::State::Connected: return "connected";
    case ConnectionMonitor::State::Unreachable: return "unreachable";
    case ConnectionMonitor::State::PermissionDenied: return "permission-denied";
    case ConnectionMonitor::State::ApiTooOld: return "api-too-old";
    }
    return "?";
}

// The row of the container named `name` in the page's view (top level or in a project).
QModelIndex findRow(QAbstractItemModel *m, const QString &name, const QModelIndex &parent = {})
{
    for (int r = 0; r < m->rowCount(parent); ++r) {
        const QModelIndex i = m->index(r, 0, parent);
        if (i.data(ContainerModel::NameRole).toString() == name)
            return i;
        if (const QModelIndex child = findRow(m, name, i); child.isValid())
            return child;
    }
    return {};
}

class Driver : public QObject {
public:
    Driver(DockerClient *client, ConnectionMonitor *monitor, Workspace *workspace, QString follow)
        : m_transport(client->findChild<Transport *>())
        , m_monitor(monitor)
        , m_ws(workspace)
        , m_follow(std::move(follow))
    {
        m_clock.start();
        LogView *logs = m_ws->details()->logView();
        connect(
            logs->model(), &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { m_logLines += last - first + 1; });
        connect(&m_tick, &QTimer::timeout, this, &Driver::tick);
        m_tick.start(10000);
        // Reported twice as often as sampled: each sample reads a figure at most 5 s old.
        connect(&m_report, &QTimer::timeout, this, &Driver::report);
        m_report.start(5000);
        report();
        connect(&m_select, &QTimer::timeout, this, &Driver::select);
        m_select.start(500);
    }

private:
    // Selects the followed container once the listing has it, shows its logs, then the Stats
    // page (the details dock stays beside it).
    void select()
    {
        ContainersPage *page = m_ws->containersPage();
        m_ws->window()->showPage(u"containersPage"_s);
        const QModelIndex row = findRow(page->view()->model(), m_follow);
        if (!row.isValid())
            return;
        page->view()->setCurrentIndex(row);
        DetailsPanel *details = m_ws->details();
        if (details->containerId().isEmpty())
            return;
        m_select.stop();
        details->setCurrentWidget(details->logView());
        m_ws->window()->showPage(u"statsPage"_s);
        std::printf("soak-driver: following %s (%s)\n", qPrintable(m_follow),
                    qPrintable(details->containerId().left(12)));
        std::fflush(stdout);
    }

    void tick()
    {
        openTerminal();
        QTimer::singleShot(5000, this, &Driver::openDialog);
    }

    // A shell in the followed container, its tab closed 3 s later (the way a person
    // clicks the tab's close button).
    void openTerminal()
    {
        TerminalPanel *panel = m_ws->details()->terminalPanel();
        TerminalTab *tab = panel->openShell();
        if (!tab) {
            ++m_shellFailures; // the engine is down or the container not running (yet)
            return;
        }
        ++m_terminalsOpened;
        QPointer<TerminalTab> guard(tab);
        QTimer::singleShot(3000, this, [this, panel, guard] {
            if (!guard)
                return;
            const int index = panel->tabs()->indexOf(guard);
            if (index >= 0) {
                emit panel->tabs()->tabCloseRequested(index);
                ++m_terminalsClosed;
            }
        });
    }

    void openDialog()
    {
        QPointer<RunDialog> dialog = m_ws->runController()->runNew();
        ++m_dialogs;
        QTimer::singleShot(2000, this, [dialog] {
            if (dialog)
                dialog->reject(); // deletes itself on close
        });
    }

    void report()
    {
        std::printf("soak-driver: t=%lld transfers=%d stats=%d logLines=%lld terminals=%d/%d "
                    "shellFailures=%d dialogs=%d connection=%s\n",
                    m_clock.elapsed() / 1000, m_transport ? m_transport->activeCount() : -1,
                    m_ws->statsPage()->pool()->activeCount(), m_logLines, m_terminalsOpened,
                    m_terminalsClosed, m_shellFailures, m_dialogs, stateName(m_monitor->state()));
        std::fflush(stdout);
    }

    Transport *m_transport;
    ConnectionMonitor *m_monitor;
    Workspace *m_ws;
    QString m_follow;
    QElapsedTimer m_clock;
    QTimer m_tick;
    QTimer m_report;
    QTimer m_select;
    qint64 m_logLines = 0;
    int m_terminalsOpened = 0;
    int m_terminalsClosed = 0;
    int m_shellFailures = 0;
    int m_dialogs = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption host(u"host"_s, u"Engine endpoint (unix:///path)."_s, u"url"_s);
    const QCommandLineOption follow(u"follow"_s, u"The container whose logs are followed."_s,
                                    u"name"_s);
    parser.addOptions({host, follow});
    parser.process(app);
    const Result<Endpoint> endpoint = Endpoint::parse(parser.value(host));
    if (!endpoint || !parser.isSet(follow)) {
        std::fprintf(stderr, "usage: soak_driver --host unix:///path --follow NAME\n");
        return 2;
    }
    DockerClient client(endpoint.value());
    ConnectionMonitor monitor(&client);
    Workspace workspace(&client, &monitor);
    if (!client.findChild<Transport *>()) {
        std::fprintf(stderr, "soak_driver: the client has no Transport child to count\n");
        return 2;
    }
    // Tall enough for the Stats page to show (and stream) every container's row.
    workspace.window()->resize(1600, 2400);
    Driver driver(&client, &monitor, &workspace, parser.value(follow));
    workspace.start();
    monitor.start();
    return app.exec();
}
