#include "compose/YamlHighlighter.h"

#include <QGuiApplication>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace gantry {

YamlHighlighter::YamlHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
    , m_keyRe(u"^(\\s*(?:-\\s+)?)([^\\s#:'\"][^:#]*?|\"[^\"]*\"|'[^']*')\\s*(?::(?=\\s|$)|=)"_s)
    , m_stringRe(u"\"(?:[^\"\\\\]|\\\\.)*\"|'[^']*'"_s)
    , m_variableRe(u"\\$\\{[^}]*\\}|\\$[A-Za-z_][A-Za-z0-9_]*"_s)
    , m_dashRe(u"^\\s*-(?=\\s|$)"_s) // a list item's dash
{
    // Colours that read on light and dark palettes alike.
    const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
    m_key.setForeground(dark ? QColor(0x7a, 0xb8, 0xff) : QColor(0x1a, 0x4f, 0x9c));
    m_key.setFontWeight(QFont::Bold);
    m_comment.setForeground(dark ? QColor(0x9a, 0x9a, 0x9a) : QColor(0x6a, 0x6a, 0x6a));
    m_comment.setFontItalic(true);
    m_string.setForeground(dark ? QColor(0x9c, 0xd6, 0x7a) : QColor(0x2e, 0x7d, 0x32));
    m_variable.setForeground(dark ? QColor(0xe0, 0xa0, 0xff) : QColor(0x8e, 0x24, 0xaa));
    m_dash.setForeground(m_key.foreground());
}

void YamlHighlighter::highlightBlock(const QString &text)
{
    // The comment: from a # at the start or after a space, outside quotes.
    qsizetype commentAt = -1;
    QChar quote;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (!quote.isNull()) {
            if (ch == quote)
                quote = QChar();
        } else if (ch == u'"' || ch == u'\'') {
            quote = ch;
        } else if (ch == u'#' && (i == 0 || text.at(i - 1).isSpace())) {
            commentAt = i;
            break;
        }
    }
    const QString code = commentAt < 0 ? text : text.left(commentAt);
    if (const auto m = m_keyRe.match(code); m.hasMatch())
        setFormat(int(m.capturedStart(2)), int(m.capturedLength(2)), m_key);
    if (const auto m = m_dashRe.match(code); m.hasMatch())
        setFormat(int(m.capturedEnd() - 1), 1, m_dash);
    for (auto it = m_stringRe.globalMatch(code); it.hasNext();) {
        const auto m = it.next();
        setFormat(int(m.capturedStart()), int(m.capturedLength()), m_string);
    }
    for (auto it = m_variableRe.globalMatch(code); it.hasNext();) {
        const auto m = it.next();
        setFormat(int(m.capturedStart()), int(m.capturedLength()), m_variable);
    }
    if (commentAt >= 0)
        setFormat(int(commentAt), int(text.size() - commentAt), m_comment);
}

} // namespace gantry
