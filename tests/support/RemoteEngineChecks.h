#pragma once

#include "api/DockerClient.h"

#include <QProcessEnvironment>
#include <QStringList>

#include <optional>

// The features every engine must offer, checked against an engine reached another way than
// the test bed's unix socket (TLS, ssh): listings, events, logs, a build upload and a
// terminal. Each check returns an empty string when it passed, else what went wrong. The
// real docker CLI, pointed at the same engine by `cliEnv`, makes and inspects what is checked.
class RemoteEngineChecks {
public:
    RemoteEngineChecks(gantry::DockerClient *client, QProcessEnvironment cliEnv);
    ~RemoteEngineChecks(); // removes the containers and images it made

    std::optional<QByteArray> docker(const QStringList &args, int timeoutMs = 60000) const;

    QString lists();    // a container the CLI runs, and the seed image, are listed
    QString events();   // a container the CLI creates is seen on the event stream
    QString logs();     // stdout and stderr lines of a container, then a followed one
    QString build();    // a context uploaded and built; the CLI runs the image
    QString terminal(); // exec sh with a TTY, a command typed, its output read
    QString inputEnd(); // exec cat without a TTY: the end of input reaches it, output follows

    // A ping and a terminal (hijacked stream) on `endpoint` both fail within 5 s as
    // Unreachable, with all of `expected` in the message.
    static QString refused(const gantry::Endpoint &endpoint, const gantry::ApiVersion &version,
                           const QStringList &expected);

private:
    QString runDetached(const QString &script);

    gantry::DockerClient *m_client;
    QProcessEnvironment m_env;
    QString m_image;
    QStringList m_containers;
    QStringList m_images;
};
