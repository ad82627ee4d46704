#include "compose/ComposeConfig.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;

namespace gantry {

namespace {

QString str(const YAML::Node &n)
{
    return n && n.IsScalar() ? QString::fromStdString(n.Scalar()) : QString();
}

bool truthy(const YAML::Node &n)
{
    if (!n)
        return false;
    if (n.IsMap()) // external: {name: x} (file format 2 and 3.0-3.3)
        return true;
    const QString s = str(n).toLower();
    return s == u"true"_s || s == u"yes"_s;
}

// "127.0.0.1:8080:80/tcp" (v1) or {host_ip, published, target, protocol} (v2).
QString portOf(const YAML::Node &n)
{
    if (n.IsScalar()) {
        QString s = str(n);
        // host parts -> container part, as `docker ps` writes them
        const qsizetype colon = s.lastIndexOf(u':');
        if (colon > 0)
            s = s.left(colon) + u"->"_s + s.mid(colon + 1);
        return s;
    }
    if (!n.IsMap())
        return {};
    QString out;
    if (const QString ip = str(n["host_ip"]); !ip.isEmpty())
        out += ip + u':';
    if (const QString published = str(n["published"]); !published.isEmpty())
        out += published + u"->"_s;
    out += str(n["target"]);
    const QString protocol = str(n["protocol"]);
    out += u'/' + (protocol.isEmpty() ? u"tcp"_s : protocol);
    return out;
}

// "data:/www:rw" (v1) or {type, source, target} (v2) -> "data -> /www".
QString volumeOf(const YAML::Node &n)
{
    QString source, target, type;
    if (n.IsScalar()) {
        const QStringList parts = str(n).split(u':');
        if (parts.size() == 1) {
            target = parts.first();
        } else {
            source = parts.value(0);
            target = parts.value(1);
        }
        type = source.startsWith(u'/') || source.startsWith(u'.') || source.startsWith(u'~')
                   ? u"bind"_s
                   : u"volume"_s;
    } else if (n.IsMap()) {
        source = str(n["source"]);
        target = str(n["target"]);
        type = str(n["type"]);
    }
    if (source.isEmpty())
        return ComposeConfig::tr("%1 (anonymous volume)").arg(target);
    if (type == u"volume"_s)
        return source + u" -> "_s + target;
    return ComposeConfig::tr("%1 -> %2 (%3)").arg(source, target, type);
}

QList<ComposeConfig::Resource> resources(const YAML::Node &top)
{
    QList<ComposeConfig::Resource> out;
    if (!top || !top.IsMap())
        return out;
    for (const auto &kv : top) {
        ComposeConfig::Resource r;
        r.key = str(kv.first);
        const YAML::Node def = kv.second;
        if (def && def.IsMap()) {
            r.name = str(def["name"]);
            r.external = truthy(def["external"]);
            if (r.external && r.name.isEmpty() && def["external"].IsMap())
                r.name = str(def["external"]["name"]);
        }
        out << r;
    }
    return out;
}

} // namespace

QString ComposeConfig::Resource::engineName(const QString &project) const
{
    if (!name.isEmpty())
        return name;
    return external ? key : project + u'_' + key;
}

std::optional<ComposeConfig> ComposeConfig::parse(const QByteArray &yaml, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    try {
        const YAML::Node root = YAML::Load(yaml.toStdString());
        if (!root.IsMap())
            return fail(tr("The compose tool's configuration is not a YAML mapping."));
        ComposeConfig config;
        if (const YAML::Node services = root["services"]; services && services.IsMap()) {
            for (const auto &kv : services) {
                Service s;
                s.name = str(kv.first);
                const YAML::Node def = kv.second;
                if (!def.IsMap())
                    continue;
                s.image = str(def["image"]);
                s.build = bool(def["build"]);
                if (const YAML::Node ports = def["ports"]; ports && ports.IsSequence()) {
                    for (const auto &p : ports)
                        s.ports << portOf(p);
                }
                if (const YAML::Node volumes = def["volumes"]; volumes && volumes.IsSequence()) {
                    for (const auto &v : volumes)
                        s.volumes << volumeOf(v);
                }
                const YAML::Node networks = def["networks"];
                if (networks && networks.IsMap()) {
                    for (const auto &n : networks)
                        s.networks << str(n.first);
                } else if (networks && networks.IsSequence()) {
                    for (const auto &n : networks)
                        s.networks << str(n);
                }
                s.networkMode = bool(def["network_mode"]);
                config.services << s;
            }
        } else {
            return fail(tr("The compose tool's configuration has no services."));
        }
        config.networks = resources(root["networks"]);
        config.volumes = resources(root["volumes"]);
        return config;
    } catch (const YAML::Exception &e) {
        return fail(tr("The compose tool's configuration could not be read: %1")
                        .arg(QString::fromStdString(e.what())));
    }
}

QStringList ComposeConfig::serviceNames() const
{
    QStringList out;
    for (const Service &s : services)
        out << s.name;
    return out;
}

QStringList ComposeConfig::downNetworks(const QString &project) const
{
    QStringList out;
    bool usesDefault = false;
    for (const Service &s : services) {
        if (!s.networkMode && (s.networks.isEmpty() || s.networks.contains(u"default"_s)))
            usesDefault = true;
    }
    bool defaultDeclared = false;
    for (const Resource &r : networks) {
        if (r.key == u"default"_s) {
            defaultDeclared = true;
            if (!usesDefault)
                continue;
        }
        if (!r.external)
            out << r.engineName(project);
    }
    if (usesDefault && !defaultDeclared)
        out << project + u"_default"_s;
    return out;
}

QStringList ComposeConfig::downVolumes(const QString &project) const
{
    QStringList out;
    for (const Resource &r : volumes) {
        if (!r.external)
            out << r.engineName(project);
    }
    return out;
}

QString ComposeProjectName::fromFolder(const QString &folderName)
{
    QString out;
    for (const QChar c : folderName.toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-' || c == u'_')
            out += c;
    }
    while (!out.isEmpty() && (out.front() == u'-' || out.front() == u'_'))
        out.remove(0, 1);
    return out;
}

QString ComposeProjectName::problem(const QString &name)
{
    if (name.isEmpty())
        return tr("A project needs a name.");
    static const QRegularExpression valid(u"^[a-z0-9][a-z0-9_-]*$"_s);
    if (!valid.match(name).hasMatch())
        return tr("A project name holds only lowercase letters, digits, '-' and '_', and starts "
                  "with a letter or a digit.");
    return {};
}

QStringList composeFilesInFolder(const QString &folder)
{
    const QDir dir(folder);
    static const char *const names[] = {"compose.yaml", "compose.yml", "docker-compose.yaml",
                                        "docker-compose.yml"};
    for (const char *name : names) {
        const QString path = dir.filePath(QLatin1StringView(name));
        if (!QFileInfo(path).isFile())
            continue;
        QStringList files{QFileInfo(path).absoluteFilePath()};
        // compose.yaml -> compose.override.yaml, docker-compose.yml -> docker-compose.override.yml
        const QString base = QFileInfo(path).completeBaseName();
        const QString suffix = QFileInfo(path).suffix();
        for (const QString &ext : {suffix, suffix == u"yml"_s ? u"yaml"_s : u"yml"_s}) {
            const QString override = dir.filePath(base + u".override."_s + ext);
            if (QFileInfo(override).isFile()) {
                files << QFileInfo(override).absoluteFilePath();
                break;
            }
        }
        return files;
    }
    return {};
}

bool isComposePath(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return true;
    const QString suffix = info.suffix().toLower();
    return info.isFile() && (suffix == u"yml"_s || suffix == u"yaml"_s);
}

} // namespace gantry
