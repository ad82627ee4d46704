#include "TestBed.h"
#include "registry/CredentialStore.h"

#include <QDirIterator>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace gantry;
using namespace Qt::StringLiterals;

namespace {

// Every message the test process logs: no password may be in one.
QStringList &messages()
{
    static QStringList m;
    return m;
}

void recordMessage(QtMsgType, const QMessageLogContext &, const QString &text)
{
    messages() << text;
    fprintf(stderr, "%s\n", qPrintable(text));
}

QTemporaryDir *home = nullptr;

// Files under `dir` whose bytes contain `secret`.
QStringList filesContaining(const QString &dir, const QString &secret)
{
    QStringList out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(secret.toUtf8()))
            out << f.fileName();
    }
    return out;
}

QString secretTool(const QStringList &args)
{
    QProcess p;
    p.start(u"secret-tool"_s, args);
    if (!p.waitForFinished(20000))
        return u"<secret-tool timed out>"_s;
    return QString::fromUtf8(p.readAllStandardOutput());
}

std::optional<RegistryCredentials> lookup(CredentialStore &store, const QString &server)
{
    std::optional<std::optional<RegistryCredentials>> out;
    QObject context;
    store.lookup(server, &context, [&](std::optional<RegistryCredentials> c) { out = c; });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 20000))
        qFatal("lookup did not call back");
    return *out;
}

Keychain::Outcome store(CredentialStore &s, const RegistryCredentials &c)
{
    std::optional<Keychain::Outcome> out;
    s.store(c, nullptr, [&](const Keychain::Outcome &o) { out = o; });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 20000))
        qFatal("store did not call back");
    return *out;
}

Keychain::Outcome remove(CredentialStore &s, const QString &server)
{
    std::optional<Keychain::Outcome> out;
    s.remove(server, nullptr, [&](const Keychain::Outcome &o) { out = o; });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 20000))
        qFatal("remove did not call back");
    return *out;
}

void writeFile(const QString &path, const QByteArray &data, bool executable = false)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(data);
    f.close();
    if (executable)
        f.setPermissions(f.permissions() | QFile::ExeOwner | QFile::ExeUser);
}

} // namespace

