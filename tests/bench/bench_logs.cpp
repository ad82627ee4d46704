// Follows a container that prints without end (`while :; do echo ...; done`) for some
// seconds into a LogModel with a cap, through the LogFeed the Logs tab uses, and prints how many
// lines came, how many are kept, and the process's memory before, during and after: memory must
// level off at the cap's budget however many lines go through.
//
//   bench_logs [--seconds N] [--cap LINES]
//
// Needs the test bed (scripts/testbed.sh start; . $T/env): GANTRY_TEST_HOST and
// GANTRY_TEST_IMAGE. The container is removed at the end.

#include "ProcStatus.h"
#include "api/DockerClient.h"
#include "live/LogFeed.h"
#include "live/LogModel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTimer>
#include <QUuid>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace gantry;

namespace {

bool docker(const QStringList &args, QByteArray *out = nullptr)
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(u"DOCKER_HOST"_s, qEnvironmentVariable("GANTRY_TEST_HOST"));
    p.setProcessEnvironment(e);
    p.start(u"docker"_s, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        std::fprintf(stderr, "docker %s failed: %s\n", qPrintable(args.join(u' ')),
                     p.readAllStandardError().constData());
        return false;
    }
    if (out)
        *out = p.readAllStandardOutput();
    return true;
}

double mib(qint64 kib)
{
    return double(kib) / 1024.0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser cli;
    cli.setApplicationDescription(
        u"Follow an endlessly printing container into a capped LogModel."_s);
    cli.addHelpOption();
    cli.addOption({u"seconds"_s, u"How long to follow (default 10)."_s, u"N"_s, u"10"_s});
    cli.addOption({u"cap"_s, u"Lines kept (default the Logs tab's: 10000)."_s, u"LINES"_s,
                   QString::number(LogModel::kDefaultMaxLines)});
    cli.process(app);
    const int seconds = std::max(1, cli.value(u"seconds"_s).toInt());
    const int cap = std::max(1, cli.value(u"cap"_s).toInt());

    const QString host = qEnvironmentVariable("GANTRY_TEST_HOST");
    const QString image = qEnvironmentVariable("GANTRY_TEST_IMAGE");
    const Result<Endpoint> endpoint = Endpoint::parse(host);
    if (host.isEmpty() || image.isEmpty() || !endpoint) {
        std::fprintf(stderr, "bench_logs: start the test bed and source its env file "
                             "(GANTRY_TEST_HOST, GANTRY_TEST_IMAGE).\n");
        return 2;
    }

    // The engine keeps the log on disk too: rotate it so that the bench does not fill it.
    const QString name =
        u"gantry-bench-logs-"_s + QUuid::createUuid().toString(QUuid::Id128).left(8);
    if (!docker({u"run"_s, u"-d"_s, u"--pull=never"_s, u"--name"_s, name, u"--log-opt"_s,
                 u"max-size=20m"_s, u"--log-opt"_s, u"max-file=2"_s, image, u"sh"_s, u"-c"_s,
                 u"i=0; while :; do i=$((i+1)); "
                 "echo \"line $i: the quick brown fox jumps over the lazy dog\"; done"_s}))
        return 1;

    DockerClient client(endpoint.value());
    LogModel model;
    model.setMaxLines(cap);
    LogFeed feed(&client, &model);
    feed.setOptions(QString(), 0); // --tail 0: only what is printed from now on
    feed.setTargets({{name, name}});
    qint64 insertions = 0;
    QObject::connect(&model, &QAbstractItemModel::rowsInserted, &app, [&] { ++insertions; });
    std::optional<EngineError> ended;
    QObject::connect(&feed, &LogFeed::streamEnded, &app,
                     [&](const QString &, const EngineError &e) {
                         ended = e;
                         app.quit();
                     });

    const qint64 rssBefore = procStatusKiB("VmRSS:");
    std::printf("## bench_logs: %d s, cap %d lines\n\n", seconds, cap);
    std::printf(
        "| t (s) | lines received | lines kept | dropped | kept bytes (est.) | RSS (MiB) |\n");
    std::printf("|---:|---:|---:|---:|---:|---:|\n");
    std::printf("| 0 | 0 | 0 | 0 | 0 | %.1f |\n", mib(rssBefore));
    std::fflush(stdout);

    QElapsedTimer clock;
    clock.start();
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, &app, [&] {
        std::printf("| %.0f | %lld | %d | %lld | %lld | %.1f |\n", double(clock.elapsed()) / 1000.0,
                    model.receivedCount(), model.rowCount(), model.droppedCount(),
                    model.keptBytes(), mib(procStatusKiB("VmRSS:")));
        std::fflush(stdout);
        if (clock.elapsed() >= seconds * 1000)
            app.quit();
    });
    tick.start(1000);
    feed.setActive(true);
    app.exec();
    feed.setActive(false);

    const qint64 rssAfter = procStatusKiB("VmRSS:");
    const qint64 peak = procStatusKiB("VmHWM:");
    docker({u"rm"_s, u"-f"_s, name});

    const double seconds_ = double(clock.elapsed()) / 1000.0;
    // The budget: what the kept lines take (the model's estimate) plus a fixed allowance
    // for the stream's buffers and the allocator's slack.
    const qint64 budgetKiB = model.keptBytes() / 1024 + 16 * 1024;
    const qint64 grewKiB = rssAfter - rssBefore;
    std::printf("\n| | |\n|---|---:|\n");
    std::printf("| lines received | %lld (%.0f / s) in %lld insertions |\n", model.receivedCount(),
                double(model.receivedCount()) / seconds_, insertions);
    std::printf("| lines kept | %d (cap %d) |\n", model.rowCount(), cap);
    std::printf("| kept bytes (estimate) | %.2f MiB |\n", double(model.keptBytes()) / 1048576.0);
    std::printf("| RSS before / after / peak | %.1f / %.1f / %.1f MiB |\n", mib(rssBefore),
                mib(rssAfter), mib(peak));
    std::printf("| RSS growth | %.1f MiB (budget %.1f MiB): %s |\n", mib(grewKiB), mib(budgetKiB),
                grewKiB <= budgetKiB ? "within the cap's budget" : "OVER BUDGET");
    if (ended && ended->isError())
        std::printf("| stream ended early | %s |\n", qPrintable(ended->describe()));
    return model.rowCount() <= cap && grewKiB <= budgetKiB ? 0 : 1;
}
