#include "core/ApiVersion.h"

#include <QList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace gantry {

std::optional<ApiVersion> ApiVersion::parse(QStringView text)
{
    const auto parts = text.trimmed().split(u'.');
    if (parts.size() != 2)
        return std::nullopt;
    bool okMajor = false;
    bool okMinor = false;
    const int major = parts[0].toInt(&okMajor);
    const int minor = parts[1].toInt(&okMinor);
    if (!okMajor || !okMinor || major < 0 || minor < 0)
        return std::nullopt;
    return ApiVersion(major, minor);
}

ApiVersion ApiVersion::negotiate(ApiVersion server)
{
    return std::min(server, newestKnown());
}

QString ApiVersion::toString() const
{
    return u"%1.%2"_s.arg(m_major).arg(m_minor);
}

QString ApiVersion::pathPrefix() const
{
    return u"/v"_s + toString();
}

} // namespace gantry
