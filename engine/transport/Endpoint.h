#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

namespace gantry {

// Where the engine listens and how to talk to it.
struct Endpoint {
    Q_DECLARE_TR_FUNCTIONS(Endpoint)

public:
    enum class Kind { Unix, Tcp, Ssh };

    Kind kind = Kind::Unix;
    QString socketPath;     // Unix; Ssh: the local socket of its bridge (SshBridge), once open
    QString host;           // Tcp, Ssh
    int port = 2375;        // Tcp; Ssh: 0 for ssh's own choice (its config, else 22)
    QString sshUser;        // Ssh: empty for ssh's own choice
    QStringList sshOptions; // Ssh: more ssh arguments (e.g. -F FILE); never from the URL
    QString bridgeFailure;  // Ssh: why its bridge could not listen (every call fails with it)
    bool tls = false;
    bool tlsVerify = false;
    QString caFile, certFile, keyFile;
    QString source; // how it was chosen: "--host", "DOCKER_HOST", "context NAME", "default"

    QString url() const; // unix:///var/run/docker.sock, tcp://host:2376, ssh://me@host:22
    // Requests go to socketPath: a unix endpoint, or an ssh one through its bridge.
    bool viaSocketFile() const { return kind == Kind::Unix || kind == Kind::Ssh; }
    // On this machine: a unix socket, or a loopback host (files the engine names are here).
    bool isLocal() const;
    QString
    baseUrl() const; // what libcurl gets before the path: http://localhost, https://host:2376

    static Result<Endpoint> parse(const QString &url);

private:
    static Result<Endpoint> parseSsh(const QString &url);
};

// What the endpoint is chosen from, so that the choice is a pure, testable function.
struct EndpointInputs {
    QString hostFlag;           // gantry --host / -H
    QMap<QString, QString> env; // DOCKER_HOST, DOCKER_CONTEXT, DOCKER_CONFIG, DOCKER_TLS_VERIFY...
    QString homeDir;            // for ~/.docker
    QString defaultSocket = QStringLiteral("/var/run/docker.sock");

    static EndpointInputs fromSystem(const QString &hostFlag);
};

// TLS as the docker CLI sets it up for a context's endpoint (cli/context/docker/load.go):
// with TLS files (any of the three) or skip-tls-verify, TLS, verified unless skip-tls-verify;
// otherwise plain. The files given are those that exist (empty: absent). The catalogue and
// resolveEndpoint() both go through here, so a context connects the same way however it is
// opened. Only tcp endpoints are changed.
void applyContextTls(Endpoint &endpoint, const QString &caFile, const QString &certFile,
                     const QString &keyFile, bool skipTlsVerify);

// --host, else DOCKER_HOST, else the current docker context, else the default socket,
// the same order as the docker CLI.
Result<Endpoint> resolveEndpoint(const EndpointInputs &in);

// "localhost" (any case) or a loopback address (127.0.0.0/8, ::1).
bool isLoopbackHost(const QString &host);

} // namespace gantry
