// "Update available" (issue 19 item 4) against the test bed's registry (htpasswd, so Basic):
// an image pushed is up to date; another image pushed under the same tag makes the local one
// outdated; no login is a clear Unauthorized. Plus the pure parts: references and the
// comparison.
#include "TestBed.h"
#include "registry/UpdateCheck.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

using namespace gantry;
using namespace Qt::StringLiterals;

namespace {

bool cli(const QString &config, const QStringList &args)
{
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(u"DOCKER_HOST"_s, testbed::env("GANTRY_TEST_HOST"));
    e.insert(u"DOCKER_CONFIG"_s, config);
    return testbed::docker(args, 120000, e).has_value();
}

Result<UpdateStatus> run(UpdateCheck *check)
{
    std::optional<Result<UpdateStatus>> out;
    QObject::connect(check, &UpdateCheck::finished, check,
                     [&out](const Result<UpdateStatus> &r) { out.emplace(r); });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 30000))
        return EngineError::protocol(u"no answer in 30 s"_s);
    return *out;
}

// A registry of one answer per request on 127.0.0.1: `answer` gets the request's head.
class FakeRegistry : public QTcpServer {
public:
    std::function<QByteArray(const QByteArray &)> answer;
    QList<QByteArray> requests;
    FakeRegistry()
    {
        listen(QHostAddress::LocalHost);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [this, s] {
                    m_pending[s] += s->readAll();
                    if (!m_pending[s].contains("\r\n\r\n"))
                        return;
                    const QByteArray head = m_pending.take(s);
                    requests << head;
                    s->write(answer(head));
                    s->disconnectFromHost();
                });
            }
        });
    }
    QString host() const { return u"127.0.0.1:"_s + QString::number(serverPort()); }

private:
    QHash<QTcpSocket *, QByteArray> m_pending;
};

} // namespace

class TestUpdateCheck : public QObject {
    Q_OBJECT
private slots:
    void parsesReferences_data()
    {
        QTest::addColumn<QString>("reference");
        QTest::addColumn<QString>("registry");
        QTest::addColumn<QString>("repository");
        QTest::addColumn<QString>("tag");
        QTest::newRow("hub short")
            << u"busybox"_s << RegistryAuth::dockerHub() << u"library/busybox"_s << u"latest"_s;
        QTest::newRow("hub user") << u"me/app:1.0"_s << RegistryAuth::dockerHub() << u"me/app"_s
                                  << u"1.0"_s;
        QTest::newRow("docker.io") << u"docker.io/library/busybox:1"_s << RegistryAuth::dockerHub()
                                   << u"library/busybox"_s << u"1"_s;
        QTest::newRow("port") << u"127.0.0.1:5000/a/b:t"_s << u"127.0.0.1:5000"_s << u"a/b"_s
                              << u"t"_s;
        QTest::newRow("port, no tag")
            << u"localhost:5000/a"_s << u"localhost:5000"_s << u"a"_s << u"latest"_s;
    }
    void parsesReferences()
    {
        QFETCH(QString, reference);
        QFETCH(QString, registry);
        QFETCH(QString, repository);
        QFETCH(QString, tag);
        const std::optional<ImageName> n = ImageName::parse(reference);
        QVERIFY(n);
        QCOMPARE(n->registry, registry);
        QCOMPARE(n->repository, repository);
        QCOMPARE(n->tag, tag);
        QVERIFY(!ImageName::parse(u"a/b@sha256:00"_s));
        QCOMPARE(UpdateCheck::baseUrl(u"127.0.0.1:5000"_s), u"http://127.0.0.1:5000"_s);
        QCOMPARE(UpdateCheck::baseUrl(u"registry.example.org"_s),
                 u"https://registry.example.org"_s);
    }

