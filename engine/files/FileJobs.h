#pragma once

#include "core/EngineError.h"
#include "core/Result.h"
#include "files/FileSpecs.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace gantry {

class ArchiveTransfer;
class DockerClient;
class Reply;
class TarExtractor;

template <typename T> using FileCallback = std::function<void(Result<T>)>;

struct FolderListing {
    QString path;
    QList<FileEntry> entries; // the folder's own entries, not what lies deeper
    bool truncated = false;   // a cap was reached: the list is partial
};

struct FilePreview {
    QString name;
    QByteArray bytes;
    qint64 size = 0;
    bool truncated = false;
};

// Reads of a container's files through the archive endpoints: each streams and keeps only
// what it returns. The returned reply may be cancelled (the callback then gets Cancelled).
namespace ContainerFiles {

Reply *stat(DockerClient *client, const QString &container, const QString &path, QObject *context,
            FileCallback<FileEntry> done);

struct ListLimits {
    int maxEntries = 5000;
    qint64 maxBytes = 256LL * 1024 * 1024; // of tar read (the deeper files pass by too)
};
// The folder's tar is read as it streams, headers only; file data is skipped as it passes.
Reply *list(DockerClient *client, const QString &container, const QString &path, QObject *context,
            FileCallback<FolderListing> done, ListLimits limits = {});

// The first `maxBytes` of a regular file.
Reply *preview(DockerClient *client, const QString &container, const QString &path,
               QObject *context, FileCallback<FilePreview> done, qint64 maxBytes = 1024 * 1024);

} // namespace ContainerFiles

// `docker cp C:PATH DEST`: the tar is extracted as it streams into a hidden folder inside
// DEST, then moved into place under the path's name; an existing file or folder of that name
// is never overwritten. On failure or cancel nothing is left behind. Emits finished() once,
// then deletes itself.
class CopyFromJob : public QObject {
    Q_OBJECT
public:
    static CopyFromJob *start(DockerClient *client, const CopyFromSpec &spec,
                              QObject *parent = nullptr);
    ~CopyFromJob() override;
    void cancel();
    // Links pointing out of the destination and special files, not created.
    int skipped() const;

signals:
    void progress(qint64 bytes);
    void finished(const gantry::EngineError &error);

private:
    explicit CopyFromJob(QObject *parent);
    void onReceived(const QByteArray &chunk);
    void onFinished();
    void done(const EngineError &error);

    QPointer<Reply> m_reply;
    QString m_destination;
    QString m_staging;
    std::unique_ptr<TarExtractor> m_extractor;
    qint64 m_bytes = 0;
    bool m_done = false;
};

// `docker cp SRC C:PATH`: the source listed (off the GUI thread), then streamed as a tar
// (TarStream) into the container's folder. Emits finished() once, then deletes itself.
class CopyToJob : public QObject {
    Q_OBJECT
public:
    static CopyToJob *start(DockerClient *client, const CopyToSpec &spec,
                            QObject *parent = nullptr);
    void cancel();

signals:
    void progress(qint64 sent, qint64 total);
    void finished(const gantry::EngineError &error);

private:
    explicit CopyToJob(QObject *parent);
    void finish(const EngineError &error);

    QPointer<ArchiveTransfer> m_transfer;
    bool m_done = false;
};

} // namespace gantry
