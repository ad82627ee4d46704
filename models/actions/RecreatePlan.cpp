#include "actions/RecreatePlan.h"

#include <QDir>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace gantry::recreate {

namespace {

constexpr qsizetype AsideIdLength = 12;

QString cleanPath(const QString &path)
{
    return QDir::cleanPath(path);
}

QString asideSuffix(const QString &id)
{
    return u"-gantry-old-"_s + id.left(AsideIdLength);
}

} // namespace

QList<KeptVolume> anonymousVolumes(const QJsonArray &mounts, const RunSpec &own)
{
    QList<KeptVolume> out;
    for (const QJsonValue &v : mounts) {
        const QJsonObject m = v.toObject();
        if (m.value("Type"_L1).toString() != u"volume"_s)
            continue;
        const QString name = m.value("Name"_L1).toString();
        const QString target = cleanPath(m.value("Destination"_L1).toString());
        if (name.isEmpty() || target.isEmpty())
            continue;
        const bool named = std::any_of(own.mounts.begin(), own.mounts.end(), [&](const auto &o) {
            return o.kind != VolumeMount::Kind::Anonymous && cleanPath(o.target) == target;
        });
        if (!named)
            out << KeptVolume{name, target, !m.value("RW"_L1).toBool(true)};
    }
    return out;
}

RunSpec keepVolumes(const RunSpec &spec, const RunSpec &shown, const QList<KeptVolume> &kept)
{
    RunSpec out = spec;
    const auto at = [](const QList<VolumeMount> &mounts, const QString &target) -> qsizetype {
        for (qsizetype i = 0; i < mounts.size(); ++i) {
            if (cleanPath(mounts[i].target) == target)
                return i;
        }
        return -1;
    };
    for (const KeptVolume &k : kept) {
        if (const qsizetype i = at(out.mounts, k.target); i >= 0) {
            const VolumeMount mine = out.mounts.at(i);
            if (mine.kind == VolumeMount::Kind::Anonymous)
                out.mounts[i] =
                    VolumeMount{VolumeMount::Kind::Named, k.name, mine.target, mine.readOnly};
        } else if (at(shown.mounts, k.target) < 0) {
            out.mounts << VolumeMount{VolumeMount::Kind::Named, k.name, k.target, k.readOnly};
        }
    }
    return out;
}

QString baseName(const QString &name, const QString &id)
{
    QString base = name;
    const QString suffix = asideSuffix(id);
    while (!id.isEmpty() && base.endsWith(suffix) && base.size() > suffix.size())
        base.chop(suffix.size());
    return base;
}

QString asideName(const QString &name, const QString &id)
{
    const QString base = baseName(name, id);
    return (base.isEmpty() ? u"container"_s : base) + asideSuffix(id);
}

bool mayBeRenamed(const std::optional<QString> &realName, const QString &aside)
{
    return !realName || *realName == aside;
}

bool restartOld(bool wasRunning, bool stopSent)
{
    return wasRunning && stopSent;
}

bool continueAfterStopError(bool autoRemove, EngineError::Kind inspectAfterwards)
{
    return autoRemove && inspectAfterwards == EngineError::Kind::NotFound;
}

bool restoreFromSettings(bool autoRemove, bool stopSent, EngineError::Kind kind)
{
    return autoRemove && stopSent && kind == EngineError::Kind::NotFound;
}

bool isLeftoverNew(const QJsonObject &atName, const QString &name, const QString &oldId)
{
    const QString id = atName.value("Id"_L1).toString();
    return !name.isEmpty() && atName.value("Name"_L1).toString() == u'/' + name && !id.isEmpty() &&
           id != oldId;
}

} // namespace gantry::recreate
