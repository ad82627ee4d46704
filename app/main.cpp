#include "MainWindow.h"
#include "Options.h"
#include "Workspace.h"
#include "api/ConnectionMonitor.h"
#include "api/DockerClient.h"
#include "catalogue/EngineCatalogue.h"
#include "engines/EngineSession.h"
#include "engines/EngineSessions.h"
#include "listings/ContainerModel.h"
#include "live/Refresher.h"
#include "transport/Endpoint.h"
#include "widgets/ColorScheme.h"
#include "widgets/Icons.h"
#include "widgets/StartupTrace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <cstring>
#include <memory>

#ifdef __GLIBC__
#include <malloc.h>
#endif

using namespace Qt::StringLiterals;
using namespace gantry;

bool gantry::wantsTextOnly(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *flag : {"-h", "--help", "--help-all", "-v", "--version", "--ping"}) {
            if (std::strcmp(argv[i], flag) == 0)
                return true;
        }
    }
    return false;
}

static void installTranslators(QCoreApplication &app)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), u"qtbase"_s, u"_"_s,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(QLocale(), u"gantry"_s, u"_"_s, u":/i18n"_s))
        app.installTranslator(own);
}

// For scripts: is an engine there? Runs the event loop until the ping answers.
static int pingAndExit(DockerClient &client)
{
    client.ping(&client, [&client](Result<PingInfo> r) {
        if (r) {
            std::printf("%s: API %s\n", qPrintable(client.endpoint().url()),
                        qPrintable(r->apiVersion.toString()));
            QCoreApplication::exit(0);
        } else {
            std::fprintf(stderr, "gantry: %s: %s\n", qPrintable(client.endpoint().url()),
                         qPrintable(r.error().describe()));
            QCoreApplication::exit(1);
        }
    });
    return QCoreApplication::exec();
}

// GANTRY_STARTUP_TRACE=1: the milestones between the window and its first listing.
static void traceFirstListing(Workspace &workspace)
{
    auto *refresher = workspace.refresher();
    auto once = std::make_shared<bool>(false);
    QObject::connect(refresher, &Refresher::streamStateChanged, refresher, [once](bool up) {
        if (up && !*once) {
            *once = true;
            StartupTrace::mark("event stream open, first listing requested");
        }
    });
    auto rows = std::make_shared<bool>(false);
    QObject::connect(workspace.containerModel(), &QAbstractItemModel::rowsInserted, refresher,
                     [rows] {
                         if (!*rows) {
                             *rows = true;
                             StartupTrace::mark("first containers in the model");
                         }
                     });
    QObject::connect(refresher, &Refresher::firstRefreshDone, refresher,
                     [] { StartupTrace::mark("first listing applied (containers and images)"); });
}

