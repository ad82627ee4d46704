#include "files/TarReader.h"

#include <limits>
#include <optional>

using namespace Qt::StringLiterals;

namespace gantry {

namespace {

constexpr qint64 kBlock = 512;
// Sizes above this are refused: rounding one up to a block would overflow (no real archive
// comes close: 4 EiB).
constexpr qint64 kMaxSize = qint64(1) << 62;

qint64 padded(qint64 n)
{
    return (n + kBlock - 1) / kBlock * kBlock;
}

// An octal field (NUL or space terminated), or GNU's base-256 form (first byte 0x80).
std::optional<qint64> number(const char *field, int width)
{
    const auto *u = reinterpret_cast<const unsigned char *>(field);
    if (u[0] & 0x80) {
        if (u[0] == 0xff)
            return std::nullopt; // negative: not for a size; times before 1970 are not worth it
        qint64 v = u[0] & 0x7f;
        for (int i = 1; i < width; ++i) {
            if (v > (std::numeric_limits<qint64>::max() >> 8))
                return std::nullopt;
            v = (v << 8) | u[i];
        }
        return v;
    }
    qint64 v = 0;
    int i = 0;
    while (i < width && field[i] == ' ')
        ++i;
    bool any = false;
    for (; i < width && field[i] >= '0' && field[i] <= '7'; ++i) {
        if (v > (std::numeric_limits<qint64>::max() >> 3))
            return std::nullopt;
        v = v * 8 + (field[i] - '0');
        any = true;
    }
    if (i < width && field[i] != '\0' && field[i] != ' ')
        return std::nullopt;
    return any ? std::optional<qint64>(v) : std::optional<qint64>(0);
}

QString text(const char *field, int width)
{
    return QString::fromUtf8(field, qstrnlen(field, uint(width)));
}

} // namespace

bool TarReader::fail(const QString &why)
{
    m_state = State::Failed;
    m_error = why;
    return false;
}

bool TarReader::feed(QByteArrayView chunk)
{
    qsizetype at = 0;
    while (at < chunk.size()) {
        switch (m_state) {
        case State::End: return true; // what follows the end blocks (more zeros) is ignored
        case State::Failed: return false;
        case State::Header: {
            const qsizetype take = std::min<qsizetype>(kBlock - m_block.size(), chunk.size() - at);
            m_block.append(chunk.data() + at, take);
            at += take;
            m_consumed += take;
            if (m_block.size() == kBlock && !header())
                return false;
            break;
        }
        case State::Data:
        case State::Extended: {
            const qsizetype take = qsizetype(std::min<qint64>(m_left, chunk.size() - at));
            const QByteArrayView part = chunk.sliced(at, take);
            at += take;
            m_consumed += take;
            m_left -= take;
            if (m_state == State::Extended) {
                m_extended.append(part);
            } else if (m_wanted && take > 0 && !data(part)) {
                m_stopped = true;
                m_state = State::Failed;
                return false;
            }
            if (m_left == 0) {
                if (m_state == State::Extended) {
                    if (m_extendedType == 'x') {
                        if (!applyPax(m_extended))
                            return false;
                    } else if (m_extendedType == 'L')
                        m_longName = text(m_extended.constData(), int(m_extended.size()));
                    else if (m_extendedType == 'K')
                        m_longLink = text(m_extended.constData(), int(m_extended.size()));
                    m_extended.clear();
                } else if (m_wanted && entryEnd && !entryEnd()) {
                    m_stopped = true;
                    m_state = State::Failed;
                    return false;
                }
                m_state = m_padding > 0 ? State::Padding : State::Header;
            }
            break;
        }
        case State::Padding: {
            const qsizetype take = qsizetype(std::min<qint64>(m_padding, chunk.size() - at));
            at += take;
            m_consumed += take;
            m_padding -= take;
            if (m_padding == 0)
                m_state = State::Header;
            break;
        }
        }
    }
    return m_state != State::Failed;
}

bool TarReader::header()
{
    const QByteArray block = std::exchange(m_block, {});
    const char *h = block.constData();
    if (block.count('\0') == kBlock) {
        m_state = State::End;
        return true;
    }
    qint64 sum = 0;
    for (int i = 0; i < kBlock; ++i)
        sum += (i >= 148 && i < 156) ? ' ' : static_cast<unsigned char>(h[i]);
    const std::optional<qint64> stored = number(h + 148, 8);
    if (!stored || *stored != sum)
        return fail(tr("Not a tar stream (a header's checksum is wrong)."));
    const std::optional<qint64> size = number(h + 124, 12);
    if (!size || *size < 0 || *size > kMaxSize)
        return fail(tr("A tar header has a bad size."));
    const char type = h[156];
    m_left = *size;
    m_padding = padded(*size) - *size;
    if (type == 'x' || type == 'g' || type == 'L' || type == 'K') {
        if (*size > kMaxExtendedHeader)
            return fail(tr("A tar extended header is too long."));
        m_extendedType = type;
        m_extended.clear();
        m_state = m_left > 0 ? State::Extended : (m_padding > 0 ? State::Padding : State::Header);
        if (type == 'g') // global records: nothing Gantry needs, skipped as data
            m_extendedType = 0;
        return true;
    }
    TarHeader e;
    QString name = text(h, 100);
    if (QByteArrayView(h + 257, 5) == "ustar") {
        const QString prefix = text(h + 345, 155);
        if (!prefix.isEmpty() && QByteArrayView(h + 257, 6) == QByteArrayView("ustar\0", 6))
            name = prefix + u'/' + name;
    }
    e.name = m_longName.isEmpty() ? name : m_longName;
    e.linkTarget = m_longLink.isEmpty() ? text(h + 157, 100) : m_longLink;
    e.mode = uint(number(h + 100, 8).value_or(0) & 07777);
    e.mtime = m_paxMtime.value_or(number(h + 136, 12).value_or(0));
    if (m_paxSize) {
        m_left = *m_paxSize;
        m_padding = padded(m_left) - m_left;
    }
    switch (type) {
    case '0':
    case '\0':
    case '7': e.type = TarHeader::Type::File; break;
    case '1': e.type = TarHeader::Type::HardLink; break;
    case '2': e.type = TarHeader::Type::Symlink; break;
    case '5': e.type = TarHeader::Type::Directory; break;
    default: e.type = TarHeader::Type::Other; break;
    }
    if (e.type == TarHeader::Type::HardLink || e.type == TarHeader::Type::Symlink ||
        e.type == TarHeader::Type::Directory) {
        m_left = 0; // these carry no data whatever the size field says
        m_padding = 0;
    }
    e.size = m_left;
    m_longName.clear();
    m_longLink.clear();
    m_paxSize.reset();
    m_paxMtime.reset();
    m_wanted = entry ? entry(e) : false;
    if (m_wanted && !data)
        m_wanted = false;
    m_state = m_left > 0 ? State::Data : (m_padding > 0 ? State::Padding : State::Header);
    if (m_wanted && m_left == 0 && entryEnd && !entryEnd()) {
        m_stopped = true;
        m_state = State::Failed;
        return false;
    }
    return true;
}

bool TarReader::applyPax(const QByteArray &records)
{
    // "LEN key=value\n" records; LEN counts the whole record.
    qsizetype at = 0;
    while (at < records.size()) {
        const qsizetype space = records.indexOf(' ', at);
        if (space < 0)
            return true;
        bool ok = false;
        const qsizetype len = records.mid(at, space - at).toLongLong(&ok);
        if (!ok || len <= space - at + 1 || at + len > records.size())
            return true;
        const QByteArray record = records.mid(space + 1, len - (space - at) - 2); // no '\n'
        at += len;
        const qsizetype eq = record.indexOf('=');
        if (eq < 0)
            continue;
        const QByteArray key = record.left(eq);
        const QByteArray value = record.mid(eq + 1);
        // A NUL inside a name would be kept by QString and cut by the system calls: the name
        // checked would not be the name written.
        if ((key == "path" || key == "linkpath") && value.contains('\0'))
            return fail(tr("The archive holds a name with a NUL character: refused."));
        if (key == "path")
            m_longName = QString::fromUtf8(value);
        else if (key == "linkpath")
            m_longLink = QString::fromUtf8(value);
        else if (key == "size") {
            const qint64 v = value.toLongLong(&ok);
            if (!ok || v < 0 || v > kMaxSize)
                return fail(tr("A tar header has a bad size."));
            m_paxSize = v;
        } else if (key == "mtime") {
            const qsizetype dot = value.indexOf('.');
            const qint64 v = value.left(dot < 0 ? value.size() : dot).toLongLong(&ok);
            if (ok)
                m_paxMtime = v;
        }
    }
    return true;
}

bool TarReader::finish()
{
    if (m_state == State::Failed)
        return false;
    if (m_state == State::End)
        return true;
    if (m_state == State::Header && m_block.isEmpty() && m_consumed > 0)
        return true; // no end blocks: Go's writer always writes them, but a cut at a boundary is
                     // readable
    return fail(tr("The tar stream ended in the middle of an entry."));
}

} // namespace gantry
