#pragma once

#include "specs/ActionSpecs.h"

#include <QPair>

// Moving images in and out of the engine: build, commit, save/load, export/import. Each
// spec gives the request (its body, a file or a tar stream, is attached by the caller)
// and the docker command line doing the same.
namespace gantry {

using KeyValue = QPair<QString, QString>;

struct BuildSpec {
    Q_DECLARE_TR_FUNCTIONS(BuildSpec)

public:
    QString contextDir;
    QString dockerfile; // as chosen; empty: contextDir/Dockerfile
    QStringList tags;
    QList<KeyValue> buildArgs;
    QString target;
    bool noCache = false;

    // `dockerfileInContext`: where the Dockerfile is inside the tar (BuildContext).
    Request request(const QString &dockerfileInContext) const;
    QStringList commandLine() const;

    // "KEY=value" (the value may be empty, not missing); an error message otherwise.
    static std::optional<KeyValue> parseBuildArg(const QString &line, QString *error = nullptr);
};

struct CommitSpec {
    Q_DECLARE_TR_FUNCTIONS(CommitSpec)

public:
    QString container; // ID for the request
    QString name;      // for the command line
    QString reference; // repo[:tag]; empty: an untagged image
    QString message;
    QString author;
    QStringList changes; // Dockerfile instructions: CMD ..., ENV K=V, ...
    bool pause = true;

    Request request() const;
    QStringList commandLine() const;

    // The instructions `docker commit --change` accepts; an error message for others.
    static bool isValidChange(const QString &change, QString *error = nullptr);
};

struct SaveSpec {
    QStringList images; // references or IDs
    QString file;
    Request request() const;
    QStringList commandLine() const;
};

struct LoadSpec {
    QString file;
    Request request() const; // the body is the file
    QStringList commandLine() const;
};

struct ExportSpec {
    QString container;
    QString name;
    QString file;
    Request request() const;
    QStringList commandLine() const;
};

struct ImportSpec {
    QString file;
    QString reference; // repo[:tag]; empty: an untagged image
    QString message;
    QStringList changes;
    Request request() const; // the body is the file
    QStringList commandLine() const;
};

} // namespace gantry
