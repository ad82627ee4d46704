#include "widgets/ColorScheme.h"

#include "style/StatusColors.h"

#include <QApplication>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QEvent>
#include <QStyle>
#include <QStyleFactory>

using namespace Qt::StringLiterals;

namespace gantry {

namespace {

const QString kPortalService = u"org.freedesktop.portal.Desktop"_s;
const QString kPortalPath = u"/org/freedesktop/portal/desktop"_s;
const QString kSettings = u"org.freedesktop.portal.Settings"_s;
const QString kAppearance = u"org.freedesktop.appearance"_s;
const QString kColorScheme = u"color-scheme"_s;

// Read answers a variant, which older portals wrap in one more variant.
QVariant unwrap(QVariant value)
{
    while (value.canConvert<QDBusVariant>() &&
           value.metaType() == QMetaType::fromType<QDBusVariant>())
        value = qvariant_cast<QDBusVariant>(value).variant();
    return value;
}

} // namespace

ColorScheme::Preference ColorScheme::fromPortal(uint value)
{
    switch (value) {
    case 1: return Preference::Dark;
    case 2: return Preference::Light;
    default: return Preference::None;
    }
}

ColorScheme::Preference ColorScheme::fromEnvironment()
{
    const QString wanted = qEnvironmentVariable("GANTRY_COLOR_SCHEME").trimmed().toLower();
    if (wanted == u"dark"_s)
        return Preference::Dark;
    if (wanted == u"light"_s)
        return Preference::Light;
    return Preference::None;
}

QPalette ColorScheme::darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x80, 0x80), highlight(0x2f, 0x6f, 0xd6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3d, 0x41));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3b));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x52));
    p.setColor(QPalette::Midlight, QColor(0x3e, 0x41, 0x45));
    p.setColor(QPalette::Mid, QColor(0x25, 0x27, 0x2a));
    p.setColor(QPalette::Dark, QColor(0x19, 0x1a, 0x1c));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7a, 0xb8, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xc0, 0x9b, 0xff));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x45, 0x48, 0x4d));
    return p;
}

QPalette ColorScheme::lightPalette()
{
    QStyle *fusion = QStyleFactory::create(u"Fusion"_s);
    const QPalette p = fusion ? fusion->standardPalette() : QPalette(Qt::white);
    delete fusion;
    return p;
}

ColorScheme::ColorScheme(QObject *parent)
    : QObject(parent)
    , m_platform(QApplication::palette())
{
    // The platform's palette may change (another desktop theme): noted while ours is not
    // applied over it.
    if (QCoreApplication *app = QCoreApplication::instance())
        app->installEventFilter(this);
}

void ColorScheme::follow(const QDBusConnection &bus)
{
    if (const Preference forced = fromEnvironment(); forced != Preference::None) {
        apply(forced);
        return;
    }
    if (!bus.isConnected())
        return; // no session bus: the platform's palette stays
    // QtDBus connects signals by signature only, and finds the slot's parameter types by
    // name: QDBusVariant's must be known by then.
    qRegisterMetaType<QDBusVariant>();
    // Matched on the path and interface, from any sender: naming the service would have
    // QtDBus ask the bus for its owner, a blocking round trip on the GUI thread at start-up.
    if (!QDBusConnection(bus).connect(QString(), kPortalPath, kSettings, u"SettingChanged"_s, this,
                                      SLOT(settingChanged(QString, QString, QDBusVariant))))
        qWarning("gantry: cannot follow the desktop's colour scheme changes");
    QDBusMessage read =
        QDBusMessage::createMethodCall(kPortalService, kPortalPath, kSettings, u"Read"_s);
    read << kAppearance << kColorScheme;
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(read, 2000), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusPendingReply<QDBusVariant> reply = *w;
        if (reply.isError()) // no portal, or one without that setting
            return;
        apply(fromPortal(unwrap(reply.argumentAt(0)).toUInt()));
    });
}

void ColorScheme::settingChanged(const QString &group, const QString &key,
                                 const QDBusVariant &value)
{
    if (group == kAppearance && key == kColorScheme)
        apply(fromPortal(unwrap(value.variant()).toUInt()));
}

bool ColorScheme::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ApplicationPaletteChange &&
        watched == QCoreApplication::instance() && !m_overriding)
        m_platform = QApplication::palette();
    return QObject::eventFilter(watched, event);
}

void ColorScheme::apply(Preference preference)
{
    m_preference = preference;
    const bool platformDark = StatusColors::isDark(m_platform);
    if ((preference == Preference::Dark && !platformDark) ||
        (preference == Preference::Light && platformDark)) {
        m_overriding = true;
        QApplication::setPalette(preference == Preference::Dark ? darkPalette() : lightPalette());
    } else if (m_overriding) {
        // Back to the platform's own palette (and following it again), not a copy of it.
        m_overriding = false;
        QApplication::setPalette(QPalette());
    }
    emit applied(preference);
}

} // namespace gantry
