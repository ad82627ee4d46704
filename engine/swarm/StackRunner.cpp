#include "swarm/StackRunner.h"

#include "api/DockerClient.h"
#include "specs/ApiRequest.h"
#include "swarm/ServiceParsers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace gantry {

namespace {

// Bodies here are never empty (a create or an update spec).
Request post(const QString &path, const QJsonObject &body)
{
    return apiRequest("POST", path, {}, body);
}

QString labelFilter(const QString &stack)
{
    QUrlQuery q;
    q.addQueryItem(
        u"filters"_s,
        filtersValue({{u"label"_s, QJsonArray{QString(StackNamespaceLabel + u'=' + stack)}}}));
    return q.toString(QUrl::FullyEncoded);
}

// Name -> ID of a listing (networks: Name/Id; secrets, configs, services: Spec.Name/ID).
QHash<QString, QString> namesOf(const QByteArray &body)
{
    QHash<QString, QString> out;
    for (const QJsonValue &v : QJsonDocument::fromJson(body).array()) {
        const QJsonObject o = v.toObject();
        if (o.contains("Id"_L1))
            out.insert(o.value("Name"_L1).toString(), o.value("Id"_L1).toString());
        else
            out.insert(o.value("Spec"_L1).toObject().value("Name"_L1).toString(),
                       o.value("ID"_L1).toString());
    }
    return out;
}

QString createdId(const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    return o.value("ID"_L1).toString(o.value("Id"_L1).toString());
}

} // namespace

