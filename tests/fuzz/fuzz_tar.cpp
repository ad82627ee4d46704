// The tar writer of build contexts (TarStream): whatever the entries (names of any length and
// characters, any mode, any time, before 1970 or far ahead, files that shrank since the scan,
// link targets of any length), libarchive reads back exactly the entries written, with their
// contents, and the stream is exactly as long as announced (the upload's Content-Length).
//
// Input: the entries are taken from the front by FuzzedDataProvider; what is left is the content
// of the one file every file entry is read from.

#include "fuzz_support.h"
#include "transfer/BuildContext.h"

#include <QDir>

#include <archive.h>
#include <archive_entry.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <clocale>
#include <cstdint>
#include <cstring>

using namespace gantry;
using namespace Qt::StringLiterals;
using gantry::fuzz::require;
using Entry = BuildContext::Entry;

namespace {

QString g_file; // the content file, in a directory of its own

// A name component as a directory listing gives it: not empty, no '/', not "." or "..".
QString component(FuzzedDataProvider &in)
{
    QString c = QString::fromUtf8(in.ConsumeRandomLengthString(80)).remove(u'/').remove(QChar());
    if (c.isEmpty() || c == u"."_s || c == u".."_s)
        c = u"f"_s;
    return c;
}

QByteArray readAllOf(archive *a)
{
    QByteArray out;
    char buf[4096];
    for (;;) {
        const la_ssize_t n = archive_read_data(a, buf, sizeof buf);
        require(n >= 0, "libarchive cannot read an entry's data");
        if (n == 0)
            return out;
        out.append(buf, qsizetype(n));
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    std::setlocale(LC_ALL, "C.UTF-8"); // libarchive converts PAX (UTF-8) names to the locale's
    QByteArray dir = QFile::encodeName(QDir::tempPath()) + "/gantry-fuzz-tar.XXXXXX";
    require(::mkdtemp(dir.data()) != nullptr, "cannot make a temporary directory");
    g_file = QFile::decodeName(dir) + u"/content"_s;
    static const QByteArray cleanup = dir;
    std::atexit([] {
        ::unlink(QFile::encodeName(g_file).constData());
        ::rmdir(cleanup.constData());
    });
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzedDataProvider in(data, size);
    QList<Entry> entries;
    const int count = in.ConsumeIntegralInRange(0, 6);
    for (int i = 0; i < count; ++i) {
        Entry e;
        const int depth = in.ConsumeIntegralInRange(1, 4);
        QStringList parts;
        for (int d = 0; d < depth; ++d)
            parts.append(component(in));
        e.name = parts.join(u'/');
        e.type = Entry::Type(in.ConsumeIntegralInRange(0, 2));
        e.mode = in.ConsumeIntegral<uint>();
        e.mtime = in.ConsumeBool() ? in.ConsumeIntegral<qint64>()
                                   : in.ConsumeIntegralInRange<qint64>(0, 4'000'000'000);
        if (e.type == Entry::Type::Directory) {
            e.name += u'/';
        } else if (e.type == Entry::Type::Symlink) {
            e.linkTarget = QByteArray::fromStdString(in.ConsumeRandomLengthString(300));
            e.linkTarget = e.linkTarget.replace('\0', "").isEmpty() ? "t" : e.linkTarget;
        } else {
            e.size = in.ConsumeIntegralInRange<qint64>(0, 3000);
        }
        entries.append(e);
    }
    const std::string content = in.ConsumeRemainingBytesAsString();

    // The file every file entry is read from; a size past its end reads as zeros (a file that
    // shrank since the scan).
    const QByteArray path = QFile::encodeName(g_file);
    const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    require(fd >= 0, "cannot write the content file");
    require(::write(fd, content.data(), content.size()) == ssize_t(content.size()), "short write");
    struct stat st {};
    ::fstat(fd, &st);
    ::close(fd);
    for (Entry &e : entries) {
        e.sourcePath = g_file;
        e.device = quint64(st.st_dev);
        e.inode = quint64(st.st_ino);
    }

    // Read the stream in pieces of sizes from 1 to 8 KiB, as the upload does.
    TarStream tar(entries);
    require(tar.open(QIODevice::ReadOnly), "the tar stream does not open");
    QByteArray bytes;
    size_t step = 1 + size % 8192;
    for (;;) {
        QByteArray piece(qsizetype(step), '\0');
        const qint64 n = tar.read(piece.data(), piece.size());
        require(n >= 0 && !tar.failed(), "the tar stream failed");
        if (n == 0)
            break;
        bytes.append(piece.constData(), n);
        step = step * 7 % 8191 + 1;
    }
    require(bytes.size() == tar.size(), "the tar is not as long as announced");
    qint64 announced = 1024;
    for (const Entry &e : entries)
        announced += TarStream::entrySize(e);
    require(bytes.size() == announced, "entrySize() disagrees with the stream");

    archive *a = archive_read_new();
    archive_read_support_format_tar(a);
    require(archive_read_open_memory(a, bytes.constData(), size_t(bytes.size())) == ARCHIVE_OK,
            "libarchive does not open the tar");
    for (const Entry &e : entries) {
        archive_entry *ae = nullptr;
        const int r = archive_read_next_header(a, &ae);
        if (r != ARCHIVE_OK)
            std::fprintf(stderr, "libarchive: %s\n", archive_error_string(a));
        require(r == ARCHIVE_OK, "libarchive does not read an entry");
        require(QByteArray(archive_entry_pathname(ae)) == e.name.toUtf8(), "a name changed");
        const mode_t type = archive_entry_filetype(ae);
        require(type == (e.type == Entry::Type::File        ? AE_IFREG
                         : e.type == Entry::Type::Directory ? AE_IFDIR
                                                            : AE_IFLNK),
                "a type changed");
        require(uint(archive_entry_perm(ae)) == (e.mode & 07777), "a mode changed");
        require(archive_entry_mtime(ae) == e.mtime, "a time changed");
        if (e.type == Entry::Type::Symlink)
            require(QByteArray(archive_entry_symlink(ae)) == e.linkTarget, "a link changed");
        if (e.type == Entry::Type::File) {
            require(archive_entry_size(ae) == e.size, "a size changed");
            QByteArray expected = QByteArray::fromStdString(content).left(e.size);
            expected += QByteArray(e.size - expected.size(), '\0');
            require(readAllOf(a) == expected, "a file's content changed");
        }
    }
    archive_entry *ae = nullptr;
    require(archive_read_next_header(a, &ae) == ARCHIVE_EOF, "entries after the last one");
    archive_read_free(a);
    return 0;
}
