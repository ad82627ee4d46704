#include "specs/ImageTransferSpecs.h"

#include "core/Format.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace gantry {

namespace {

// QUrlQuery leaves '+', '&' and '=' alone in values; the engine must get them encoded.
void add(QUrlQuery &q, const QString &key, const QString &value)
{
    q.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
}

Request make(const QByteArray &method, const QString &path, const QUrlQuery &query)
{
    Request r;
    r.method = method;
    const QString q = query.toString(QUrl::FullyEncoded);
    r.path = q.isEmpty() ? path : path + u'?' + q;
    r.timeoutMs = 0; // archives and builds take as long as they take; the user can cancel
    r.streaming = true;
    return r;
}

Request upload(const QString &path, const QUrlQuery &query)
{
    Request r = make("POST", path, query);
    r.contentType = "application/x-tar";
    return r;
}

} // namespace

Request BuildSpec::request(const QString &dockerfileInContext) const
{
    QUrlQuery q;
    for (const QString &t : tags)
        add(q, u"t"_s, t);
    if (!dockerfileInContext.isEmpty() && dockerfileInContext != u"Dockerfile"_s)
        add(q, u"dockerfile"_s, dockerfileInContext);
    if (!buildArgs.isEmpty()) {
        QJsonObject args;
        for (const auto &[k, v] : buildArgs)
            args.insert(k, v);
        add(q, u"buildargs"_s,
            QString::fromUtf8(QJsonDocument(args).toJson(QJsonDocument::Compact)));
    }
    if (!target.isEmpty())
        add(q, u"target"_s, target);
    if (noCache)
        add(q, u"nocache"_s, u"1"_s);
    return upload(u"/build"_s, q);
}

QStringList BuildSpec::commandLine() const
{
    QStringList argv{u"docker"_s, u"build"_s};
    for (const QString &t : tags)
        argv << u"-t"_s << t;
    for (const auto &[k, v] : buildArgs)
        argv << u"--build-arg"_s << k + u'=' + v;
    if (!target.isEmpty())
        argv << u"--target"_s << target;
    if (noCache)
        argv << u"--no-cache"_s;
    const QString defaultFile = QDir(contextDir).filePath(u"Dockerfile"_s);
    if (!dockerfile.isEmpty() &&
        QFileInfo(dockerfile).absoluteFilePath() != QFileInfo(defaultFile).absoluteFilePath())
        argv << u"-f"_s << dockerfile;
    return argv << (contextDir.isEmpty() ? u"."_s : contextDir);
}

std::optional<KeyValue> BuildSpec::parseBuildArg(const QString &line, QString *error)
{
    static const QRegularExpression name(u"^[A-Za-z_][A-Za-z0-9_]*\\z"_s);
    const qsizetype eq = line.indexOf(u'=');
    const QString key = line.left(eq).trimmed();
    if (eq < 0) {
        if (error)
            *error = tr("Write KEY=value.");
        return std::nullopt;
    }
    if (!name.match(key).hasMatch()) {
        if (error)
            *error = tr("\"%1\" is not a valid build argument name.").arg(key);
        return std::nullopt;
    }
    return KeyValue{key, line.mid(eq + 1)};
}

Request CommitSpec::request() const
{
    QUrlQuery q;
    add(q, u"container"_s, container);
    if (!reference.isEmpty()) {
        const auto [repo, tag] = ImageTagSpec::splitReference(reference);
        add(q, u"repo"_s, repo);
        if (!tag.isEmpty())
            add(q, u"tag"_s, tag);
    }
    if (!message.isEmpty())
        add(q, u"comment"_s, message);
    if (!author.isEmpty())
        add(q, u"author"_s, author);
    if (!pause)
        add(q, u"pause"_s, u"0"_s);
    for (const QString &c : changes)
        add(q, u"changes"_s, c);
    Request r = make("POST", u"/commit"_s, q);
    // The container's config to change: none (the changes above say it). Podman refuses a
    // commit without a body ("Decode(): EOF"); dockerd takes either.
    r.body = QByteArrayLiteral("{}");
    r.streaming = false;
    r.timeoutMs = 600000; // a big writable layer takes a while to commit
    return r;
}

QStringList CommitSpec::commandLine() const
{
    QStringList argv{u"docker"_s, u"commit"_s};
    if (!author.isEmpty())
        argv << u"-a"_s << author;
    if (!message.isEmpty())
        argv << u"-m"_s << message;
    for (const QString &c : changes)
        argv << u"-c"_s << c;
    if (!pause)
        argv << u"--pause=false"_s;
    argv << (name.isEmpty() ? shortId(container) : name);
    if (!reference.isEmpty())
        argv << reference;
    return argv;
}

bool CommitSpec::isValidChange(const QString &change, QString *error)
{
    static const QStringList allowed{u"CMD"_s,    u"ENTRYPOINT"_s, u"ENV"_s,        u"EXPOSE"_s,
                                     u"LABEL"_s,  u"ONBUILD"_s,    u"STOPSIGNAL"_s, u"USER"_s,
                                     u"VOLUME"_s, u"WORKDIR"_s};
    const QString trimmed = change.trimmed();
    const QString word = trimmed.section(u' ', 0, 0).toUpper();
    if (!allowed.contains(word)) {
        if (error)
            *error = tr("\"%1\" cannot be changed by a commit; use one of %2.")
                         .arg(word, allowed.join(u", "_s));
        return false;
    }
    if (trimmed.section(u' ', 1).trimmed().isEmpty()) {
        if (error)
            *error = tr("%1 needs a value.").arg(word);
        return false;
    }
    return true;
}

Request SaveSpec::request() const
{
    QUrlQuery q;
    for (const QString &i : images)
        add(q, u"names"_s, i);
    return make("GET", u"/images/get"_s, q);
}

QStringList SaveSpec::commandLine() const
{
    return QStringList{u"docker"_s, u"save"_s, u"-o"_s, file} + images;
}

Request LoadSpec::request() const
{
    QUrlQuery q;
    add(q, u"quiet"_s, u"1"_s);
    return upload(u"/images/load"_s, q);
}

QStringList LoadSpec::commandLine() const
{
    return {u"docker"_s, u"load"_s, u"-i"_s, file};
}

Request ExportSpec::request() const
{
    return make("GET", u"/containers/"_s + pathSegment(container) + u"/export"_s, {});
}

QStringList ExportSpec::commandLine() const
{
    return {u"docker"_s, u"export"_s, u"-o"_s, file, name.isEmpty() ? shortId(container) : name};
}

Request ImportSpec::request() const
{
    QUrlQuery q;
    add(q, u"fromSrc"_s, u"-"_s);
    if (!reference.isEmpty())
        add(q, u"repo"_s, reference);
    if (!message.isEmpty())
        add(q, u"message"_s, message);
    for (const QString &c : changes)
        add(q, u"changes"_s, c);
    return upload(u"/images/create"_s, q);
}

QStringList ImportSpec::commandLine() const
{
    QStringList argv{u"docker"_s, u"import"_s};
    if (!message.isEmpty())
        argv << u"-m"_s << message;
    for (const QString &c : changes)
        argv << u"-c"_s << c;
    argv << file;
    if (!reference.isEmpty())
        argv << reference;
    return argv;
}

} // namespace gantry