StackRunner::StackRunner(DockerClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

void StackRunner::cancel()
{
    m_steps.clear();
    if (m_reply)
        m_reply->cancel();
}

void StackRunner::fail(const EngineError &error)
{
    m_steps.clear();
    m_running = false;
    emit finished(error);
}

void StackRunner::runNext()
{
    if (m_steps.isEmpty()) {
        m_running = false;
        emit finished({});
        return;
    }
    const Step step = m_steps.takeFirst();
    step();
}

void StackRunner::send(const Request &request, std::function<void(const QByteArray &)> then)
{
    Reply *reply = m_client->send(request);
    m_reply = reply;
    connect(reply, &Reply::finished, this, [this, reply, then] {
        if (reply->error().isError()) {
            fail(reply->error());
            return;
        }
        if (then)
            then(reply->body());
        runNext();
    });
}

void StackRunner::listNames(const QString &path, const QString &stack,
                            std::function<void(const QHash<QString, QString> &)> then)
{
    Request r;
    r.path = path + u'?' + labelFilter(stack);
    send(r, [then](const QByteArray &body) { then(namesOf(body)); });
}

void StackRunner::deploy(const StackPlan &plan)
{
    if (m_running)
        return;
    m_running = true;
    m_plan = plan;
    m_steps.clear();
    m_secretIds.clear();
    m_configIds.clear();

    // Networks not there yet.
    m_steps << [this] {
        listNames(u"/networks"_s, m_plan.name,
                  [this](const QHash<QString, QString> &names) { m_existing = names; });
    };
    for (const StackNetwork &n : std::as_const(m_plan.networks)) {
        if (n.external)
            continue;
        m_steps << [this, n] {
            if (m_existing.contains(n.name))
                return runNext();
            emit progress(tr("Creating network %1").arg(n.name));
            send(post(u"/networks/create"_s, n.createBody()));
        };
    }
    // Secrets and configs: those there already are kept (their data cannot change).
    const auto objectSteps = [this](const QList<StackObject> &list, const QString &kind,
                                    QHash<QString, QString> *ids) {
        m_steps << [this, kind, ids] {
            Request r;
            r.path = u'/' + kind;
            send(r, [ids](const QByteArray &body) { *ids = namesOf(body); });
        };
        for (const StackObject &o : list) {
            if (o.external)
                continue;
            m_steps << [this, o, kind, ids] {
                if (ids->contains(o.name))
                    return runNext();
                emit progress(kind == u"secrets"_s ? tr("Creating secret %1").arg(o.name)
                                                   : tr("Creating config %1").arg(o.name));
                send(post(u'/' + kind + u"/create"_s, o.createBody()),
                     [ids, o](const QByteArray &body) { ids->insert(o.name, createdId(body)); });
            };
        }
    };
    objectSteps(m_plan.secrets, u"secrets"_s, &m_secretIds);
    objectSteps(m_plan.configs, u"configs"_s, &m_configIds);
    // Services: created, or updated at their current version.
    m_steps << [this] {
        Request r;
        r.path = u"/services?"_s + labelFilter(m_plan.name);
        send(r, [this](const QByteArray &body) {
            m_services.clear();
            for (const QJsonValue &v : QJsonDocument::fromJson(body).array()) {
                const QJsonObject o = v.toObject();
                m_services.insert(
                    o.value("Spec"_L1).toObject().value("Name"_L1).toString(),
                    {o.value("ID"_L1).toString(),
                     quint64(o.value("Version"_L1).toObject().value("Index"_L1).toDouble())});
            }
        });
    };
    for (const StackService &s : std::as_const(m_plan.services)) {
        m_steps << [this, s] {
            QJsonObject spec = s.spec;
            QJsonObject task = spec.value(u"TaskTemplate"_s).toObject();
            QJsonObject container = task.value(u"ContainerSpec"_s).toObject();
            for (const auto &[key, idKey, nameKey, ids] :
                 {std::tuple{u"Secrets"_s, u"SecretID"_s, u"SecretName"_s, &m_secretIds},
                  std::tuple{u"Configs"_s, u"ConfigID"_s, u"ConfigName"_s, &m_configIds}}) {
                QJsonArray refs = container.value(key).toArray();
                for (qsizetype i = 0; i < refs.size(); ++i) {
                    QJsonObject ref = refs[i].toObject();
                    const QString name = ref.value(nameKey).toString();
                    if (!ids->contains(name))
                        return fail(EngineError::fromHttp(
                            404,
                            QJsonDocument(QJsonObject{{u"message"_s, tr("%1 not found").arg(name)}})
                                .toJson()));
                    ref.insert(idKey, ids->value(name));
                    refs[i] = ref;
                }
                if (!refs.isEmpty())
                    container.insert(key, refs);
            }
            task.insert(u"ContainerSpec"_s, container);
            spec.insert(u"TaskTemplate"_s, task);
            if (const auto it = m_services.constFind(s.name); it != m_services.cend()) {
                emit progress(tr("Updating service %1").arg(s.name));
                send(post(u"/services/"_s + pathSegment(it->first) + u"/update?version="_s +
                              QString::number(it->second),
                          spec));
            } else {
                emit progress(tr("Creating service %1").arg(s.name));
                send(post(u"/services/create"_s, spec));
            }
        };
    }
    runNext();
}

void StackRunner::listMembers(const QString &stack)
{
    if (m_running)
        return;
    m_running = true;
    m_steps.clear();
    m_members.clear();
    // As `docker stack rm`: services, then secrets, configs and networks.
    for (const QString &kind : {u"services"_s, u"secrets"_s, u"configs"_s, u"networks"_s}) {
        m_steps << [this, kind, stack] {
            listNames(u'/' + kind, stack, [this, kind](const QHash<QString, QString> &names) {
                QStringList sorted = names.keys();
                sorted.sort();
                for (const QString &name : std::as_const(sorted))
                    m_members.append({kind, names.value(name), name});
            });
        };
    }
    m_steps << [this] {
        m_running = false;
        emit membersListed(m_members);
    };
    runNext();
}

void StackRunner::removeMembers(const QList<StackMember> &members)
{
    if (m_running)
        return;
    m_running = true;
    m_steps.clear();
    m_failures.clear();
    for (const QString &kind : {u"services"_s, u"secrets"_s, u"configs"_s, u"networks"_s}) {
        for (const StackMember &m : members) {
            if (m.kind != kind)
                continue;
            m_steps << [this, m] {
                emit progress(tr("Removing %1").arg(m.name));
                // Not send(): a failure is noted and the next removal goes on.
                Reply *reply =
                    m_client->send(apiRequest("DELETE", u'/' + m.kind + u'/' + pathSegment(m.id)));
                m_reply = reply;
                connect(reply, &Reply::finished, this, [this, reply, m] {
                    if (reply->error().kind() == EngineError::Kind::Cancelled)
                        return fail(reply->error());
                    if (reply->error().isError() &&
                        reply->error().kind() != EngineError::Kind::NotFound)
                        m_failures << tr("%1: %2").arg(m.name, reply->error().describe());
                    runNext();
                });
            };
        }
    }
    m_steps << [this] {
        m_running = false;
        if (m_failures.isEmpty())
            emit finished({});
        else
            emit finished(EngineError(EngineError::Kind::Conflict, m_failures.join(u'\n')));
    };
    runNext();
}

} // namespace gantry
