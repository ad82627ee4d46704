#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <QStringList>

namespace gantry {

// The patterns of a build context's .dockerignore, matched as the docker CLI does
// (moby/patternmatcher): `*` and `?` stop at '/', `**` spans directories, `!` re-includes,
// the last matching pattern wins, and a pattern that matches a parent directory matches
// everything below it.
class DockerIgnore {
    Q_DECLARE_TR_FUNCTIONS(DockerIgnore)

public:
    // Parses the file's text; an invalid pattern (a lone "!", a bad character class) is an
    // error naming it.
    static Result<DockerIgnore> parse(const QString &text);

    // `path` is relative to the context, with '/' separators ("src/main.c").
    bool excludes(const QString &path) const;
    bool hasExceptions() const { return m_hasExceptions; }
    // For an excluded directory: could an exception pattern re-include something inside it?
    bool mayReinclude(const QString &directory) const;
    bool isEmpty() const { return m_patterns.isEmpty(); }

private:
    struct Pattern {
        QString text; // cleaned, without the '!'
        bool exception = false;
        QRegularExpression regex;
    };
    static QString toRegex(const QString &pattern);

    QList<Pattern> m_patterns;
    bool m_hasExceptions = false;
};

} // namespace gantry
