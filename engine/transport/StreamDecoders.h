#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace gantry {

// Splits a stream of JSON documents separated by newlines (events, pull/push/build
// progress) whatever the chunk boundaries. A line that is not a JSON object is an error
// for that line only; the stream goes on.
class JsonLinesDecoder {
    Q_DECLARE_TR_FUNCTIONS(JsonLinesDecoder)

public:
    static constexpr qsizetype kMaxLine = 16 * 1024 * 1024;

    QList<Result<QJsonObject>> feed(QByteArrayView chunk);
    // The stream ended: a partial last line is reported as truncated.
    std::optional<EngineError> finish();

private:
    QByteArray m_buffer;
};

// Decodes the multiplexed stdio stream of logs and non-TTY exec/attach: frames of an
// 8-byte header (stream, 0, 0, 0, big-endian size) and a payload, split anywhere.
class MuxStreamDecoder {
    Q_DECLARE_TR_FUNCTIONS(MuxStreamDecoder)

public:
    enum class Stream { Stdin = 0, Stdout = 1, Stderr = 2, System = 3 };
    // The engine writes frames of at most a few tens of KiB; a header announcing more than
    // this is a broken or hostile peer, refused before anything is allocated for it.
    static constexpr quint32 kMaxFrame = 8 * 1024 * 1024;
    struct Frame {
        Stream stream;
        QByteArray data;
    };

    // Frames completed by this chunk. After a malformed header, error() is set and
    // everything that follows is ignored: the stream cannot be resynchronised.
    QList<Frame> feed(QByteArrayView chunk);
    std::optional<EngineError> finish();
    const std::optional<EngineError> &error() const { return m_error; }

private:
    QByteArray m_buffer;
    std::optional<EngineError> m_error;
};

} // namespace gantry
