#include "Fixtures.h"
#include "api/Parsers.h"
#include "live/ContainerAlerts.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QtTest>

using namespace gantry;
using namespace Qt::StringLiterals;
using Kind = ContainerAlerts::Kind;

namespace {

// Recorded from the test bed's engine (API 1.41): `crash` exits 3 by itself; `stopme` is
// stopped (kill 15, kill 9, die 137); `oomer` exceeds --memory 8m (oom, die 137); `sick`
// has a failing health check; `looper` exits 1 under --restart always (dies five times);
// `killme` is killed (kill 9, die 137); crash and stopme are removed.
QList<EngineEvent> recorded()
{
    QList<EngineEvent> out;
    for (const QByteArray &line : fixture("events_alerts_v1.41.jsonl").split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const Result<EngineEvent> e = parse::event(QJsonDocument::fromJson(line).object());
        if (e)
            out << e.value();
    }
    return out;
}

QStringList describe(const QList<QVariant> &args)
{
    const auto a = args.at(0).value<ContainerAlerts::Alert>();
    const char *kind = QMetaEnum::fromType<Kind>().valueToKey(int(a.kind));
    return {QString::fromLatin1(kind), a.name, QString::number(a.exitCode)};
}

EngineEvent containerEvent(const QString &action, const QDateTime &when,
                           const QString &exitCode = {})
{
    EngineEvent e;
    e.type = u"container"_s;
    e.action = action;
    e.actorId = u"c0ffee"_s;
    e.attributes.insert(u"name"_s, u"web"_s);
    if (!exitCode.isEmpty())
        e.attributes.insert(u"exitCode"_s, exitCode);
    e.time = when;
    return e;
}

} // namespace

