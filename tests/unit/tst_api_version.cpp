#include "core/ApiVersion.h"
#include "core/EngineError.h"

#include <QtTest>

using namespace gantry;
using namespace Qt::StringLiterals;

class TestApiVersion : public QObject {
    Q_OBJECT
private slots:
    void parse()
    {
        QCOMPARE(ApiVersion::parse(u"1.41"), ApiVersion(1, 41));
        QCOMPARE(ApiVersion::parse(u" 1.9 "), ApiVersion(1, 9));
        QVERIFY(!ApiVersion::parse(u""));
        QVERIFY(!ApiVersion::parse(u"1"));
        QVERIFY(!ApiVersion::parse(u"1.x"));
        QVERIFY(!ApiVersion::parse(u"1.41.2"));
        QVERIFY(!ApiVersion::parse(u"-1.2"));
    }

    void ordersNumerically()
    {
        // 1.9 < 1.41, which a string comparison would get wrong.
        QVERIFY(ApiVersion(1, 9) < ApiVersion(1, 41));
        QVERIFY(ApiVersion(2, 0) > ApiVersion(1, 52));
    }

    void negotiatesDownToWhatWeKnow()
    {
        QCOMPARE(ApiVersion::negotiate({1, 41}), ApiVersion(1, 41));
        QCOMPARE(ApiVersion::negotiate({1, 43}), ApiVersion(1, 43));
        QCOMPARE(ApiVersion::negotiate({1, 52}), ApiVersion::newestKnown());
        QVERIFY(ApiVersion::newestKnown() >= ApiVersion(1, 44)); // Docker 29 refuses < 1.44
        QCOMPARE(ApiVersion(1, 41).pathPrefix(), u"/v1.41"_s);
    }

    void httpStatusToKind_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<EngineError::Kind>("kind");
        QTest::newRow("400") << 400 << EngineError::Kind::BadRequest;
        QTest::newRow("401") << 401 << EngineError::Kind::Unauthorized;
        QTest::newRow("403") << 403 << EngineError::Kind::Forbidden;
        QTest::newRow("404") << 404 << EngineError::Kind::NotFound;
        QTest::newRow("409") << 409 << EngineError::Kind::Conflict;
        QTest::newRow("422") << 422 << EngineError::Kind::BadRequest;
        QTest::newRow("500") << 500 << EngineError::Kind::ServerError;
        QTest::newRow("503") << 503 << EngineError::Kind::ServerError;
        // A gateway's answers: the engine behind it (ssh's far side) could not be reached.
        QTest::newRow("502") << 502 << EngineError::Kind::Unreachable;
        QTest::newRow("504") << 504 << EngineError::Kind::Unreachable;
        QTest::newRow("302") << 302 << EngineError::Kind::Protocol;
    }

    void httpStatusToKind()
    {
        QFETCH(int, status);
        QFETCH(EngineError::Kind, kind);
        const EngineError e = EngineError::fromHttp(status, R"({"message":"engine says no"})");
        QCOMPARE(e.kind(), kind);
        QCOMPARE(e.message(), u"engine says no"_s);
        QCOMPARE(e.httpStatus(), status);
        QVERIFY(e.describe().contains(u"engine says no"_s));
    }

    void httpErrorWithoutJsonBody()
    {
        QCOMPARE(EngineError::fromHttp(404, "page not found\n").message(), u"page not found"_s);
        QCOMPARE(EngineError::fromHttp(500, {}).message(), u"HTTP 500"_s);
    }

    // A 404 for a missing endpoint (dockerd's "page not found", Podman's plain "Not Found")
    // is not a missing object: callers that take NotFound for "already gone" must not.
    void missingEndpointIsUnsupported()
    {
        QCOMPARE(EngineError::fromHttp(404, "Not Found\n").kind(), EngineError::Kind::Unsupported);
        QCOMPARE(EngineError::fromHttp(404, R"({"message":"page not found"})").kind(),
                 EngineError::Kind::Unsupported);
        const EngineError e = EngineError::fromHttp(404, "Not Found\n");
        QVERIFY2(e.describe().contains(u"does not offer this operation"_s),
                 qPrintable(e.describe()));
        QCOMPARE(EngineError::fromHttp(404, R"({"message":"No such container: x"})").kind(),
                 EngineError::Kind::NotFound);
        QCOMPARE(EngineError::fromHttp(404, {}).kind(), EngineError::Kind::NotFound); // HEAD
        QCOMPARE(EngineError::fromHttp(500, {}).message(), u"HTTP 500"_s);
    }
};

QTEST_GUILESS_MAIN(TestApiVersion)
#include "tst_api_version.moc"
