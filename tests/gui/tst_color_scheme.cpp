// Issue 18, item 8: light and dark as the desktop prefers (the freedesktop portal's
// color-scheme, here a portal served on the test bed's session bus), state colours and charts
// readable in both.
#include "TestBed.h"
#include "style/StatusColors.h"
#include "widgets/ChartStyle.h"
#include "widgets/ColorScheme.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVariant>
#include <QtTest>

using namespace gantry;
using namespace Qt::StringLiterals;

namespace {

const QString kService = u"org.freedesktop.portal.Desktop"_s;
const QString kPath = u"/org/freedesktop/portal/desktop"_s;

// What the desktop portal answers about the appearance (a real D-Bus service, on its own
// connection to the session bus).
class FakePortal : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.portal.Settings")
public:
    uint value = 0;

public slots:
    QDBusVariant Read(const QString &group, const QString &key)
    {
        if (group == u"org.freedesktop.appearance"_s && key == u"color-scheme"_s)
            return QDBusVariant(QVariant::fromValue(QDBusVariant(value))); // wrapped twice
        return QDBusVariant(QString());
    }

signals:
    void SettingChanged(const QString &group, const QString &key, const QDBusVariant &value);
};

bool dark()
{
    return StatusColors::isDark(QApplication::palette());
}

} // namespace

class TestColorScheme : public QObject {
    Q_OBJECT
private slots:
    void preferences()
    {
        QCOMPARE(ColorScheme::fromPortal(0), ColorScheme::Preference::None);
        QCOMPARE(ColorScheme::fromPortal(1), ColorScheme::Preference::Dark);
        QCOMPARE(ColorScheme::fromPortal(2), ColorScheme::Preference::Light);
        QCOMPARE(ColorScheme::fromPortal(7), ColorScheme::Preference::None);
        QVERIFY(StatusColors::isDark(ColorScheme::darkPalette()));
        QVERIFY(!StatusColors::isDark(ColorScheme::lightPalette()));
    }

    void stateColoursAreReadableInBoth()
    {
        for (const QPalette &palette : {ColorScheme::darkPalette(), ColorScheme::lightPalette()}) {
            for (const auto status :
                 {StatusColors::Success, StatusColors::Warning, StatusColors::Muted,
                  StatusColors::Error, StatusColors::Severe, StatusColors::Info}) {
                const QColor c = StatusColors::colour(status, palette);
                for (const auto role : {QPalette::Base, QPalette::Window, QPalette::AlternateBase})
                    QVERIFY2(StatusColors::contrast(c, palette.color(role)) >= 4.4,
                             qPrintable(u"%1 on %2: %3"_s.arg(c.name(), palette.color(role).name())
                                            .arg(StatusColors::contrast(c, palette.color(role)))));
            }
            // Text and placeholders too.
            QVERIFY(StatusColors::contrast(palette.color(QPalette::Text),
                                           palette.color(QPalette::Base)) >= 7);
            QVERIFY(StatusColors::contrast(palette.color(QPalette::PlaceholderText),
                                           palette.color(QPalette::Base)) >= 3);
        }
    }

    void theEnvironmentWins()
    {
        const QPalette platform = QApplication::palette();
        qputenv("GANTRY_COLOR_SCHEME", "dark");
        {
            ColorScheme scheme;
            scheme.follow(QDBusConnection(u"none"_s)); // no bus needed
            QVERIFY(dark());
            qputenv("GANTRY_COLOR_SCHEME", "light");
            scheme.follow(QDBusConnection(u"none"_s));
            QVERIFY(!dark());
            scheme.apply(ColorScheme::Preference::None);
        }
        qunsetenv("GANTRY_COLOR_SCHEME");
        QCOMPARE(QApplication::palette().color(QPalette::Window), platform.color(QPalette::Window));
        // Undone: the platform's own palette again, not a copy pinned over it.
        QVERIFY(!QCoreApplication::testAttribute(Qt::AA_SetPalette));
    }

    void aMatchingPreferenceSetsNoPalette()
    {
        QVERIFY(!QCoreApplication::testAttribute(Qt::AA_SetPalette));
        ColorScheme scheme;
        const bool platformDark = StatusColors::isDark(QApplication::palette());
        scheme.apply(platformDark ? ColorScheme::Preference::Dark : ColorScheme::Preference::Light);
        QVERIFY(!scheme.overriding());
        scheme.apply(ColorScheme::Preference::None);
        QVERIFY(!scheme.overriding());
        // The platform's palette is left to the platform (it may change with the desktop).
        QVERIFY(!QCoreApplication::testAttribute(Qt::AA_SetPalette));
        scheme.apply(platformDark ? ColorScheme::Preference::Light : ColorScheme::Preference::Dark);
        QVERIFY(scheme.overriding());
        QVERIFY(QCoreApplication::testAttribute(Qt::AA_SetPalette));
        QCOMPARE(StatusColors::isDark(QApplication::palette()), !platformDark);
        scheme.apply(ColorScheme::Preference::None);
        QVERIFY(!QCoreApplication::testAttribute(Qt::AA_SetPalette));
        QCOMPARE(StatusColors::isDark(QApplication::palette()), platformDark);
    }

    void followsThePortalAndItsChanges()
    {
        if (!testbed::available() || qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL(testbed::missingMessage());
        QDBusConnection portalBus = QDBusConnection::connectToBus(
            qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS"), u"fakePortal"_s);
        QVERIFY(portalBus.isConnected());
        FakePortal portal;
        portal.value = 1; // prefer dark
        QVERIFY(portalBus.registerObject(
            kPath, &portal, QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals));
        QVERIFY2(portalBus.registerService(kService), qPrintable(portalBus.lastError().message()));
        const auto cleanup = qScopeGuard([&] {
            portalBus.unregisterService(kService);
            portalBus.unregisterObject(kPath);
            QDBusConnection::disconnectFromBus(u"fakePortal"_s);
        });

        QChartView chart(new QChart);
        ChartStyle::follow(&chart);
        QCOMPARE(chart.chart()->theme(), QChart::ChartThemeLight);

        ColorScheme scheme;
        QSignalSpy applied(&scheme, &ColorScheme::applied);
        scheme.follow(QDBusConnection::sessionBus());
        QTRY_COMPARE(applied.size(), 1);
        QCOMPARE(scheme.preference(), ColorScheme::Preference::Dark);
        QVERIFY(dark());
        QTRY_COMPARE(chart.chart()->theme(), QChart::ChartThemeDark);

        // The desktop switches: the window follows at once.
        const auto change = [&](uint value) {
            QDBusMessage signal = QDBusMessage::createSignal(
                kPath, u"org.freedesktop.portal.Settings"_s, u"SettingChanged"_s);
            signal << u"org.freedesktop.appearance"_s << u"color-scheme"_s
                   << QVariant::fromValue(QDBusVariant(value));
            QVERIFY(portalBus.send(signal));
        };
        change(2);
        QTRY_COMPARE(scheme.preference(), ColorScheme::Preference::Light);
        QVERIFY(!dark());
        QTRY_COMPARE(chart.chart()->theme(), QChart::ChartThemeLight);
        change(1);
        QTRY_VERIFY(dark());
        change(0); // no preference: the platform's palette (light here)
        QTRY_COMPARE(scheme.preference(), ColorScheme::Preference::None);
        QVERIFY(!dark());
    }
};

QTEST_MAIN(TestColorScheme)
#include "tst_color_scheme.moc"
