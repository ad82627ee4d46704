// "Save as docker context" writes what `docker context create` writes: the same inputs given
// to Gantry and to the real CLI, in two temporary DOCKER_CONFIG directories, give the same
// `docker context inspect` (storage paths aside), the same meta.json bytes and the same file
// modes; and the command line Gantry shows is the one that was run.
#include "TlsFiles.h"
#include "catalogue/DockerContexts.h"

#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace gantry;
using namespace Qt::StringLiterals;

namespace {

std::optional<QByteArray> docker(const QString &configDir, const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"DOCKER_CONFIG"_s, configDir);
    env.remove(u"DOCKER_HOST"_s);
    env.remove(u"DOCKER_CONTEXT"_s);
    p.setProcessEnvironment(env);
    p.start(u"docker"_s, args);
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning("docker %s: %s", qPrintable(args.join(u' ')),
                 p.readAllStandardError().constData());
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
        QTest::newRow("unix") << u"laptop"_s << QString() << u"unix:///run/x.sock"_s << false
                              << false;
        QTest::newRow("tls") << u"build-box"_s << u"the <build> & \"box\""_s
                             << u"tcp://127.0.0.1:2376"_s << true << false;
        QTest::newRow("tls, no verification")
            << u"loose.1"_s << u"été"_s << u"tcp://127.0.0.1:2376"_s << true << true;
        QTest::newRow("plain tcp")
            << u"nas"_s << QString() << u"tcp://127.0.0.1:2375"_s << false << false;
    }

    void sameAsTheCli()
    {
        QFETCH(QString, name);
        QFETCH(QString, description);
        QFETCH(QString, host);
        QFETCH(bool, tls);
        QFETCH(bool, skipVerify);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString files = dir.filePath(u"certs"_s);
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
        QVERIFY(!docker(dir.path(), spec.cliArguments())); // the CLI refuses it too

        spec.name = u"default"_s;
        QVERIFY(!DockerConfigDir(dir.path()).createContext(spec));
        // TLS files the CLI would refuse (not PEM) are refused too.
        QTemporaryDir files;
        writeFile(files.filePath(u"bad.pem"_s), "not a certificate\n");
        spec.name = u"bad-ca"_s;
        spec.host = u"tcp://127.0.0.1:2376"_s;
        spec.caFile = files.filePath(u"bad.pem"_s);
        QVERIFY(!docker(dir.path(), spec.cliArguments()));
        const Result<Done> bad = DockerConfigDir(dir.path()).createContext(spec);
        QVERIFY(!bad);
        QVERIFY2(bad.error().message().contains(u"bad.pem"_s), qPrintable(bad.error().message()));
        spec.name = u"missing-ca"_s;
        spec.host = u"tcp://127.0.0.1:2376"_s;
        spec.caFile = dir.filePath(u"none.pem"_s);
        QVERIFY(!DockerConfigDir(dir.path()).createContext(spec));
        QCOMPARE(tree(dir.path()), before); // nothing written on a refusal
    }
};

QTEST_GUILESS_MAIN(TestContextEquivalence)
#include "tst_context_equivalence.moc"
