#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace gantry {

// Where the compose tool's `config` says a project is wrong, read from its message:
//  - YAML syntax (v1, PyYAML): `in "./a.yml", line 5, column 4` (the last one is the place);
//  - YAML syntax (v2, go-yaml): `yaml: line 5: did not find expected key`, after the file
//    when it names one (`parsing /x/compose.yaml: ...`, `validating /x/compose.yaml: ...`);
//  - schema (v1: "The Compose file './a.yml' is invalid because: services.web.ports contains
//    an invalid type"; v2: "services.web additional properties 'foo' not allowed"): no line in
//    the message, so the dotted path is looked up in the files (yaml-cpp keeps each node's
//    line).
struct ComposeError {
    Q_DECLARE_TR_FUNCTIONS(ComposeError)

public:
    QString file; // absolute when the tool named one (or the path was found in one)
    int line = 0; // 1-based; 0: not known
    int column = 0;
    QString message; // the tool's own text, trimmed

    // files: the -f files given (absolute), to resolve the tool's relative names and to look
    // up schema paths; workingDir: what relative names are relative to.
    static ComposeError fromOutput(const QString &output, const QStringList &files,
                                   const QString &workingDir);
    // 1-based line of the node at a dotted path ("services.web.ports") in `yaml`, or of the
    // deepest part of it found; 0 when not even the first part is there or it does not parse.
    static int lineOfPath(const QByteArray &yaml, const QStringList &path);
    // "a.yml, line 5: <message>" (translated), or the message alone without a place.
    QString describe() const;
    // The same with `from` (a temporary copy's path) read as `to` everywhere.
    void renameFile(const QString &from, const QString &to);
};

} // namespace gantry
