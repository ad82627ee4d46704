#include "transport/HttpResponse.h"

#include <QList>

namespace gantry {

HeadParse HttpResponse::parseHead(QByteArrayView buffer)
{
    HeadParse out;
    const qsizetype end = buffer.indexOf(QByteArrayView("\r\n\r\n"));
    if (end < 0 || end + 4 > kMaxHead) {
        if (end >= 0 || buffer.size() > kMaxHead) {
            out.state = HeadParse::State::Error;
            out.error =
                EngineError::protocol(tr("The engine's answer has no end of headers within %1 KiB.")
                                          .arg(kMaxHead / 1024));
        }
        return out;
    }
    const QList<QByteArray> lines = buffer.first(end).toByteArray().split('\n');
    const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
    bool ok = false;
    const int status = statusLine.size() >= 2 && statusLine[0].startsWith("HTTP/1.")
                           ? statusLine[1].toInt(&ok)
                           : 0;
    if (!ok || status < 100 || status > 999) {
        out.state = HeadParse::State::Error;
        out.error =
            EngineError::protocol(tr("The engine's answer is not HTTP: %1")
                                      .arg(QString::fromUtf8(lines.first().left(80)).trimmed()));
        return out;
    }
    out.head.status = status;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            bool valid = false;
            const qint64 length = value.toLongLong(&valid);
            out.head.contentLength = valid && length >= 0 ? length : -1;
        } else if (name == "transfer-encoding") {
            out.head.chunked = value.toLower().contains("chunked");
        }
    }
    out.state = HeadParse::State::Done;
    out.consumed = end + 4;
    return out;
}

ChunkedParse HttpResponse::dechunk(QByteArrayView in, qsizetype maxBody)
{
    ChunkedParse out;
    auto fail = [&out](const QString &why) {
        out.state = ChunkedParse::State::Error;
        out.body.clear();
        out.error = EngineError::protocol(why);
        return out;
    };
    qsizetype pos = 0;
    for (;;) {
        const qsizetype eol = in.indexOf(QByteArrayView("\r\n"), pos);
        if (eol < 0) {
            // The bytes so far may end with the line's '\r': only one more than the limit
            // proves the line too long (found by fuzzing).
            if (in.size() - pos > kMaxChunkSizeLine + 1)
                return fail(tr("A chunk size line of the engine's answer has no end."));
            return out;
        }
        if (eol - pos > kMaxChunkSizeLine)
            return fail(tr("A chunk size line of the engine's answer has no end."));
        QByteArrayView sizeText = in.sliced(pos, eol - pos);
        if (const qsizetype semicolon = sizeText.indexOf(';'); semicolon >= 0)
            sizeText = sizeText.first(semicolon);
        sizeText = sizeText.trimmed();
        // Read digit by digit: the size is checked against what is left before it can
        // overflow, whatever the number of digits.
        qint64 size = 0;
        bool hex = !sizeText.isEmpty();
        for (const char c : sizeText) {
            const int digit = c >= '0' && c <= '9'   ? c - '0'
                              : c >= 'a' && c <= 'f' ? c - 'a' + 10
                              : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                                     : -1;
            if (digit < 0) {
                hex = false;
                break;
            }
            size = size * 16 + digit;
            if (size > maxBody - out.body.size())
                return fail(tr("A chunk of the engine's answer is larger than the %1 bytes "
                               "allowed for it.")
                                .arg(maxBody));
        }
        pos = eol + 2;
        if (!hex || size == 0) {
            out.state = ChunkedParse::State::Done;
            return out;
        }
        if (in.size() - pos < size + 2)
            return out;
        out.body.append(in.sliced(pos, size));
        pos += size + 2;
    }
}

} // namespace gantry
