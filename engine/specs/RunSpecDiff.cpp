#include "specs/RunSpecDiff.h"

#include <QMap>

using namespace Qt::StringLiterals;

namespace gantry {

namespace {

QString orNone(const QString &value)
{
    return value.isEmpty() ? RunSpecDiff::tr("(none)") : value;
}

QString yesNo(bool value)
{
    return value ? RunSpecDiff::tr("yes") : RunSpecDiff::tr("no");
}

QString memoryLimitText(qint64 bytes)
{
    return bytes > 0 ? memoryText(bytes) : QString();
}

QString sortedJoin(QStringList items)
{
    items.sort();
    return items.join(u", "_s);
}

QString portsText(const QList<PortMapping> &ports)
{
    QStringList out;
    for (const PortMapping &p : ports)
        out << portMappingText(p);
    return sortedJoin(out);
}

QString mountsText(const QList<VolumeMount> &mounts)
{
    QStringList out;
    for (const VolumeMount &m : mounts) {
        const QString ro = m.readOnly ? u":ro"_s : QString();
        out << (m.kind == VolumeMount::Kind::Anonymous ? QString(m.target + ro)
                                                       : QString(m.source + u':' + m.target + ro));
    }
    return sortedJoin(out);
}

// KEY=VALUE lines as a map; a line without '=' keeps an empty value.
QMap<QString, QString> keyed(const QStringList &lines)
{
    QMap<QString, QString> out;
    for (const QString &l : lines)
        out.insert(l.section(u'=', 0, 0), l.section(u'=', 1));
    return out;
}

QMap<QString, QString> keyed(const QList<QPair<QString, QString>> &pairs)
{
    QMap<QString, QString> out;
    for (const auto &[k, v] : pairs)
        out.insert(k, v);
    return out;
}

class Collector {
public:
    void add(const QString &setting, const QString &before, const QString &after)
    {
        if (before != after)
            m_out.append({setting, orNone(before), orNone(after)});
    }
    void add(const QString &setting, bool before, bool after)
    {
        if (before != after)
            m_out.append({setting, yesNo(before), yesNo(after)});
    }
    // Per key: what was added, removed or changed. A variable set to an empty value
    // shows as "KEY=" so it differs from one that is not set.
    void addKeyed(const QString &prefix, const QMap<QString, QString> &before,
                  const QMap<QString, QString> &after)
    {
        QStringList keys = before.keys() + after.keys();
        keys.sort();
        keys.removeDuplicates();
        for (const QString &k : keys) {
            const auto b = before.find(k), a = after.find(k);
            const bool hadIt = b != before.end(), hasIt = a != after.end();
            if (hadIt && hasIt && *b == *a)
                continue;
            m_out.append({prefix.arg(k),
                          hadIt ? (b->isEmpty() ? k + u'=' : *b) : RunSpecDiff::tr("(none)"),
                          hasIt ? (a->isEmpty() ? k + u'=' : *a) : RunSpecDiff::tr("(none)")});
        }
    }
    QList<RunSpecChange> result() const { return m_out; }

private:
    QList<RunSpecChange> m_out;
};

} // namespace

QList<RunSpecChange> RunSpecDiff::changes(const RunSpec &b, const RunSpec &a)
{
    Collector c;
    c.add(tr("Image"), b.image, a.image);
    c.add(tr("Name"), b.name, a.name);
    c.add(tr("Command"), shellJoin(b.command), shellJoin(a.command));
    c.add(tr("Entrypoint"), shellJoin(b.entrypoint), shellJoin(a.entrypoint));
    c.add(tr("Working directory"), b.workingDir, a.workingDir);
    c.add(tr("User"), b.user, a.user);
    c.add(tr("Keep standard input open"), b.interactive, a.interactive);
    c.add(tr("Allocate a terminal"), b.tty, a.tty);
    c.add(tr("Remove when it stops"), b.autoRemove, a.autoRemove);
    c.add(tr("Published ports"), portsText(b.ports), portsText(a.ports));
    c.add(tr("Publish all exposed ports"), b.publishAll, a.publishAll);
    c.add(tr("Volumes"), mountsText(b.mounts), mountsText(a.mounts));
    c.addKeyed(tr("Environment %1"), keyed(b.env), keyed(a.env));
    c.addKeyed(tr("Label %1"), keyed(b.labels), keyed(a.labels));
    const auto policy = [](const QString &p) { return p.isEmpty() ? u"no"_s : p; };
    c.add(tr("Restart policy"), policy(b.restartPolicy), policy(a.restartPolicy));
    c.add(tr("Network"), b.network, a.network);
    c.add(tr("Memory limit"), memoryLimitText(b.memoryBytes), memoryLimitText(a.memoryBytes));
    c.add(tr("CPU limit"), b.cpus > 0 ? QString::number(b.cpus) : QString(),
          a.cpus > 0 ? QString::number(a.cpus) : QString());
    c.add(tr("Privileged"), b.privileged, a.privileged);
    c.add(tr("Added capabilities"), sortedJoin(b.capAdd), sortedJoin(a.capAdd));
    c.add(tr("Dropped capabilities"), sortedJoin(b.capDrop), sortedJoin(a.capDrop));
    c.add(tr("Read-only root filesystem"), b.readOnlyRootfs, a.readOnlyRootfs);
    c.add(tr("Health check"), shellJoin(b.health.options()), shellJoin(a.health.options()));
    return c.result();
}

QString RunSpecDiff::text(const QList<RunSpecChange> &changes)
{
    if (changes.isEmpty())
        return tr("No setting changes: the container is recreated as it is.");
    QStringList lines;
    for (const RunSpecChange &c : changes)
        lines << tr("%1: %2 → %3").arg(c.setting, c.before, c.after);
    return lines.join(u'\n');
}

} // namespace gantry
