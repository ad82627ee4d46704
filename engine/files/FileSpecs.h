#pragma once

#include "transport/Request.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <optional>

// Files inside a container through the archive endpoints (no shell needed, running or not):
// a path's stat, a file or folder read as a tar (`docker cp C:PATH DEST`), a tar written
// into a folder (`docker cp SRC C:PATH`).
namespace gantry {

struct FileEntry {
    Q_DECLARE_TR_FUNCTIONS(FileEntry)

public:
    enum class Kind { File, Directory, Symlink, Other };
    QString name;
    Kind kind = Kind::File;
    qint64 size = 0;
    uint permissions = 0; // 07777
    QDateTime modified;
    QString linkTarget;

    // As `ls -l` prints it: "drwxr-xr-x", "-rwsr-xr-x", "lrwxrwxrwx".
    QString modeText() const;

    // The X-Docker-Container-Path-Stat header: base64 of {"name","size","mode","mtime",
    // "linkTarget"}, mode being Go's os.FileMode (type bits high, permission bits low).
    static std::optional<FileEntry> fromPathStat(const QByteArray &header,
                                                 QString *error = nullptr);
};

// The path a container's file or folder has inside it: absolute, '/' separated, no "..".
QString joinContainerPath(const QString &folder, const QString &name);
QString parentContainerPath(const QString &path);

struct PathStatSpec {
    QString container;
    QString path;
    Request request() const; // HEAD
};

struct CopyFromSpec {
    QString container;       // ID for the request
    QString name;            // for the command line
    QString path;            // in the container
    QString destination;     // an existing local folder: the copy lands in it under the path's name
    Request request() const; // GET: a tar streamed back
    QStringList commandLine() const;
};

struct CopyToSpec {
    QString container;
    QString name;
    QString source;          // a local file or folder
    QString path;            // an existing folder in the container
    Request request() const; // PUT: the body is a tar of the source, attached by the caller
    QStringList commandLine() const;
};

} // namespace gantry
