#include "specs/RunSpecDiff.h"

#include <QtTest>

using namespace gantry;
using namespace Qt::StringLiterals;

namespace {

RunSpec base()
{
    RunSpec s;
    s.image = u"busybox:1"_s;
    s.name = u"web"_s;
    s.command = {u"httpd"_s, u"-f"_s};
    s.env = {u"STAGE=one"_s, u"KEEP=same"_s, u"GONE=x"_s};
    s.labels = {{u"team"_s, u"a"_s}};
    PortMapping p;
    p.hostIp = u"127.0.0.1"_s;
    p.hostPort = 8080;
    p.containerPort = 80;
    s.ports = {p};
    VolumeMount m;
    m.source = u"data"_s;
    m.target = u"/data"_s;
    s.mounts = {m};
    s.restartPolicy = u"always"_s;
    s.memoryBytes = 512ll * 1024 * 1024;
    return s;
}

} // namespace

class TestRunSpecDiff : public QObject {
    Q_OBJECT
private slots:
    void sameSpecHasNoChange()
    {
        QVERIFY(RunSpecDiff::changes(base(), base()).isEmpty());
        QVERIFY(!RunSpecDiff::text({}).isEmpty()); // says nothing changes, not a blank
    }

    void eachChangeShowsOldBesideNew()
    {
        RunSpec after = base();
        after.image = u"busybox:2"_s;
        after.command = {u"httpd"_s, u"-f"_s, u"-p"_s, u"81"_s};
        after.env = {u"STAGE=two"_s, u"KEEP=same"_s, u"NEW="_s};
        after.ports[0].hostPort = 9090;
        after.mounts[0].readOnly = true;
        after.restartPolicy.clear();
        after.memoryBytes = 0;
        after.cpus = 1.5;
        after.privileged = true;
        const QList<RunSpecChange> expected{
            {u"Image"_s, u"busybox:1"_s, u"busybox:2"_s},
            {u"Command"_s, u"httpd -f"_s, u"httpd -f -p 81"_s},
            {u"Published ports"_s, u"127.0.0.1:8080:80"_s, u"127.0.0.1:9090:80"_s},
            {u"Volumes"_s, u"data:/data"_s, u"data:/data:ro"_s},
            {u"Environment GONE"_s, u"x"_s, u"(none)"_s},
            {u"Environment NEW"_s, u"(none)"_s, u"NEW="_s},
            {u"Environment STAGE"_s, u"one"_s, u"two"_s},
            {u"Restart policy"_s, u"always"_s, u"no"_s},
            {u"Memory limit"_s, u"512m"_s, u"(none)"_s},
            {u"CPU limit"_s, u"(none)"_s, u"1.5"_s},
            {u"Privileged"_s, u"no"_s, u"yes"_s},
        };
        const QList<RunSpecChange> got = RunSpecDiff::changes(base(), after);
        for (qsizetype i = 0; i < std::max(got.size(), expected.size()); ++i) {
            const RunSpecChange g = got.value(i), e = expected.value(i);
            QVERIFY2(g == e, qPrintable(u"%1: %2 -> %3 instead of %4: %5 -> %6"_s.arg(
                                 g.setting, g.before, g.after, e.setting, e.before, e.after)));
        }
        const QString text = RunSpecDiff::text(got);
        QCOMPARE(text.count(u'\n'), expected.size() - 1);
        QVERIFY(text.contains(u"Environment STAGE: one → two"_s));
    }

    void orderOfPortsAndEnvIsNoChange()
    {
        RunSpec before = base(), after = base();
        PortMapping udp;
        udp.containerPort = 53;
        udp.protocol = u"udp"_s;
        before.ports.append(udp);
        after.ports.prepend(udp);
        std::reverse(after.env.begin(), after.env.end());
        QVERIFY(RunSpecDiff::changes(before, after).isEmpty());
    }

    void nameLabelsAndFlags()
    {
        RunSpec after = base();
        after.name = u"web2"_s;
        after.labels = {{u"team"_s, u"b"_s}};
        after.autoRemove = true;
        after.capDrop = {u"ALL"_s};
        const QList<RunSpecChange> got = RunSpecDiff::changes(base(), after);
        QCOMPARE(got.size(), 4);
        QCOMPARE(got[0], (RunSpecChange{u"Name"_s, u"web"_s, u"web2"_s}));
        QCOMPARE(got[1], (RunSpecChange{u"Remove when it stops"_s, u"no"_s, u"yes"_s}));
        QCOMPARE(got[2], (RunSpecChange{u"Label team"_s, u"a"_s, u"b"_s}));
        QCOMPARE(got[3], (RunSpecChange{u"Dropped capabilities"_s, u"(none)"_s, u"ALL"_s}));
    }
};

QTEST_GUILESS_MAIN(TestRunSpecDiff)
#include "tst_run_spec_diff.moc"
