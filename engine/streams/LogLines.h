#pragma once

#include "transport/StreamDecoders.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <array>
#include <optional>

namespace gantry {

enum class LogStreamKind : quint8 { Stdout = 0, Stderr = 1 };

// One line of a container's output.
struct LogLine {
    qint64 timeNs = 0; // nanoseconds since the epoch (UTC); 0 when the engine gave no timestamp
    LogStreamKind stream = LogStreamKind::Stdout;
    QString text; // without the line end (\n, and the \r a TTY adds)

    QDateTime timestamp() const;
    friend bool operator==(const LogLine &, const LogLine &) = default;
};

// Reads an RFC 3339 time with up to nine fraction digits (what the engine puts before each
// line with timestamps=1: 2024-05-01T10:00:00.123456789Z) as nanoseconds since the epoch.
// Hand-written rather than QDateTime::fromString: it runs for every line of a flood and
// keeps the nanoseconds that order lines of several containers. Times outside what 64-bit
// nanoseconds hold (before 1677-09-21, after 2262-04-11) are clamped to those bounds.
std::optional<qint64> parseRfc3339Nano(QByteArrayView text);
// The engine's form of a time: 2024-05-01T10:00:00.123456789Z (UTC, nine digits).
QByteArray formatRfc3339Nano(qint64 timeNs);

// Turns the bytes of GET /containers/{id}/logs into lines, whatever the chunk boundaries
// (a chunk may end inside a frame header, a timestamp or a UTF-8 sequence). A TTY container
// sends raw bytes (all of it is stdout); otherwise the stream is multiplexed frames.
class LogLineSplitter {
public:
    // A line longer than this is cut (at a UTF-8 boundary) so that a program printing
    // without a newline cannot make memory grow without bound.
    static constexpr qsizetype kMaxLineBytes = 256 * 1024;

    LogLineSplitter(bool tty, bool timestamps);

    QList<LogLine> feed(QByteArrayView chunk);
    // The stream ended: a last line without a newline is returned too.
    QList<LogLine> finish();
    // A malformed frame header (non-TTY: nothing after it can be read), or a stream that
    // ended in the middle of a frame.
    std::optional<EngineError> error() const { return m_mux.error() ? m_mux.error() : m_truncated; }

private:
    void consume(LogStreamKind stream, QByteArrayView data, QList<LogLine> &out);
    void emitLine(LogStreamKind stream, QByteArrayView bytes, QList<LogLine> &out);

    bool m_tty;
    bool m_timestamps;
    MuxStreamDecoder m_mux;
    std::array<QByteArray, 2> m_pending; // bytes of an unfinished line, per stream
    qint64 m_lastTimeNs = 0;
    std::optional<EngineError> m_truncated;
};

} // namespace gantry

Q_DECLARE_METATYPE(gantry::LogLine)
