#pragma once

#include "core/EngineError.h"
#include "swarm/StackDeploy.h"
#include "transport/Request.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

namespace gantry {

class DockerClient;
class Reply;

// Runs a stack's plan against the engine, step by step as `docker stack deploy` does:
// networks (those not there yet), secrets and configs (idem), then each service, created or
// updated in place (its current version). remove() does what `docker stack rm` does: the
// stack's services, secrets, configs and networks (found by their namespace label) go.
// One run at a time; cancel() stops after the request in flight.
class StackRunner : public QObject {
    Q_OBJECT
public:
    explicit StackRunner(DockerClient *client, QObject *parent = nullptr);

    void deploy(const StackPlan &plan);
    void remove(const QString &stack);
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void progress(const QString &step); // "Creating network web_default", translated
    void finished(const gantry::EngineError &error);

private:
    using Step = std::function<void()>;
    void runNext();
    void fail(const EngineError &error);
    // Sends a request; `then` gets the body of a 2xx answer, then the next step runs.
    void send(const Request &request, std::function<void(const QByteArray &)> then = {});
    void listNames(const QString &path, const QString &stack,
                   std::function<void(const QHash<QString, QString> &)> then);

    DockerClient *m_client;
    QList<Step> m_steps;
    QPointer<Reply> m_reply;
    bool m_running = false;
    StackPlan m_plan;
    QHash<QString, QString> m_secretIds; // name -> ID
    QHash<QString, QString> m_configIds;
    QHash<QString, QString> m_existing;                 // per phase: names there already -> ID
    QHash<QString, QPair<QString, quint64>> m_services; // name -> ID, version
};

} // namespace gantry
