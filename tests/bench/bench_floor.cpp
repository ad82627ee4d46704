// Qt's own memory floor, to read Gantry's figure against: an application with an empty main
// window of Gantry's size (a tree view, a menu bar and a status bar, nothing in them), shown on
// the current platform (QT_QPA_PLATFORM=offscreen in scripts/memory.sh) for some seconds. Prints
// the peak and current resident memory in KiB, as scripts/memory.sh prints Gantry's.
//
//   bench_floor [--seconds N]

#include "ProcStatus.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>
#include <QTimer>
#include <QTreeView>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser cli;
    cli.setApplicationDescription(u"Resident memory of an empty Qt main window."_s);
    cli.addHelpOption();
    const QCommandLineOption seconds(u"seconds"_s, u"How long the window stays shown."_s, u"N"_s,
                                     u"3"_s);
    cli.addOption(seconds);
    cli.process(app);

    QMainWindow window;
    window.menuBar()->addMenu(u"&File"_s);
    window.setCentralWidget(new QTreeView);
    window.statusBar()->showMessage(u"ready"_s);
    window.resize(1280, 800); // as Gantry's MainWindow
    window.show();
    QTimer::singleShot(int(cli.value(seconds).toDouble() * 1000), &app, [] {
        std::printf("floor: peak resident %lld KiB, resident now %lld KiB\n",
                    procStatusKiB("VmHWM:"), procStatusKiB("VmRSS:"));
        QCoreApplication::quit();
    });
    return app.exec();
}
