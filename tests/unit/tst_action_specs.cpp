#include "specs/ActionSpecs.h"

#include <QtTest>

using namespace gantry;
using namespace Qt::StringLiterals;
using Verb = ContainerActionSpec::Verb;

class TestActionSpecs : public QObject {
    Q_OBJECT
private slots:
    void containerRequestAndLine_data()
    {
        QTest::addColumn<int>("verb");
        QTest::addColumn<bool>("force");
        QTest::addColumn<bool>("volumes");
        QTest::addColumn<int>("timeout");
        QTest::addColumn<QString>("signal");
        QTest::addColumn<QString>("request");
        QTest::addColumn<QString>("line");
        QTest::newRow("start") << int(Verb::Start) << false << false << -1 << QString()
                               << u"POST /containers/abc/start"_s << u"docker start web"_s;
        QTest::newRow("stop -t 3")
            << int(Verb::Stop) << false << false << 3 << QString()
            << u"POST /containers/abc/stop?t=3"_s << u"docker stop -t 3 web"_s;
        QTest::newRow("restart") << int(Verb::Restart) << false << false << -1 << QString()
                                 << u"POST /containers/abc/restart"_s << u"docker restart web"_s;
        QTest::newRow("pause") << int(Verb::Pause) << false << false << -1 << QString()
                               << u"POST /containers/abc/pause"_s << u"docker pause web"_s;
        QTest::newRow("unpause") << int(Verb::Unpause) << false << false << -1 << QString()
                                 << u"POST /containers/abc/unpause"_s << u"docker unpause web"_s;
        QTest::newRow("kill -s") << int(Verb::Kill) << false << false << -1 << u"SIGHUP"_s
                                 << u"POST /containers/abc/kill?signal=SIGHUP"_s
                                 << u"docker kill -s SIGHUP web"_s;
        QTest::newRow("rm -f -v") << int(Verb::Remove) << true << true << -1 << QString()
                                  << u"DELETE /containers/abc?force=1&v=1"_s
                                  << u"docker rm -f -v web"_s;
        QTest::newRow("rm") << int(Verb::Remove) << false << false << -1 << QString()
                            << u"DELETE /containers/abc"_s << u"docker rm web"_s;
    }

    void containerRequestAndLine()
    {
        QFETCH(int, verb);
        QFETCH(bool, force);
        QFETCH(bool, volumes);
        QFETCH(int, timeout);
        QFETCH(QString, signal);
        QFETCH(QString, request);
        QFETCH(QString, line);
        ContainerActionSpec spec;
        spec.verb = Verb(verb);
        spec.id = u"abc"_s;
        spec.name = u"web"_s;
        spec.force = force;
        spec.removeVolumes = volumes;
        if (timeout >= 0)
            spec.timeoutSeconds = timeout;
        spec.signal = signal;
        const Request r = spec.request();
        QCOMPARE(QString::fromLatin1(r.method) + u' ' + r.path, request);
        QCOMPARE(shellJoin(spec.commandLine()), line);
        QCOMPARE(spec.action().target, u"web"_s);
    }

    void stopWaitsForTheContainersOwnGracePeriod()
    {
        ContainerActionSpec spec;
        spec.id = u"web"_s;
        for (const Verb verb : {Verb::Stop, Verb::Restart}) {
            spec.verb = verb;
            spec.timeoutSeconds.reset();
            // A container configured to take five minutes to stop: more than 120 s.
            spec.stopTimeout = 300;
            QCOMPARE(spec.request().timeoutMs, 300 * 1000 + ContainerActionSpec::kStopMarginMs);
            QVERIFY(!spec.request().path.contains(u"t="_s)); // its own period, not ours
            // An explicit -t wins over the container's.
            spec.timeoutSeconds = 2;
            QCOMPARE(spec.request().timeoutMs, 2 * 1000 + ContainerActionSpec::kStopMarginMs);
            // Wait for ever (-t -1): no overall limit on our side either.
            spec.timeoutSeconds = -1;
            QCOMPARE(spec.request().timeoutMs, 0);
            // Not known: no fixed limit that could cut a long grace period short.
            spec.timeoutSeconds.reset();
            spec.stopTimeout.reset();
            QCOMPARE(spec.request().timeoutMs, 0);
        }
        // Other verbs keep their limit.
        spec.verb = Verb::Start;
        QVERIFY(spec.request().timeoutMs > 0);
    }

    void withoutANameTheLineUsesTheShortId()
    {
        ContainerActionSpec spec;
        spec.id = u"0123456789abcdef0123"_s;
        QCOMPARE(shellJoin(spec.commandLine()), u"docker start 0123456789ab"_s);
    }

    void rename()
    {
        ContainerRenameSpec spec{u"0123456789abcdef0123"_s, u"web"_s,
                                 u"web-gantry-old-0123456789ab"_s};
        const Request r = spec.request();
        QCOMPARE(
            QString::fromLatin1(r.method) + u' ' + r.path,
            u"POST /containers/0123456789abcdef0123/rename?name=web-gantry-old-0123456789ab"_s);
        QCOMPARE(shellJoin(spec.commandLine()), u"docker rename web web-gantry-old-0123456789ab"_s);
        spec.name.clear();
        QCOMPARE(shellJoin(spec.commandLine()),
                 u"docker rename 0123456789ab web-gantry-old-0123456789ab"_s);
    }

    void images()
    {
        const ImageRemoveSpec rm{u"sha256:3f2a1b2c3d4e5f60718293a4"_s, true, false};
        QCOMPARE(rm.request().method, QByteArray("DELETE"));
        QCOMPARE(rm.request().path, u"/images/sha256:3f2a1b2c3d4e5f60718293a4?force=1"_s);
        QCOMPARE(shellJoin(rm.commandLine()), u"docker image rm -f 3f2a1b2c3d4e"_s);
        const ImageTagSpec tag{u"busybox:latest"_s, u"127.0.0.1:5000/me/box:v1"_s};
        QCOMPARE(tag.request().path,
                 u"/images/busybox:latest/tag?repo=127.0.0.1%3A5000%2Fme%2Fbox&tag=v1"_s);
        QCOMPARE(shellJoin(tag.commandLine()),
                 u"docker tag busybox:latest 127.0.0.1:5000/me/box:v1"_s);
        QCOMPARE(ImageTagSpec::splitReference(u"host:5000/repo"_s),
                 (QPair<QString, QString>{u"host:5000/repo"_s, u"latest"_s}));
    }

    void tagTargets_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << u"web"_s << true;
        QTest::newRow("tag") << u"me/web:1.0"_s << true;
        QTest::newRow("registry") << u"127.0.0.1:5000/me/web:dev"_s << true;
        QTest::newRow("upper case repo") << u"Me/Web"_s << false;
        QTest::newRow("space") << u"my web"_s << false;
        QTest::newRow("empty tag") << u"web:"_s << false;
        QTest::newRow("trailing newline") << u"web\n"_s << false;
    }

    void tagTargets()
    {
        QFETCH(QString, target);
        QFETCH(bool, valid);
        QCOMPARE(ImageTagSpec::isValidTarget(target), valid);
    }

    void shellJoinQuotesNewlines()
    {
        QCOMPARE(shellJoin({u"echo"_s, u"a\n"_s}), u"echo 'a\n'"_s);
        QCOMPARE(shellJoin({u"a;b"_s, u"$x"_s}), u"'a;b' '$x'"_s);
    }
};

QTEST_GUILESS_MAIN(TestActionSpecs)
#include "tst_action_specs.moc"
