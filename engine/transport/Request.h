#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <memory>

class QIODevice;

namespace gantry {

// Every member has a default, so that designated initialisers may leave any of them out.
struct Request {
    QByteArray method = QByteArrayLiteral("GET");
    QString path{}; // absolute, with query: /v1.41/containers/json?all=1
    QByteArray body{};
    // A body too big for memory (an image archive, a build context): read from this open
    // device as curl sends it, `bodySize` bytes, or chunked when the size is unknown (-1).
    std::shared_ptr<QIODevice> bodyDevice{};
    qint64 bodySize = -1;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QList<QPair<QByteArray, QByteArray>> headers{};
    int timeoutMs = 30000;  // 0: no overall timeout (streams)
    bool streaming = false; // deliver the body as it arrives through Reply::received
    // The most a reply body kept in memory may hold (non-streaming bodies, and error bodies
    // of streaming requests); beyond it the exchange ends with a protocol error instead of
    // growing without bound. Big listings fit; raise it per request if one may not.
    qint64 maxBodyBytes = 256LL * 1024 * 1024;
};

// Percent-encodes an ID, name or image reference for use as one path segment.
QString pathSegment(const QString &value);

} // namespace gantry
