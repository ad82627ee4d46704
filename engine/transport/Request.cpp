#include "transport/Request.h"

#include <QUrl>

namespace gantry {

QString pathSegment(const QString &value)
{
    // Image references keep '/' and ':' (the engine routes /images/{name:.*}/json).
    return QString::fromLatin1(QUrl::toPercentEncoding(value, "/:@"));
}

} // namespace gantry
