#pragma once

#include "files/TarReader.h"

#include <QList>
#include <QString>

namespace gantry {

// Writes the entries of a tar stream under one local folder, and nowhere else: a name that
// is absolute or climbs out with "..", a path through a link, a hard link to something
// outside or a symbolic link whose target leaves the folder is refused (links: skipped and
// counted, the rest: an error). Links are never followed while writing; files are written
// as their data streams by. Permission bits are kept except set-user/group-ID; devices,
// pipes and sockets are skipped. Folder modes and times are applied at finish().
class TarExtractor {
    Q_DECLARE_TR_FUNCTIONS(TarExtractor)

public:
    explicit TarExtractor(const QString &root); // an existing folder
    ~TarExtractor();

    bool feed(QByteArrayView chunk);
    bool finish();
    const QString &error() const { return m_error; }

    int skippedLinks() const { return m_skippedLinks; }
    int skippedSpecial() const { return m_skippedSpecial; }
    // First components of what was made (skipped and refused entries are not), in order.
    QStringList topLevel() const { return m_topLevel; }

private:
    bool begin(const TarHeader &h);
    bool write(QByteArrayView data);
    bool endFile();
    bool fail(const QString &why);
    // "a/b/c" checked and normalised; empty when refused (m_error says why).
    QString clean(const QString &name);
    bool makeParents(const QString &rel);
    void created(const QString &rel);
    bool linkStaysInside(const QString &rel, const QString &target) const;

    struct Folder {
        QString rel;
        uint mode;
        qint64 mtime;
    };
    int m_rootFd = -1;
    TarReader m_reader;
    int m_fd = -1;
    TarHeader m_file;
    QString m_fileRel;
    QList<Folder> m_folders;
    QStringList m_topLevel;
    int m_skippedLinks = 0;
    int m_skippedSpecial = 0;
    QString m_error;
};

} // namespace gantry
