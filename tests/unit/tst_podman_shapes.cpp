// Podman's answers (podman 4.3.1, Debian 12, its Docker-compatible API 1.41) recorded on the
// test bed: where they differ from dockerd's, Gantry reads them as it reads Docker's.
#include "Fixtures.h"
#include "api/Parsers.h"
#include "api/ResourceUsage.h"
#include "cleanup/DiskUsage.h"
#include "cleanup/PruneRules.h"
#include "specs/RunSpec.h"
#include "streams/Stats.h"
#include "transport/StreamDecoders.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace gantry;
using namespace Qt::StringLiterals;

class TestPodmanShapes : public QObject {
    Q_OBJECT
private slots:
    // Podman says its own version (4.3.1) for the Docker API 1.41: the product tells them apart.
    void version()
    {
        const auto v = parse::version(fixture("version_podman4.3.json"));
        QVERIFY2(v.ok(), qPrintable(v.error().describe()));
        QCOMPARE(v->product, u"Podman"_s);
        QCOMPARE(v->version, u"4.3.1"_s);
        QCOMPARE(v->apiVersion, u"1.41"_s);
        const auto docker = parse::version(R"({"Version":"20.10.24","ApiVersion":"1.41",
            "Components":[{"Name":"Engine","Version":"20.10.24"}]})");
        QVERIFY(docker.ok());
        QCOMPARE(docker->product, u"Docker"_s);
    }

    // Podman names images fully ("docker.io/gantry-seed/busybox:latest"): shown as Docker
    // shows them; a dangling image has RepoTags null.
    void imagesAndContainersByFamiliarNames()
    {
        const auto images = parse::images(fixture("images_podman4.3.json"));
        QVERIFY2(images.ok(), qPrintable(images.error().describe()));
        QCOMPARE(images->size(), 2);
        QCOMPARE(images->at(0).repoTags, QStringList{u"gantry-seed/busybox:latest"_s});
        QVERIFY(images->at(0).repoDigests.first().startsWith(u"gantry-seed/busybox@sha256:"_s));
        QVERIFY(images->at(1).repoTags.isEmpty());
        const auto containers = parse::containers(fixture("containers_podman4.3.json"));
        QVERIFY2(containers.ok(), qPrintable(containers.error().describe()));
        QCOMPARE(containers->size(), 2);
        const ContainerSummary &web = containers->at(0);
        QCOMPARE(web.names, QStringList{u"web"_s});
        QCOMPARE(web.image, u"gantry-seed/busybox:latest"_s);
        QCOMPARE(web.state, ContainerState::Running);
        QCOMPARE(web.labels.value(u"com.docker.compose.project"_s), u"proj"_s);
        QCOMPARE(web.ports.size(), 1);
        QCOMPARE(web.ports.first().publicPort, 18081);
    }

    // The untagged image is a failed build's step: Podman counts its builder's container
    // (Containers: 1) but does not list it. The engine would keep the image: so does the
    // preview. ParentId comes as bare hex; it reads as the ID it names.
    void imageUsedByAnUnlistedContainerIsNotPrunable()
    {
        PruneListing l;
        l.images = parse::images(fixture("images_podman4.3.json")).value();
        l.containers = parse::containers(fixture("containers_podman4.3.json")).value();
        QCOMPARE(l.images.at(1).parentId, l.images.at(0).id);
        QCOMPARE(l.images.at(1).containers, 1);
        QVERIFY(prunableImages(l, true, nullptr).isEmpty());
        l.images[1].containers = 0; // as dockerd would count it
        QCOMPARE(prunableImages(l, true, nullptr).size(), 1);
    }

    // Podman writes its run-time additions into Env (PATH, TERM, container=podman, HOME,
    // HOSTNAME): "Edit and recreate" leaves them out, keeps what the user gave.
    void editAndRecreateLeavesPodmansAdditionsOut()
    {
        const QJsonObject inspect =
            QJsonDocument::fromJson(fixture("container_inspect_podman4.3.json")).object();
        const RunSpec s = RunSpec::fromInspect(inspect);
        QStringList env = s.env;
        env.sort();
        QCOMPARE(env, (QStringList{u"A=1"_s, u"B=two words"_s}));
        QCOMPARE(s.image, u"gantry-seed/busybox:latest"_s);
        QCOMPARE(s.workingDir, u"/tmp"_s);
        // Without the marker (dockerd), the same variables are the user's own.
        QJsonObject docker = inspect;
        QJsonObject config = docker.value(u"Config"_s).toObject();
        config.insert(u"Env"_s, QJsonArray{u"TERM=xterm"_s, u"HOME=/root"_s});
        docker.insert(u"Config"_s, config);
        QCOMPARE(RunSpec::fromInspect(docker).env, (QStringList{u"TERM=xterm"_s, u"HOME=/root"_s}));
    }

    // Podman's container listing names networks in NetworkID, and its default network
    // "podman" there is "bridge" in the network listing: the Networks page counts its users.
    void networkUsersFoundByName()
    {
        const auto usage = parse::containerUsage(fixture("containers_podman4.3.json"));
        QVERIFY2(usage.ok(), qPrintable(usage.error().describe()));
        const auto networks = parse::networks(fixture("networks_podman4.3.json"));
        QVERIFY(networks.ok());
        for (const NetworkSummary &n : networks.value()) {
            const bool used =
                std::any_of(usage->begin(), usage->end(), [&](const ContainerUsage &u) {
                    return u.name == u"web"_s && u.usesNetwork(n.id, n.name);
                });
            QCOMPARE(used, n.name == u"bridge"_s);
        }
        // dockerd's shape: the ID decides, a name alike is not enough.
        ContainerUsage docker;
        docker.networks = {{u"podman"_s, u"0123456789ab"_s}};
        QVERIFY(!docker.usesNetwork(u"fedcba987654"_s, u"bridge"_s));
        QVERIFY(docker.usesNetwork(u"0123456789ab"_s, u"podman"_s));
    }

    void volumesAndNetworks()
    {
        const auto volumes = parse::volumes(fixture("volumes_podman4.3.json"));
        QVERIFY(volumes.ok());
        QCOMPARE(volumes->size(), 1);
        QVERIFY(volumes->first().createdAt.isValid());
        const auto networks = parse::networks(fixture("networks_podman4.3.json"));
        QVERIFY(networks.ok());
        QStringList names;
        for (const NetworkSummary &n : networks.value())
            names << n.name;
        names.sort();
        QCOMPARE(names, (QStringList{u"bridge"_s, u"net1"_s})); // no host, no none
    }

    // Podman's events carry both shapes (status/id/from and Type/Action/Actor); a volume's
    // has an empty Actor.ID and its name in the attributes; "delete" follows every "untag".
    void events()
    {
        JsonLinesDecoder decoder;
        const auto lines = decoder.feed(fixture("events_podman4.3.jsonl"));
        QVERIFY(lines.size() > 20);
        int containerStarts = 0, volumeCreates = 0;
        for (const auto &line : lines) {
            QVERIFY(line.ok());
            const auto e = parse::event(line.value());
            QVERIFY2(e.ok(), qPrintable(e.error().describe()));
            QVERIFY(e->time.isValid());
            if (e->type == u"container"_s && e->action == u"start"_s) {
                ++containerStarts;
                QCOMPARE(e->actorId.size(), 64);
            }
            if (e->type == u"volume"_s && e->action == u"create"_s) {
                ++volumeCreates;
                QCOMPARE(e->attributes.value(u"name"_s), u"vol1"_s);
            }
        }
        QCOMPARE(containerStarts, 4);
        QCOMPARE(volumeCreates, 2);
    }

    // /system/df of Podman 4.3: image IDs without "sha256:", RepoTags holding only the tag
    // ("latest") or "<none>", container names without '/', no labels, LayersSize 0.
    void diskUsage()
    {
        const auto du = parse::diskUsage(fixture("system_df_podman4.3.json"));
        QVERIFY2(du.ok(), qPrintable(du.error().describe()));
        QCOMPARE(du->images.count, 2);
        QCOMPARE(du->containers.count, 2);
        QCOMPARE(du->containers.active, 1);
        QCOMPARE(du->volumes.count, 1);
        // LayersSize is 0: estimated from the images (the base once, the child's own part).
        QCOMPARE(du->layersSize, 2131045 + (2136206 - 2131045));
        QCOMPARE(du->images.size, du->layersSize);
        QStringList images, containers;
        for (const DiskUsageItem &i : du->items) {
            if (i.category == DiskUsageItem::Category::Image) {
                QVERIFY2(i.id.startsWith(u"sha256:"_s), qPrintable(i.id)); // as the listing
                images << i.name;
            } else if (i.category == DiskUsageItem::Category::Container) {
                containers << i.name;
            }
        }
        // A bare tag names no image: the short ID does, as for an untagged one.
        QCOMPARE(images, (QStringList{u"8020e390a99b"_s, u"1f54b98b1afd"_s}));
        containers.sort();
        QCOMPARE(containers, (QStringList{u"exited"_s, u"web"_s}));
    }

    void stats()
    {
        const auto s = parse::stats(fixture("stats_podman4.3.json"));
        QVERIFY2(s.ok(), qPrintable(s.error().describe()));
        QCOMPARE(s->name, u"web"_s);
        QVERIFY(s->isRunning());
        QVERIFY(s->memoryUsage > 0);
        QVERIFY(s->memoryLimit > 0);
        QCOMPARE(s->pids, 1);
        QVERIFY(s->netRx > 0);
    }
};

QTEST_GUILESS_MAIN(TestPodmanShapes)
#include "tst_podman_shapes.moc"
