#include "files/TarExtractor.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace gantry {

namespace {

QByteArray enc(const QString &s)
{
    return QFile::encodeName(s);
}

QString why()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

void setTimes(int dirFd, const QString &rel, qint64 mtime)
{
    const timespec times[2] = {{0, UTIME_OMIT}, {time_t(mtime), 0}};
    ::utimensat(dirFd, enc(rel).constData(), times, AT_SYMLINK_NOFOLLOW);
}

} // namespace

TarExtractor::TarExtractor(const QString &root)
{
    m_rootFd = ::open(enc(root).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (m_rootFd < 0)
        m_error = tr("Cannot open %1: %2").arg(root, why());
    m_reader.entry = [this](const TarHeader &h) { return begin(h); };
    m_reader.data = [this](QByteArrayView d) { return write(d); };
    m_reader.entryEnd = [this] { return endFile(); };
}

TarExtractor::~TarExtractor()
{
    if (m_fd >= 0)
        ::close(m_fd);
    if (m_rootFd >= 0)
        ::close(m_rootFd);
}

bool TarExtractor::fail(const QString &why)
{
    if (m_error.isEmpty())
        m_error = why;
    return false;
}

bool TarExtractor::feed(QByteArrayView chunk)
{
    if (!m_error.isEmpty())
        return false;
    if (!m_reader.feed(chunk))
        return fail(m_reader.error());
    return m_error.isEmpty(); // an entry refused by begin(): the reader carries on, not us
}

bool TarExtractor::finish()
{
    if (!m_error.isEmpty())
        return false;
    if (!m_reader.finish())
        return fail(m_reader.error());
    // Deepest first, so that a read-only folder is closed after what goes inside it.
    for (qsizetype i = m_folders.size() - 1; i >= 0; --i) {
        const Folder &f = m_folders.at(i);
        ::fchmodat(m_rootFd, enc(f.rel).constData(), f.mode, 0);
        setTimes(m_rootFd, f.rel, f.mtime);
    }
    return true;
}

QString TarExtractor::clean(const QString &name)
{
    if (name.startsWith(u'/'))
        return fail(tr("The archive holds an absolute path (%1): refused.").arg(name)), QString();
    QStringList parts;
    const QStringList raw = name.split(u'/', Qt::SkipEmptyParts);
    for (const QString &p : raw) {
        if (p == u"."_s)
            continue;
        if (p == u".."_s)
            return fail(tr("The archive holds a path climbing out with \"..\" (%1): refused.")
                            .arg(name)),
                   QString();
        if (p.contains(QChar()))
            return fail(tr("The archive holds a name with a NUL character: refused.")), QString();
        parts << p;
    }
    return parts.join(u'/');
}

// Something was made at `rel`: its first component is then there to be moved into place.
void TarExtractor::created(const QString &rel)
{
    const QString top = rel.section(u'/', 0, 0);
    if (!m_topLevel.contains(top))
        m_topLevel << top;
}

// Every folder on the way is a real folder inside the root (made when missing), never a link.
bool TarExtractor::makeParents(const QString &rel)
{
    const QStringList parts = rel.split(u'/');
    QString path;
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
        path = path.isEmpty() ? parts.at(i) : path + u'/' + parts.at(i);
        struct stat st {};
        if (::fstatat(m_rootFd, enc(path).constData(), &st, AT_SYMLINK_NOFOLLOW) == 0) {
            if (!S_ISDIR(st.st_mode))
                return fail(
                    tr("The archive writes through %1, which is not a folder: refused.").arg(path));
            continue;
        }
        if (::mkdirat(m_rootFd, enc(path).constData(), 0755) != 0)
            return fail(tr("Cannot create %1: %2").arg(path, why()));
        created(path);
    }
    return true;
}

// A target that is relative, climbs only at its start ("../../x", never "a/../b": "a" may be
// a link itself) and no higher than the folders above the link. Every folder is real and every
// link obeys this rule, so whatever the order of resolution, each step stays inside.
bool TarExtractor::linkStaysInside(const QString &rel, const QString &target) const
{
    if (target.isEmpty() || target.startsWith(u'/') || target.contains(QChar()))
        return false;
    qsizetype above = rel.count(u'/'); // real folders above the link, inside the root
    bool descended = false;
    for (const QString &p : target.split(u'/', Qt::SkipEmptyParts)) {
        if (p == u".."_s) {
            if (descended || --above < 0)
                return false;
        } else if (p != u"."_s) {
            descended = true;
        }
    }
    return true;
}

