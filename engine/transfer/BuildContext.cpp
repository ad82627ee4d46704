#include "transfer/BuildContext.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

using namespace Qt::StringLiterals;

namespace gantry {

namespace {

constexpr qint64 kBlock = 512;
constexpr qint64 kMaxOctalSize = 077777777777LL; // what 11 octal digits hold

qint64 padded(qint64 n)
{
    return (n + kBlock - 1) / kBlock * kBlock;
}

void putOctal(QByteArray &h, int offset, int width, qint64 value)
{
    const QByteArray digits = QByteArray::number(value, 8).rightJustified(width - 1, '0');
    std::memcpy(h.data() + offset, digits.constData(), size_t(width - 1));
    h[offset + width - 1] = '\0';
}

// A number field as GNU tar writes one that octal cannot hold (negative, such as an mtime
// before 1970, or too big): base-256, big-endian two's complement after a marker byte
// (0x80 positive, 0xff negative). Go's archive/tar, GNU tar and libarchive all read it.
void putNumber(QByteArray &h, int offset, int width, qint64 value)
{
    const int digits = width - 1;
    if (value >= 0 && (digits >= 21 || value < (qint64(1) << (3 * digits)))) {
        putOctal(h, offset, width, value);
        return;
    }
    quint64 bits = quint64(value);
    for (int i = width - 1; i >= 1; --i) {
        h[offset + i] = char(bits & 0xff);
        bits = value < 0 ? (bits >> 8) | (quint64(0xff) << 56) : bits >> 8;
    }
    h[offset] = char(value < 0 ? 0xff : 0x80);
}

void putText(QByteArray &h, int offset, int width, const QByteArray &text)
{
    std::memcpy(h.data() + offset, text.constData(),
                size_t(std::min<qsizetype>(width, text.size())));
}

QByteArray paxRecord(const QByteArray &key, const QByteArray &value)
{
    const qsizetype base = key.size() + value.size() + 3; // ' ', '=', '\n'
    qsizetype total = base + QByteArray::number(base).size();
    if (QByteArray::number(total).size() != QByteArray::number(base).size())
        ++total;
    return QByteArray::number(total) + ' ' + key + '=' + value + '\n';
}

bool isUtf8(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes).toUtf8() == bytes;
}

QByteArray paxRecords(const BuildContext::Entry &e)
{
    QByteArray records;
    const QByteArray name = e.name.toUtf8();
    // PAX values are UTF-8 unless hdrcharset says BINARY: a link target is whatever bytes
    // readlink() gave (found by fuzzing: libarchive refused a long non-UTF-8 one). Go's
    // archive/tar, on the engine's side, takes the bytes as they are either way.
    if (e.linkTarget.size() > 100 && !isUtf8(e.linkTarget))
        records += paxRecord("hdrcharset", "BINARY");
    if (name.size() > 100)
        records += paxRecord("path", name);
    if (e.linkTarget.size() > 100)
        records += paxRecord("linkpath", e.linkTarget);
    if (e.size > kMaxOctalSize)
        records += paxRecord("size", QByteArray::number(e.size));
    return records;
}

QByteArray ustarHeader(const QByteArray &name, char type, uint mode, qint64 size, qint64 mtime,
                       const QByteArray &link)
{
    QByteArray h(kBlock, '\0');
    putText(h, 0, 100, name);
    putOctal(h, 100, 8, mode & 07777);
    putOctal(h, 108, 8, 0); // uid and gid 0, as the CLI sends a context
    putOctal(h, 116, 8, 0);
    putOctal(h, 124, 12, std::min(size, kMaxOctalSize));
    putNumber(h, 136, 12, mtime);
    std::memset(h.data() + 148, ' ', 8);
    h[156] = type;
    putText(h, 157, 100, link);
    putText(h, 257, 6, QByteArrayLiteral("ustar"));
    putText(h, 263, 2, QByteArrayLiteral("00"));
    uint sum = 0;
    for (char c : std::as_const(h))
        sum += uchar(c);
    const QByteArray check = QByteArray::number(sum, 8).rightJustified(6, '0');
    putText(h, 148, 6, check);
    h[154] = '\0';
    h[155] = ' ';
    return h;
}

struct Walk {
    const DockerIgnore &ignore;
    QList<BuildContext::Entry> entries;
    int excluded = 0;
    std::optional<EngineError> error;
};

std::optional<BuildContext::Entry> describe(const QString &path, const QString &name)
{
    struct stat st {};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return std::nullopt;
    BuildContext::Entry e;
    e.name = name;
    e.sourcePath = path;
    e.mode = uint(st.st_mode & 07777);
    e.mtime = qint64(st.st_mtime);
    e.device = quint64(st.st_dev);
    e.inode = quint64(st.st_ino);
    if (S_ISLNK(st.st_mode)) {
        e.type = BuildContext::Entry::Type::Symlink;
        QByteArray target(4096, '\0');
        const ssize_t n =
            ::readlink(QFile::encodeName(path).constData(), target.data(), size_t(target.size()));
        e.linkTarget = target.left(n > 0 ? n : 0);
    } else if (S_ISDIR(st.st_mode)) {
        e.type = BuildContext::Entry::Type::Directory;
    } else {
        e.type = BuildContext::Entry::Type::File;
        e.size = qint64(st.st_size);
    }
    return e;
}

void walk(Walk &w, const QString &dir, const QString &prefix)
{
    QStringList names = QDir(dir).entryList(
        QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::NoSort);
    std::sort(names.begin(), names.end());
    for (const QString &n : std::as_const(names)) {
        if (w.error)
            return;
        const QString rel = prefix.isEmpty() ? n : prefix + u'/' + n;
        const QString path = dir + u'/' + n;
        std::optional<BuildContext::Entry> e = describe(path, rel);
        if (!e) {
            w.error = EngineError(EngineError::Kind::BadRequest,
                                  BuildContext::tr("Cannot read %1.").arg(path));
            return;
        }
        const bool isDir = e->type == BuildContext::Entry::Type::Directory;
        if (w.ignore.excludes(rel)) {
            ++w.excluded;
            if (isDir && w.ignore.hasExceptions() && w.ignore.mayReinclude(rel))
                walk(w, path, rel);
            continue;
        }
        if (e->type == BuildContext::Entry::Type::File && !QFileInfo(path).isReadable()) {
            w.error = EngineError(EngineError::Kind::PermissionDenied,
                                  BuildContext::tr("Cannot read %1: permission denied.").arg(path));
            return;
        }
        if (isDir)
            e->name += u'/';
        w.entries.append(*e);
        if (isDir)
            walk(w, path, rel);
    }
}

bool listed(const QList<BuildContext::Entry> &entries, const QString &name)
{
    return std::any_of(entries.cbegin(), entries.cend(),
                       [&](const BuildContext::Entry &e) { return e.name == name; });
}

} // namespace

