// The engine catalogue reads docker contexts the way the docker CLI writes them: every config
// directory here is made by the real `docker context create` / `docker context use`
// (DOCKER_CONFIG pointing at a temporary directory), so the format is the CLI's own.
#include "TlsFiles.h"
#include "catalogue/DockerContexts.h"
#include "catalogue/EngineCatalogue.h"
#include "catalogue/SavedEngines.h"

#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace gantry;
using namespace Qt::StringLiterals;

namespace {

// Runs the real docker CLI with DOCKER_CONFIG=configDir; true when it exits 0.
bool docker(const QString &configDir, const QStringList &args, QByteArray *out = nullptr)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"DOCKER_CONFIG"_s, configDir);
    env.remove(u"DOCKER_HOST"_s);
    env.remove(u"DOCKER_CONTEXT"_s);
    p.setProcessEnvironment(env);
    p.start(u"docker"_s, args);
    if (!p.waitForFinished(30000))
        return false;
    if (out)
        *out = p.readAllStandardOutput();
    if (p.exitCode() != 0)
        qWarning("docker %s: %s", qPrintable(args.join(u' ')),
                 p.readAllStandardError().constData());
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}

EndpointInputs inputsFor(const QString &configDir)
{
    EndpointInputs in;
    in.env.insert(u"DOCKER_CONFIG"_s, configDir);
    in.homeDir = u"/nonexistent-home"_s;
    in.defaultSocket = u"/run/default.sock"_s;
    return in;
}

} // namespace

