#include "style/StatusColors.h"

#include <QGuiApplication>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace gantry {

namespace {

// The colours of a light theme, the starting point of every palette.
QColor lightThemeColour(StatusColors::Status status)
{
    switch (status) {
    case StatusColors::Success: return QColor(0x1b, 0x8a, 0x3c);
    case StatusColors::Warning: return QColor(0xb4, 0x53, 0x09);
    case StatusColors::Muted: return QColor(0x6b, 0x72, 0x80);
    case StatusColors::Error: return QColor(0xb9, 0x1c, 0x1c);
    case StatusColors::Severe: return QColor(0x7f, 0x1d, 0x1d);
    case StatusColors::Info: return QColor(0x25, 0x63, 0xeb);
    }
    return {};
}

double luminance(const QColor &c)
{
    const auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

} // namespace

bool StatusColors::isDark(const QPalette &palette)
{
    return luminance(palette.color(QPalette::Base)) + luminance(palette.color(QPalette::Window)) <
           2 * 0.18;
}

double StatusColors::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor StatusColors::colour(Status status, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor window = palette.color(QPalette::Window);
    const auto readable = [&](const QColor &c) {
        return std::min(contrast(c, base), contrast(c, window)) >= kMinContrast;
    };
    QColor c = lightThemeColour(status);
    if (readable(c))
        return c;
    // Same hue and saturation, lightness walked away from the backgrounds.
    const bool dark = isDark(palette);
    float h = 0, s = 0, l = 0, a = 1;
    c.getHslF(&h, &s, &l, &a);
    if (dark) // dark red on black needs light, not just lightness: keep the hue vivid
        l = std::max(l, 0.5f);
    for (int i = 0; i < 50 && !readable(c); ++i) {
        l = std::clamp(l + (dark ? 0.02f : -0.02f), 0.0f, 1.0f);
        c = QColor::fromHslF(h, s, l, a);
    }
    return c;
}

QColor StatusColors::colour(Status status)
{
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return colour(status, QGuiApplication::palette());
    return colour(status, QPalette());
}

QColor StatusColors::background(Status status, const QPalette &palette)
{
    // A light tint of the status over the window: 15% of the colour.
    const QColor c = colour(status, palette);
    const QColor window = palette.color(QPalette::Window);
    const auto mix = [](float over, float under) { return 0.15f * over + 0.85f * under; };
    return QColor::fromRgbF(mix(c.redF(), window.redF()), mix(c.greenF(), window.greenF()),
                            mix(c.blueF(), window.blueF()));
}

QString StatusColors::textStyleSheet(Status status, const QPalette &palette)
{
    return u"color: %1"_s.arg(colour(status, palette).name());
}

} // namespace gantry
