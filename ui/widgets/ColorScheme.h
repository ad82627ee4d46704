#pragma once

#include <QDBusConnection>
#include <QDBusVariant>
#include <QObject>
#include <QPalette>

namespace gantry {

// Follows the desktop's light or dark preference. Qt 6.4 has no QStyleHints::colorScheme(), so
// it asks the freedesktop portal's Settings (org.freedesktop.appearance color-scheme) on the
// session bus, without waiting, and follows its SettingChanged signal. When the preference
// and the palette the platform gave disagree (a dark desktop, Qt's light default palette),
// the application gets a dark (or light) palette; otherwise the platform's stays. State
// colours (StatusColors) and charts derive from the palette and follow it.
class ColorScheme : public QObject {
    Q_OBJECT
public:
    enum class Preference { None, Dark, Light };

    // The portal's value: 0 no preference, 1 prefer dark, 2 prefer light.
    static Preference fromPortal(uint value);
    // GANTRY_COLOR_SCHEME=dark or light (screenshots, tests), else None.
    static Preference fromEnvironment();

    // The palettes applied when the platform's does not match the preference.
    static QPalette darkPalette();
    static QPalette lightPalette();

    // Notes the application's palette as the platform gave it.
    explicit ColorScheme(QObject *parent = nullptr);

    // GANTRY_COLOR_SCHEME when set; else asks the portal on `bus` and follows it.
    void follow(const QDBusConnection &bus = QDBusConnection::sessionBus());
    void apply(Preference preference);
    Preference preference() const { return m_preference; }
    // True while the application has our dark (or light) palette over the platform's.
    bool overriding() const { return m_overriding; }

signals:
    void applied(gantry::ColorScheme::Preference preference);

public slots:
    // The portal's SettingChanged(namespace, key, value) (QtDBus calls public slots only).
    void settingChanged(const QString &group, const QString &key, const QDBusVariant &value);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPalette m_platform; // the platform's, kept up to date while not overriding
    bool m_overriding = false;
    Preference m_preference = Preference::None;
};

} // namespace gantry