class TestEngineCatalogue : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_config = m_dir.filePath(u"docker-config-"_s + QString::number(m_round++));
        QVERIFY(QDir().mkpath(m_config));
        m_settings =
            std::make_unique<QSettings>(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        m_settings->clear();
    }

    void contextsMadeByTheCliAreRead()
    {
        QVERIFY(makeTlsFiles(m_dir.path()));
        QVERIFY(docker(m_config, {u"context"_s, u"create"_s, u"build-box"_s, u"--description"_s,
                                  u"the build box"_s, u"--docker"_s,
                                  u"host=tcp://127.0.0.1:2376,ca=%1,cert=%2,key=%3"_s.arg(
                                      m_dir.filePath(u"ca.pem"_s), m_dir.filePath(u"cert.pem"_s),
                                      m_dir.filePath(u"key.pem"_s))}));
        QVERIFY(docker(m_config, {u"context"_s, u"create"_s, u"laptop"_s, u"--docker"_s,
                                  u"host=unix:///run/laptop.sock"_s}));
        QVERIFY(docker(m_config, {u"context"_s, u"use"_s, u"laptop"_s}));

        const DockerConfigDir config(m_config);
        QCOMPARE(config.currentContext(), u"laptop"_s);
        const QList<DockerContext> contexts = config.contexts();
        QCOMPARE(contexts.size(), 2);
        QCOMPARE(contexts[0].name, u"build-box"_s);
        QCOMPARE(contexts[0].description, u"the build box"_s);
        QCOMPARE(contexts[0].host, u"tcp://127.0.0.1:2376"_s);
        QVERIFY(!contexts[0].skipTlsVerify);
        const QString tls =
            m_config + u"/contexts/tls/"_s + DockerConfigDir::contextId(u"build-box"_s);
        QCOMPARE(contexts[0].caFile, tls + u"/docker/ca.pem"_s);
        QCOMPARE(contexts[0].keyFile, tls + u"/docker/key.pem"_s);
        QFile copy(contexts[0].certFile), original(m_dir.filePath(u"cert.pem"_s));
        QVERIFY(copy.open(QIODevice::ReadOnly) && original.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), original.readAll());
        QCOMPARE(contexts[1].name, u"laptop"_s);
        QVERIFY(contexts[1].caFile.isEmpty());

        // The catalogue: default first, then the contexts, the current one marked.
        const SavedEngines saved(m_settings.get());
        const EngineCatalogue catalogue(inputsFor(m_config), saved);
        const QList<EngineChoice> &choices = catalogue.choices();
        QCOMPARE(choices.size(), 3);
        QCOMPARE(choices[0].id(), u"context:default"_s);
        QCOMPARE(choices[0].url, u"unix:///run/default.sock"_s);
        QVERIFY(!choices[0].current);
        QVERIFY(!choices[1].current);
        QVERIFY(choices[2].current);
        QCOMPARE(choices[2].id(), u"context:laptop"_s);

        const Result<Endpoint> box = choices[1].endpoint();
        QVERIFY(box);
        QVERIFY(box->tls && box->tlsVerify);
        QCOMPARE(box->host, u"127.0.0.1"_s);
        QCOMPARE(box->port, 2376);
        QCOMPARE(box->caFile, contexts[0].caFile);
        QCOMPARE(box->source, u"context build-box"_s);
        QCOMPARE(EngineCatalogue::idOf(box.value()), u"context:build-box"_s);

        // resolveEndpoint, as at start, agrees on the current context.
        const Result<Endpoint> current = resolveEndpoint(inputsFor(m_config));
        QVERIFY(current);
        QCOMPARE(current->url(), u"unix:///run/laptop.sock"_s);
        QCOMPARE(EngineCatalogue::idOf(current.value()), u"context:laptop"_s);
    }

    void skipTlsVerifyIsRead()
    {
        QVERIFY(makeTlsFiles(m_dir.path()));
        QVERIFY(docker(m_config, {u"context"_s, u"create"_s, u"loose"_s, u"--docker"_s,
                                  u"host=tcp://127.0.0.1:2376,ca=%1,skip-tls-verify=true"_s.arg(
                                      m_dir.filePath(u"ca.pem"_s))}));
        const QList<DockerContext> contexts = DockerConfigDir(m_config).contexts();
        QCOMPARE(contexts.size(), 1);
        QVERIFY(contexts[0].skipTlsVerify);
        QVERIFY(contexts[0].certFile.isEmpty());
        const SavedEngines saved(m_settings.get());
        const Result<Endpoint> e =
            EngineCatalogue(inputsFor(m_config), saved).choices()[1].endpoint();
        QVERIFY(e && e->tls && !e->tlsVerify);
    }

    void dockerHostAndSavedEnginesAreListed()
    {
        SavedEngines saved(m_settings.get());
        saved.setList({{u"nas"_s, u"tcp://127.0.0.1:2375"_s, {}, {}, {}, false},
                       {u"remote"_s, u"tcp://127.0.0.1:2376"_s, u"/c/ca.pem"_s, u"/c/cert.pem"_s,
                        u"/c/key.pem"_s, false}});
        EndpointInputs in = inputsFor(m_config);
        in.env.insert(u"DOCKER_HOST"_s, u"unix:///run/env.sock"_s);
        const EngineCatalogue catalogue(in, saved);
        const QList<EngineChoice> &choices = catalogue.choices();
        QCOMPARE(choices.size(), 4);
        QVERIFY(choices[0].current); // no config.json: the default context
        QCOMPARE(choices[1].id(), u"env:DOCKER_HOST"_s);
        QCOMPARE(choices[1].url, u"unix:///run/env.sock"_s);
        QCOMPARE(choices[2].id(), u"saved:nas"_s);
        QCOMPARE(choices[3].id(), u"saved:remote"_s);
        const Result<Endpoint> remote = choices[3].endpoint();
        QVERIFY(remote && remote->tls && remote->tlsVerify);
        QCOMPARE(remote->certFile, u"/c/cert.pem"_s);
        QCOMPARE(EngineCatalogue::idOf(remote.value()), u"saved:remote"_s);
        const Result<Endpoint> nas = choices[2].endpoint();
        QVERIFY(nas && !nas->tls);

        // Saved to the settings file and read back by another QSettings.
        m_settings->sync();
        QSettings again(m_settings->fileName(), QSettings::IniFormat);
        QCOMPARE(SavedEngines(&again).list(), saved.list());
        QVERIFY(!again.allKeys().join(u' ').contains(u"password"_s, Qt::CaseInsensitive));
    }

    void theLastEngineIsUsedUnlessOverridden()
    {
        QVERIFY(docker(m_config, {u"context"_s, u"create"_s, u"laptop"_s, u"--docker"_s,
                                  u"host=unix:///run/laptop.sock"_s}));
        SavedEngines saved(m_settings.get());
        saved.setList({{u"nas"_s, u"tcp://127.0.0.1:2375"_s, {}, {}, {}, false}});
        EndpointInputs in = inputsFor(m_config);
        QCOMPARE(EngineCatalogue::startEndpoint(in, saved)->url(), u"unix:///run/default.sock"_s);
        saved.setLastEngine(u"saved:nas"_s);
        QCOMPARE(EngineCatalogue::startEndpoint(in, saved)->url(), u"tcp://127.0.0.1:2375"_s);
        saved.setLastEngine(u"context:laptop"_s);
        QCOMPARE(EngineCatalogue::startEndpoint(in, saved)->url(), u"unix:///run/laptop.sock"_s);
        // Gone since: docker's current context.
        saved.setLastEngine(u"saved:gone"_s);
        QCOMPARE(EngineCatalogue::startEndpoint(in, saved)->url(), u"unix:///run/default.sock"_s);

        saved.setLastEngine(u"saved:nas"_s);
        EndpointInputs flag = in;
        flag.hostFlag = u"unix:///run/flag.sock"_s;
        QCOMPARE(EngineCatalogue::startEndpoint(flag, saved)->url(), u"unix:///run/flag.sock"_s);
        EndpointInputs env = in;
        env.env.insert(u"DOCKER_HOST"_s, u"unix:///run/env.sock"_s);
        QCOMPARE(EngineCatalogue::startEndpoint(env, saved)->url(), u"unix:///run/env.sock"_s);
        EndpointInputs context = in;
        context.env.insert(u"DOCKER_CONTEXT"_s, u"laptop"_s);
        QCOMPARE(EngineCatalogue::startEndpoint(context, saved)->url(),
                 u"unix:///run/laptop.sock"_s);
    }

    void fieldsAreValidated()
    {
        QVERIFY(!SavedEngines::nameProblem(u""_s, {}).isEmpty());
        QVERIFY(!SavedEngines::nameProblem(u"nas"_s, {u"nas"_s}).isEmpty());
        QVERIFY(SavedEngines::nameProblem(u"nas"_s, {u"other"_s}).isEmpty());
        QVERIFY(SavedEngines::urlProblem(u"unix:///run/docker.sock"_s).isEmpty());
        QVERIFY(SavedEngines::urlProblem(u"tcp://127.0.0.1:2375"_s).isEmpty());
        QVERIFY(SavedEngines::urlProblem(u"ssh://me@build-box:2222"_s).isEmpty());
        QVERIFY(!SavedEngines::urlProblem(u""_s).isEmpty());
        QVERIFY(!SavedEngines::urlProblem(u"ftp://x"_s).isEmpty());
        QVERIFY(!SavedEngines::urlProblem(u"unix://relative.sock"_s).isEmpty());
        QVERIFY(!SavedEngines::urlProblem(u"ssh://"_s).isEmpty());
        // Said where it is typed, as Endpoint::parse words it.
        QVERIFY(SavedEngines::urlProblem(u"ssh://me@box/var/run/docker.sock"_s)
                    .contains(u"no path"_s));
        QVERIFY(SavedEngines::urlProblem(u"ssh://me@box:99999"_s).contains(u"port"_s));
        QVERIFY(!SavedEngines::urlProblem(u"tcp://"_s).isEmpty());
        writeFile(m_dir.filePath(u"ca.pem"_s), "CA\n");
        QVERIFY(SavedEngines::tlsFileProblem(m_dir.filePath(u"ca.pem"_s)).isEmpty());
        QVERIFY(SavedEngines::tlsFileProblem({}).isEmpty());
        QVERIFY(!SavedEngines::tlsFileProblem(m_dir.filePath(u"none.pem"_s)).isEmpty());
        QVERIFY(!SavedEngines::tlsFileProblem(m_dir.path()).isEmpty());
        QVERIFY(!DockerConfigDir::nameProblem(u"default"_s).isEmpty());
        QVERIFY(!DockerConfigDir::nameProblem(u"a"_s).isEmpty());
        QVERIFY(!DockerConfigDir::nameProblem(u"with space"_s).isEmpty());
        QVERIFY(DockerConfigDir::nameProblem(u"build-box_2.0+x"_s).isEmpty());
    }

    void nameRuleMatchesTheCli()
    {
        for (const QString &name : {u"ok-name"_s, u"a"_s, u"-dash"_s, u"sp ace"_s, u"x/y"_s}) {
            const bool cli = docker(m_config, {u"context"_s, u"create"_s, name, u"--docker"_s,
                                               u"host=unix:///run/x.sock"_s});
            QCOMPARE(DockerConfigDir::nameProblem(name).isEmpty(), cli);
        }
    }

private:
    QTemporaryDir m_dir;
    QString m_config;
    int m_round = 0;
    std::unique_ptr<QSettings> m_settings;
};

QTEST_GUILESS_MAIN(TestEngineCatalogue)
#include "tst_engine_catalogue.moc"