Result<QList<BuildContext::Entry>> BuildContext::listTree(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    std::optional<Entry> top = describe(path, name);
    if (!top || name.isEmpty())
        return EngineError(EngineError::Kind::BadRequest, tr("Cannot read %1.").arg(path));
    const DockerIgnore none;
    Walk w{none, {}, 0, std::nullopt};
    if (top->type == Entry::Type::Directory) {
        top->name += u'/';
        w.entries.append(*top);
        walk(w, path, name);
    } else {
        if (top->type == Entry::Type::File && !QFileInfo(path).isReadable())
            return EngineError(EngineError::Kind::PermissionDenied,
                               tr("Cannot read %1: permission denied.").arg(path));
        w.entries.append(*top);
    }
    if (w.error)
        return *w.error;
    return w.entries;
}

Result<BuildContext> BuildContext::scan(const QString &directory, const QString &dockerfile)
{
    const QFileInfo dirInfo(directory);
    if (directory.isEmpty() || !dirInfo.isDir())
        return EngineError(EngineError::Kind::NotFound,
                           tr("The folder %1 does not exist.").arg(directory));
    const QString root = dirInfo.canonicalFilePath();
    QFileInfo df(dockerfile.isEmpty() ? root + u"/Dockerfile"_s : dockerfile);
    if (df.isRelative())
        df = QFileInfo(root + u'/' + df.filePath());
    if (!df.isFile())
        return EngineError(EngineError::Kind::NotFound,
                           tr("There is no Dockerfile at %1.").arg(df.filePath()));

    DockerIgnore ignore;
    QFile ignoreFile(root + u"/.dockerignore"_s);
    if (ignoreFile.exists()) {
        if (!ignoreFile.open(QIODevice::ReadOnly))
            return EngineError(EngineError::Kind::PermissionDenied,
                               tr("Cannot read %1.").arg(ignoreFile.fileName()));
        Result<DockerIgnore> parsed = DockerIgnore::parse(QString::fromUtf8(ignoreFile.readAll()));
        if (!parsed)
            return parsed.error();
        ignore = parsed.value();
    }

    Walk w{ignore, {}, 0, std::nullopt};
    walk(w, root, {});
    if (w.error)
        return *w.error;

    BuildContext context;
    context.m_excluded = w.excluded;
    const QString dfPath = df.canonicalFilePath();
    if (dfPath.startsWith(root + u'/')) {
        context.m_dockerfileName = dfPath.mid(root.size() + 1);
    } else { // outside the folder: sent under a name of its own, as the CLI does
        context.m_dockerfileName =
            u".dockerfile."_s +
            QString::number(QRandomGenerator::global()->generate64(), 16).rightJustified(16, u'0');
    }
    // The Dockerfile and .dockerignore go even when .dockerignore excludes them.
    if (!listed(w.entries, context.m_dockerfileName)) {
        if (std::optional<Entry> e = describe(dfPath, context.m_dockerfileName))
            w.entries.append(*e);
    }
    if (ignoreFile.exists() && !listed(w.entries, u".dockerignore"_s)) {
        if (std::optional<Entry> e = describe(ignoreFile.fileName(), u".dockerignore"_s))
            w.entries.append(*e);
    }
    context.m_entries = std::move(w.entries);
    return context;
}

