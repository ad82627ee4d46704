#pragma once

#include "transport/StreamDecoders.h"

#include <QStringList>

#include <optional>

namespace gantry {

// The JSON messages a build, load or import streams back: text to show, the build step
// being run, the image made, and a failure reported inside a 200 answer (errorDetail),
// which names the step that failed.
class JobOutput {
    Q_DECLARE_TR_FUNCTIONS(JobOutput)

public:
    static constexpr qsizetype kMaxLine = 64 * 1024; // of an unfinished line, kept for parsing

    // Decodes a chunk; returns the text it adds to the output.
    QString feed(QByteArrayView chunk);
    // The answer ended: a truncated message is a protocol error.
    std::optional<EngineError> finish();

    const std::optional<EngineError> &failure() const { return m_failure; }
    int step() const { return m_step; }
    int stepCount() const { return m_stepCount; }
    const QString &stepText() const { return m_stepText; } // "RUN make"
    const QString &imageId() const { return m_imageId; }
    const QStringList &loadedImages() const { return m_loaded; }

private:
    void readLine(const QString &line);

    JsonLinesDecoder m_decoder;
    QString m_line; // text of a line not yet ended
    std::optional<EngineError> m_failure;
    int m_step = 0;
    int m_stepCount = 0;
    QString m_stepText;
    QString m_imageId;
    QStringList m_loaded;
};

} // namespace gantry