// Registry logins through the test bed's Secret Service (gnome-keyring on a private
// D-Bus), the session-only mode when there is no keychain, and docker's own logins read
// through its credential helpers' protocol.
class TestCredentialStore : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (!testbed::available() || testbed::env("DBUS_SESSION_BUS_ADDRESS").isEmpty())
            QFAIL(testbed::missingMessage());
        m_service = u"Gantry test credentials "_s + QUuid::createUuid().toString(QUuid::Id128);
        m_password = testbed::env("GANTRY_TEST_REGISTRY_PASSWORD");
        if (m_password.isEmpty())
            m_password = u"g>>>???t3st"_s;
        m_dockerConfig = home->path() + u"/.docker"_s;
        QDir().mkpath(m_dockerConfig);
    }

    void cleanup()
    {
        QSettings().clear();
        QFile::remove(m_dockerConfig + u"/config.json"_s);
    }

    void cleanupTestCase()
    {
        // Nothing of what the tests did may have put the password in a file of ours or a
        // log line (the keychain's own files live in the test bed's directory).
        QCOMPARE(filesContaining(home->path(), m_password), QStringList());
        for (const QString &m : messages())
            QVERIFY2(!m.contains(m_password), qPrintable(m));
    }

    void roundTripThroughTheKeychain()
    {
        const QString server = u"127.0.0.1:5000"_s;
        const RegistryCredentials login{server, u"gantry"_s, m_password, {}};
        {
            CredentialStore s(m_service, m_dockerConfig);
            QSignalSpy changed(&s, &CredentialStore::loginsChanged);
            QCOMPARE(store(s, login).status, Keychain::Status::Ok);
            QCOMPARE(changed.size(), 1);
            QVERIFY(!s.keychainUnavailable());
        }
        // In gnome-keyring, under our service and the server as key; not in our settings.
        QVERIFY(secretTool({u"lookup"_s, u"server"_s, m_service, u"user"_s, server})
                    .contains(m_password));
        QSettings settings;
        settings.sync();
        QVERIFY(QFile::exists(settings.fileName()));
        QCOMPARE(filesContaining(home->path(), m_password), QStringList());

        // Another store (the next start of the app) finds it.
        CredentialStore again(m_service, m_dockerConfig);
        const auto found = lookup(again, u"http://127.0.0.1:5000/"_s);
        QVERIFY(found);
        QCOMPARE(*found, login);
        const QList<CredentialStore::Login> logins = again.logins();
        QCOMPARE(logins.size(), 1);
        QCOMPARE(logins.first().server, server);
        QCOMPARE(logins.first().username, u"gantry"_s);
        QCOMPARE(logins.first().source, CredentialStore::Source::Keychain);

        QCOMPARE(remove(again, server).status, Keychain::Status::Ok);
        QVERIFY(!lookup(again, server));
        QVERIFY(again.logins().isEmpty());
        QVERIFY(secretTool({u"lookup"_s, u"server"_s, m_service, u"user"_s, server}).isEmpty());
    }

    void dockerHubKeyAndSeveralRegistries()
    {
        CredentialStore s(m_service, m_dockerConfig);
        QCOMPARE(store(s, {u"docker.io"_s, u"hubuser"_s, u"hub-secret"_s, {}}).status,
                 Keychain::Status::Ok);
        QCOMPARE(store(s, {u"ghcr.io"_s, u"gh"_s, u"gh-secret"_s, {}}).status,
                 Keychain::Status::Ok);
        QCOMPARE(lookup(s, u"index.docker.io"_s)->password, u"hub-secret"_s);
        QCOMPARE(lookup(s, RegistryAuth::dockerHub())->serverAddress, RegistryAuth::dockerHub());
        QCOMPARE(lookup(s, u"ghcr.io"_s)->password, u"gh-secret"_s);
        QVERIFY(!lookup(s, u"quay.io"_s));
        remove(s, u"docker.io"_s);
        remove(s, u"ghcr.io"_s);
        QVERIFY(s.logins().isEmpty());
    }

    // QtKeychain runs one job at a time: jobs queued without waiting all complete, in order.
    void jobsQueueOneAtATime()
    {
        Keychain k(m_service);
        QStringList order;
        for (int i = 0; i < 4; ++i) {
            const QString key = u"queue-"_s + QString::number(i);
            k.write(key, QByteArray::number(i), this, [&order, key](const Keychain::Outcome &o) {
                order << u"w "_s + key + (o.status == Keychain::Status::Ok ? u" ok"_s : u" !"_s);
            });
            k.read(key, this, [&order, key](const Keychain::Outcome &o) {
                order << u"r "_s + key + u' ' + QString::fromUtf8(o.data);
            });
            k.remove(key, this, [&order, key](const Keychain::Outcome &o) {
                order << u"d "_s + key + (o.status == Keychain::Status::Ok ? u" ok"_s : u" !"_s);
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(order.size(), 12, 20000);
        for (int i = 0; i < 4; ++i) {
            const QString key = u"queue-"_s + QString::number(i);
            QCOMPARE(order[3 * i], u"w "_s + key + u" ok"_s);
            QCOMPARE(order[3 * i + 1], u"r "_s + key + u' ' + QString::number(i));
            QCOMPARE(order[3 * i + 2], u"d "_s + key + u" ok"_s);
        }
    }

    void entryRemovedBehindOurBackIsForgotten()
    {
        CredentialStore s(m_service, m_dockerConfig);
        QCOMPARE(store(s, {u"gone.example.com"_s, u"u"_s, u"p"_s, {}}).status,
                 Keychain::Status::Ok);
        secretTool({u"clear"_s, u"server"_s, m_service, u"user"_s, u"gone.example.com"_s});
        QVERIFY(!lookup(s, u"gone.example.com"_s));
        QVERIFY(s.logins().isEmpty());
    }

    // With no D-Bus at all, QtKeychain reports an error: the store says so, keeps nothing,
    // and a login for the session only stays in memory. A child process, since the D-Bus
    // connection of this one is made already.
    void noKeychainOffersSessionOnly()
    {
        if (qEnvironmentVariableIsSet("GANTRY_NO_KEYCHAIN_CHILD")) {
            noKeychainChild();
            return;
        }
        QProcess child;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(u"GANTRY_NO_KEYCHAIN_CHILD"_s, u"1"_s);
        e.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/gantry-bus"_s);
        child.setProcessEnvironment(e);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QCoreApplication::applicationFilePath(), {u"noKeychainOffersSessionOnly"_s});
        QVERIFY(child.waitForFinished(60000));
        const QByteArray output = child.readAll();
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
                 output.constData());
        QVERIFY2(output.contains("PASS   : TestCredentialStore::noKeychainOffersSessionOnly()"),
                 output.constData());
        QVERIFY(!output.contains(m_password.toUtf8()));
    }

    // docker's credsStore: the helper gets "get" and the server on stdin, answers JSON.
    void credsStoreHelper()
    {
        QTemporaryDir bin;
        const QString seen = bin.path() + u"/seen"_s;
        writeFile(bin.path() + u"/docker-credential-gantrytest"_s,
                  QString(uR"(#!/bin/sh
server=$(cat)
printf '%s %s\n' "$1" "$server" >> '%1'
case "$server" in
  127.0.0.1:5000) printf '{"ServerURL":"%s","Username":"gantry","Secret":"%s"}' "$server" '%2' ;;
  tok.example.com) printf '{"ServerURL":"%s","Username":"<token>","Secret":"T0K"}' "$server" ;;
  *) echo "credentials not found in native keychain"; exit 1 ;;
esac
)"_s)
                      .arg(seen, m_password)
                      .toUtf8(),
                  true);
        writeFile(m_dockerConfig + u"/config.json"_s,
                  R"({"credsStore": "gantrytest", "auths": {"127.0.0.1:5000": {}}})");
        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", bin.path().toUtf8() + ':' + path);
        CredentialStore s(m_service, m_dockerConfig);
        const auto found = lookup(s, u"127.0.0.1:5000"_s);
        const auto token = lookup(s, u"tok.example.com"_s);
        const auto none = lookup(s, u"ghcr.io"_s);
        const QList<CredentialStore::Login> logins = s.logins();
        qputenv("PATH", path);
        QVERIFY(found);
        QCOMPARE(found->username, u"gantry"_s);
        QCOMPARE(found->password, m_password);
        QCOMPARE(found->serverAddress, u"127.0.0.1:5000"_s);
        QVERIFY(token);
        QCOMPARE(token->identityToken, u"T0K"_s);
        QVERIFY(token->username.isEmpty() && token->password.isEmpty());
        QVERIFY(!none);
        QFile f(seen);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("get 127.0.0.1:5000\nget tok.example.com\nget ghcr.io\n"));
        QCOMPARE(logins.size(), 1);
        QCOMPARE(logins.first().source, CredentialStore::Source::DockerConfig);
        QFile::remove(seen);
    }

    void credHelperPerRegistryAndMissingHelper()
    {
        QTemporaryDir bin;
        writeFile(
            bin.path() + u"/docker-credential-gh"_s,
            "#!/bin/sh\ncat >/dev/null\nprintf '{\"Username\":\"octo\",\"Secret\":\"ghp\"}'\n",
            true);
        writeFile(m_dockerConfig + u"/config.json"_s,
                  R"({"credsStore": "not-installed-anywhere", "credHelpers": {"ghcr.io": "gh"}})");
        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", bin.path().toUtf8() + ':' + path);
        CredentialStore s(m_service, m_dockerConfig);
        const auto gh = lookup(s, u"ghcr.io"_s);
        const auto other = lookup(s, u"quay.io"_s); // credsStore helper is not installed
        qputenv("PATH", path);
        QVERIFY(gh);
        QCOMPARE(gh->username, u"octo"_s);
        QCOMPARE(gh->password, u"ghp"_s);
        QVERIFY(!other);
    }

    // Plaintext logins docker wrote are read; Gantry never writes docker's file.
    void plainAuthsAreReadAndNeverWritten()
    {
        const QByteArray config =
            R"({"auths": {"127.0.0.1:5000": {"auth": "Z2FudHJ5Omc+Pj4/Pz90M3N0"}}})";
        writeFile(m_dockerConfig + u"/config.json"_s, config);
        CredentialStore s(m_service, m_dockerConfig);
        const auto found = lookup(s, u"127.0.0.1:5000"_s);
        QVERIFY(found);
        QCOMPARE(found->username, u"gantry"_s);
        QCOMPARE(found->password, u"g>>>???t3st"_s);
        QCOMPARE(store(s, {u"127.0.0.1:5000"_s, u"other"_s, u"pw2"_s, {}}).status,
                 Keychain::Status::Ok);
        QCOMPARE(lookup(s, u"127.0.0.1:5000"_s)->username, u"other"_s); // Gantry's first
        QCOMPARE(remove(s, u"127.0.0.1:5000"_s).status, Keychain::Status::Ok);
        QCOMPARE(lookup(s, u"127.0.0.1:5000"_s)->username, u"gantry"_s); // docker's stays
        QFile f(m_dockerConfig + u"/config.json"_s);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), config);
    }