    // A login in clear text only to this machine: the host itself, not a user-info part that
    // looks like it, nor a name that starts like a loopback address.
    void loginOnlyOverTlsOrLoopback()
    {
        QCOMPARE(UpdateCheck::baseUrl(u"127.foo.example"_s), u"https://127.foo.example"_s);
        QCOMPARE(UpdateCheck::baseUrl(u"127.0.0.1.evil.com:5000"_s),
                 u"https://127.0.0.1.evil.com:5000"_s);
        QCOMPARE(UpdateCheck::baseUrl(u"localhost:5000"_s), u"http://localhost:5000"_s);
        QCOMPARE(UpdateCheck::baseUrl(u"[::1]:5000"_s), u"http://[::1]:5000"_s);
        QCOMPARE(UpdateCheck::baseUrl(u"127.0.0.2:5000"_s), u"http://127.0.0.2:5000"_s);
        for (const char *bad : {"http://127.0.0.1@evil.com/token", "http://127.x.evil.com/token",
                                "http://localhost.evil.com/token", "http://[::1]@evil.com/",
                                "http://127.0.0.1:80@evil.com/", "ftp://127.0.0.1/"})
            QVERIFY2(!UpdateCheck::mayCarryLogin(QUrl(QString::fromLatin1(bad))), bad);
        for (const char *good :
             {"https://auth.example.com/token", "http://127.0.0.1:5000/token",
              "http://localhost/token", "http://[::1]:5000/token", "http://user@127.0.0.1/token"})
            QVERIFY2(UpdateCheck::mayCarryLogin(QUrl(QString::fromLatin1(good))), good);
    }

