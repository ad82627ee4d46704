#include "core/Format.h"

#include <array>

using namespace Qt::StringLiterals;

namespace gantry {

namespace {

constexpr std::array<QLatin1StringView, 9> kDecimal{"B"_L1,  "kB"_L1, "MB"_L1, "GB"_L1, "TB"_L1,
                                                    "PB"_L1, "EB"_L1, "ZB"_L1, "YB"_L1};
constexpr std::array<QLatin1StringView, 9> kBinary{"B"_L1,   "KiB"_L1, "MiB"_L1, "GiB"_L1, "TiB"_L1,
                                                   "PiB"_L1, "EiB"_L1, "ZiB"_L1, "YiB"_L1};

// go-units getSizeAndUnit + fmt "%.*g%s". QString::number's 'g' is locale independent and
// writes exponents as Go does (1e+03), for the rare 999.9x values that round up.
template <std::size_t N>
QString format(double size, double base, const std::array<QLatin1StringView, N> &units,
               int precision)
{
    std::size_t i = 0;
    while (size >= base && i < N - 1) {
        size /= base;
        ++i;
    }
    return QString::number(size, 'g', precision) + units[i];
}

} // namespace

QString decimal(qint64 value, int digits)
{
    qint64 scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    QString text = QString::number(value / scale);
    if (const qint64 fraction = value % scale) {
        QString f = QString::number(fraction).rightJustified(digits, u'0');
        while (f.endsWith(u'0'))
            f.chop(1);
        text += u'.' + f;
    }
    return text;
}

QString humanSize(qint64 bytes, int precision)
{
    return format(double(bytes), 1000.0, kDecimal, precision);
}

QString binarySize(qint64 bytes)
{
    return format(double(bytes), 1024.0, kBinary, 4);
}

QString shortId(const QString &id)
{
    const qsizetype colon = id.indexOf(u':');
    return (colon >= 0 ? id.mid(colon + 1) : id).left(12);
}

QString imageIdWithAlgorithm(const QString &id)
{
    if (id.size() != 64)
        return id;
    for (const QChar c : id) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return id;
    }
    return u"sha256:"_s + id;
}

QString familiarReference(const QString &reference)
{
    static const QLatin1StringView library("docker.io/library/"), hub("docker.io/");
    // "docker.io/library/x" -> "x", but a deeper path keeps its namespace ("library/a/b").
    if (reference.startsWith(library) && !reference.sliced(library.size()).contains(u'/'))
        return reference.sliced(library.size());
    if (reference.startsWith(hub))
        return reference.sliced(hub.size());
    return reference;
}

} // namespace gantry
