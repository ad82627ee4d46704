#pragma once

#include "transfer/JobOutput.h"
#include "transport/Transport.h"

#include <QPointer>
#include <QSaveFile>

#include <memory>

namespace gantry {

class DockerClient;

// One long transfer between the engine and the disk, with progress and cancel: an answer
// streamed into a file (save, export), or a body streamed from a file or a tar stream
// (load, import, build) whose JSON messages are decoded. Nothing passes through memory
// whole. Emits finished() once, then deletes itself.
class ArchiveTransfer : public QObject {
    Q_OBJECT
public:
    // The file is written atomically: on failure or cancel no partial file is left.
    static ArchiveTransfer *toFile(DockerClient *client, const Request &request,
                                   const QString &filePath, QObject *parent = nullptr);
    static ArchiveTransfer *fromFile(DockerClient *client, const Request &request,
                                     const QString &filePath, QObject *parent = nullptr);
    // `size`: the exact length of the body, or -1 (sent chunked).
    static ArchiveTransfer *fromDevice(DockerClient *client, Request request,
                                       std::shared_ptr<QIODevice> body, qint64 size,
                                       QObject *parent = nullptr);

    ~ArchiveTransfer() override;

    void cancel();
    const JobOutput &output() const { return m_output; }

signals:
    // Bytes moved so far; total is 0 when unknown (the engine does not say how big a save is).
    void progress(qint64 done, qint64 total);
    void outputReceived(const QString &text);
    void finished(const gantry::EngineError &error); // Kind::None on success

private:
    ArchiveTransfer(QObject *parent);
    void start(DockerClient *client, const Request &request);
    void fail(const EngineError &error);
    void onReceived(const QByteArray &chunk);
    void onFinished();
    void done(const EngineError &error);
    bool bodyFailed() const; // the body device could not be read

    QPointer<Reply> m_reply;
    std::unique_ptr<QSaveFile> m_file;
    std::shared_ptr<QIODevice> m_body;
    JobOutput m_output;
    qint64 m_received = 0;
    bool m_done = false;
};

} // namespace gantry
