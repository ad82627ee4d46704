#include "ConnectionMonitor.h"
#include "DockerClient.h"
#include "Endpoint.h"
#include "MainWindow.h"
#include "Workspace.h"
#include "Options.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>
#include <cstring>
#include <memory>

using namespace Qt::StringLiterals;
using namespace gantry;

bool gantry::wantsTextOnly(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *flag : {"-h", "--help", "--help-all", "-v", "--version"}) {
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

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> app;
    if (wantsTextOnly(argc, argv))
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setApplicationName(u"gantry"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(GANTRY_VERSION));
    QCoreApplication::setOrganizationName(u"Gantry"_s);
    installTranslators(*app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Gantry: a native desktop app for Docker."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption host(
        {u"H"_s, u"host"_s},
        QCoreApplication::translate("main",
                                    "Engine endpoint, as with docker: unix:///path or "
                                    "tcp://host:port. Default: DOCKER_HOST, the current "
                                    "docker context, then /var/run/docker.sock."),
        u"url"_s);
    parser.addOption(host);
    parser.process(*app);

    const Result<Endpoint> endpoint =
        resolveEndpoint(EndpointInputs::fromSystem(parser.value(host)));
    if (!endpoint) {
        std::fprintf(stderr, "gantry: %s\n", qPrintable(endpoint.error().message()));
        return 2;
    }

    DockerClient client(endpoint.value());
    ConnectionMonitor monitor(&client);

    Workspace workspace(&client, &monitor);
    workspace.window()->show();
    monitor.start();
    return app->exec();
}
