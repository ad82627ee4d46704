#include "swarm/StackDeploy.h"

#include "specs/ActionSpecs.h"
#include "specs/ApiRequest.h"
#include "specs/LogsSpec.h"
#include "specs/RunSpec.h"
#include "swarm/ClusterSpecs.h"
#include "swarm/ServiceParsers.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

#include <cmath>

using namespace Qt::StringLiterals;

namespace gantry {

namespace {

QString tr(const char *text)
{
    // lupdate files these tr() calls under the namespace: the context is "gantry".
    return QCoreApplication::translate("gantry", text);
}

struct PlanError {
    QString message;
};

QString str(const YAML::Node &n)
{
    return n && n.IsScalar() ? QString::fromStdString(n.Scalar()) : QString();
}

// A list ["A=1"] or a map {A: 1} as KEY=VALUE strings (a map's null value: KEY alone).
QStringList keyValues(const YAML::Node &n)
{
    QStringList out;
    if (!n)
        return out;
    if (n.IsSequence()) {
        for (const auto &item : n)
            out << str(item);
    } else if (n.IsMap()) {
        for (const auto &kv : n) {
            const QString k = str(kv.first);
            out << (kv.second.IsNull() ? k : k + u'=' + str(kv.second));
        }
    } else {
        throw PlanError{tr("Expected a list or a mapping of KEY=VALUE.")};
    }
    return out;
}

Labels labelsOf(const YAML::Node &n)
{
    Labels out;
    for (const QString &kv : keyValues(n))
        out.insert(kv.section(u'=', 0, 0), kv.section(u'=', 1));
    return out;
}

QStringList words(const YAML::Node &n)
{
    if (!n)
        return {};
    if (n.IsSequence()) {
        QStringList out;
        for (const auto &w : n)
            out << str(w);
        return out;
    }
    return shellSplit(str(n));
}

int toInt(const YAML::Node &n, const QString &what)
{
    bool ok = false;
    const int v = str(n).toInt(&ok);
    if (!ok)
        throw PlanError{tr("%1 must be a whole number.").arg(what)};
    return v;
}

// Go duration ("10s", "1m30s") as nanoseconds.
qint64 durationNs(const YAML::Node &n, const QString &what)
{
    const auto v = parseGoDuration(str(n));
    if (!v)
        throw PlanError{tr("%1 is not a duration such as 10s or 1m30s.").arg(what)};
    return *v;
}

QString scoped(const QString &stack, const QString &key)
{
    return stack + u'_' + key;
}

QList<StackObject> objects(const YAML::Node &top, const QString &stack, const QString &baseDir,
                           const char *kind)
{
    QList<StackObject> out;
    if (!top)
        return out;
    for (const auto &kv : top) {
        StackObject o;
        o.key = str(kv.first);
        const YAML::Node def = kv.second;
        o.external = def["external"] && str(def["external"]) == u"true"_s;
        o.name = def["name"] ? str(def["name"]) : (o.external ? o.key : scoped(stack, o.key));
        if (!o.external) {
            o.labels = labelsOf(def["labels"]);
            o.labels.insert(StackNamespaceLabel, stack);
            const QString file = str(def["file"]);
            if (file.isEmpty())
                throw PlanError{tr("The %1 %2 names no file.").arg(QLatin1StringView(kind), o.key)};
            const QString path = QDir(baseDir).absoluteFilePath(file);
            const QString error = readBoundedFile(path, MaxStackObjectBytes, &o.data);
            if (!error.isEmpty())
                throw PlanError{tr("Cannot read %1 for the %2 %3: %4")
                                    .arg(path, QLatin1StringView(kind), o.key, error)};
        }
        out.append(o);
    }
    return out;
}

QString findName(const QList<StackObject> &list, const QString &key, const char *kind)
{
    for (const StackObject &o : list) {
        if (o.key == key)
            return o.name;
    }
    throw PlanError{
        tr("The %1 %2 is not declared at the top level.").arg(QLatin1StringView(kind), key)};
}

// secrets: [a] or [{source: a, target: b, uid, gid, mode}]
QJsonArray fileRefs(const YAML::Node &list, const QList<StackObject> &declared, bool secret)
{
    QJsonArray out;
    if (!list)
        return out;
    for (const auto &item : list) {
        QString source, target, uid = u"0"_s, gid = u"0"_s;
        int mode = 0444;
        if (item.IsScalar()) {
            source = str(item);
        } else {
            source = str(item["source"]);
            target = str(item["target"]);
            if (item["uid"])
                uid = str(item["uid"]);
            if (item["gid"])
                gid = str(item["gid"]);
            if (item["mode"])
                mode = str(item["mode"]).toInt(nullptr, 0);
        }
        if (target.isEmpty())
            target = secret ? source : u'/' + source;
        const QString name = findName(declared, source, secret ? "secret" : "config");
        QJsonObject ref{{u"File"_s, QJsonObject{{u"Name"_s, target},
                                                {u"UID"_s, uid},
                                                {u"GID"_s, gid},
                                                {u"Mode"_s, mode}}}};
        ref.insert(secret ? u"SecretName"_s : u"ConfigName"_s, name);
        out.append(ref);
    }
    return out;
}

QJsonArray portsOf(const YAML::Node &list)
{
    QJsonArray out;
    if (!list)
        return out;
    for (const auto &item : list) {
        QJsonObject p;
        if (item.IsScalar()) {
            const auto port = ServicePort::parse(str(item));
            if (!port)
                throw PlanError{tr("Not a port: %1.").arg(str(item))};
            p = QJsonObject{{u"Protocol"_s, port->protocol},
                            {u"TargetPort"_s, port->target},
                            {u"PublishMode"_s, u"ingress"_s}};
            if (port->published > 0)
                p.insert(u"PublishedPort"_s, port->published);
        } else {
            p = QJsonObject{{u"Protocol"_s, item["protocol"] ? str(item["protocol"]) : u"tcp"_s},
                            {u"TargetPort"_s, toInt(item["target"], u"ports.target"_s)},
                            {u"PublishMode"_s, item["mode"] ? str(item["mode"]) : u"ingress"_s}};
            if (item["published"])
                p.insert(u"PublishedPort"_s, toInt(item["published"], u"ports.published"_s));
        }
        out.append(p);
    }
    return out;
}

QJsonObject updateConfigOf(const YAML::Node &n)
{
    QJsonObject o;
    o.insert(u"Parallelism"_s, n["parallelism"] ? toInt(n["parallelism"], u"parallelism"_s) : 1);
    if (n["delay"])
        o.insert(u"Delay"_s, durationNs(n["delay"], u"delay"_s));
    if (n["failure_action"])
        o.insert(u"FailureAction"_s, str(n["failure_action"]));
    if (n["monitor"])
        o.insert(u"Monitor"_s, durationNs(n["monitor"], u"monitor"_s));
    if (n["max_failure_ratio"])
        o.insert(u"MaxFailureRatio"_s, str(n["max_failure_ratio"]).toDouble());
    if (n["order"])
        o.insert(u"Order"_s, str(n["order"]));
    return o;
}

StackService serviceOf(const QString &stack, const QString &key, const YAML::Node &def,
                       const StackPlan &plan)
{
    StackService s;
    s.key = key;
    s.name = scoped(stack, key);
    const QString image = str(def["image"]);
    if (image.isEmpty())
        throw PlanError{tr("The service %1 has no image (building is not part of a stack "
                           "deploy).")
                            .arg(key)};
    if (def["build"])
        throw PlanError{tr("The service %1 asks for a build, which docker stack deploy ignores "
                           "and Gantry does not do either: build and tag the image first.")
                            .arg(key)};
    const YAML::Node deploy = def["deploy"];

    QJsonObject container{{u"Image"_s, image}};
    Labels containerLabels = labelsOf(def["labels"]);
    containerLabels.insert(StackNamespaceLabel, stack);
    container.insert(u"Labels"_s, labelsObject(containerLabels));
    if (const QStringList cmd = words(def["command"]); !cmd.isEmpty())
        container.insert(u"Args"_s, QJsonArray::fromStringList(cmd));
    if (const QStringList ep = words(def["entrypoint"]); !ep.isEmpty())
        container.insert(u"Command"_s, QJsonArray::fromStringList(ep));
    if (def["hostname"])
        container.insert(u"Hostname"_s, str(def["hostname"]));
    if (def["working_dir"])
        container.insert(u"Dir"_s, str(def["working_dir"]));
    if (def["user"])
        container.insert(u"User"_s, str(def["user"]));
    if (def["tty"])
        container.insert(u"TTY"_s, str(def["tty"]) == u"true"_s);
    QStringList env = keyValues(def["environment"]);
    env.sort();
    if (!env.isEmpty())
        container.insert(u"Env"_s, QJsonArray::fromStringList(env));
    container.insert(u"Privileges"_s, QJsonObject{{u"CredentialSpec"_s, QJsonValue::Null},
                                                  {u"SELinuxContext"_s, QJsonValue::Null}});
    if (def["stop_grace_period"])
        container.insert(u"StopGracePeriod"_s,
                         durationNs(def["stop_grace_period"], u"stop_grace_period"_s));
    container.insert(u"DNSConfig"_s, QJsonObject());
    if (const QJsonArray secrets = fileRefs(def["secrets"], plan.secrets, true); !secrets.isEmpty())
        container.insert(u"Secrets"_s, secrets);
    if (const QJsonArray configs = fileRefs(def["configs"], plan.configs, false);
        !configs.isEmpty())
        container.insert(u"Configs"_s, configs);

    QJsonObject task{{u"ContainerSpec"_s, container}};
    QJsonObject resources;
    if (deploy && deploy["resources"] && deploy["resources"]["limits"]) {
        const YAML::Node l = deploy["resources"]["limits"];
        QJsonObject limits;
        if (l["cpus"])
            limits.insert(u"NanoCPUs"_s, qint64(std::llround(str(l["cpus"]).toDouble() * 1e9)));
        if (l["memory"]) {
            const auto bytes = parseMemory(str(l["memory"]));
            if (!bytes)
                throw PlanError{tr("Not a memory size: %1.").arg(str(l["memory"]))};
            limits.insert(u"MemoryBytes"_s, *bytes);
        }
        resources.insert(u"Limits"_s, limits);
    }
    task.insert(u"Resources"_s, resources);
    if (deploy && deploy["restart_policy"]) {
        const YAML::Node r = deploy["restart_policy"];
        QJsonObject restart;
        restart.insert(u"Condition"_s, r["condition"] ? str(r["condition"]) : u"any"_s);
        if (r["delay"])
            restart.insert(u"Delay"_s, durationNs(r["delay"], u"restart_policy.delay"_s));
        if (r["max_attempts"])
            restart.insert(u"MaxAttempts"_s, toInt(r["max_attempts"], u"max_attempts"_s));
        task.insert(u"RestartPolicy"_s, restart);
    }
    QJsonObject placement;
    if (deploy && deploy["placement"] && deploy["placement"]["constraints"])
        placement.insert(u"Constraints"_s,
                         QJsonArray::fromStringList(words(deploy["placement"]["constraints"])));
    task.insert(u"Placement"_s, placement);

    // Networks: the ones named, else the stack's default; the service's name as alias.
    QStringList nets;
    const YAML::Node netsNode = def["networks"];
    if (netsNode && netsNode.IsSequence()) {
        for (const auto &n : netsNode)
            nets << str(n);
    } else if (netsNode && netsNode.IsMap()) {
        for (const auto &kv : netsNode)
            nets << str(kv.first);
    }
    if (nets.isEmpty())
        nets << u"default"_s;
    nets.sort();
    QJsonArray attachments;
    for (const QString &n : std::as_const(nets)) {
        QString target;
        for (const StackNetwork &sn : plan.networks) {
            if (sn.key == n)
                target = sn.name;
        }
        if (target.isEmpty())
            throw PlanError{
                tr("The service %1 uses the network %2, which is not declared.").arg(key, n)};
        attachments.append(QJsonObject{{u"Target"_s, target}, {u"Aliases"_s, QJsonArray{key}}});
    }
    task.insert(u"Networks"_s, attachments);

    QJsonObject mode;
    if (deploy && str(deploy["mode"]) == u"global"_s)
        mode.insert(u"Global"_s, QJsonObject());
    else
        mode.insert(u"Replicated"_s,
                    QJsonObject{{u"Replicas"_s, deploy && deploy["replicas"]
                                                    ? toInt(deploy["replicas"], u"replicas"_s)
                                                    : 1}});

    Labels labels = deploy ? labelsOf(deploy["labels"]) : Labels();
    labels.insert(StackNamespaceLabel, stack);
    labels.insert(u"com.docker.stack.image"_s, image);
    s.spec = QJsonObject{{u"Name"_s, s.name},
                         {u"Labels"_s, labelsObject(labels)},
                         {u"TaskTemplate"_s, task},
                         {u"Mode"_s, mode}};
    if (deploy && deploy["update_config"])
        s.spec.insert(u"UpdateConfig"_s, updateConfigOf(deploy["update_config"]));
    if (deploy && deploy["rollback_config"])
        s.spec.insert(u"RollbackConfig"_s, updateConfigOf(deploy["rollback_config"]));
    QJsonObject endpoint;
    if (deploy && deploy["endpoint_mode"])
        endpoint.insert(u"Mode"_s, str(deploy["endpoint_mode"]).toLower());
    if (const QJsonArray ports = portsOf(def["ports"]); !ports.isEmpty())
        endpoint.insert(u"Ports"_s, ports);
    s.spec.insert(u"EndpointSpec"_s, endpoint);
    return s;
}

} // namespace

QJsonObject StackNetwork::createBody() const
{
    return QJsonObject{{u"Name"_s, name},
                       {u"Driver"_s, driver},
                       {u"Labels"_s, labelsObject(labels)},
                       {u"Attachable"_s, attachable},
                       {u"Internal"_s, internal},
                       {u"CheckDuplicate"_s, true}};
}

QJsonObject StackObject::createBody() const
{
    return SwarmObjectCreateSpec{.name = name, .data = data, .labels = labels}.body();
}

QStringList StackPlan::deployCommandLine() const
{
    return {u"docker"_s, u"stack"_s, u"deploy"_s, u"--resolve-image"_s,
            u"never"_s,  u"-c"_s,    composeFile, name};
}

QStringList StackPlan::removeCommandLine(const QString &stack)
{
    return {u"docker"_s, u"stack"_s, u"rm"_s, stack};
}

bool isValidStackName(const QString &name)
{
    static const QRegularExpression re(uR"(^[a-zA-Z0-9][a-zA-Z0-9_.-]*$)"_s);
    return re.match(name).hasMatch();
}

Result<StackPlan> planStack(const QByteArray &yaml, const QString &stackName,
                            const QString &composeFile, const QString &baseDir)
{
    if (!isValidStackName(stackName))
        return EngineError::protocol(tr("Not a valid stack name: %1.").arg(stackName));
    StackPlan plan;
    plan.name = stackName;
    plan.composeFile = composeFile;
    try {
        const YAML::Node root = YAML::Load(yaml.toStdString());
        if (!root.IsMap() || !root["services"] || !root["services"].IsMap())
            throw PlanError{tr("The compose file has no services.")};

        // Networks: the declared ones, plus "default" when a service names none.
        bool needsDefault = false;
        for (const auto &kv : root["services"]) {
            const YAML::Node n = kv.second["networks"];
            if (!n || n.size() == 0)
                needsDefault = true;
        }
        QList<StackNetwork> networks;
        if (const YAML::Node top = root["networks"]) {
            for (const auto &kv : top) {
                StackNetwork n;
                n.key = str(kv.first);
                const YAML::Node def = kv.second;
                n.external = def && def["external"] && str(def["external"]) == u"true"_s;
                n.name = def && def["name"] ? str(def["name"])
                                            : (n.external ? n.key : scoped(stackName, n.key));
                if (def && def["driver"])
                    n.driver = str(def["driver"]);
                if (def) {
                    n.labels = labelsOf(def["labels"]);
                    n.attachable = str(def["attachable"]) == u"true"_s;
                    n.internal = str(def["internal"]) == u"true"_s;
                }
                n.labels.insert(StackNamespaceLabel, stackName);
                networks.append(n);
            }
        }
        if (needsDefault &&
            std::none_of(networks.cbegin(), networks.cend(),
                         [](const StackNetwork &n) { return n.key == u"default"_s; })) {
            StackNetwork n;
            n.key = u"default"_s;
            n.name = scoped(stackName, n.key);
            n.labels.insert(StackNamespaceLabel, stackName);
            networks.append(n);
        }
        plan.networks = networks;
        plan.secrets = objects(root["secrets"], stackName, baseDir, "secret");
        plan.configs = objects(root["configs"], stackName, baseDir, "config");
        for (const auto &kv : root["services"])
            plan.services.append(serviceOf(stackName, str(kv.first), kv.second, plan));
    } catch (const PlanError &e) {
        return EngineError::protocol(e.message);
    } catch (const YAML::Exception &e) {
        return EngineError::protocol(
            tr("The compose file is not valid YAML: %1").arg(QString::fromStdString(e.what())));
    }
    return plan;
}

QString readBoundedFile(const QString &path, qint64 cap, QByteArray *out)
{
    const QFileInfo info(path);
    if (!info.exists())
        return tr("No such file.");
    if (!info.isFile())
        return tr("Not a regular file.");
    if (info.size() > cap)
        return tr("The file is larger than %1 KiB.").arg(cap / 1024);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return f.errorString();
    QByteArray data = f.read(cap + 1); // the file may have grown since it was looked at
    if (data.size() > cap)
        return tr("The file is larger than %1 KiB.").arg(cap / 1024);
    *out = std::move(data);
    return {};
}

QString checkComposeFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return tr("No such file: %1").arg(path);
    if (!info.isFile())
        return tr("Not a regular file: %1").arg(path);
    if (info.size() > MaxComposeFileBytes)
        return tr("The compose file is larger than %1 KiB.").arg(MaxComposeFileBytes / 1024);
    return {};
}

Result<StackPlan> planStackFile(const QString &path, const QString &stackName)
{
    QByteArray yaml;
    const QString error = readBoundedFile(path, MaxComposeFileBytes, &yaml);
    if (!error.isEmpty())
        return EngineError::protocol(tr("Cannot read %1: %2").arg(path, error));
    return planStack(yaml, stackName, path, QFileInfo(path).absolutePath());
}

} // namespace gantry
