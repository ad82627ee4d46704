// Images in and out through Gantry's engine code, for comparison with the docker CLI in the
// same run (scripts/bench.sh runs hyperfine on the CLI lines this prints). A build context
// of --mb MiB of random files is built into an image (COPY . /ctx), then that image is saved
// to a file and loaded back, each --reps times. Prints wall time and the process's peak
// resident memory per operation: the context and the archive stream from and to disk, so
// memory must stay far below their size.
//
//   bench_transfer --host unix:///path/docker.sock --image BASE --dir SCRATCH [--mb 200] [--reps 5]
#include "ProcStatus.h"
#include "api/DockerClient.h"
#include "specs/ImageTransferSpecs.h"
#include "transfer/ArchiveTransfer.h"
#include "transfer/BuildContext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace gantry;

namespace {

// Resets VmHWM to the current resident size (Linux: clear_refs 5).
void resetPeak()
{
    QFile f(u"/proc/self/clear_refs"_s);
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

EngineError wait(ArchiveTransfer *t)
{
    EngineError result(EngineError::Kind::Timeout, u"no answer"_s);
    QEventLoop loop; // a benchmark, not the application: waiting here is the point
    QObject::connect(t, &ArchiveTransfer::finished, &loop, [&](const EngineError &e) {
        result = e;
        loop.quit();
    });
    loop.exec();
    return result;
}

struct Figures {
    QList<double> ms;
    qint64 peakKiB = 0;
    void add(double t, qint64 peak)
    {
        ms << t;
        peakKiB = std::max(peakKiB, peak);
    }
    double median() const
    {
        QList<double> s = ms;
        std::sort(s.begin(), s.end());
        return s.isEmpty() ? 0 : s.at(s.size() / 2);
    }
    double best() const { return ms.isEmpty() ? 0 : *std::min_element(ms.begin(), ms.end()); }
};

template <typename Start> Figures measure(int reps, Start start)
{
    Figures f;
    for (int i = 0; i < reps; ++i) {
        resetPeak();
        QElapsedTimer timer;
        timer.start();
        const EngineError e = wait(start());
        if (e.isError()) {
            std::fprintf(stderr, "bench_transfer: %s\n", qPrintable(e.describe()));
            std::exit(1);
        }
        f.add(double(timer.nsecsElapsed()) / 1e6, procStatusKiB("VmHWM:"));
    }
    return f;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addOption({u"host"_s, u"Engine endpoint."_s, u"url"_s});
    p.addOption({u"image"_s, u"Base image (FROM)."_s, u"ref"_s});
    p.addOption({u"dir"_s, u"Scratch folder."_s, u"path"_s});
    p.addOption({u"mb"_s, u"Context size in MiB."_s, u"n"_s, u"200"_s});
    p.addOption({u"reps"_s, u"Repetitions."_s, u"n"_s, u"5"_s});
    p.process(app);
    const int mb = p.value(u"mb"_s).toInt();
    const int reps = p.value(u"reps"_s).toInt();
    const QDir scratch(p.value(u"dir"_s));
    const QString context = scratch.filePath(u"context"_s);
    const QString archive = scratch.filePath(u"big.tar"_s);
    const QString tag = u"gantry-bench/big:1"_s;

    QDir().mkpath(context);
    QFile dockerfile(QDir(context).filePath(u"Dockerfile"_s));
    if (!dockerfile.open(QIODevice::WriteOnly))
        return 1;
    dockerfile.write("FROM " + p.value(u"image"_s).toUtf8() + "\nCOPY . /ctx\nCMD [\"sh\"]\n");
    dockerfile.close();
    QByteArray block(1 << 20, '\0');
    for (int i = 0; i < mb / 4; ++i) { // 4 MiB files of random bytes (nothing compresses)
        QFile f(QDir(context).filePath(u"data-%1.bin"_s.arg(i)));
        if (f.exists())
            continue;
        f.open(QIODevice::WriteOnly);
        for (int j = 0; j < 4; ++j) {
            QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(block.data()),
                                                  block.size() / 4);
            f.write(block);
        }
    }

    DockerClient client(Endpoint::parse(p.value(u"host"_s)).value());
    const qint64 startKiB = procStatusKiB("VmRSS:");
    BuildSpec build;
    build.contextDir = context;
    build.tags = {tag};
    // The first build fills the engine's cache; the measured ones send the whole context
    // again and reuse the layers, like the CLI runs hyperfine makes.
    const Result<BuildContext> scanned = BuildContext::scan(context, {});
    if (!scanned)
        return 1;
    auto buildOnce = [&] {
        auto tar = std::make_shared<TarStream>(scanned->entries());
        tar->open(QIODevice::ReadOnly);
        return ArchiveTransfer::fromDevice(&client, build.request(scanned->dockerfileName()), tar,
                                           scanned->tarSize(), &app);
    };
    measure(1, buildOnce);
    const Figures built = measure(reps, buildOnce);
    const SaveSpec save{{tag}, archive};
    const Figures saved = measure(
        reps, [&] { return ArchiveTransfer::toFile(&client, save.request(), save.file, &app); });
    const LoadSpec load{archive};
    const Figures loaded = measure(
        reps, [&] { return ArchiveTransfer::fromFile(&client, load.request(), load.file, &app); });

    const double archiveMiB = double(QFileInfo(archive).size()) / (1 << 20);
    std::printf("Context %d MiB (%lld files), archive %.0f MiB; %d runs each after one warm-up "
                "build; resident memory at start %.1f MiB.\n\n",
                mb, qlonglong(scanned->entries().size()), archiveMiB, reps,
                double(startKiB) / 1024);
    std::printf("| Gantry (engine code) | best [ms] | median [ms] | peak resident [MiB] |\n");
    std::printf("|:---|---:|---:|---:|\n");
    auto row = [](const char *what, const Figures &f) {
        std::printf("| %s | %.0f | %.0f | %.1f |\n", what, f.best(), f.median(),
                    double(f.peakKiB) / 1024);
    };
    row("build (context streamed, cached layers)", built);
    row("save -o", saved);
    row("load -i", loaded);
    std::printf("\nCLI lines: %s | %s | %s\n", qPrintable(shellJoin(build.commandLine())),
                qPrintable(shellJoin(save.commandLine())),
                qPrintable(shellJoin(load.commandLine())));
    return 0;
}
