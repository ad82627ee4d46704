#include "actions/RecreatePlan.h"
#include "actions/SafeRecreate.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

using namespace gantry;
using namespace gantry::recreate;
using namespace Qt::StringLiterals;

namespace {

const QString Hash = u"3f1c0a9d2e7b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5"_s;
const QString OldId = u"0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"_s;

QJsonObject mount(const QString &type, const QString &name, const QString &dest, bool rw = true)
{
    return QJsonObject{{"Type"_L1, type},
                       {"Name"_L1, name},
                       {"Source"_L1, u"/var/lib/docker/volumes/x/_data"_s},
                       {"Destination"_L1, dest},
                       {"RW"_L1, rw}};
}

VolumeMount anon(const QString &target)
{
    return VolumeMount{VolumeMount::Kind::Anonymous, QString(), target, false};
}

VolumeMount named(const QString &source, const QString &target, bool ro = false)
{
    return VolumeMount{VolumeMount::Kind::Named, source, target, ro};
}

} // namespace

class TestRecreatePlan : public QObject {
    Q_OBJECT
private slots:
    void anonymousVolumesLeaveOutNamedAndBinds()
    {
        RunSpec own;
        own.mounts = {anon(u"/data"_s), named(u"cache"_s, u"/cache"_s),
                      VolumeMount{VolumeMount::Kind::Bind, u"/srv"_s, u"/srv"_s, false}};
        const QJsonArray mounts{mount(u"volume"_s, Hash, u"/data"_s),
                                mount(u"volume"_s, u"cache"_s, u"/cache"_s),
                                mount(u"bind"_s, QString(), u"/srv"_s),
                                mount(u"volume"_s, Hash + u"1"_s, u"/image/vol/"_s, false),
                                mount(u"tmpfs"_s, QString(), u"/tmp"_s)};
        QCOMPARE(
            anonymousVolumes(mounts, own),
            (QList<KeptVolume>{{Hash, u"/data"_s, false}, {Hash + u"1"_s, u"/image/vol"_s, true}}));
    }

    void keepVolumesMountsThemByName()
    {
        const QList<KeptVolume> kept{{Hash, u"/data"_s, false}, {u"img"_s, u"/img"_s, true}};
        RunSpec shown;
        shown.mounts = {anon(u"/data"_s)};
        // Unchanged: the anonymous one becomes named, the image's hidden one is added.
        QCOMPARE(keepVolumes(shown, shown, kept).mounts,
                 (QList<VolumeMount>{named(Hash, u"/data"_s), named(u"img"_s, u"/img"_s, true)}));
        // The user's own choice for the path wins.
        RunSpec chosen;
        chosen.mounts = {named(u"mine"_s, u"/data/"_s), anon(u"/img"_s)};
        QCOMPARE(keepVolumes(chosen, shown, kept).mounts,
                 (QList<VolumeMount>{named(u"mine"_s, u"/data/"_s), named(u"img"_s, u"/img"_s)}));
        // Deleted from the dialog: not brought back.
        RunSpec deleted;
        QCOMPARE(keepVolumes(deleted, shown, kept).mounts,
                 (QList<VolumeMount>{named(u"img"_s, u"/img"_s, true)}));
        // The kept volume goes in Binds by name: `rm -v` of the new container leaves it.
        const QJsonArray binds = keepVolumes(shown, shown, kept)
                                     .createBody()
                                     .value("HostConfig"_L1)
                                     .toObject()
                                     .value("Binds"_L1)
                                     .toArray();
        QVERIFY(binds.contains(QJsonValue(Hash + u":/data"_s)));
    }

    void asideNameDoesNotNest()
    {
        const QString aside = asideName(u"web"_s, OldId);
        QCOMPARE(aside, u"web-gantry-old-0123456789ab"_s);
        QCOMPARE(asideName(aside, OldId), aside);
        QCOMPARE(SafeRecreate::asideName(aside, OldId), aside);
        QCOMPARE(baseName(aside, OldId), u"web"_s);
        QCOMPARE(baseName(aside + u"-gantry-old-0123456789ab"_s, OldId), u"web"_s);
        // Another container's suffix is part of a name, not ours to strip.
        QCOMPARE(baseName(u"web-gantry-old-ffffffffffff"_s, OldId),
                 u"web-gantry-old-ffffffffffff"_s);
        QCOMPARE(asideName(QString(), OldId), u"container-gantry-old-0123456789ab"_s);
    }

    void renameThatFailedMayHaveBeenApplied()
    {
        const QString aside = u"web-gantry-old-0123456789ab"_s;
        QVERIFY(mayBeRenamed(aside, aside));
        QVERIFY(!mayBeRenamed(u"web"_s, aside));
        QVERIFY(mayBeRenamed(std::nullopt, aside)); // unknown: try to undo it
    }

    void oldOneRestartsWhenItRanAndWasSentAStop()
    {
        QVERIFY(restartOld(true, true));
        QVERIFY(!restartOld(true, false)); // never stopped: still running
        QVERIFY(!restartOld(false, false));
    }

    void autoRemovedOldOneGoneAfterAFailedStopGoesOn()
    {
        QVERIFY(continueAfterStopError(true, EngineError::Kind::NotFound));
        QVERIFY(!continueAfterStopError(true, EngineError::Kind::None));
        QVERIFY(!continueAfterStopError(true, EngineError::Kind::Timeout));
        QVERIFY(!continueAfterStopError(false, EngineError::Kind::NotFound));
    }

    void autoRemovedOldOneIsRestoredOnlyWhenGone()
    {
        QVERIFY(restoreFromSettings(true, true, EngineError::Kind::NotFound));
        QVERIFY(!restoreFromSettings(true, true, EngineError::Kind::Conflict));
        QVERIFY(!restoreFromSettings(true, false, EngineError::Kind::NotFound));
        QVERIFY(!restoreFromSettings(false, true, EngineError::Kind::NotFound));
    }

    void leftoverOfACreateThatFailed()
    {
        const QJsonObject made{{"Id"_L1, u"feed"_s}, {"Name"_L1, u"/web"_s}};
        QVERIFY(isLeftoverNew(made, u"web"_s, OldId));
        QVERIFY(!isLeftoverNew(QJsonObject(), u"web"_s, OldId));
        QVERIFY(
            !isLeftoverNew(QJsonObject{{"Id"_L1, OldId}, {"Name"_L1, u"/web"_s}}, u"web"_s, OldId));
        // The engine matched an ID prefix, not the name.
        QVERIFY(!isLeftoverNew(QJsonObject{{"Id"_L1, u"web1"_s}, {"Name"_L1, u"/other"_s}},
                               u"web"_s, OldId));
    }
};

QTEST_MAIN(TestRecreatePlan)
#include "tst_recreate_plan.moc"
