#include "specs/ActionSpecs.h"

#include "core/Format.h"
#include "specs/ApiRequest.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace gantry {

namespace {

Request post(const QString &path, const QUrlQuery &query = {})
{
    return apiRequest("POST", path, query, {}, 120000);
}

QString containerPath(const QString &id, const QString &what)
{
    return u"/containers/"_s + pathSegment(id) + (what.isEmpty() ? QString() : u'/' + what);
}

} // namespace

Request ContainerActionSpec::request() const
{
    QUrlQuery q;
    switch (verb) {
    case Verb::Start: return post(containerPath(id, u"start"_s));
    case Verb::Pause: return post(containerPath(id, u"pause"_s));
    case Verb::Unpause: return post(containerPath(id, u"unpause"_s));
    case Verb::Stop:
    case Verb::Restart: {
        if (timeoutSeconds)
            q.addQueryItem(u"t"_s, QString::number(*timeoutSeconds));
        Request r = post(containerPath(id, verb == Verb::Stop ? u"stop"_s : u"restart"_s), q);
        // A negative grace period makes the engine wait for the process however long it takes.
        const std::optional<int> grace = timeoutSeconds ? timeoutSeconds : stopTimeout;
        r.timeoutMs = !grace || *grace < 0
                          ? 0
                          : int(std::min<qint64>(qint64(*grace) * 1000 + kStopMarginMs,
                                                 std::numeric_limits<int>::max()));
        return r;
    }
    case Verb::Kill:
        if (!signal.isEmpty())
            q.addQueryItem(u"signal"_s, signal);
        return post(containerPath(id, u"kill"_s), q);
    case Verb::Remove: {
        if (force)
            q.addQueryItem(u"force"_s, u"1"_s);
        if (removeVolumes)
            q.addQueryItem(u"v"_s, u"1"_s);
        Request r = post(containerPath(id, {}), q);
        r.method = "DELETE";
        return r;
    }
    }
    return {};
}

QStringList ContainerActionSpec::commandLine() const
{
    const QString who = name.isEmpty() ? shortId(id) : name;
    switch (verb) {
    case Verb::Start: return {u"docker"_s, u"start"_s, who};
    case Verb::Pause: return {u"docker"_s, u"pause"_s, who};
    case Verb::Unpause: return {u"docker"_s, u"unpause"_s, who};
    case Verb::Stop:
    case Verb::Restart: {
        QStringList argv{u"docker"_s, verb == Verb::Stop ? u"stop"_s : u"restart"_s};
        if (timeoutSeconds)
            argv << u"-t"_s << QString::number(*timeoutSeconds);
        return argv << who;
    }
    case Verb::Kill: {
        QStringList argv{u"docker"_s, u"kill"_s};
        if (!signal.isEmpty())
            argv << u"-s"_s << signal;
        return argv << who;
    }
    case Verb::Remove: {
        QStringList argv{u"docker"_s, u"rm"_s};
        if (force)
            argv << u"-f"_s;
        if (removeVolumes)
            argv << u"-v"_s;
        return argv << who;
    }
    }
    return {};
}

QString ContainerActionSpec::verbTitle(Verb verb)
{
    switch (verb) {
    case Verb::Start: return tr("Start");
    case Verb::Stop: return tr("Stop");
    case Verb::Restart: return tr("Restart");
    case Verb::Pause: return tr("Pause");
    case Verb::Unpause: return tr("Unpause");
    case Verb::Kill: return tr("Kill");
    case Verb::Remove: return tr("Remove");
    }
    return {};
}

Request ContainerRenameSpec::request() const
{
    QUrlQuery q;
    q.addQueryItem(u"name"_s, QString::fromUtf8(QUrl::toPercentEncoding(newName)));
    Request r = post(containerPath(id, u"rename"_s), q);
    r.timeoutMs = 30000;
    return r;
}

QStringList ContainerRenameSpec::commandLine() const
{
    return {u"docker"_s, u"rename"_s, name.isEmpty() ? id.left(12) : name, newName};
}

Request ImageRemoveSpec::request() const
{
    QUrlQuery q;
    if (force)
        q.addQueryItem(u"force"_s, u"1"_s);
    if (noPrune)
        q.addQueryItem(u"noprune"_s, u"1"_s);
    Request r = post(u"/images/"_s + pathSegment(reference), q);
    r.method = "DELETE";
    return r;
}

QStringList ImageRemoveSpec::commandLine() const
{
    QStringList argv{u"docker"_s, u"image"_s, u"rm"_s};
    if (force)
        argv << u"-f"_s;
    if (noPrune)
        argv << u"--no-prune"_s;
    QString ref = reference;
    if (ref.startsWith(u"sha256:"_s))
        ref = shortId(ref);
    return argv << ref;
}

QPair<QString, QString> ImageTagSpec::splitReference(const QString &reference)
{
    const qsizetype slash = reference.lastIndexOf(u'/');
    const qsizetype colon = reference.lastIndexOf(u':');
    if (colon > slash)
        return {reference.left(colon), reference.mid(colon + 1)};
    return {reference, u"latest"_s};
}

bool ImageTagSpec::isValidTarget(const QString &reference)
{
    // distribution/reference: [domain[:port]/]path-component(/path-component)*[:tag]
    static const QRegularExpression re(
        uR"(^(?:(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::[0-9]+)?|localhost(?::[0-9]+)?)/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[\w][\w.-]{0,127})?\z)"_s);
    return reference.size() <= 255 && re.match(reference).hasMatch();
}

Request ImageTagSpec::request() const
{
    const auto [repo, tag] = splitReference(target);
    QUrlQuery q;
    q.addQueryItem(u"repo"_s, QString::fromLatin1(QUrl::toPercentEncoding(repo)));
    q.addQueryItem(u"tag"_s, QString::fromLatin1(QUrl::toPercentEncoding(tag)));
    return post(u"/images/"_s + pathSegment(source) + u"/tag"_s, q);
}

QStringList ImageTagSpec::commandLine() const
{
    QString src = source;
    if (src.startsWith(u"sha256:"_s))
        src = shortId(src);
    return {u"docker"_s, u"tag"_s, src, target};
}

QStringList ttyFlags(bool interactive, bool tty)
{
    if (interactive && tty)
        return {u"-it"_s};
    if (interactive)
        return {u"-i"_s};
    if (tty)
        return {u"-t"_s};
    return {};
}

} // namespace gantry
