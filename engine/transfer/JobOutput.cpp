#include "transfer/JobOutput.h"

#include "api/Parsers.h"
#include "core/Format.h"

#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace gantry {

QString JobOutput::feed(QByteArrayView chunk)
{
    QString shown;
    for (const Result<QJsonObject> &message : m_decoder.feed(chunk)) {
        if (!message) {
            if (!m_failure)
                m_failure = message.error();
            continue;
        }
        const QJsonObject &m = message.value();
        if (std::optional<EngineError> failure = parse::streamError(m)) {
            QString text = failure->message();
            if (m_step > 0)
                text = tr("Step %1/%2 (%3) failed: %4")
                           .arg(m_step)
                           .arg(m_stepCount)
                           .arg(m_stepText, text);
            if (!m_failure)
                m_failure = EngineError(EngineError::Kind::ServerError, text);
            shown += text + u'\n';
            continue;
        }
        const QString id = m.value(u"aux"_s).toObject().value(u"ID"_s).toString();
        if (!id.isEmpty())
            m_imageId = id;
        QString text = m.value(u"stream"_s).toString();
        if (text.isEmpty() && m.contains(u"status"_s)) {
            const QString status = m.value(u"status"_s).toString();
            if (status.startsWith(u"sha256:"_s)) // what an import answers
                m_imageId = status.trimmed();
            text = status + u'\n';
        }
        shown += text;
        m_line += text;
        // Progress redrawn with '\r' ends a line too; a line never grows past kMaxLine.
        static const QRegularExpression lineEnd(u"[\r\n]"_s);
        qsizetype nl;
        while ((nl = m_line.indexOf(lineEnd)) >= 0) {
            readLine(m_line.left(nl).trimmed());
            m_line.remove(0, nl + 1);
        }
        if (m_line.size() > kMaxLine)
            m_line = m_line.right(kMaxLine);
    }
    return shown;
}

void JobOutput::readLine(const QString &line)
{
    // Docker's classic builder: "Step 2/5 : RUN make"; Podman's (Buildah): "STEP 2/5: RUN make".
    static const QRegularExpression step(
        u"^(?:Step (\\d+)/(\\d+) :|STEP (\\d+)/(\\d+):) (.*)\\z"_s);
    if (const QRegularExpressionMatch m = step.match(line); m.hasMatch()) {
        const int first = m.hasCaptured(1) ? 1 : 3;
        m_step = m.captured(first).toInt();
        m_stepCount = m.captured(first + 1).toInt();
        m_stepText = m.captured(5);
    } else if (line.startsWith(u"Successfully built "_s) && m_imageId.isEmpty()) {
        m_imageId = line.mid(19);
    } else if (line.startsWith(u"Loaded image: "_s)) {
        m_loaded.append(familiarReference(line.mid(14))); // Podman: "docker.io/..."
    } else if (line.startsWith(u"Loaded image ID: "_s)) {
        m_loaded.append(line.mid(17));
    }
}

std::optional<EngineError> JobOutput::finish()
{
    if (!m_line.trimmed().isEmpty())
        readLine(m_line.trimmed());
    m_line.clear();
    if (std::optional<EngineError> e = m_decoder.finish(); e && !m_failure)
        m_failure = e;
    return m_failure;
}

} // namespace gantry