// Removes what a previous entry of the same name left (tars may repeat names), never
// following it: a link is removed, not what it points to.
static bool replaceable(int dirFd, const QByteArray &rel, bool wantFolder)
{
    struct stat st {};
    if (::fstatat(dirFd, rel.constData(), &st, AT_SYMLINK_NOFOLLOW) != 0)
        return true;
    if (S_ISDIR(st.st_mode))
        return wantFolder;
    return ::unlinkat(dirFd, rel.constData(), 0) == 0;
}

bool TarExtractor::begin(const TarHeader &h)
{
    if (!m_error.isEmpty())
        return false; // nothing more is written after a refusal
    const QString rel = clean(h.name);
    if (rel.isEmpty())
        return false; // refused (m_error says why) or "./": nothing to write
    if (!makeParents(rel))
        return false;
    const QByteArray r = enc(rel);
    const uint mode = h.mode & 01777; // never set-user/group-ID on the user's disk
    switch (h.type) {
    case TarHeader::Type::Directory:
        if (!replaceable(m_rootFd, r, true))
            return fail(tr("Cannot replace %1.").arg(rel));
        if (::mkdirat(m_rootFd, r.constData(), 0700) != 0 && errno != EEXIST)
            return fail(tr("Cannot create %1: %2").arg(rel, why()));
        created(rel);
        m_folders.append({rel, mode, h.mtime});
        return false;
    case TarHeader::Type::Symlink:
        // symlinkat() would stop at a NUL: "..\0x" checked as a name, written as "..".
        if (h.linkTarget.contains(QChar()))
            return fail(tr("The archive holds a name with a NUL character: refused."));
        if (!linkStaysInside(rel, h.linkTarget)) {
            ++m_skippedLinks;
            return false;
        }
        if (!replaceable(m_rootFd, r, false))
            return fail(tr("Cannot replace %1.").arg(rel));
        if (::symlinkat(enc(h.linkTarget).constData(), m_rootFd, r.constData()) != 0)
            return fail(tr("Cannot create the link %1: %2").arg(rel, why()));
        created(rel);
        setTimes(m_rootFd, rel, h.mtime);
        return false;
    case TarHeader::Type::HardLink: {
        const QString target = clean(h.linkTarget);
        if (target.isEmpty()) {
            if (!m_error.isEmpty())
                return false;
            ++m_skippedLinks;
            return false;
        }
        struct stat st {};
        if (::fstatat(m_rootFd, enc(target).constData(), &st, AT_SYMLINK_NOFOLLOW) != 0 ||
            !S_ISREG(st.st_mode)) {
            ++m_skippedLinks;
            return false;
        }
        if (!replaceable(m_rootFd, r, false))
            return fail(tr("Cannot replace %1.").arg(rel));
        if (::linkat(m_rootFd, enc(target).constData(), m_rootFd, r.constData(), 0) != 0)
            return fail(tr("Cannot create the link %1: %2").arg(rel, why()));
        created(rel);
        return false;
    }
    case TarHeader::Type::Other: ++m_skippedSpecial; return false;
    case TarHeader::Type::File: break;
    }
    if (!replaceable(m_rootFd, r, false))
        return fail(tr("Cannot replace %1.").arg(rel));
    m_fd = ::openat(m_rootFd, r.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
                    0600);
    if (m_fd < 0)
        return fail(tr("Cannot write %1: %2").arg(rel, why()));
    created(rel);
    m_file = h;
    m_file.mode = mode;
    m_fileRel = rel;
    return true;
}

bool TarExtractor::write(QByteArrayView data)
{
    const char *p = data.data();
    qsizetype left = data.size();
    while (left > 0) {
        const ssize_t n = ::write(m_fd, p, size_t(left));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return fail(tr("Cannot write %1: %2").arg(m_fileRel, why()));
        }
        p += n;
        left -= n;
    }
    return true;
}

bool TarExtractor::endFile()
{
    ::fchmod(m_fd, m_file.mode);
    const timespec times[2] = {{0, UTIME_OMIT}, {time_t(m_file.mtime), 0}};
    ::futimens(m_fd, times);
    const int rc = ::close(m_fd);
    m_fd = -1;
    if (rc != 0)
        return fail(tr("Cannot write %1: %2").arg(m_fileRel, why()));
    return true;
}

} // namespace gantry
