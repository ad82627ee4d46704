#include "style/StatusColors.h"

#include <QGuiApplication>
#include <QTest>

using namespace gantry;

namespace {

QPalette palette(QColor window, QColor base, QColor text)
{
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Text, text);
    return p;
}

const QList<StatusColors::Status> kAll{StatusColors::Success, StatusColors::Warning,
                                       StatusColors::Muted,   StatusColors::Error,
                                       StatusColors::Severe,  StatusColors::Info};

} // namespace

class TstStatusColors : public QObject {
    Q_OBJECT
private slots:
    void readableOnEveryTheme_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("light (Fusion)") << palette(QColor(0xef, 0xef, 0xef), Qt::white, Qt::black);
        QTest::newRow("dark (Fusion)")
            << palette(QColor(0x35, 0x35, 0x35), QColor(0x2a, 0x2a, 0x2a), Qt::white);
        QTest::newRow("black") << palette(Qt::black, Qt::black, Qt::white);
        QTest::newRow("white") << palette(Qt::white, Qt::white, Qt::black);
        QTest::newRow("dark blue-grey") << palette(
            QColor(0x1e, 0x1e, 0x2e), QColor(0x18, 0x18, 0x25), QColor(0xcd, 0xd6, 0xf4));
    }
    void readableOnEveryTheme()
    {
        QFETCH(QPalette, palette);
        for (StatusColors::Status s : kAll) {
            const QColor c = StatusColors::colour(s, palette);
            const double worst =
                std::min(StatusColors::contrast(c, palette.color(QPalette::Base)),
                         StatusColors::contrast(c, palette.color(QPalette::Window)));
            QVERIFY2(worst >= StatusColors::kMinContrast,
                     qPrintable(QStringLiteral("status %1: %2, contrast %3")
                                    .arg(int(s))
                                    .arg(c.name())
                                    .arg(worst)));
            // A banner's text stays readable on its tinted background.
            QVERIFY(StatusColors::contrast(palette.color(QPalette::WindowText),
                                           StatusColors::background(s, palette)) >=
                    StatusColors::kMinContrast);
        }
    }

    void keepTheirMeaningOnDark()
    {
        const QPalette light = palette(QColor(0xef, 0xef, 0xef), Qt::white, Qt::black);
        const QPalette dark =
            palette(QColor(0x35, 0x35, 0x35), QColor(0x2a, 0x2a, 0x2a), Qt::white);
        // The dark variant is lighter, and the hues stay: green, red, blue.
        for (StatusColors::Status s : kAll) {
            if (s == StatusColors::Muted)
                continue; // grey has no hue to keep
            QVERIFY(StatusColors::colour(s, dark).lightness() >
                    StatusColors::colour(s, light).lightness());
        }
        const auto hue = [&](StatusColors::Status s) {
            return StatusColors::colour(s, dark).hslHue();
        };
        QVERIFY(hue(StatusColors::Success) > 90 && hue(StatusColors::Success) < 160);
        QVERIFY(hue(StatusColors::Error) < 15 || hue(StatusColors::Error) > 345);
        QVERIFY(hue(StatusColors::Info) > 200 && hue(StatusColors::Info) < 250);
        QVERIFY(hue(StatusColors::Warning) > 15 && hue(StatusColors::Warning) < 50);
        // And they stay distinct from each other.
        for (StatusColors::Status a : kAll) {
            for (StatusColors::Status b : kAll) {
                if (a != b)
                    QVERIFY(StatusColors::colour(a, dark) != StatusColors::colour(b, dark));
            }
        }
    }

    void followTheApplicationPalette()
    {
        const QPalette dark =
            palette(QColor(0x35, 0x35, 0x35), QColor(0x2a, 0x2a, 0x2a), Qt::white);
        QGuiApplication::setPalette(dark);
        QCOMPARE(StatusColors::colour(StatusColors::Error),
                 StatusColors::colour(StatusColors::Error, dark));
        const QPalette light = palette(QColor(0xef, 0xef, 0xef), Qt::white, Qt::black);
        QGuiApplication::setPalette(light);
        QCOMPARE(StatusColors::colour(StatusColors::Error),
                 StatusColors::colour(StatusColors::Error, light));
    }

    void textStyleSheet()
    {
        const QPalette light = palette(QColor(0xef, 0xef, 0xef), Qt::white, Qt::black);
        QCOMPARE(StatusColors::textStyleSheet(StatusColors::Error, light),
                 QStringLiteral("color: ") +
                     StatusColors::colour(StatusColors::Error, light).name());
    }
};

QTEST_MAIN(TstStatusColors)
#include "tst_status_colors.moc"
