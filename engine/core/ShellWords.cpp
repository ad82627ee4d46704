#include "core/ShellWords.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace gantry {

QString shellJoin(const QStringList &argv)
{
    static const QRegularExpression safe(uR"(^[A-Za-z0-9_@%+=:,./-]+\z)"_s);
    QStringList out;
    for (const QString &a : argv) {
        if (!a.isEmpty() && safe.match(a).hasMatch())
            out << a;
        else
            out << u'\'' + QString(a).replace(u"'"_s, u"'\\''"_s) + u'\'';
    }
    return out.join(u' ');
}

QStringList shellSplit(const QString &text)
{
    // POSIX shell word splitting without expansions: blanks separate words, '...' is
    // literal, "..." takes \" and \\, a backslash outside quotes escapes the next character.
    // So shellSplit(shellJoin(argv)) == argv.
    QStringList words;
    QString word;
    bool inWord = false;
    QChar quote;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            else if (c == u'\\' && quote == u'"' && i + 1 < text.size() &&
                     (text.at(i + 1) == u'"' || text.at(i + 1) == u'\\'))
                word += text.at(++i);
            else
                word += c;
            continue;
        }
        if (c.isSpace()) {
            if (inWord)
                words << word;
            word.clear();
            inWord = false;
        } else if (c == u'"' || c == u'\'') {
            quote = c;
            inWord = true;
        } else if (c == u'\\' && i + 1 < text.size()) {
            word += text.at(++i);
            inWord = true;
        } else {
            word += c;
            inWord = true;
        }
    }
    if (!quote.isNull())
        return {};
    if (inWord)
        words << word;
    return words;
}

} // namespace gantry
