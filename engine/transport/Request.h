#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <memory>

class QIODevice;

namespace gantry {

struct Request {
    QByteArray method = QByteArrayLiteral("GET");
    QString path; // absolute, with query: /v1.41/containers/json?all=1
    QByteArray body;
    // A body too big for memory (an image archive, a build context): read from this open
    // device as curl sends it, `bodySize` bytes, or chunked when the size is unknown (-1).
    std::shared_ptr<QIODevice> bodyDevice;
    qint64 bodySize = -1;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QList<QPair<QByteArray, QByteArray>> headers;
    int timeoutMs = 30000;  // 0: no overall timeout (streams)
    bool streaming = false; // deliver the body as it arrives through Reply::received
};

// Percent-encodes an ID, name or image reference for use as one path segment.
QString pathSegment(const QString &value);

} // namespace gantry
