#include "TestBed.h"
#include "registry/RegistrySpecs.h"
#include "registry/RegistryTransfer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace gantry;
using namespace Qt::StringLiterals;

namespace {

QString unique()
{
    return QUuid::createUuid().toString(QUuid::Id128).left(10);
}

QJsonObject inspectImage(const QString &ref)
{
    const auto out = testbed::docker({u"image"_s, u"inspect"_s, ref});
    return out ? QJsonDocument::fromJson(*out).array().first().toObject() : QJsonObject();
}

QStringList repoDigests(const QString &ref)
{
    QStringList out;
    for (const QJsonValue &v : inspectImage(ref).value("RepoDigests"_L1).toArray())
        out << v.toString();
    return out;
}

struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// The real docker CLI with its own config dir: `docker login` writes its config.json
// there, never in the user's ~/.docker.
CliRun cli(const QString &configDir, const QStringList &argv, const QByteArray &stdinData = {})
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(u"DOCKER_HOST"_s, testbed::env("GANTRY_TEST_HOST"));
    e.insert(u"DOCKER_CONFIG"_s, configDir);
    p.setProcessEnvironment(e);
    p.start(argv.first(), argv.mid(1));
    p.write(stdinData);
    p.closeWriteChannel();
    CliRun r;
    if (!p.waitForFinished(120000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace

// Logins, pushes and pulls against the test bed's registry (htpasswd auth, a password
// whose base64 holds '+' and '/'), through the engine as Gantry does them, and the same
// actions' command lines with the real docker CLI.
class TestRegistry : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (!testbed::available() || testbed::env("GANTRY_TEST_REGISTRY").isEmpty())
            QFAIL(testbed::missingMessage());
        m_registry = testbed::env("GANTRY_TEST_REGISTRY");
        m_login = {m_registry,
                   testbed::env("GANTRY_TEST_REGISTRY_USER"),
                   testbed::env("GANTRY_TEST_REGISTRY_PASSWORD"),
                   {}};
        // Pinged, with the API version negotiated.
        m_client = testbed::connectedClient(this);
        QVERIFY(m_client);
        // An image with a layer of its own, so that pulling it back downloads something.
        const QString id = unique();
        m_image = m_registry + u"/gantry/seed:"_s + id;
        const QString maker = u"gantry-reg-"_s + id;
        QVERIFY(testbed::docker({u"run"_s, u"--name"_s, maker, u"--network"_s, u"none"_s,
                                 testbed::env("GANTRY_TEST_IMAGE"), u"sh"_s, u"-c"_s,
                                 u"head -c 200000 /dev/urandom > /blob"_s}));
        QVERIFY(testbed::docker({u"commit"_s, maker, m_image}));
        testbed::docker({u"rm"_s, maker});
        m_cleanup << m_image;
    }

    void cleanupTestCase()
    {
        for (const QString &ref : std::as_const(m_cleanup))
            testbed::docker({u"image"_s, u"rm"_s, u"-f"_s, ref});
    }

    void loginRight()
    {
        const auto r = login(m_login);
        QVERIFY2(!r.isError(), qPrintable(r.describe()));
    }

    void loginWrongIsUnauthorized()
    {
        RegistryCredentials wrong = m_login;
        wrong.password += u"x"_s;
        const EngineError e = login(wrong);
        QCOMPARE(e.kind(), EngineError::Kind::Unauthorized);
        QVERIFY2(e.message().contains(u"refused this user name and password"_s),
                 qPrintable(e.message()));
        QVERIFY(!e.describe().contains(wrong.password));
    }

    // Why the header is base64url: the engine does not decode plain base64 of this login
    // and pushes with no credentials at all.
    void plainBase64HeaderLosesTheLogin()
    {
        Request r = PushSpec{m_image, m_login}.request();
        r.headers = {{"X-Registry-Auth", RegistryAuth::authConfigJson(m_login).toBase64()}};
        QByteArray body;
        Reply *reply = m_client->send(r);
        connect(reply, &Reply::received, this, [&](const QByteArray &c) { body += c; });
        QSignalSpy finished(reply, &Reply::finished); // the reply deletes itself afterwards
        QVERIFY(finished.wait(60000));
        QVERIFY2(body.contains("no basic auth credentials"), body.constData());
    }

    void pushRemovePullSameDigest()
    {
        RegistryTransfer push(m_client, PushSpec{m_image, m_login});
        QVERIFY2(!runTransfer(push).isError(), qPrintable(push.error().describe()));
        const QString digest = push.progress().digest();
        QVERIFY(digest.startsWith(u"sha256:"_s));
        QVERIFY(!push.progress().layers().isEmpty());
        for (const TransferProgress::Layer &l : push.progress().layers())
            QVERIFY2(l.done, qPrintable(l.id + u' ' + l.status));
        const QString repoDigest = m_registry + u"/gantry/seed@"_s + digest;
        QVERIFY(repoDigests(m_image).contains(repoDigest));

        QVERIFY(testbed::docker({u"image"_s, u"rm"_s, m_image}));
        QCOMPARE(testbed::docker({u"image"_s, u"ls"_s, u"-q"_s, m_image}), QByteArray());

        RegistryTransfer pull(m_client, PullSpec{m_image, m_login});
        QList<double> overall;
        connect(&pull, &RegistryTransfer::layersChanged, this, [&] {
            if (const auto f = pull.progress().overall())
                overall << *f;
        });
        QVERIFY2(!runTransfer(pull).isError(), qPrintable(pull.error().describe()));
        QCOMPARE(pull.progress().digest(), digest);
        QVERIFY(repoDigests(m_image).contains(repoDigest));
        // The layer of its own came down the wire: downloaded, extracted, complete.
        const auto downloaded =
            std::count_if(pull.progress().layers().begin(), pull.progress().layers().end(),
                          [](const TransferProgress::Layer &l) { return !l.present && l.done; });
        QCOMPARE(downloaded, 1);
        QVERIFY(!overall.isEmpty());
        QCOMPARE(overall.last(), 1.0);
    }

    void pullWithoutLoginFailsClearly()
    {
        RegistryTransfer pull(m_client, PullSpec{m_image, std::nullopt});
        const EngineError e = runTransfer(pull);
        QCOMPARE(e.kind(), EngineError::Kind::Unauthorized);
        QVERIFY2(e.message().contains(u"not logged in to "_s + m_registry),
                 qPrintable(e.message()));
        QVERIFY2(e.describe().contains(u"log in"_s), qPrintable(e.describe()));
    }

    void pushWithoutLoginFailsClearly()
    {
        RegistryTransfer push(m_client, PushSpec{m_image, std::nullopt});
        const EngineError e = runTransfer(push);
        QCOMPARE(e.kind(), EngineError::Kind::Unauthorized);
        QVERIFY2(e.message().contains(u"not logged in to "_s + m_registry),
                 qPrintable(e.message()));
    }

    void pushOfAMissingImageFails()
    {
        RegistryTransfer push(m_client,
                              PushSpec{m_registry + u"/gantry/nothing-"_s + unique(), m_login});
        const EngineError e = runTransfer(push);
        QVERIFY(e.isError());
        QVERIFY(e.kind() != EngineError::Kind::Unauthorized);
    }

    void cancelStopsTheTransfer()
    {
        RegistryTransfer pull(m_client, PullSpec{m_image, m_login});
        QSignalSpy finished(&pull, &RegistryTransfer::finished);
        pull.start();
        QVERIFY(pull.isRunning());
        pull.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QCOMPARE(pull.error().kind(), EngineError::Kind::Cancelled);
        QVERIFY(!pull.isRunning());
    }

    // The command lines, run with the real CLI, do what the API requests did: the login is
    // accepted or refused alike, and the pushed image has the same digest.
    void cliEquivalence()
    {
        QTemporaryDir config;
        QVERIFY(config.isValid());
        RegistryCredentials wrong = m_login;
        wrong.password = u"not-it"_s;
        const CliRun refused =
            cli(config.path(), LoginSpec{wrong}.commandLine(), wrong.password.toUtf8());
        QVERIFY(refused.exitCode != 0);
        QFile written(config.path() + u"/config.json"_s);
        QVERIFY(!written.open(QIODevice::ReadOnly) || !written.readAll().contains("\"auth\""));

        const CliRun accepted =
            cli(config.path(), LoginSpec{m_login}.commandLine(), m_login.password.toUtf8());
        QVERIFY2(accepted.exitCode == 0, accepted.err.constData());

        // Same content as the image Gantry pushed, under another tag: same digest.
        const QString cliRef = m_registry + u"/gantry/seed:cli-"_s + unique();
        QVERIFY(testbed::docker({u"tag"_s, m_image, cliRef}));
        m_cleanup << cliRef;
        RegistryTransfer apiPush(m_client, PushSpec{m_image, m_login});
        QVERIFY(!runTransfer(apiPush).isError());
        const CliRun pushed = cli(config.path(), PushSpec{cliRef, std::nullopt}.commandLine());
        QVERIFY2(pushed.exitCode == 0, pushed.err.constData());
        QVERIFY2(pushed.out.contains(apiPush.progress().digest().toLatin1()),
                 pushed.out.constData());

        QVERIFY(testbed::docker({u"image"_s, u"rm"_s, cliRef}));
        const CliRun pulled = cli(config.path(), PullSpec{cliRef, std::nullopt}.commandLine());
        QVERIFY2(pulled.exitCode == 0, pulled.err.constData());
        QVERIFY(repoDigests(cliRef).contains(m_registry + u"/gantry/seed@"_s +
                                             apiPush.progress().digest()));

        const CliRun out = cli(config.path(), LogoutSpec{m_registry}.commandLine());
        QCOMPARE(out.exitCode, 0);
        const CliRun denied = cli(config.path(), PullSpec{cliRef, std::nullopt}.commandLine());
        QVERIFY(denied.exitCode != 0); // logged out: the CLI is refused like Gantry
        QVERIFY2(denied.err.contains("no basic auth credentials"), denied.err.constData());
    }

private:
    EngineError login(const RegistryCredentials &c)
    {
        Reply *reply = m_client->send(LoginSpec{c}.request());
        QSignalSpy finished(reply, &Reply::finished);
        if (!finished.wait(60000))
            return EngineError(EngineError::Kind::Timeout, u"no answer"_s);
        return RegistryAuth::explain(reply->error(), RegistryAuth::Operation::Login,
                                     c.serverAddress, {}, true);
    }

    EngineError runTransfer(RegistryTransfer &t)
    {
        QSignalSpy finished(&t, &RegistryTransfer::finished);
        t.start();
        if (!finished.wait(120000))
            return EngineError(EngineError::Kind::Timeout, u"no answer"_s);
        return t.error();
    }

    DockerClient *m_client = nullptr;
    QString m_registry;
    RegistryCredentials m_login;
    QString m_image;
    QStringList m_cleanup;
};

QTEST_GUILESS_MAIN(TestRegistry)
#include "tst_registry.moc"
