// "Save as docker context" writes what `docker context create` writes: the same inputs given
// to Gantry and to the real CLI, in two temporary DOCKER_CONFIG directories, give the same
// `docker context inspect` (storage paths aside), the same meta.json bytes and the same file
// modes; and the command line Gantry shows is the one that was run.
#include "TlsFiles.h"
#include "catalogue/DockerContexts.h"

#include <QDirIterator>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace gantry;
using namespace Qt::StringLiterals;

namespace {

std::optional<QByteArray> docker(const QString &configDir, const QStringList &args,
                                 QByteArray *errors = nullptr)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"DOCKER_CONFIG"_s, configDir);
    env.remove(u"DOCKER_HOST"_s);
    env.remove(u"DOCKER_CONTEXT"_s);
    p.setProcessEnvironment(env);
    p.start(u"docker"_s, args);
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        const QByteArray stderrText = p.readAllStandardError();
        qWarning("docker %s: %s", qPrintable(args.join(u' ')), stderrText.constData());
        if (errors)
            *errors = stderrText;
        return std::nullopt;
    }
    return p.readAllStandardOutput();
}

// Every file and folder under dir: relative path, mode and (for files) content.
QStringList tree(const QString &dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info(path);
        QString line =
            QDir(dir).relativeFilePath(path) + u' ' + QString::number(int(info.permissions()), 16);
        if (info.isFile()) {
            QFile f(path);
            if (f.open(QIODevice::ReadOnly))
                line += u' ' + QString::fromLatin1(f.readAll().toHex());
        }
        out << line;
    }
    out.sort();
    return out;
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}

} // namespace

