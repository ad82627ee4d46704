#include "files/FileSpecs.h"

#include "core/Format.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace gantry {

namespace {

Request make(const QByteArray &method, const QString &container, const QString &path)
{
    Request r;
    r.method = method;
    r.path = u"/containers/"_s + pathSegment(container) + u"/archive?path="_s +
             QString::fromLatin1(QUrl::toPercentEncoding(path));
    return r;
}

} // namespace

QString FileEntry::modeText() const
{
    QString s(10, u'-');
    switch (kind) {
    case Kind::Directory: s[0] = u'd'; break;
    case Kind::Symlink: s[0] = u'l'; break;
    case Kind::Other: s[0] = u'?'; break;
    case Kind::File: break;
    }
    static const char letters[] = "rwxrwxrwx";
    for (int i = 0; i < 9; ++i)
        if (permissions & (0400u >> i))
            s[1 + i] = QLatin1Char(letters[i]);
    auto special = [&](int at, uint bit, QChar withX, QChar withoutX) {
        if (permissions & bit)
            s[at] = s[at] == u'x' ? withX : withoutX;
    };
    special(3, 04000, u's', u'S');
    special(6, 02000, u's', u'S');
    special(9, 01000, u't', u'T');
    return s;
}

std::optional<FileEntry> FileEntry::fromPathStat(const QByteArray &header, QString *error)
{
    auto bad = [error](const QString &why) {
        if (error)
            *error = why;
        return std::optional<FileEntry>();
    };
    if (header.isEmpty())
        return bad(tr("The engine did not describe the path."));
    const QByteArray json = QByteArray::fromBase64(header.trimmed());
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return bad(tr("The engine's description of the path is not valid JSON."));
    const QJsonObject o = doc.object();
    FileEntry e;
    e.name = o.value(u"name"_s).toString();
    e.size = qint64(o.value(u"size"_s).toDouble());
    const quint32 mode = quint32(o.value(u"mode"_s).toDouble());
    e.permissions = mode & 0777;
    if (mode & (1u << 23)) // ModeSetuid
        e.permissions |= 04000;
    if (mode & (1u << 22)) // ModeSetgid
        e.permissions |= 02000;
    if (mode & (1u << 20)) // ModeSticky
        e.permissions |= 01000;
    if (mode & (1u << 31))
        e.kind = Kind::Directory;
    else if (mode & (1u << 27))
        e.kind = Kind::Symlink;
    else if (mode & 0x0f6c0000u) // device, pipe, socket, char device, irregular...
        e.kind = Kind::Other;
    e.modified = QDateTime::fromString(o.value(u"mtime"_s).toString(), Qt::ISODateWithMs);
    e.linkTarget = o.value(u"linkTarget"_s).toString();
    return e;
}

QString joinContainerPath(const QString &folder, const QString &name)
{
    return folder.endsWith(u'/') ? QString(folder + name) : QString(folder + u'/' + name);
}

QString parentContainerPath(const QString &path)
{
    QString p = path;
    while (p.size() > 1 && p.endsWith(u'/'))
        p.chop(1);
    const qsizetype slash = p.lastIndexOf(u'/');
    return slash <= 0 ? u"/"_s : p.left(slash);
}

Request PathStatSpec::request() const
{
    Request r = make("HEAD", container, path);
    return r;
}

Request CopyFromSpec::request() const
{
    Request r = make("GET", container, path);
    r.timeoutMs = 0; // as long as it takes; the user can cancel
    r.streaming = true;
    return r;
}

QStringList CopyFromSpec::commandLine() const
{
    return {u"docker"_s, u"cp"_s, (name.isEmpty() ? shortId(container) : name) + u':' + path,
            destination};
}

Request CopyToSpec::request() const
{
    Request r = make("PUT", container, path);
    // As the CLI: a folder never replaces a file of the same name, nor a file a folder.
    r.path += u"&noOverwriteDirNonDir=true"_s;
    r.contentType = "application/x-tar";
    r.timeoutMs = 0;
    r.streaming = true;
    return r;
}

QStringList CopyToSpec::commandLine() const
{
    return {u"docker"_s, u"cp"_s, source,
            (name.isEmpty() ? shortId(container) : name) + u':' + path};
}

} // namespace gantry
