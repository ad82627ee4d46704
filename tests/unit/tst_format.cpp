#include "core/Format.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace gantry;

// Expected texts are what the docker CLI (go-units) prints for the same byte counts.
class TstFormat : public QObject {
    Q_OBJECT
private slots:
    void humanSize_data()
    {
        QTest::addColumn<qint64>("bytes");
        QTest::addColumn<int>("precision");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << qint64(0) << 3 << u"0B"_s;
        QTest::newRow("bytes") << qint64(512) << 3 << u"512B"_s;
        QTest::newRow("999 bytes") << qint64(999) << 3 << u"999B"_s;
        QTest::newRow("1kB") << qint64(1000) << 3 << u"1kB"_s;
        QTest::newRow("1.02kB") << qint64(1024) << 3 << u"1.02kB"_s;
        QTest::newRow("busybox") << qint64(4261550) << 3 << u"4.26MB"_s;
        QTest::newRow("45.6MB") << qint64(45600000) << 3 << u"45.6MB"_s;
        QTest::newRow("ubuntu") << qint64(77861582) << 3 << u"77.9MB"_s;
        QTest::newRow("1.23GB") << qint64(1234567890) << 3 << u"1.23GB"_s;
        QTest::newRow("TB") << qint64(2500000000000) << 3 << u"2.5TB"_s;
        QTest::newRow("rounds up") << qint64(999999) << 3 << u"1e+03kB"_s; // as Go's %.3g
        QTest::newRow("HumanSize 4") << qint64(1234567) << 4 << u"1.235MB"_s;
        QTest::newRow("HumanSize df") << qint64(77861582) << 4 << u"77.86MB"_s;
    }
    void humanSize()
    {
        QFETCH(qint64, bytes);
        QFETCH(int, precision);
        QFETCH(QString, text);
        QCOMPARE(gantry::humanSize(bytes, precision), text);
    }

    void binarySize_data()
    {
        QTest::addColumn<qint64>("bytes");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << qint64(0) << u"0B"_s;
        QTest::newRow("bytes") << qint64(1023) << u"1023B"_s;
        QTest::newRow("KiB") << qint64(2048) << u"2KiB"_s;
        QTest::newRow("stats usage") << qint64(2048000) << u"1.953MiB"_s;
        QTest::newRow("stats limit") << qint64(8345161728) << u"7.772GiB"_s;
    }
    void binarySize()
    {
        QFETCH(qint64, bytes);
        QFETCH(QString, text);
        QCOMPARE(gantry::binarySize(bytes), text);
    }

    void shortIdStripsAndTruncates()
    {
        const QString hex = u"3f2a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8"_s;
        QCOMPARE(shortId(u"sha256:"_s + hex), u"3f2a1b2c3d4e"_s);
        QCOMPARE(shortId(hex), u"3f2a1b2c3d4e"_s);
        QCOMPARE(shortId(u"abc"_s), u"abc"_s);
        QCOMPARE(shortId(QString()), QString());
    }

    // Podman names images fully; the docker CLI (and Gantry) show the familiar form.
    void familiarReferenceDropsDockerHubPrefixes()
    {
        QCOMPARE(familiarReference(u"docker.io/gantry-seed/busybox:latest"_s),
                 u"gantry-seed/busybox:latest"_s);
        QCOMPARE(familiarReference(u"docker.io/library/web:1"_s), u"web:1"_s);
        QCOMPARE(familiarReference(u"docker.io/library/a/b:1"_s), u"library/a/b:1"_s);
        QCOMPARE(familiarReference(u"docker.io/x/y@sha256:ab"_s), u"x/y@sha256:ab"_s);
        QCOMPARE(familiarReference(u"127.0.0.1:5000/x:1"_s), u"127.0.0.1:5000/x:1"_s);
        QCOMPARE(familiarReference(u"localhost/web:1"_s), u"localhost/web:1"_s);
        QCOMPARE(familiarReference(u"docker.iox/web:1"_s), u"docker.iox/web:1"_s);
        QCOMPARE(familiarReference(u"web:1"_s), u"web:1"_s);
    }

    void imageIdsGetTheirAlgorithm()
    {
        const QString hex = u"5d5053d168b96e02edb893003c31ade1e12d49f6070bb6de39e6499ec8ceccc9"_s;
        QCOMPARE(imageIdWithAlgorithm(hex), u"sha256:"_s + hex); // Podman's deleted IDs
        QCOMPARE(imageIdWithAlgorithm(u"sha256:"_s + hex), u"sha256:"_s + hex);
        QCOMPARE(imageIdWithAlgorithm(hex.toUpper()), hex.toUpper());
        QCOMPARE(imageIdWithAlgorithm(u"web"_s), u"web"_s);
        QCOMPARE(imageIdWithAlgorithm(QString()), QString());
    }

    void independentOfLocale()
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        QCOMPARE(gantry::humanSize(45600000), u"45.6MB"_s); // docker prints a point
        QLocale::setDefault(before);
    }
};

QTEST_APPLESS_MAIN(TstFormat)
#include "tst_format.moc"