class TestContextEquivalence : public QObject {
    Q_OBJECT
private slots:
    void sameAsTheCli_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("description");
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("tls");
        QTest::addColumn<bool>("skipVerify");
        QTest::addColumn<QString>("certDir"); // under the temporary folder
        QTest::addColumn<int>("umask");
        QTest::newRow("unix") << u"laptop"_s << QString() << u"unix:///run/x.sock"_s << false
                              << false << u"certs"_s << 022;
        QTest::newRow("tls") << u"build-box"_s << u"the <build> & \"box\""_s
                             << u"tcp://127.0.0.1:2376"_s << true << false << u"certs"_s << 022;
        QTest::newRow("tls, no verification")
            << u"loose.1"_s << u"été"_s << u"tcp://127.0.0.1:2376"_s << true << true << u"certs"_s
            << 022;
        QTest::newRow("plain tcp") << u"nas"_s << QString() << u"tcp://127.0.0.1:2375"_s << false
                                   << false << u"certs"_s << 022;
        // --docker's value is CSV to the CLI: paths with a comma or a quote, quoted.
        QTest::newRow("comma and quote in the TLS paths")
            << u"odd-paths"_s << QString() << u"tcp://127.0.0.1:2376"_s << true << false
            << u"my certs, \"new\" 'x'"_s << 022;
        // The modes under a umask are the CLI's (folders and TLS files less the umask, meta.json
        // 0644 all the same).
        QTest::newRow("umask 077") << u"private"_s << QString() << u"tcp://127.0.0.1:2376"_s << true
                                   << false << u"certs"_s << 077;
    }

    void sameAsTheCli()
    {
        QFETCH(QString, name);
        QFETCH(QString, description);
        QFETCH(QString, host);
        QFETCH(bool, tls);
        QFETCH(bool, skipVerify);
        QFETCH(QString, certDir);
        QFETCH(int, umask);
        const mode_t oldMask = ::umask(mode_t(umask));
        const auto restoreMask = qScopeGuard([oldMask] { ::umask(oldMask); });
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString files = dir.filePath(certDir);
        QVERIFY(QDir().mkpath(files));
        QVERIFY(makeTlsFiles(files));

        DockerContextSpec spec;
        spec.name = name;
        spec.description = description;
        spec.host = host;
        if (tls) {
            spec.caFile = files + u"/ca.pem"_s;
            spec.certFile = files + u"/cert.pem"_s;
            spec.keyFile = files + u"/key.pem"_s;
        }
        spec.skipTlsVerify = skipVerify;

        const QString byCli = dir.filePath(u"cli"_s);
        const QString byGantry = dir.filePath(u"gantry"_s);
        QVERIFY(QDir().mkpath(byCli) && QDir().mkpath(byGantry));
        QVERIFY(docker(byCli, spec.cliArguments()));
        const Result<Done> made = DockerConfigDir(byGantry).createContext(spec);
        QVERIFY2(made, qPrintable(made.error().message()));

        if (tls)
            QVERIFY(QFileInfo(byGantry + u"/contexts/tls/"_s + DockerConfigDir::contextId(name) +
                              u"/docker/key.pem"_s)
                        .exists());
        const auto cliInspect = docker(byCli, {u"context"_s, u"inspect"_s, name});
        const auto gantryInspect = docker(byGantry, {u"context"_s, u"inspect"_s, name});
        QVERIFY(cliInspect && gantryInspect);
        QString a = QString::fromUtf8(*cliInspect);
        QString b = QString::fromUtf8(*gantryInspect);
        a.replace(byCli, u"CONFIG"_s);
        b.replace(byGantry, u"CONFIG"_s);
        QCOMPARE(b, a);
        QVERIFY(a.contains(host));
        QCOMPARE(tree(byGantry), tree(byCli));

        // The shown line is a shell line that does the same.
        const QString line = spec.cliLine();
        QVERIFY(line.startsWith(u"docker context create "_s));
        const QString byShell = dir.filePath(u"shell"_s);
        QVERIFY(QDir().mkpath(byShell));
        QProcess sh;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"DOCKER_CONFIG"_s, byShell);
        sh.setProcessEnvironment(env);
        sh.start(u"sh"_s, {u"-c"_s, line});
        QVERIFY(sh.waitForFinished(30000));
        QCOMPARE(sh.exitCode(), 0);
        QCOMPARE(tree(byShell), tree(byCli));
    }

    void refusesWhatTheCliRefuses()
    {
        QTemporaryDir dir;
        DockerContextSpec spec{u"twice"_s, {}, u"unix:///run/x.sock"_s, {}, {}, {}, false};
        QVERIFY(DockerConfigDir(dir.path()).createContext(spec));
        const QStringList before = tree(dir.path());
        const Result<Done> again = DockerConfigDir(dir.path()).createContext(spec);
        QVERIFY(!again);
        QVERIFY(again.error().message().contains(u"already exists"_s));
        QByteArray errors;
        QVERIFY(!docker(dir.path(), spec.cliArguments(), &errors)); // the CLI refuses it too
        QVERIFY2(errors.contains("already exists"), errors.constData());

        spec.name = u"default"_s;
        QVERIFY(!DockerConfigDir(dir.path()).createContext(spec));
        // TLS files the CLI would refuse (not PEM) are refused too.
        QTemporaryDir files;
        writeFile(files.filePath(u"bad.pem"_s), "not a certificate\n");
        spec.name = u"bad-ca"_s;
        spec.host = u"tcp://127.0.0.1:2376"_s;
        spec.caFile = files.filePath(u"bad.pem"_s);
        QVERIFY(!docker(dir.path(), spec.cliArguments(), &errors));
        QVERIFY2(errors.contains("ca.pem seems invalid"), errors.constData());
        const Result<Done> bad = DockerConfigDir(dir.path()).createContext(spec);
        QVERIFY(!bad);
        QVERIFY2(bad.error().message().contains(u"bad.pem"_s), qPrintable(bad.error().message()));
        spec.name = u"missing-ca"_s;
        spec.host = u"tcp://127.0.0.1:2376"_s;
        spec.caFile = dir.filePath(u"none.pem"_s);
        QVERIFY(!DockerConfigDir(dir.path()).createContext(spec));
        QCOMPARE(tree(dir.path()), before); // nothing written on a refusal
    }

    void refusesAContextFolderThatDoesNotParse()
    {
        // A folder for that name with a meta.json that does not parse: the CLI refuses the
        // name (its folder exists); Gantry neither overwrites it nor offers the name.
        QTemporaryDir dir;
        const QString meta =
            dir.filePath(u"contexts/meta/"_s + DockerConfigDir::contextId(u"broken"_s));
        QVERIFY(QDir().mkpath(meta));
        writeFile(meta + u"/meta.json"_s, "{ not json");
        const QStringList before = tree(dir.path());
        const DockerConfigDir config(dir.path());
        QVERIFY(config.contexts().isEmpty());
        QVERIFY(config.takenProblem(u"broken"_s).contains(u"already exists"_s));
        QVERIFY(config.takenProblem(u"other"_s).isEmpty());
        DockerContextSpec spec{u"broken"_s, {}, u"unix:///run/x.sock"_s, {}, {}, {}, false};
        const Result<Done> made = config.createContext(spec);
        QVERIFY(!made);
        QVERIFY(made.error().message().contains(u"already exists"_s));
        QCOMPARE(tree(dir.path()), before);
    }

    void staleTlsFilesAreNotReused()
    {
        // TLS files left under a name's id (a context removed by hand, say) are removed
        // before the context is written, as the CLI's ResetTLSMaterial does: a context
        // without TLS gets none.
        QTemporaryDir dir;
        QVERIFY(makeTlsFiles(dir.path()));
        const QString byCli = dir.filePath(u"cli"_s);
        const QString byGantry = dir.filePath(u"gantry"_s);
        for (const QString &config : {byCli, byGantry}) {
            const QString stale = config + u"/contexts/tls/"_s +
                                  DockerConfigDir::contextId(u"reused"_s) + u"/docker"_s;
            QVERIFY(QDir().mkpath(stale));
            QVERIFY(QFile::copy(dir.filePath(u"ca.pem"_s), stale + u"/ca.pem"_s));
        }
        DockerContextSpec spec{u"reused"_s, {}, u"tcp://127.0.0.1:2375"_s, {}, {}, {}, false};
        QVERIFY(docker(byCli, spec.cliArguments()));
        QVERIFY(DockerConfigDir(byGantry).createContext(spec));
        QCOMPARE(tree(byGantry), tree(byCli));
        const QList<DockerContext> read = DockerConfigDir(byGantry).contexts();
        QCOMPARE(read.size(), 1);
        QVERIFY(read[0].caFile.isEmpty());

        // And with TLS: only the new files.
        spec.name = u"reused-tls"_s;
        spec.host = u"tcp://127.0.0.1:2376"_s;
        spec.caFile = dir.filePath(u"ca.pem"_s);
        const QString stale =
            byGantry + u"/contexts/tls/"_s + DockerConfigDir::contextId(spec.name) + u"/docker"_s;
        QVERIFY(QDir().mkpath(stale));
        QVERIFY(QFile::copy(dir.filePath(u"key.pem"_s), stale + u"/key.pem"_s));
        QVERIFY(DockerConfigDir(byGantry).createContext(spec));
        QVERIFY(QFileInfo::exists(stale + u"/ca.pem"_s));
        QVERIFY(!QFileInfo::exists(stale + u"/key.pem"_s));
    }
};

QTEST_GUILESS_MAIN(TestContextEquivalence)
#include "tst_context_equivalence.moc"
