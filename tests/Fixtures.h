#pragma once

#include <QFile>
#include <QtTest>

// Recorded engine JSON under tests/fixtures (recorded from dockerd 20.10, API 1.41; the
// *_v1.44 / *_v1.52 files are the same data in the newer shapes of the API reference).
inline QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(GANTRY_FIXTURES "/") + QLatin1StringView(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return f.readAll();
}
