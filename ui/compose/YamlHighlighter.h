#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace gantry {

// Enough YAML colouring to read a compose file or a .env: keys, comments, quoted strings,
// ${VARIABLE} interpolations and list dashes. Line by line, no state across lines.
class YamlHighlighter : public QSyntaxHighlighter {
    Q_OBJECT
public:
    explicit YamlHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_key, m_comment, m_string, m_variable, m_dash;
    QRegularExpression m_keyRe, m_stringRe, m_variableRe, m_dashRe;
};

} // namespace gantry
