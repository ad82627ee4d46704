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
// updated in place (its current version). listMembers() then removeMembers() do what
// `docker stack rm` does, in two steps so that a confirmation can name what goes and exactly
// that goes: the stack's services, secrets, configs and networks (found by their namespace
// label); removals carry on after a failure, as the CLI's.
// One run at a time; cancel() stops after the request in flight.
struct StackMember {
    QString kind; // "services", "secrets", "configs" or "networks" (the API's paths)
    QString id;
    QString name;
    friend bool operator==(const StackMember &, const StackMember &) = default;
};

class StackRunner : public QObject {
    Q_OBJECT
public:
    explicit StackRunner(DockerClient *client, QObject *parent = nullptr);

    void deploy(const StackPlan &plan);
    // Lists what `docker stack rm` would take: membersListed, or finished with the error.
    void listMembers(const QString &stack);
    // Removes these (services first, networks last), each even if another fails; finished
    // carries the failures, one line each.
    void removeMembers(const QList<gantry::StackMember> &members);
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void progress(const QString &step); // "Creating network web_default", translated
    void finished(const gantry::EngineError &error);
    void membersListed(const QList<gantry::StackMember> &members);

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
    QList<StackMember> m_members;                       // listed
    QStringList m_failures;                             // removals that failed
};

} // namespace gantry

Q_DECLARE_METATYPE(gantry::StackMember)
