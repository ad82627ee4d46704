#include "catalogue/DockerContexts.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSslCertificate>
#include <QSslKey>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace gantry {

namespace {

std::optional<QJsonObject> readJsonObject(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
    if (!doc.isObject())
        return std::nullopt;
    return doc.object();
}

// A JSON string as Go's encoding/json writes it (HTML characters escaped too), so that the
// file is byte for byte the CLI's.
QByteArray goJsonString(const QString &s)
{
    QByteArray out = "\"";
    for (const char32_t c : s.toUcs4()) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '<': out += "\\u003c"; break;
        case '>': out += "\\u003e"; break;
        case '&': out += "\\u0026"; break;
        case 0x2028: out += "\\u2028"; break;
        case 0x2029: out += "\\u2029"; break;
        default:
            if (c < 0x20)
                out += QByteArray("\\u00") + QByteArray::number(uint(c), 16).rightJustified(2, '0');
            else
                out += QString::fromUcs4(&c, 1).toUtf8();
        }
    }
    return out + '"';
}

QString shellQuote(const QString &s)
{
    static const QRegularExpression plain(u"^[A-Za-z0-9_./:=,@+-]+$"_s);
    if (plain.match(s).hasMatch())
        return s;
    QString q = s;
    q.replace(u"'"_s, u"'\\''"_s);
    return u'\'' + q + u'\'';
}

bool writeFile(const QString &path, const QByteArray &data, QFileDevice::Permissions mode)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(data);
    if (!f.commit())
        return false;
    return QFile::setPermissions(path, mode);
}

bool isPrivateKey(const QByteArray &pem)
{
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        if (!QSslKey(pem, algorithm, QSsl::Pem, QSsl::PrivateKey).isNull())
            return true;
    }
    return false;
}

bool makeDir(const QString &path, QFileDevice::Permissions mode)
{
    if (!QDir().mkpath(path))
        return false;
    return QFile::setPermissions(path, mode);
}

} // namespace

QStringList DockerContextSpec::cliArguments() const
{
    QStringList args{u"context"_s, u"create"_s, name};
    if (!description.isEmpty())
        args << u"--description"_s << description;
    QString docker = u"host="_s + host;
    if (!caFile.isEmpty())
        docker += u",ca="_s + caFile;
    if (!certFile.isEmpty())
        docker += u",cert="_s + certFile;
    if (!keyFile.isEmpty())
        docker += u",key="_s + keyFile;
    if (skipTlsVerify)
        docker += u",skip-tls-verify=true"_s;
    args << u"--docker"_s << docker;
    return args;
}

QString DockerContextSpec::cliLine() const
{
    QStringList words{u"docker"_s};
    for (const QString &a : cliArguments())
        words << shellQuote(a);
    return words.join(u' ');
}

QString DockerConfigDir::locate(const QMap<QString, QString> &env, const QString &homeDir)
{
    const QString configured = env.value(u"DOCKER_CONFIG"_s);
    return configured.isEmpty() ? homeDir + u"/.docker"_s : configured;
}

QString DockerConfigDir::currentContext() const
{
    if (const auto config = readJsonObject(m_path + u"/config.json"_s))
        return config->value("currentContext"_L1).toString();
    return {};
}

QList<DockerContext> DockerConfigDir::contexts() const
{
    QList<DockerContext> out;
    QDirIterator it(m_path + u"/contexts/meta"_s, QDir::Dirs | QDir::NoDotAndDotDot);
    while (it.hasNext()) {
        const QString dir = it.next();
        const auto meta = readJsonObject(dir + u"/meta.json"_s);
        if (!meta)
            continue;
        DockerContext c;
        c.name = meta->value("Name"_L1).toString();
        if (c.name.isEmpty())
            continue;
        c.description = meta->value("Metadata"_L1).toObject().value("Description"_L1).toString();
        const QJsonObject docker =
            meta->value("Endpoints"_L1).toObject().value("docker"_L1).toObject();
        c.host = docker.value("Host"_L1).toString();
        c.skipTlsVerify = docker.value("SkipTLSVerify"_L1).toBool();
        const QString tls =
            m_path + u"/contexts/tls/"_s + QFileInfo(dir).fileName() + u"/docker/"_s;
        auto present = [&tls](const QString &file) {
            return QFileInfo::exists(tls + file) ? tls + file : QString();
        };
        c.caFile = present(u"ca.pem"_s);
        c.certFile = present(u"cert.pem"_s);
        c.keyFile = present(u"key.pem"_s);
        out.append(c);
    }
    std::sort(out.begin(), out.end(),
              [](const DockerContext &a, const DockerContext &b) { return a.name < b.name; });
    return out;
}