class TestContainerAlerts : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { qRegisterMetaType<ContainerAlerts::Alert>(); }

    void recordedEventsRaiseWhatWasNotAskedFor()
    {
        const QList<EngineEvent> events = recorded();
        QCOMPARE(events.size(), 53);
        ContainerAlerts alerts;
        QSignalSpy spy(&alerts, &ContainerAlerts::alert);
        for (const EngineEvent &e : events)
            alerts.handle(e);
        QList<QStringList> got;
        for (const QList<QVariant> &args : spy)
            got << describe(args);
        // Not stopme nor killme (a kill came first), oomer only once, looper's later deaths
        // folded into one restart loop.
        const QList<QStringList> expected{
            {u"Died"_s, u"crash"_s, u"3"_s},         {u"OutOfMemory"_s, u"oomer"_s, u"-1"_s},
            {u"Died"_s, u"looper"_s, u"1"_s},        {u"Unhealthy"_s, u"sick"_s, u"-1"_s},
            {u"RestartLoop"_s, u"looper"_s, u"1"_s},
        };
        QCOMPARE(got, expected);
    }

    void aKindTurnedOffIsQuiet()
    {
        ContainerAlerts alerts;
        alerts.setEnabled(Kind::Died, false);
        alerts.setEnabled(Kind::RestartLoop, false);
        QVERIFY(!alerts.isEnabled(Kind::Died));
        QVERIFY(alerts.isEnabled(Kind::Unhealthy));
        QSignalSpy spy(&alerts, &ContainerAlerts::alert);
        for (const EngineEvent &e : recorded())
            alerts.handle(e);
        QCOMPARE(spy.size(), 2); // out of memory, unhealthy
        alerts.setEnabled(Kind::Died, true);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        alerts.handle(containerEvent(u"die"_s, now, u"2"_s));
        QCOMPARE(spy.size(), 3);
    }

    void aKillLongBeforeDoesNotExcuseADeath()
    {
        ContainerAlerts alerts;
        QSignalSpy spy(&alerts, &ContainerAlerts::alert);
        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        alerts.handle(containerEvent(u"kill"_s, t0));
        alerts.handle(containerEvent(u"die"_s, t0.addSecs(2), u"143"_s)); // docker stop: asked
        QCOMPARE(spy.size(), 0);
        alerts.handle(containerEvent(u"start"_s, t0.addSecs(3)));
        alerts.handle(containerEvent(u"die"_s, t0.addSecs(120), u"1"_s)); // later, by itself
        QCOMPARE(spy.size(), 1);
        alerts.handle(containerEvent(u"die"_s, t0.addSecs(121), u"0"_s)); // exit 0: not a failure
        QCOMPARE(spy.size(), 1);
    }

    void aRestartLoopIsToldOnceUntilItCalmsDown()
    {
        ContainerAlerts alerts;
        QSignalSpy spy(&alerts, &ContainerAlerts::alert);
        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < 8; ++i)
            alerts.handle(containerEvent(u"die"_s, t0.addSecs(i * 2), u"1"_s));
        QCOMPARE(spy.size(), 2); // the first death, then the loop
        QCOMPARE(spy.at(1).at(0).value<ContainerAlerts::Alert>().kind, Kind::RestartLoop);
        // Quiet for more than the window: a new death is news again.
        alerts.handle(containerEvent(
            u"die"_s, t0.addSecs(14 + 2 * ContainerAlerts::kRestartLoopWindowSecs), u"1"_s));
        QCOMPARE(spy.size(), 3);
        QCOMPARE(spy.at(2).at(0).value<ContainerAlerts::Alert>().kind, Kind::Died);
        // Removed: forgotten, its next life starts clean.
        alerts.handle(containerEvent(u"destroy"_s, t0.addSecs(300)));
        alerts.handle(containerEvent(u"die"_s, t0.addSecs(301), u"1"_s));
        QCOMPARE(spy.size(), 4);
    }

    void aContainerThatKeepsRunningOutOfMemoryIsToldOnceThenAsALoop()
    {
        ContainerAlerts alerts;
        QSignalSpy spy(&alerts, &ContainerAlerts::alert);
        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < 6; ++i) { // --restart always with a memory limit too small
            alerts.handle(containerEvent(u"oom"_s, t0.addSecs(i * 3)));
            alerts.handle(containerEvent(u"die"_s, t0.addSecs(i * 3 + 1), u"137"_s));
            alerts.handle(containerEvent(u"start"_s, t0.addSecs(i * 3 + 2)));
        }
        QCOMPARE(spy.size(), 2);
        QCOMPARE(spy.at(0).at(0).value<ContainerAlerts::Alert>().kind, Kind::OutOfMemory);
        QCOMPARE(spy.at(1).at(0).value<ContainerAlerts::Alert>().kind, Kind::RestartLoop);
    }

    void quietContainersAreForgotten()
    {
        ContainerAlerts alerts;
        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < 300; ++i) { // stopped and kept: a kill each, never destroyed
            EngineEvent kill = containerEvent(u"kill"_s, t0);
            kill.actorId = u"stopped-"_s + QString::number(i);
            alerts.handle(kill);
        }
        QCOMPARE(alerts.rememberedCount(), 300);
        // Later, other events: the old kills no longer matter and are swept away.
        for (int i = 0; i < 300; ++i)
            alerts.handle(containerEvent(u"start"_s, t0.addSecs(600)));
        QCOMPARE(alerts.rememberedCount(), 0);
        // What still matters is kept by a sweep.
        ContainerAlerts recent;
        recent.handle(containerEvent(u"kill"_s, t0));
        for (int i = 0; i < 300; ++i)
            recent.handle(containerEvent(u"start"_s, t0.addSecs(5)));
        QCOMPARE(recent.rememberedCount(), 1);
    }

    void otherEventsAndMalformedOnesAreIgnored()
    {
        ContainerAlerts alerts;
        QSignalSpy spy(&alerts, &ContainerAlerts::alert);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        EngineEvent image = containerEvent(u"die"_s, now, u"1"_s);
        image.type = u"image"_s;
        alerts.handle(image);
        alerts.handle(containerEvent(u"die"_s, now, u"not a number"_s));
        alerts.handle(containerEvent(u"die"_s, now));              // no exit code
        alerts.handle(containerEvent(u"exec_die"_s, now, u"1"_s)); // a health probe's exit
        alerts.handle(containerEvent(u"health_status: healthy"_s, now));
        EngineEvent anonymous = containerEvent(u"oom"_s, now);
        anonymous.actorId.clear();
        alerts.handle(anonymous);
        QCOMPARE(spy.size(), 0);
    }

    void textsNameTheContainer()
    {
        const ContainerAlerts::Alert a{Kind::Died, u"c0ffee"_s, u"web"_s, 3};
        QCOMPARE(ContainerAlerts::title(a), u"web stopped unexpectedly"_s);
        QVERIFY(ContainerAlerts::text(a).contains(u"code 3"_s));
        const ContainerAlerts::Alert loop{Kind::RestartLoop, u"c0ffee"_s, u"web"_s, 1};
        QVERIFY(ContainerAlerts::text(loop).contains(u"3 times"_s));
    }
};

QTEST_GUILESS_MAIN(TestContainerAlerts)
#include "tst_container_alerts.moc"
