#include "TestBed.h"
#include "api/ConnectionMonitor.h"
#include "api/DockerClient.h"
#include "streams/EventStream.h"

#include <QLocalServer>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

#include <sys/fsuid.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace gantry;
using namespace Qt::StringLiterals;
using Kind = EngineError::Kind;

#define AWAIT(T, var, call)                                                                        \
    const auto var = testbed::await<T>([&](auto done) { call; });                                  \
    QVERIFY2(var.has_value(), "no answer in time")

class TestEngineClient : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (!testbed::available())
            QFAIL(testbed::missingMessage());
        m_client = new DockerClient(testbed::endpoint(), this);
        m_image = testbed::env("GANTRY_TEST_IMAGE");
    }

    void cleanupTestCase()
    {
        for (const QString &id : std::as_const(m_created))
            testbed::docker({u"rm"_s, u"-f"_s, id});
    }

    void pingNegotiatesTheVersion()
    {
        AWAIT(PingInfo, ping, m_client->ping(this, done));
        QVERIFY2(ping->ok(), qPrintable(ping->error().describe()));
        QVERIFY(ping->value().apiVersion >= ApiVersion(1, 41));
        QCOMPARE(ping->value().osType, u"linux"_s);
        m_client->setApiVersion(ApiVersion::negotiate(ping->value().apiVersion));
    }

    void versionAndInfo()
    {
        AWAIT(VersionInfo, v, m_client->version(this, done));
        QVERIFY(v->ok());
        QVERIFY(!v->value().version.isEmpty());
        QCOMPARE(ApiVersion::parse(v->value().apiVersion), m_client->apiVersion());
        AWAIT(SystemInfo, info, m_client->info(this, done));
        QVERIFY(info->ok());
        QVERIFY(info->value().images >= 1);
    }

    void listsEverything()
    {
        AWAIT(QList<ImageSummary>, images, m_client->listImages(false, this, done));
        QVERIFY(images->ok());
        const bool seeded =
            std::any_of(images->value().begin(), images->value().end(),
                        [&](const ImageSummary &i) { return i.repoTags.contains(m_image); });
        QVERIFY2(seeded, "the seeded image is listed");
        AWAIT(QList<ContainerSummary>, containers, m_client->listContainers(true, this, done));
        QVERIFY(containers->ok());
        AWAIT(QList<VolumeSummary>, volumes, m_client->listVolumes(this, done));
        QVERIFY(volumes->ok());
        AWAIT(QList<NetworkSummary>, networks, m_client->listNetworks(this, done));
        QVERIFY(networks->ok());
        QVERIFY(std::any_of(networks->value().begin(), networks->value().end(),
                            [](const NetworkSummary &n) { return n.name == u"none"_s; }));
    }

    void containerLifecycle()
    {
        const QString name = uniqueName();
        const QString id = create(name, {u"sleep"_s, u"300"_s});
        QVERIFY(!id.isEmpty());

        AWAIT(Done, started, m_client->startContainer(id, this, done));
        QVERIFY2(started->ok(), qPrintable(started->error().describe()));
        QCOMPARE(state(id), u"running"_s);

        AWAIT(Done, again, m_client->startContainer(id, this, done));
        QVERIFY2(again->ok(), "starting a running container is a 304, not an error");

        AWAIT(Done, paused, m_client->pauseContainer(id, this, done));
        QVERIFY(paused->ok());
        QCOMPARE(state(id), u"paused"_s);
        AWAIT(Done, unpaused, m_client->unpauseContainer(id, this, done));
        QVERIFY(unpaused->ok());
        QCOMPARE(state(id), u"running"_s);

        AWAIT(Done, stopped, m_client->stopContainer(id, 1, this, done));
        QVERIFY(stopped->ok());
        QCOMPARE(state(id), u"exited"_s);

        AWAIT(Done, restarted, m_client->restartContainer(id, 1, this, done));
        QVERIFY(restarted->ok());
        QCOMPARE(state(id), u"running"_s);

        AWAIT(Done, killed, m_client->killContainer(id, u"SIGKILL"_s, this, done));
        QVERIFY(killed->ok());
        QTRY_COMPARE(state(id), u"exited"_s);

        AWAIT(Done, removed, m_client->removeContainer(id, false, true, this, done));
        QVERIFY(removed->ok());
        AWAIT(QJsonObject, gone, m_client->inspectContainer(id, this, done));
        QCOMPARE(gone->error().kind(), Kind::NotFound);
        m_created.removeAll(id);
    }

    void notFoundCarriesTheEngineMessage()
    {
        AWAIT(QJsonObject, r,
              m_client->inspectContainer(u"gantry-no-such-container"_s, this, done));
        QVERIFY(!r->ok());
        QCOMPARE(r->error().kind(), Kind::NotFound);
        QCOMPARE(r->error().httpStatus(), 404);
        QVERIFY2(r->error().message().contains(u"No such container"_s),
                 qPrintable(r->error().message()));

        AWAIT(QJsonObject, img, m_client->inspectImage(u"gantry-no-such-image:1"_s, this, done));
        QCOMPARE(img->error().kind(), Kind::NotFound);
    }

    void conflictsAreConflicts()
    {
        const QString name = uniqueName();
        const QString id = create(name, {u"sleep"_s, u"300"_s});
        QVERIFY(!id.isEmpty());

        AWAIT(CreatedContainer, dup,
              m_client->createContainer(name, body({u"true"_s}), this, done));
        QVERIFY(!dup->ok());
        QCOMPARE(dup->error().kind(), Kind::Conflict);
        QVERIFY2(dup->error().message().contains(u"already in use"_s),
                 qPrintable(dup->error().message()));

        AWAIT(Done, started, m_client->startContainer(id, this, done));
        QVERIFY(started->ok());
        AWAIT(Done, rm, m_client->removeContainer(id, false, false, this, done));
        QCOMPARE(rm->error().kind(), Kind::Conflict); // running: needs force

        // By ID, never by name: removing one of several tags would just untag the seed.
        AWAIT(QJsonObject, image, m_client->inspectImage(m_image, this, done));
        const QString imageId = image->value().value("Id"_L1).toString();
        AWAIT(QList<ImageDeleteItem>, rmi,
              m_client->removeImage(imageId, false, false, this, done));
        QCOMPARE(rmi->error().kind(), Kind::Conflict); // in use by a running container

        AWAIT(Done, forced, m_client->removeContainer(id, true, false, this, done));
        QVERIFY(forced->ok());
        m_created.removeAll(id);
    }

    void imageTagInspectHistoryRemove()
    {
        const QString repo = u"gantry-test/tagged-"_s + uniqueName();
        AWAIT(Done, tagged, m_client->tagImage(m_image, repo + u":v1"_s, this, done));
        QVERIFY2(tagged->ok(), qPrintable(tagged->error().describe()));
        AWAIT(QJsonObject, inspected, m_client->inspectImage(repo + u":v1"_s, this, done));
        QVERIFY(inspected->ok());
        QVERIFY(inspected->value()
                    .value("RepoTags"_L1)
                    .toArray()
                    .contains(QJsonValue(repo + u":v1"_s)));
        AWAIT(QList<HistoryEntry>, history, m_client->imageHistory(repo + u":v1"_s, this, done));
        QVERIFY(history->ok());
        QVERIFY(!history->value().isEmpty());
        AWAIT(QList<ImageDeleteItem>, removed,
              m_client->removeImage(repo + u":v1"_s, false, false, this, done));
        QVERIFY(removed->ok());
        QCOMPARE(removed->value().size(), 1);
        QCOMPARE(removed->value().first().untagged, repo + u":v1"_s);
    }

    void timeoutIsATimeout()
    {
        const QString id = create(uniqueName(), {u"sleep"_s, u"300"_s});
        AWAIT(Done, started, m_client->startContainer(id, this, done));
        QVERIFY(started->ok());
        Request wait;
        wait.method = "POST";
        wait.path = u"/containers/"_s + id + u"/wait"_s;
        wait.timeoutMs = 300;
        Reply *reply = m_client->send(wait);
        QSignalSpy finished(reply, &Reply::finished);
        QVERIFY(finished.wait(5000));
        QCOMPARE(reply->error().kind(), Kind::Timeout);
    }

    void cancelIsCancelled()
    {
        Reply *reply = m_client->events({});
        QSignalSpy started(reply, &Reply::responseStarted);
        QSignalSpy finished(reply, &Reply::finished);
        QVERIFY(started.wait(5000));
        reply->cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(reply->error().kind(), Kind::Cancelled);
        reply->cancel(); // harmless after the end
        QCOMPARE(finished.size(), 1);
    }

    void eventsSeeAContainerStart()
    {
        EventStream stream(m_client);
        QSignalSpy subscribed(&stream, &EventStream::subscribed);
        QList<EngineEvent> seen;
        connect(&stream, &EventStream::eventReceived, this,
                [&seen](const EngineEvent &e) { seen.append(e); });
        stream.start();
        QVERIFY(subscribed.wait(5000));

        const QString id = create(uniqueName(), {u"sleep"_s, u"300"_s});
        AWAIT(Done, started, m_client->startContainer(id, this, done));
        QVERIFY(started->ok());
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(seen.begin(), seen.end(),
                                             [&](const EngineEvent &e) {
                                                 return e.type == u"container"_s &&
                                                        e.action == u"start"_s && e.actorId == id;
                                             }),
                                 5000);
        const auto start = std::find_if(seen.begin(), seen.end(), [&](const EngineEvent &e) {
            return e.action == u"start"_s && e.actorId == id;
        });
        QCOMPARE(start->attributes.value(u"image"_s), m_image);
        QVERIFY(start->time.isValid());
    }

    void permissionDeniedOnAForbiddenSocket()
    {
        QTemporaryDir dir;
        QLocalServer server;
        const QString path = dir.filePath(u"locked.sock"_s);
        QVERIFY(server.listen(path));
        QCOMPARE(::chmod(QFile::encodeName(path).constData(), 0), 0);
        // Root ignores file modes; act as nobody for file access while we connect.
        const bool root = ::geteuid() == 0;
        if (root)
            ::setfsuid(65534);
        Endpoint ep;
        ep.socketPath = path;
        DockerClient locked(ep);
        std::optional<Result<PingInfo>> ping;
        locked.ping(this, [&](Result<PingInfo> r) { ping.emplace(std::move(r)); });
        (void)QTest::qWaitFor([&] { return ping.has_value(); }, 5000);
        if (root)
            ::setfsuid(0);
        QVERIFY(ping.has_value());
        QCOMPARE(ping->error().kind(), Kind::PermissionDenied);
    }

    void unreachableWhenNothingListens()
    {
        Endpoint ep;
        ep.socketPath = u"/nonexistent/gantry.sock"_s;
        DockerClient nowhere(ep);
        AWAIT(PingInfo, ping, nowhere.ping(this, done));
        QCOMPARE(ping->error().kind(), Kind::Unreachable);

        ConnectionMonitor monitor(&nowhere);
        monitor.setRetryDelays(50, 200);
        monitor.start();
        QTRY_COMPARE(monitor.state(), ConnectionMonitor::State::Unreachable);
    }

    // Last: it kills the test bed's engine and brings it back.
    void engineKilledDuringAStreamThenBack()
    {
        ConnectionMonitor monitor(m_client);
        monitor.setRetryDelays(100, 500);
        monitor.setHealthInterval(200);
        QSignalSpy connected(&monitor, &ConnectionMonitor::connected);
        monitor.start();
        QVERIFY(connected.wait(5000));

        EventStream stream(m_client);
        QSignalSpy subscribed(&stream, &EventStream::subscribed);
        QSignalSpy ended(&stream, &EventStream::ended);
        stream.start();
        QVERIFY(subscribed.wait(5000));

        QVERIFY(testbed::script(u"kill-dockerd"_s));
        QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 10000);
        QCOMPARE(ended.first().first().value<EngineError>().kind(), Kind::Unreachable);
        AWAIT(PingInfo, down, m_client->ping(this, done));
        QCOMPARE(down->error().kind(), Kind::Unreachable);
        QTRY_COMPARE_WITH_TIMEOUT(monitor.state(), ConnectionMonitor::State::Unreachable, 5000);

        QVERIFY(testbed::script(u"start-dockerd"_s));
        QTRY_COMPARE_WITH_TIMEOUT(monitor.state(), ConnectionMonitor::State::Connected, 20000);
        QCOMPARE(connected.size(), 2);
        AWAIT(QList<ContainerSummary>, list, m_client->listContainers(true, this, done));
        QVERIFY2(list->ok(), "the same client works again");
    }

