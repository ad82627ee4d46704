#include "catalogue/DockerContexts.h"

#include "core/ShellWords.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslKey>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace gantry {

namespace {

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

// Creates a new file with `mode` less the umask (the OS applies it, as to the CLI's
// os.WriteFile); fails when the file exists.
bool writeNewFile(const QString &path, const QByteArray &data, QFileDevice::Permissions mode)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly, mode))
        return false;
    if (f.write(data) != data.size() || !f.flush()) {
        f.close();
        QFile::remove(path);
        return false;
    }
    return true;
}

bool isPrivateKey(const QByteArray &pem)
{
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        if (!QSslKey(pem, algorithm, QSsl::Pem, QSsl::PrivateKey).isNull())
            return true;
    }
    return false;
}

// Creates the missing folders of `path` with `mode` less the umask (as os.MkdirAll).
bool makeDirs(const QString &path, QFileDevice::Permissions mode)
{
    if (QFileInfo(path).isDir())
        return true;
    const QString parent = QFileInfo(path).absolutePath();
    if (parent != path && !makeDirs(parent, mode))
        return false;
    return QDir().mkdir(path, mode);
}

} // namespace

// One field of --docker's value, which the CLI reads as a CSV record (encoding/csv): quoted
// when it holds a comma, a quote or a line break, quotes doubled.
QString csvField(const QString &field)
{
    if (!field.contains(u',') && !field.contains(u'"') && !field.contains(u'\n') &&
        !field.contains(u'\r'))
        return field;
    QString q = field;
    q.replace(u"\""_s, u"\"\""_s);
    return u'"' + q + u'"';
}

QStringList DockerContextSpec::cliArguments() const
{
    QStringList args{u"context"_s, u"create"_s, name};
    if (!description.isEmpty())
        args << u"--description"_s << description;
    QStringList fields{csvField(u"host="_s + host)};
    if (!caFile.isEmpty())
        fields << csvField(u"ca="_s + caFile);
    if (!certFile.isEmpty())
        fields << csvField(u"cert="_s + certFile);
    if (!keyFile.isEmpty())
        fields << csvField(u"key="_s + keyFile);
    if (skipTlsVerify)
        fields << u"skip-tls-verify=true"_s;
    args << u"--docker"_s << fields.join(u',');
    return args;
}

QString DockerContextSpec::cliLine() const
{
    return shellJoin(QStringList{u"docker"_s} + cliArguments());
}

QString DockerConfigDir::currentContext() const
{
    return dockerconfig::currentContext(m_path);
}

QList<DockerContext> DockerConfigDir::contexts() const
{
    return dockerconfig::contexts(m_path);
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

QString DockerConfigDir::takenProblem(const QString &name) const
{
    // Its folder there at all (even with a meta.json that does not parse) or a context of
    // that name: taken, never overwritten.
    if (QFileInfo::exists(m_path + u"/contexts/meta/"_s + contextId(name)))
        return tr("A docker context named \"%1\" already exists.").arg(name);
    for (const DockerContext &c : contexts()) {
        if (c.name == name)
            return tr("A docker context named \"%1\" already exists.").arg(name);
    }
    return {};
}

Result<Done> DockerConfigDir::createContext(const DockerContextSpec &spec) const
{
    auto fail = [](const QString &message) {
        return EngineError(EngineError::Kind::BadRequest, message);
    };
    if (const QString problem = nameProblem(spec.name); !problem.isEmpty())
        return fail(problem);
    if (const QString taken = takenProblem(spec.name); !taken.isEmpty())
        return fail(taken);
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
    const QString contextsDir = m_path + u"/contexts"_s;
    const QString metaDir = contextsDir + u"/meta/"_s + id;
    const QString tlsRoot = contextsDir + u"/tls"_s;
    const QString tlsDir = tlsRoot + u'/' + id;
    // The CLI's modes; the folders and TLS files less the umask, as the OS applies it to the
    // CLI's MkdirAll and WriteFile.
    constexpr auto dir755 = QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                            QFileDevice::ExeOwner | QFileDevice::ReadGroup | QFileDevice::ExeGroup |
                            QFileDevice::ReadOther | QFileDevice::ExeOther;
    constexpr auto dir700 =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
    constexpr auto file644 = QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                             QFileDevice::ReadGroup | QFileDevice::ReadOther;
    constexpr auto file600 = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

    // All or nothing: TLS material left by an earlier context of that name goes first (as
    // the CLI's ResetTLSMaterial), the new one is written aside and renamed into place,
    // meta.json comes last; on failure what was written is removed.
    if (QFileInfo::exists(tlsDir) && !QDir(tlsDir).removeRecursively())
        return fail(tr("Cannot remove the old TLS files in %1.").arg(tlsDir));
    if (!makeDirs(contextsDir + u"/meta"_s, dir755))
        return fail(tr("Cannot create the folder %1.").arg(contextsDir + u"/meta"_s));
    if (!tls.isEmpty()) {
        if (!makeDirs(tlsRoot, dir700))
            return fail(tr("Cannot create the folder %1.").arg(tlsRoot));
        const QString staging = tlsRoot + u"/.gantry-"_s + id;
        QDir(staging).removeRecursively();
        bool written =
            QDir().mkdir(staging, dir700) && QDir().mkdir(staging + u"/docker"_s, dir700);
        for (const auto &[file, data] : std::as_const(tls)) {
            if (written)
                written = writeNewFile(staging + u"/docker/"_s + file, data, file600);
        }
        if (!written || !QDir().rename(staging, tlsDir)) {
            QDir(staging).removeRecursively();
            return fail(tr("Cannot write the TLS files into %1.").arg(tlsDir));
        }
    }
    const QByteArray metadata = spec.description.isEmpty()
                                    ? QByteArray("{}")
                                    : "{\"Description\":" + goJsonString(spec.description) + '}';
    const QByteArray meta = "{\"Name\":" + goJsonString(spec.name) + ",\"Metadata\":" + metadata +
                            ",\"Endpoints\":{\"docker\":{\"Host\":" + goJsonString(spec.host) +
                            ",\"SkipTLSVerify\":" + (spec.skipTlsVerify ? "true" : "false") + "}}}";
    const QString staged = metaDir + u"/.meta.json.gantry"_s;
    // meta.json is 0644 whatever the umask: the CLI's AtomicWriteFile sets its mode.
    if (!QDir().mkdir(metaDir, dir755) || !writeNewFile(staged, meta, file644) ||
        !QFile::setPermissions(staged, file644) ||
        !QFile::rename(staged, metaDir + u"/meta.json"_s)) {
        QDir(metaDir).removeRecursively();
        QDir(tlsDir).removeRecursively();
        return fail(tr("Cannot write the docker context into %1.").arg(metaDir));
    }
    return Done{};
}

} // namespace gantry