private:
    void noKeychainChild()
    {
        const RegistryCredentials login{u"127.0.0.1:5000"_s, u"gantry"_s, m_password, {}};
        CredentialStore s(m_service, m_dockerConfig);
        const Keychain::Outcome out = store(s, login);
        QCOMPARE(out.status, Keychain::Status::Unavailable);
        QVERIFY(!out.message.isEmpty());
        QVERIFY(s.keychainUnavailable());
        QVERIFY(!lookup(s, login.serverAddress)); // nothing stored, nowhere
        QVERIFY(s.logins().isEmpty());

        QSignalSpy changed(&s, &CredentialStore::loginsChanged);
        s.storeForSession(login);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(lookup(s, u"127.0.0.1:5000"_s), login);
        QCOMPARE(s.logins().size(), 1);
        QCOMPARE(s.logins().first().source, CredentialStore::Source::Session);

        CredentialStore restarted(m_service, m_dockerConfig);
        QVERIFY(!lookup(restarted, login.serverAddress)); // memory only
        QSettings().sync();
        QCOMPARE(filesContaining(home->path(), m_password), QStringList());

        QCOMPARE(remove(s, login.serverAddress).status, Keychain::Status::Ok);
        QVERIFY(!lookup(s, login.serverAddress));
    }

    QString m_service;
    QString m_password;
    QString m_dockerConfig;
};

int main(int argc, char *argv[])
{
    // HOME and the XDG dirs of this process are fresh: everything the store may write
    // lands there, to be searched for the password afterwards.
    QTemporaryDir dir;
    home = &dir;
    for (const char *sub : {"config", "data", "cache"})
        QDir().mkpath(dir.path() + u'/' + QLatin1StringView(sub));
    qputenv("HOME", dir.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", (dir.path() + u"/config"_s).toUtf8());
    qputenv("XDG_DATA_HOME", (dir.path() + u"/data"_s).toUtf8());
    qputenv("XDG_CACHE_HOME", (dir.path() + u"/cache"_s).toUtf8());
    qunsetenv("DOCKER_CONFIG");
    qInstallMessageHandler(recordMessage);
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"GantryTest"_s);
    QCoreApplication::setApplicationName(u"tst_credential_store"_s);
    TestCredentialStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_credential_store.moc"
