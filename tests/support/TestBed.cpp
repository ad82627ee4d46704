#include "TestBed.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTcpServer>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace testbed {

QString env(const char *name)
{
    return qEnvironmentVariable(name);
}

bool available()
{
    return !env("GANTRY_TEST_HOST").isEmpty() && !env("GANTRY_TEST_IMAGE").isEmpty();
}

const char *missingMessage()
{
    return "The test bed is not running: use the README's test command (scripts/test.sh), "
           "or `scripts/testbed.sh start` and source its env file.";
}

gantry::Endpoint endpoint()
{
    return gantry::Endpoint::parse(env("GANTRY_TEST_HOST")).value();
}

gantry::DockerClient *connectedClient(QObject *parent)
{
    return connectedClient(endpoint(), parent);
}

gantry::DockerClient *connectedClient(const gantry::Endpoint &endpoint, QObject *parent)
{
    auto *client = new gantry::DockerClient(endpoint, parent);
    const auto ping = await<gantry::PingInfo>([&](auto done) { client->ping(parent, done); });
    if (!ping || !ping->ok()) {
        qWarning() << "ping of" << endpoint.url()
                   << "failed:" << (ping ? ping->error().describe() : QStringLiteral("no answer"));
        delete client;
        return nullptr;
    }
    client->setApiVersion(gantry::ApiVersion::negotiate(ping->value().apiVersion));
    return client;
}

bool script(const QString &subcommand)
{
    return QProcess::execute(env("GANTRY_TESTBED_SCRIPT"), {subcommand}) == 0;
}

std::optional<QByteArray> docker(const QStringList &args, int timeoutMs)
{
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("DOCKER_HOST"), env("GANTRY_TEST_HOST"));
    return docker(args, timeoutMs, e);
}

std::optional<QByteArray> docker(const QStringList &args, int timeoutMs,
                                 const QProcessEnvironment &cliEnv)
{
    QProcess p;
    p.setProcessEnvironment(cliEnv);
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

QString unique(const char *prefix)
{
    return QLatin1StringView(prefix) + QUuid::createUuid().toString(QUuid::Id128).left(10);
}

int freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

QJsonObject inspect(const QString &name)
{
    const auto out = docker({u"inspect"_s, name});
    return out ? QJsonDocument::fromJson(*out).array().first().toObject() : QJsonObject();
}

} // namespace testbed
