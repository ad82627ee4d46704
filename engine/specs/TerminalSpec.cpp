#include "specs/TerminalSpec.h"

#include "core/Format.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace gantry {

namespace {

QStringList allEnv(const TerminalSpec &s)
{
    QStringList env;
    if (s.tty && !s.term.isEmpty())
        env << u"TERM="_s + s.term;
    return env + s.env;
}

} // namespace

Request TerminalSpec::createExecRequest() const
{
    QJsonObject body{
        {u"AttachStdin"_s, interactive},
        {u"AttachStdout"_s, true},
        {u"AttachStderr"_s, true},
        {u"Tty"_s, tty},
        {u"Cmd"_s, QJsonArray::fromStringList(command)},
    };
    const QStringList e = allEnv(*this);
    if (!e.isEmpty())
        body.insert(u"Env"_s, QJsonArray::fromStringList(e));
    Request r;
    r.method = "POST";
    r.path = u"/containers/"_s + pathSegment(containerId) + u"/exec"_s;
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r;
}

QString TerminalSpec::startPath(const QString &execId) const
{
    return u"/exec/"_s + pathSegment(execId) + u"/start"_s;
}

QByteArray TerminalSpec::startBody() const
{
    return QJsonDocument(QJsonObject{{u"Detach"_s, false}, {u"Tty"_s, tty}})
        .toJson(QJsonDocument::Compact);
}

QString TerminalSpec::attachPath() const
{
    return u"/containers/"_s + pathSegment(containerId) +
           u"/attach?stream=1&stdin=1&stdout=1&stderr=1"_s;
}

Request TerminalSpec::startRequest() const
{
    return ContainerActionSpec::of(ContainerActionSpec::Verb::Start, containerId, containerName)
        .request();
}

Request TerminalSpec::resizeRequest(const QString &execId, int rows, int cols) const
{
    QUrlQuery q;
    q.addQueryItem(u"h"_s, QString::number(rows));
    q.addQueryItem(u"w"_s, QString::number(cols));
    Request r;
    r.method = "POST";
    r.path = (mode == Mode::Exec ? u"/exec/"_s + pathSegment(execId)
                                 : u"/containers/"_s + pathSegment(containerId)) +
             u"/resize?"_s + q.toString(QUrl::FullyEncoded);
    r.timeoutMs = 15000;
    return r;
}

Request TerminalSpec::inspectExecRequest(const QString &execId)
{
    Request r;
    r.path = u"/exec/"_s + pathSegment(execId) + u"/json"_s;
    r.timeoutMs = 10000;
    return r;
}

QStringList TerminalSpec::commandLine() const
{
    const QString who = containerName.isEmpty() ? shortId(containerId) : containerName;
    if (mode == Mode::Attach)
        return {u"docker"_s, u"attach"_s, who};
    if (mode == Mode::Run)
        return runCommandLine;
    QStringList argv{u"docker"_s, u"exec"_s};
    argv << ttyFlags(interactive, tty);
    for (const QString &e : allEnv(*this))
        argv << u"-e"_s << e;
    return argv << who << command;
}

Action TerminalSpec::action() const
{
    Request r = mode == Mode::Exec ? createExecRequest() : Request{};
    if (mode != Mode::Exec) {
        r.method = "POST";
        r.path = attachPath();
    }
    return {containerName.isEmpty() ? containerId : containerName, r, commandLine()};
}

} // namespace gantry
