#include "compose/EnvFile.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace gantry {

bool EnvFile::looksSecret(const QString &key)
{
    const QString k = key.toUpper();
    for (const char *word : {"PASSWORD", "PASSWD", "SECRET", "TOKEN", "KEY"}) {
        if (k.contains(QLatin1StringView(word)))
            return true;
    }
    return false;
}

QString EnvFile::masked(const QString &text)
{
    QStringList lines = text.split(u'\n');
    for (QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(u'#'))
            continue;
        const qsizetype eq = line.indexOf(u'=');
        if (eq <= 0)
            continue;
        QString key = line.left(eq).trimmed();
        if (key.startsWith(u"export "_s))
            key = key.mid(7).trimmed();
        if (looksSecret(key) && !line.mid(eq + 1).trimmed().isEmpty())
            line = line.left(eq + 1) + QLatin1StringView(kMask);
    }
    return lines.join(u'\n');
}

} // namespace gantry