private:
    QString uniqueName() const
    {
        return u"gantry-it-"_s + QUuid::createUuid().toString(QUuid::Id128).left(12);
    }

    QJsonObject body(const QStringList &cmd) const
    {
        return QJsonObject{{u"Image"_s, m_image},
                           {u"Cmd"_s, QJsonArray::fromStringList(cmd)},
                           {u"HostConfig"_s, QJsonObject{{u"NetworkMode"_s, u"none"_s}}}};
    }

    QString create(const QString &name, const QStringList &cmd)
    {
        auto r = testbed::await<CreatedContainer>(
            [&](auto done) { m_client->createContainer(name, body(cmd), this, done); });
        if (!r || !r->ok()) {
            qWarning() << "create failed:" << (r ? r->error().describe() : u"timeout"_s);
            return {};
        }
        m_created.append(r->value().id);
        return r->value().id;
    }

    QString state(const QString &id)
    {
        auto r = testbed::await<QJsonObject>(
            [&](auto done) { m_client->inspectContainer(id, this, done); });
        if (!r || !r->ok())
            return {};
        return r->value().value("State"_L1).toObject().value("Status"_L1).toString();
    }

    DockerClient *m_client = nullptr;
    QString m_image;
    QStringList m_created;
};

QTEST_GUILESS_MAIN(TestEngineClient)
#include "tst_engine_client.moc"
