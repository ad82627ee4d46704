#pragma once

#include "api/DockerClient.h"

#include <QJsonObject>
#include <QProcess>
#include <QtTest>

#include <optional>

// What the test bed (scripts/testbed.sh) tells the tests through the environment.
namespace testbed {

QString env(const char *name);

// Integration tests never skip: without the test bed they fail and say how to start it.
bool available();
const char *missingMessage();
gantry::Endpoint endpoint();

// A client of the test bed's engine, pinged and with the API version negotiated, as the app's
// ConnectionMonitor leaves it; nullptr (and a warning saying why) when the ping fails.
gantry::DockerClient *connectedClient(QObject *parent);
// The same for another engine (TLS, ssh); null (and a warning) when its ping fails.
gantry::DockerClient *connectedClient(const gantry::Endpoint &endpoint, QObject *parent);

// Runs testbed.sh with a subcommand, e.g. kill-dockerd; true when it succeeded.
bool script(const QString &subcommand);

// Runs the real docker CLI against the test bed; returns stdout, or nullopt on failure.
std::optional<QByteArray> docker(const QStringList &args, int timeoutMs = 60000);
// The same with the CLI's environment given (another engine: DOCKER_HOST, TLS variables).
std::optional<QByteArray> docker(const QStringList &args, int timeoutMs,
                                 const QProcessEnvironment &cliEnv);

// A name no other test run uses: prefix + 10 random hex digits.
QString unique(const char *prefix);

// A TCP port on 127.0.0.1 that was free a moment ago.
int freePort();

// `docker inspect NAME` by the real CLI; empty when it fails.
QJsonObject inspect(const QString &name);

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
