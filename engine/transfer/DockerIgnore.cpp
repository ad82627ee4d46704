#include "transfer/DockerIgnore.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace gantry {

namespace {

// filepath.Clean + ToSlash + dropping a leading '/', as the CLI reads .dockerignore.
QString cleanPattern(QString pattern)
{
    pattern = QDir::cleanPath(pattern.trimmed());
    if (pattern.size() > 1 && pattern.startsWith(u'/'))
        pattern.remove(0, 1);
    return pattern;
}

} // namespace

QString DockerIgnore::toRegex(const QString &pattern)
{
    QString re = u"^"_s;
    const qsizetype n = pattern.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar ch = pattern.at(i);
        if (ch == u'*') {
            if (i + 1 < n && pattern.at(i + 1) == u'*') {
                ++i;
                if (i + 1 < n && pattern.at(i + 1) == u'/')
                    ++i; // "**/" is "**"
                re += i + 1 >= n ? u".*"_s : u"(.*/)?"_s;
            } else {
                re += u"[^/]*"_s;
            }
        } else if (ch == u'?') {
            re += u"[^/]"_s;
        } else if (u".+()|{}$"_s.contains(ch)) {
            re += u'\\';
            re += ch;
        } else if (ch == u'\\') {
            re += u'\\';
            if (i + 1 < n)
                re += pattern.at(++i);
        } else {
            re += ch;
        }
    }
    return re + u"\\z"_s;
}

Result<DockerIgnore> DockerIgnore::parse(const QString &text)
{
    DockerIgnore ignore;
    const QStringList lines = text.split(u'\n');
    for (QString line : lines) {
        if (line.startsWith(u'#'))
            continue;
        line = line.trimmed();
        if (line.startsWith(QChar(0xFEFF)))
            line.remove(0, 1);
        if (line.isEmpty())
            continue;
        Pattern p;
        if (line.startsWith(u'!')) {
            p.exception = true;
            line = line.mid(1).trimmed();
            if (line.isEmpty())
                return EngineError(EngineError::Kind::BadRequest,
                                   tr("Invalid .dockerignore pattern: \"!\" alone."));
        }
        p.text = cleanPattern(line);
        p.regex = QRegularExpression(toRegex(p.text));
        if (!p.regex.isValid())
            return EngineError(EngineError::Kind::BadRequest,
                               tr("Invalid .dockerignore pattern: \"%1\".").arg(line));
        ignore.m_hasExceptions = ignore.m_hasExceptions || p.exception;
        ignore.m_patterns.append(p);
    }
    return ignore;
}

bool DockerIgnore::excludes(const QString &path) const
{
    const QStringList parents = path.split(u'/').mid(0, path.count(u'/'));
    bool matched = false;
    for (const Pattern &p : m_patterns) {
        // An exception only matters once excluded; an exclusion only until then.
        if (p.exception != matched)
            continue;
        bool match = p.regex.match(path).hasMatch();
        for (qsizetype i = 1; !match && i <= parents.size(); ++i)
            match = p.regex.match(parents.mid(0, i).join(u'/')).hasMatch();
        if (match)
            matched = !p.exception;
    }
    return matched;
}

bool DockerIgnore::mayReinclude(const QString &directory) const
{
    const QString prefix = directory + u'/';
    for (const Pattern &p : m_patterns) {
        if (p.exception && QString(p.text + u'/').startsWith(prefix))
            return true;
    }
    return false;
}

} // namespace gantry
