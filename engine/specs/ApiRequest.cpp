#include "specs/ApiRequest.h"

#include <QJsonDocument>
#include <QUrl>

namespace gantry {

Request apiRequest(const QByteArray &method, const QString &path, const QUrlQuery &query,
                   const QJsonObject &body, int timeoutMs)
{
    Request r;
    r.method = method;
    const QString q = query.toString(QUrl::FullyEncoded);
    r.path = q.isEmpty() ? path : path + u'?' + q;
    if (!body.isEmpty())
        r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    r.timeoutMs = timeoutMs;
    return r;
}

QJsonObject labelsObject(const Labels &labels)
{
    QJsonObject o;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QString filtersValue(const QJsonObject &filters)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(
        QString::fromUtf8(QJsonDocument(filters).toJson(QJsonDocument::Compact))));
}

} // namespace gantry
