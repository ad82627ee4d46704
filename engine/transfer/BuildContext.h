#pragma once

#include "core/Result.h"
#include "transfer/DockerIgnore.h"

#include <QFile>
#include <QIODevice>
#include <QList>

#include <memory>

namespace gantry {

// What `docker build` sends as its context: the files of a folder that .dockerignore does
// not exclude, listed once up front (sizes known, so the upload has a Content-Length) and
// read from disk only while the tar is streamed.
class BuildContext {
    Q_DECLARE_TR_FUNCTIONS(BuildContext)

public:
    struct Entry {
        enum class Type { File, Directory, Symlink };
        QString name;       // in the tar, '/' separated, relative
        QString sourcePath; // on disk
        Type type = Type::File;
        qint64 size = 0;
        uint mode = 0644;
        qint64 mtime = 0;
        QByteArray linkTarget;
        // Which file the scan saw: the upload sends that one or fails, never another one
        // put in its place since (a symlink to a secret, say).
        quint64 device = 0;
        quint64 inode = 0;
    };

    // Lists `directory` honouring its .dockerignore. `dockerfile` may lie inside the folder
    // (sent where it is) or outside (sent under a generated name); the Dockerfile and
    // .dockerignore are always sent, as the CLI does. Reads the disk: call it off the GUI
    // thread for big folders.
    static Result<BuildContext> scan(const QString &directory, const QString &dockerfile);

    // A file or a folder and everything inside it, named from its own name down ("dir/",
    // "dir/a.txt"), as `docker cp SRC C:PATH` sends it. Reads the disk.
    static Result<QList<Entry>> listTree(const QString &path);

    const QList<Entry> &entries() const { return m_entries; }
    // The Dockerfile's path inside the context (the build's `dockerfile` parameter).
    const QString &dockerfileName() const { return m_dockerfileName; }
    int excludedCount() const { return m_excluded; }
    qint64 contentBytes() const;
    // Exact size of the tar stream made from entries().
    qint64 tarSize() const;

private:
    QList<Entry> m_entries;
    QString m_dockerfileName;
    int m_excluded = 0;
};

// A sequential device producing the tar of a BuildContext on demand: headers are built as
// they are reached and file contents read in chunks, so memory stays small whatever the
// context holds. A file that changed size since the scan is padded or cut to the listed
// size, keeping the announced length exact; one that vanished, or was replaced by another
// file or a link (links are never followed), is a read error.
class TarStream : public QIODevice {
    Q_OBJECT
public:
    explicit TarStream(QList<BuildContext::Entry> entries, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    qint64 size() const override { return m_total; }
    qint64 produced() const { return m_produced; }
    bool failed() const { return m_failed; } // a file could not be read (errorString() says why)

    // One entry's header blocks (a PAX record first when a name or size does not fit).
    static QByteArray header(const BuildContext::Entry &entry);
    static qint64 entrySize(const BuildContext::Entry &entry);

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    bool startEntry();
    bool openScanned(const BuildContext::Entry &entry);

    QList<BuildContext::Entry> m_entries;
    qsizetype m_next = 0;
    QByteArray m_buffer; // header or padding bytes not yet handed out
    std::unique_ptr<QFile> m_file;
    QString m_path; // m_file's, opened from a descriptor
    qint64 m_fileLeft = 0;
    qint64 m_padding = 0;
    qint64 m_total = 0;
    qint64 m_produced = 0;
    bool m_trailerQueued = false;
    bool m_failed = false;
};

} // namespace gantry
