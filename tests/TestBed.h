#pragma once

#include "api/DockerClient.h"

#include <QProcess>
#include <QtTest>

#include <optional>

// What the test bed (scripts/testbed.sh) tells the tests through the environment.
namespace testbed {

inline QString env(const char *name)
{
    return qEnvironmentVariable(name);
}

// Integration tests never skip: without the test bed they fail and say how to start it.
inline bool available()
{
    return !env("GANTRY_TEST_HOST").isEmpty() && !env("GANTRY_TEST_IMAGE").isEmpty();
}

inline const char *missingMessage()
{
    return "The test bed is not running: use the README's test command (scripts/test.sh), "
           "or `scripts/testbed.sh start` and source its env file.";
}

inline gantry::Endpoint endpoint()
{
    return gantry::Endpoint::parse(env("GANTRY_TEST_HOST")).value();
}

// Runs testbed.sh with a subcommand, e.g. kill-dockerd; true when it succeeded.
inline bool script(const QString &subcommand)
{
    return QProcess::execute(env("GANTRY_TESTBED_SCRIPT"), {subcommand}) == 0;
}

// Runs the real docker CLI against the test bed; returns stdout, or nullopt on failure.
inline std::optional<QByteArray> docker(const QStringList &args, int timeoutMs = 60000)
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("DOCKER_HOST"), env("GANTRY_TEST_HOST"));
    p.setProcessEnvironment(e);
    // Never download anything: an image that is missing is an error, not a pull.
    QStringList argv = args;
    if (!argv.isEmpty() &&
        (argv.first() == QLatin1StringView("run") || argv.first() == QLatin1StringView("create")))
        argv.insert(1, QStringLiteral("--pull=never"));
    p.start(QStringLiteral("docker"), argv);
    if (!p.waitForFinished(timeoutMs) || p.exitCode() != 0) {
        qWarning() << "docker" << args << "failed:" << p.readAllStandardError();
        return std::nullopt;
    }
    return p.readAllStandardOutput();
}

// Waits, running the event loop, for an asynchronous call to call back.
template <typename T, typename Start>
std::optional<gantry::Result<T>> await(Start start, int timeoutMs = 30000)
{
    std::optional<gantry::Result<T>> out;
    start([&out](gantry::Result<T> r) { out.emplace(std::move(r)); });
    (void)QTest::qWaitFor([&] { return out.has_value(); }, timeoutMs);
    return out;
}

} // namespace testbed