    // The login goes only after the registry asks for Basic, and never along a redirect.
    void loginNotSentAhead_NorRedirected()
    {
        FakeRegistry elsewhere;
        elsewhere.answer = [](const QByteArray &) {
            return QByteArray("HTTP/1.1 200 OK\r\nDocker-Content-Digest: sha256:aa\r\n"
                              "Content-Length: 0\r\nConnection: close\r\n\r\n");
        };
        FakeRegistry registry;
        registry.answer = [&elsewhere](const QByteArray &head) -> QByteArray {
            if (!head.contains("Authorization:"))
                return QByteArray("HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Basic "
                                  "realm=\"r\"\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            return "HTTP/1.1 307 Temporary Redirect\r\nLocation: http://" +
                   elsewhere.host().toLatin1() +
                   "/v2/a/b/manifests/t\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
        };
        QNetworkAccessManager network;
        const RegistryCredentials login{registry.host(), u"user"_s, u"secret"_s, {}};
        const Result<UpdateStatus> r =
            run(UpdateCheck::start(&network, registry.host() + u"/a/b:t"_s,
                                   {registry.host() + u"/a/b@sha256:aa"_s}, login, this));
        QVERIFY(!r);
        QCOMPARE(registry.requests.size(), 2);
        QVERIFY(!registry.requests.first().contains("Authorization:")); // not before asked
        QVERIFY(registry.requests.last().contains("Authorization: Basic"));
        for (const QByteArray &head : std::as_const(elsewhere.requests))
            QVERIFY2(!head.contains("Authorization:"), head.constData());
    }

    void compares()
    {
        const ImageName n = *ImageName::parse(u"127.0.0.1:5000/a/b:t"_s);
        const QStringList digests{u"127.0.0.1:5000/other@sha256:aa"_s,
                                  u"127.0.0.1:5000/a/b@sha256:bb"_s};
        QCOMPARE(UpdateCheck::compare(n, digests, u"sha256:bb"_s).state,
                 UpdateStatus::State::UpToDate);
        const UpdateStatus old = UpdateCheck::compare(n, digests, u"sha256:cc"_s);
        QCOMPARE(old.state, UpdateStatus::State::Outdated);
        QCOMPARE(old.localDigest, u"sha256:bb"_s);
        QCOMPARE(
            UpdateCheck::compare(n, {u"127.0.0.1:5000/other@sha256:aa"_s}, u"sha256:aa"_s).state,
            UpdateStatus::State::NotFromRegistry);
    }

    void againstTheRegistry()
    {
        if (!testbed::available() || testbed::env("GANTRY_TEST_REGISTRY").isEmpty())
            QFAIL(testbed::missingMessage());
        const QString registry = testbed::env("GANTRY_TEST_REGISTRY");
        const RegistryCredentials login{registry,
                                        testbed::env("GANTRY_TEST_REGISTRY_USER"),
                                        testbed::env("GANTRY_TEST_REGISTRY_PASSWORD"),
                                        {}};
        QTemporaryDir config;
        QVERIFY(cli(config.path(),
                    {u"login"_s, u"-u"_s, login.username, u"-p"_s, login.password, registry}));
        const QString id = testbed::unique("u");
        const QString ref = registry + u"/gantry/update:"_s + id;
        const QString other = registry + u"/gantry/update-other:"_s + id;
        m_cleanup << ref << other;
        for (const QString &r : {ref, other}) {
            const QString maker = testbed::unique("gantry-upd-");
            QVERIFY(testbed::docker({u"run"_s, u"--name"_s, maker, u"--network"_s, u"none"_s,
                                     testbed::env("GANTRY_TEST_IMAGE"), u"sh"_s, u"-c"_s,
                                     u"head -c 1000 /dev/urandom > /blob"_s}));
            QVERIFY(testbed::docker({u"commit"_s, maker, r}));
            testbed::docker({u"rm"_s, maker});
        }
        QVERIFY(cli(config.path(), {u"push"_s, ref}));
        const QStringList pushed = UpdateCheck::repoDigests(testbed::inspect(ref));
        QVERIFY(!pushed.isEmpty());

        QNetworkAccessManager network;
        auto check = [&](const std::optional<RegistryCredentials> &credentials) {
            return run(UpdateCheck::start(
                &network, ref, UpdateCheck::repoDigests(testbed::inspect(ref)), credentials, this));
        };
        Result<UpdateStatus> r = check(login);
        QVERIFY2(r, qPrintable(r.error().describe()));
        QCOMPARE(r->state, UpdateStatus::State::UpToDate);
        QVERIFY(pushed.first().endsWith(r->remoteDigest));

        // Another image pushed under the same tag; the local tag stays on the old one.
        const QString oldId = testbed::inspect(ref).value(u"Id"_s).toString();
        QVERIFY(testbed::docker({u"tag"_s, other, ref}));
        QVERIFY(cli(config.path(), {u"push"_s, ref}));
        QVERIFY(testbed::docker({u"tag"_s, oldId, ref}));
        r = check(login);
        QVERIFY2(r, qPrintable(r.error().describe()));
        QCOMPARE(r->state, UpdateStatus::State::Outdated);
        QVERIFY(pushed.first().endsWith(r->localDigest));
        QVERIFY(r->remoteDigest != r->localDigest);

        // Pulled: up to date again.
        QVERIFY(cli(config.path(), {u"pull"_s, ref}));
        r = check(login);
        QVERIFY2(r, qPrintable(r.error().describe()));
        QCOMPARE(r->state, UpdateStatus::State::UpToDate);

        // No login, or a wrong one: Unauthorized, said so.
        r = check(std::nullopt);
        QVERIFY(!r);
        QCOMPARE(r.error().kind(), EngineError::Kind::Unauthorized);
        r = check(RegistryCredentials{registry, login.username, u"wrong"_s, {}});
        QVERIFY(!r);
        QCOMPARE(r.error().kind(), EngineError::Kind::Unauthorized);
        // A tag that is not there.
        r = run(UpdateCheck::start(&network, ref + u"-none"_s, {}, login, this));
        QCOMPARE(r.error().kind(), EngineError::Kind::NotFound);
    }

    void cleanupTestCase()
    {
        for (const QString &ref : std::as_const(m_cleanup))
            testbed::docker({u"image"_s, u"rm"_s, u"-f"_s, ref});
    }

private:
    QStringList m_cleanup;
};

QTEST_GUILESS_MAIN(TestUpdateCheck)
#include "tst_update_check.moc"
