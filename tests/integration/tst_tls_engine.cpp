// The test bed's second engine, dockerd --tlsverify on 127.0.0.1, reached the way a user
// would: DOCKER_HOST=tcp://..., DOCKER_TLS_VERIFY=1, DOCKER_CERT_PATH with ca.pem, cert.pem and
// key.pem. Every feature works over it, terminals included (hijacked over TLS with the client
// certificate); a wrong CA or a missing client certificate is a clear error within seconds.
#include "RemoteEngineChecks.h"
#include "TestBed.h"
#include "api/DockerClient.h"

#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace gantry;
using namespace Qt::StringLiterals;

namespace {

Endpoint tlsEndpoint(const QString &certPath)
{
    EndpointInputs in;
    in.hostFlag = testbed::env("GANTRY_TEST_TLS_HOST");
    in.env.insert(u"DOCKER_TLS_VERIFY"_s, u"1"_s);
    in.env.insert(u"DOCKER_CERT_PATH"_s, certPath);
    in.homeDir = u"/nonexistent"_s;
    return resolveEndpoint(in).value();
}

} // namespace

class TestTlsEngine : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (!testbed::available() || testbed::env("GANTRY_TEST_TLS_HOST").isEmpty())
            QFAIL("The test bed's TLS engine is not running (GANTRY_TEST_TLS_HOST is empty): "
                  "start the test bed with scripts/testbed.sh start and source its env file.");
        m_endpoint = tlsEndpoint(testbed::env("GANTRY_TEST_TLS_CERT_PATH"));
        QVERIFY(m_endpoint.tls && m_endpoint.tlsVerify);
        m_client = testbed::connectedClient(m_endpoint, this);
        QVERIFY(m_client);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"DOCKER_HOST"_s, testbed::env("GANTRY_TEST_TLS_HOST"));
        env.insert(u"DOCKER_TLS_VERIFY"_s, u"1"_s);
        env.insert(u"DOCKER_CERT_PATH"_s, testbed::env("GANTRY_TEST_TLS_CERT_PATH"));
        m_checks = std::make_unique<RemoteEngineChecks>(m_client, env);
    }

    void cleanupTestCase() { m_checks.reset(); }

    void lists()
    {
        const QString error = m_checks->lists();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    void events()
    {
        const QString error = m_checks->events();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    void logs()
    {
        const QString error = m_checks->logs();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    void buildUpload()
    {
        const QString error = m_checks->build();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    void terminalOverTls()
    {
        const QString error = m_checks->terminal();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    // Ending a process's input over TLS is refused with a clear error (QSslSocket cannot
    // send close_notify alone), never a silent loss of the output.
    void endOfInputOverTlsIsRefusedClearly()
    {
        const QString error = m_checks->inputEnd();
        QVERIFY2(error.contains(u"cannot end a process's input"_s), qPrintable(error));
    }

    // A CA that did not sign the engine's certificate: the engine is not trusted, and the
    // message names the CA file; for calls and for terminals alike.
    void wrongCaIsAClearError()
    {
        QTemporaryDir dir;
        const QString client = testbed::env("GANTRY_TEST_TLS_CERT_PATH");
        QVERIFY(QFile::copy(testbed::env("GANTRY_TEST_TLS_WRONG_CA"), dir.filePath(u"ca.pem"_s)));
        QVERIFY(QFile::copy(client + u"/cert.pem"_s, dir.filePath(u"cert.pem"_s)));
        QVERIFY(QFile::copy(client + u"/key.pem"_s, dir.filePath(u"key.pem"_s)));
        const Endpoint ep = tlsEndpoint(dir.path());
        const QStringList expected{u"did not sign"_s, dir.filePath(u"ca.pem"_s), ep.url()};
        checkRefused(ep, expected);
    }

    // No client certificate at all: the engine refuses, and the message says a client
    // certificate is required and where to put it.
    void missingClientCertificateIsAClearError()
    {
        Endpoint ep = m_endpoint;
        ep.certFile.clear();
        ep.keyFile.clear();
        checkRefused(ep, {u"requires a client certificate"_s, u"DOCKER_CERT_PATH"_s, ep.url()});
    }

    // The certificate names 127.0.0.1 only: reached as "localhost", the name does not match.
    void hostnameMismatchIsAClearError()
    {
        Endpoint ep = m_endpoint;
        ep.host = u"localhost"_s;
        checkRefused(ep, {u"not valid for localhost"_s});
    }

    // DOCKER_CERT_PATH without cert.pem: said before connecting, naming the file.
    void missingClientCertificateFileIsNamed()
    {
        QTemporaryDir dir;
        QVERIFY(QFile::copy(testbed::env("GANTRY_TEST_TLS_CERT_PATH") + u"/ca.pem"_s,
                            dir.filePath(u"ca.pem"_s)));
        const Endpoint ep = tlsEndpoint(dir.path());
        checkRefused(ep,
                     {u"client certificate"_s, dir.filePath(u"cert.pem"_s), u"does not exist"_s});
    }

private:
    // A ping and a terminal on `ep` both fail within a few seconds with all of `expected` in
    // the message (RemoteEngineChecks::refused).
    void checkRefused(const Endpoint &ep, const QStringList &expected)
    {
        const QString error = RemoteEngineChecks::refused(ep, m_client->apiVersion(), expected);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    Endpoint m_endpoint;
    DockerClient *m_client = nullptr;
    std::unique_ptr<RemoteEngineChecks> m_checks;
};

QTEST_MAIN(TestTlsEngine)
#include "tst_tls_engine.moc"
