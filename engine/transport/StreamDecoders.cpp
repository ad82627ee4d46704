#include "transport/StreamDecoders.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QtEndian>

namespace gantry {

QList<Result<QJsonObject>> JsonLinesDecoder::feed(QByteArrayView chunk)
{
    QList<Result<QJsonObject>> out;
    m_buffer.append(chunk);
    qsizetype start = 0;
    for (qsizetype nl = m_buffer.indexOf('\n'); nl >= 0; nl = m_buffer.indexOf('\n', start)) {
        const QByteArray line = m_buffer.sliced(start, nl - start).trimmed();
        start = nl + 1;
        if (line.isEmpty())
            continue;
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &err);
        if (err.error != QJsonParseError::NoError || !doc.isObject())
            out.append(EngineError::protocol(
                tr("A line of the stream is not a JSON object: %1").arg(err.errorString())));
        else
            out.append(doc.object());
    }
    m_buffer.remove(0, start);
    if (m_buffer.size() > kMaxLine) {
        m_buffer.clear();
        out.append(EngineError::protocol(tr("A line of the stream is too long.")));
    }
    return out;
}

std::optional<EngineError> JsonLinesDecoder::finish()
{
    const bool truncated = !m_buffer.trimmed().isEmpty();
    m_buffer.clear();
    if (truncated)
        return EngineError::protocol(tr("The stream ended in the middle of a message."));
    return std::nullopt;
}

QList<MuxStreamDecoder::Frame> MuxStreamDecoder::feed(QByteArrayView chunk)
{
    QList<Frame> out;
    if (m_error)
        return out;
    m_buffer.append(chunk);
    qsizetype pos = 0;
    while (m_buffer.size() - pos >= 8) {
        const auto *h = reinterpret_cast<const uchar *>(m_buffer.constData() + pos);
        if (h[0] > 3 || h[1] != 0 || h[2] != 0 || h[3] != 0) {
            m_error = EngineError::protocol(tr("The output stream has a malformed frame header."));
            m_buffer.clear();
            return out;
        }
        const quint32 size = qFromBigEndian<quint32>(h + 4);
        if (size > kMaxFrame) {
            m_error = EngineError::protocol(
                tr("The output stream announces a frame of %1 bytes, more than the %2 allowed.")
                    .arg(size)
                    .arg(kMaxFrame));
            m_buffer.clear();
            return out;
        }
        if (m_buffer.size() - pos - 8 < qsizetype(size))
            break;
        out.append({Stream(h[0]), m_buffer.sliced(pos + 8, size)});
        pos += 8 + size;
    }
    m_buffer.remove(0, pos);
    return out;
}

std::optional<EngineError> MuxStreamDecoder::finish()
{
    if (m_error)
        return m_error;
    const bool truncated = !m_buffer.isEmpty();
    m_buffer.clear();
    if (truncated)
        return EngineError::protocol(tr("The output stream ended in the middle of a frame."));
    return std::nullopt;
}

} // namespace gantry
