#include "compose/ComposeError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;

namespace gantry {

namespace {

QString absolute(const QString &file, const QString &workingDir)
{
    if (file.isEmpty() || QDir::isAbsolutePath(file))
        return QDir::cleanPath(file);
    return QDir::cleanPath(QDir(workingDir).absoluteFilePath(file));
}

// The dotted path a schema message is about, and the key it names after it if any.
QStringList schemaPath(const QString &text)
{
    // v1: "Unsupported config option for services.web: 'foo'"
    static const QRegularExpression option(u"config option for ([A-Za-z0-9_.\\-]+): '([^']+)'"_s);
    if (const auto m = option.match(text); m.hasMatch())
        return m.captured(1).split(u'.') << m.captured(2);
    // v2: "services.web additional properties 'foo' not allowed" / "Additional property foo"
    static const QRegularExpression additional(
        u"([A-Za-z0-9_.\\-]+)\\s+[Aa]dditional propert(?:y|ies) '?([A-Za-z0-9_\\-]+)'?"_s);
    if (const auto m = additional.match(text); m.hasMatch())
        return m.captured(1).split(u'.') << m.captured(2);
    // "services.web.ports contains an invalid type", "services.web.image must be a string"
    static const QRegularExpression dotted(u"\\b(services|networks|volumes|secrets|configs)"
                                           u"((?:\\.[A-Za-z0-9_\\-]+)+)"_s);
    if (const auto m = dotted.match(text); m.hasMatch())
        return QString(m.captured(1) + m.captured(2)).split(u'.');
    return {};
}

} // namespace

int ComposeError::lineOfPath(const QByteArray &yaml, const QStringList &path)
{
    if (path.isEmpty())
        return 0;
    try {
        YAML::Node node = YAML::Load(yaml.toStdString());
        int line = 0;
        for (const QString &part : path) {
            if (!node.IsMap())
                break;
            YAML::Node keyNode;
            YAML::Node valueNode;
            bool found = false;
            for (const auto &kv : node) {
                if (kv.first.IsScalar() && QString::fromStdString(kv.first.Scalar()) == part) {
                    keyNode.reset(kv.first); // reset: operator= would write into the tree
                    valueNode.reset(kv.second);
                    found = true;
                    break;
                }
            }
            if (!found)
                break;
            line = keyNode.Mark().line + 1;
            node.reset(valueNode);
        }
        return line;
    } catch (const YAML::Exception &) {
        return 0;
    }
}

ComposeError ComposeError::fromOutput(const QString &output, const QStringList &files,
                                      const QString &workingDir)
{
    ComposeError e;
    QStringList lines;
    for (const QString &l : output.split(u'\n')) {
        // Warnings about unset variables and the like are not the error.
        if (!l.trimmed().isEmpty() && !l.startsWith(u"WARNING:"_s) &&
            !l.contains(u"level=warning"_s))
            lines << l.trimmed();
    }
    e.message = lines.join(u'\n');

    // v1 (PyYAML): the last `in "FILE", line N, column M` is where the problem is.
    static const QRegularExpression pyyaml(u"in \"([^\"]+)\", line (\\d+), column (\\d+)"_s);
    auto it = pyyaml.globalMatch(output);
    while (it.hasNext()) {
        const auto m = it.next();
        e.file = absolute(m.captured(1), workingDir);
        e.line = m.captured(2).toInt();
        e.column = m.captured(3).toInt();
    }
    if (e.line > 0)
        return e;

    // v2 (go-yaml): "yaml: line N: ..." and the file it was parsing, when named.
    static const QRegularExpression goyaml(u"line (\\d+)(?:, column (\\d+))?:"_s);
    static const QRegularExpression named(
        u"(?:parsing|validating|loading|reading) ([^\\s:]+(?:\\.ya?ml|\\.env))"_s);
    if (const auto m = goyaml.match(output); m.hasMatch()) {
        e.line = m.captured(1).toInt();
        e.column = m.captured(2).toInt();
        if (const auto f = named.match(output); f.hasMatch())
            e.file = absolute(f.captured(1), workingDir);
        else if (files.size() == 1)
            e.file = files.first();
        return e;
    }

    // Schema errors: the file the tool names (v1: "The Compose file './a.yml' is invalid"),
    // and the line of the path it is about, looked up in that file or else in each file.
    static const QRegularExpression composeFile(u"[Cc]ompose file '([^']+)'"_s);
    if (const auto m = composeFile.match(output); m.hasMatch())
        e.file = absolute(m.captured(1), workingDir);
    else if (const auto f = named.match(output); f.hasMatch())
        e.file = absolute(f.captured(1), workingDir);
    const QStringList path = schemaPath(output);
    if (path.isEmpty())
        return e;
    const QStringList candidates = e.file.isEmpty() ? files : QStringList{e.file};
    for (const QString &f : candidates) {
        QFile file(f);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        if (const int line = lineOfPath(file.readAll(), path); line > 0) {
            e.file = f;
            e.line = line;
            break;
        }
    }
    return e;
}

QString ComposeError::describe() const
{
    if (line > 0 && !file.isEmpty())
        return tr("%1, line %2: %3").arg(QFileInfo(file).fileName()).arg(line).arg(message);
    if (!file.isEmpty())
        return tr("%1: %2").arg(QFileInfo(file).fileName(), message);
    return message;
}

void ComposeError::renameFile(const QString &from, const QString &to)
{
    if (QDir::cleanPath(file) == QDir::cleanPath(from))
        file = to;
    message.replace(from, to);
    message.replace(QFileInfo(from).fileName(), QFileInfo(to).fileName());
}

} // namespace gantry