int main(int argc, char *argv[])
{
    StartupTrace::begin();
#ifdef __GLIBC__
    // Blocks of 128 KiB and more (listing bodies, the parser's buffers) stay mmap'ed, given
    // back to the system when freed. By default glibc raises that threshold to the size of the
    // largest such block freed (up to 32 MiB), after which they come from the heap and stay
    // resident when freed.
    mallopt(M_MMAP_THRESHOLD, 128 * 1024);
#endif
    // Destroyed last: the time the window, the models and the application take to go.
    struct ExitMark {
        ~ExitMark() { StartupTrace::mark("everything destroyed, leaving main()"); }
    } exitMark;
    std::unique_ptr<QCoreApplication> app;
    if (wantsTextOnly(argc, argv))
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setApplicationName(u"gantry"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(GANTRY_VERSION));
    QCoreApplication::setOrganizationName(u"Gantry"_s);
    StartupTrace::mark("QApplication constructed");
    installTranslators(*app);
    StartupTrace::mark("translations loaded");

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Gantry: a native desktop app for Docker."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption host(
        {u"H"_s, u"host"_s},
        QCoreApplication::translate("main", "Engine endpoint, as with docker: unix:///path, "
                                            "tcp://host:port or ssh://[user@]host[:port]. Default: "
                                            "DOCKER_HOST, the current docker context, then "
                                            "/var/run/docker.sock."),
        u"url"_s);
    parser.addOption(host);
    const QCommandLineOption ping(
        u"ping"_s, QCoreApplication::translate("main", "Check that the engine answers, print its "
                                                       "version and exit (0: reachable)."));
    parser.addOption(ping);
    const QCommandLineOption quitAfterFirstRefresh(
        u"quit-after-first-refresh"_s,
        QCoreApplication::translate("main", "Quit once the first listing is shown (benchmarks)."));
    parser.addOption(quitAfterFirstRefresh);
    const QCommandLineOption screenshot(
        u"screenshot"_s,
        QCoreApplication::translate("main", "Save a picture of the window to <file> once the "
                                            "first listing is shown, then quit."),
        u"file"_s);
    parser.addOption(screenshot);
    parser.process(*app);

    QSettings settings;
    const EndpointInputs inputs = EndpointInputs::fromSystem(parser.value(host));
    // --ping: the engine docker would use (--host, DOCKER_HOST, DOCKER_CONTEXT, docker's
    // current context), never the window's remembered choice. The window: --host,
    // DOCKER_HOST, DOCKER_CONTEXT; else the engine chosen last; else docker's own.
    const Result<Endpoint> endpoint =
        parser.isSet(ping) ? resolveEndpoint(inputs)
                           : EngineCatalogue::startEndpoint(inputs, SavedEngines(&settings));
    if (!endpoint) {
        std::fprintf(stderr, "gantry: %s\n", qPrintable(endpoint.error().message()));
        return 2;
    }

    if (parser.isSet(ping)) {
        DockerClient client(endpoint.value());
        return pingAndExit(client);
    }
    StartupTrace::mark("options parsed");

    // Light or dark as the desktop prefers (and GANTRY_COLOR_SCHEME for screenshots).
    auto *colorScheme = new ColorScheme(app.get());
    colorScheme->follow();
    StartupTrace::mark("colour scheme asked for");

    // The window manager finds the icon and the desktop entry by this name (Wayland's app id).
    QGuiApplication::setDesktopFileName(u"io.github.gantry_app.Gantry"_s);
    QGuiApplication::setWindowIcon(Icons::icon(Icons::Icon::App));
    StartupTrace::mark("window icon loaded");
    EngineSessions sessions(inputs, &settings);
    // A screenshot or a benchmark run shows the default layout and leaves the user's alone.
    sessions.setRemembersLayout(!parser.isSet(screenshot) && !parser.isSet(quitAfterFirstRefresh));
    bool first = true;
    QObject::connect(
        &sessions, &EngineSessions::sessionStarted, app.get(), [&](EngineSession *session) {
            if (!std::exchange(first, false))
                return;
            Workspace &workspace = *session->workspace();
            if (StartupTrace::enabled())
                traceFirstListing(workspace);
            if (parser.isSet(quitAfterFirstRefresh)) {
                // For benchmarks: quit once the first listing is in the views.
                QObject::connect(workspace.refresher(), &Refresher::firstRefreshDone, app.get(),
                                 [] { QTimer::singleShot(0, qApp, &QCoreApplication::quit); });
            }
            if (parser.isSet(screenshot)) {
                const QString file = parser.value(screenshot);
                QObject::connect(workspace.refresher(), &Refresher::firstRefreshDone, app.get(),
                                 [&workspace, file] {
                                     // let the connection settle
                                     QTimer::singleShot(1500, workspace.window(),
                                                        [&workspace, file] {
                                                            workspace.window()->grab().save(file);
                                                            QCoreApplication::quit();
                                                        });
                                 });
            }
        });
    sessions.open(endpoint.value());
    StartupTrace::mark("window shown, event stream requested");
    if (StartupTrace::enabled())
        QTimer::singleShot(0, app.get(), [] { StartupTrace::mark("event loop running"); });
    const int status = app->exec();
    StartupTrace::mark("event loop left");
    return status;
}