QString DockerConfigDir::contextId(const QString &name)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString DockerConfigDir::nameProblem(const QString &name)
{
    // The CLI's rule (cli/command/context: restrictedNamePattern).
    static const QRegularExpression allowed(u"^[a-zA-Z0-9][a-zA-Z0-9_.+-]+$"_s);
    if (name.isEmpty())
        return tr("Give the context a name.");
    if (name == u"default"_s)
        return tr("\"default\" is the docker CLI's built-in context: choose another name.");
    if (!allowed.match(name).hasMatch())
        return tr("A context name has at least two characters, starts with a letter or a digit "
                  "and holds only letters, digits and _ . + -");
    return {};
}

Result<Done> DockerConfigDir::createContext(const DockerContextSpec &spec) const
{
    auto fail = [](const QString &message) {
        return EngineError(EngineError::Kind::BadRequest, message);
    };
    if (const QString problem = nameProblem(spec.name); !problem.isEmpty())
        return fail(problem);
    for (const DockerContext &c : contexts()) {
        if (c.name == spec.name)
            return fail(tr("A docker context named \"%1\" already exists.").arg(spec.name));
    }
    // Read every TLS file first: nothing is written when one of them cannot be read.
    QList<std::pair<QString, QByteArray>> tls;
    for (const auto &[file, source] :
         {std::pair{u"ca.pem"_s, spec.caFile}, std::pair{u"cert.pem"_s, spec.certFile},
          std::pair{u"key.pem"_s, spec.keyFile}}) {
        if (source.isEmpty())
            continue;
        QFile f(source);
        if (!f.open(QIODevice::ReadOnly))
            return fail(tr("Cannot read %1: %2").arg(source, f.errorString()));
        const QByteArray data = f.readAll();
        // What the CLI checks before it writes anything: the certificates and the key parse.
        const bool isKey = file == u"key.pem"_s;
        if (!isKey && QSslCertificate::fromData(data, QSsl::Pem).isEmpty())
            return fail(tr("%1 holds no PEM certificate.").arg(source));
        if (isKey && !isPrivateKey(data))
            return fail(tr("%1 holds no PEM private key (or it is encrypted).").arg(source));
        tls.append({file, data});
    }

    const QString id = contextId(spec.name);
    const QString metaDir = m_path + u"/contexts/meta/"_s + id;
    constexpr auto dir755 = QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                            QFileDevice::ExeOwner | QFileDevice::ReadGroup | QFileDevice::ExeGroup |
                            QFileDevice::ReadOther | QFileDevice::ExeOther;
    constexpr auto dir700 =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
    constexpr auto file644 = QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                             QFileDevice::ReadGroup | QFileDevice::ReadOther;
    constexpr auto file600 = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

    const QByteArray metadata = spec.description.isEmpty()
                                    ? QByteArray("{}")
                                    : "{\"Description\":" + goJsonString(spec.description) + '}';
    const QByteArray meta = "{\"Name\":" + goJsonString(spec.name) + ",\"Metadata\":" + metadata +
                            ",\"Endpoints\":{\"docker\":{\"Host\":" + goJsonString(spec.host) +
                            ",\"SkipTLSVerify\":" + (spec.skipTlsVerify ? "true" : "false") + "}}}";
    if (!makeDir(metaDir, dir755) || !writeFile(metaDir + u"/meta.json"_s, meta, file644))
        return fail(tr("Cannot write the docker context into %1.").arg(metaDir));
    if (!tls.isEmpty()) {
        const QString tlsRoot = m_path + u"/contexts/tls"_s;
        const QString tlsDir = tlsRoot + u'/' + id + u"/docker"_s;
        if (!makeDir(tlsRoot, dir700) || !makeDir(tlsRoot + u'/' + id, dir700) ||
            !makeDir(tlsDir, dir700))
            return fail(tr("Cannot create the folder %1.").arg(tlsDir));
        for (const auto &[file, data] : std::as_const(tls)) {
            if (!writeFile(tlsDir + u'/' + file, data, file600))
                return fail(tr("Cannot write %1.").arg(tlsDir + u'/' + file));
        }
    }
    return Done{};
}

} // namespace gantry