qint64 BuildContext::contentBytes() const
{
    qint64 total = 0;
    for (const Entry &e : m_entries)
        total += e.size;
    return total;
}

qint64 BuildContext::tarSize() const
{
    qint64 total = 2 * kBlock; // the end-of-archive blocks
    for (const Entry &e : m_entries)
        total += TarStream::entrySize(e);
    return total;
}

TarStream::TarStream(QList<BuildContext::Entry> entries, QObject *parent)
    : QIODevice(parent)
    , m_entries(std::move(entries))
{
    m_total = 2 * kBlock;
    for (const BuildContext::Entry &e : std::as_const(m_entries))
        m_total += entrySize(e);
}

QByteArray TarStream::header(const BuildContext::Entry &e)
{
    QByteArray out;
    const QByteArray pax = paxRecords(e);
    if (!pax.isEmpty()) {
        out += ustarHeader("././@PaxHeader", 'x', 0644, pax.size(), e.mtime, {});
        out += pax;
        out += QByteArray(padded(pax.size()) - pax.size(), '\0');
    }
    char type = '0';
    if (e.type == BuildContext::Entry::Type::Directory)
        type = '5';
    else if (e.type == BuildContext::Entry::Type::Symlink)
        type = '2';
    out += ustarHeader(e.name.toUtf8().left(100), type, e.mode, e.size, e.mtime,
                       e.linkTarget.left(100));
    return out;
}

qint64 TarStream::entrySize(const BuildContext::Entry &e)
{
    const qsizetype pax = paxRecords(e).size();
    return (pax ? kBlock + padded(pax) : 0) + kBlock + padded(e.size);
}

bool TarStream::startEntry()
{
    if (m_next >= m_entries.size())
        return false;
    const BuildContext::Entry &e = m_entries.at(m_next++);
    m_buffer = header(e);
    if (e.type == BuildContext::Entry::Type::File && e.size > 0) {
        if (!openScanned(e))
            return false;
        m_fileLeft = e.size;
        m_padding = padded(e.size) - e.size;
    }
    return true;
}

bool TarStream::openScanned(const BuildContext::Entry &e)
{
    auto refuse = [this](const QString &why) {
        setErrorString(why);
        m_failed = true;
        return false;
    };
    // Without following links, and only the file the scan listed: between the scan and
    // now the path may have been swapped for a link or another file.
    const int fd = ::open(QFile::encodeName(e.sourcePath).constData(),
                          O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    if (fd < 0) {
        const int err = errno;
        if (err == ELOOP)
            return refuse(tr("Cannot read %1: it was replaced by a symbolic link since the "
                             "folder was scanned.")
                              .arg(e.sourcePath));
        return refuse(
            tr("Cannot read %1: %2").arg(e.sourcePath, QString::fromLocal8Bit(std::strerror(err))));
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || quint64(st.st_dev) != e.device ||
        quint64(st.st_ino) != e.inode) {
        ::close(fd);
        return refuse(
            tr("Cannot read %1: it was replaced by another file since the folder was scanned.")
                .arg(e.sourcePath));
    }
    // Reads block as usual from here on (O_NONBLOCK only kept a FIFO from hanging the open).
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    m_file = std::make_unique<QFile>();
    if (!m_file->open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        m_file.reset();
        return refuse(tr("Cannot read %1.").arg(e.sourcePath));
    }
    m_path = e.sourcePath;
    return true;
}

qint64 TarStream::readData(char *data, qint64 maxSize)
{
    qint64 out = 0;
    while (out < maxSize) {
        if (!m_buffer.isEmpty()) {
            const qint64 n = std::min<qint64>(maxSize - out, m_buffer.size());
            std::memcpy(data + out, m_buffer.constData(), size_t(n));
            m_buffer.remove(0, n);
            out += n;
        } else if (m_fileLeft > 0) {
            const qint64 want = std::min(maxSize - out, m_fileLeft);
            qint64 got = m_file->read(data + out, want);
            if (got < 0) {
                m_failed = true;
                setErrorString(tr("Cannot read %1: %2").arg(m_path, m_file->errorString()));
                return -1;
            }
            if (got == 0) { // the file shrank since the scan: keep the announced size
                std::memset(data + out, 0, size_t(want));
                got = want;
            }
            out += got;
            m_fileLeft -= got;
            if (m_fileLeft == 0)
                m_file.reset();
        } else if (m_padding > 0) {
            const qint64 n = std::min(maxSize - out, m_padding);
            std::memset(data + out, 0, size_t(n));
            out += n;
            m_padding -= n;
        } else if (!startEntry()) {
            if (m_failed)
                return -1;
            if (m_trailerQueued)
                break;
            m_trailerQueued = true;
            m_buffer = QByteArray(2 * kBlock, '\0');
        }
    }
    m_produced += out;
    return out;
}

} // namespace gantry
