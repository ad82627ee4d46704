#include "Fixtures.h"

#include <QFile>

QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(GANTRY_FIXTURES "/") + QLatin1StringView(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return f.readAll();
}
