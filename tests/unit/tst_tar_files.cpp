// The tar reader (headers of every flavour, chunks split anywhere, data skipped) and the
// extractor of downloads against crafted malicious archives: nothing is ever written outside
// the destination, whatever the names and links say.
#include "files/FileSpecs.h"
#include "files/TarExtractor.h"
#include "files/TarReader.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

using namespace gantry;
using namespace Qt::StringLiterals;

namespace {

// A ustar header block written by hand (the writer under test is not used to test itself).
QByteArray block(const QByteArray &name, char type, qint64 size = 0, const QByteArray &link = {},
                 uint mode = 0644)
{
    QByteArray h(512, '\0');
    auto put = [&h](int at, const QByteArray &v) { h.replace(at, v.size(), v); };
    put(0, name.left(100));
    put(100, QByteArray::number(mode, 8).rightJustified(7, '0'));
    put(108, "0000000");
    put(116, "0000000");
    put(124, QByteArray::number(size, 8).rightJustified(11, '0'));
    put(136, QByteArray::number(1700000000, 8).rightJustified(11, '0'));
    h[156] = type;
    put(157, link.left(100));
    put(257, QByteArray("ustar\0"
                        "00",
                        8));
    put(148, "        ");
    int sum = 0;
    for (char c : std::as_const(h))
        sum += static_cast<unsigned char>(c);
    put(148, QByteArray::number(sum, 8).rightJustified(6, '0') + '\0' + ' ');
    return h;
}

QByteArray file(const QByteArray &name, const QByteArray &content, uint mode = 0644)
{
    QByteArray out = block(name, '0', content.size(), {}, mode) + content;
    out.append(QByteArray((512 - content.size() % 512) % 512, '\0'));
    return out;
}

// A PAX extended header ('x') carrying the given "key=value" records, for the next entry.
QByteArray pax(const QList<QByteArray> &records)
{
    QByteArray data;
    for (const QByteArray &r : records) {
        const qsizetype rest = 1 + r.size() + 1; // ' ', record, '\n'
        qsizetype len = rest + 1;
        while (QByteArray::number(len).size() + rest != len)
            ++len;
        data += QByteArray::number(len) + ' ' + r + '\n';
    }
    QByteArray out = block("PaxHeaders/x", 'x', data.size()) + data;
    out.append(QByteArray((512 - data.size() % 512) % 512, '\0'));
    return out;
}

QByteArray end()
{
    return QByteArray(1024, '\0');
}

struct Box {
    QTemporaryDir dir;
    QString root() const { return dir.filePath(u"root"_s); }
    QString outside() const { return dir.filePath(u"outside"_s); }
    Box()
    {
        QDir(dir.path()).mkdir(u"root"_s);
        QDir(dir.path()).mkdir(u"outside"_s);
        QDir(dir.path()).mkpath(u"root/sub"_s);
    }
    bool outsideEmpty() const
    {
        return QDir(outside())
                   .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)
                   .isEmpty() &&
               QDir(dir.path())
                       .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden |
                                  QDir::System)
                       .size() == 2;
    }
};

// Extracts `tar` into the box's root, fed in chunks of `step` bytes; true when it succeeded.
bool extract(const Box &box, const QByteArray &tar, TarExtractor **keep = nullptr, int step = 3)
{
    auto *x = new TarExtractor(box.root());
    bool ok = true;
    for (qsizetype at = 0; at < tar.size() && ok; at += step)
        ok = x->feed(QByteArrayView(tar).sliced(at, std::min<qsizetype>(step, tar.size() - at)));
    ok = ok && x->finish();
    if (keep)
        *keep = x;
    else
        delete x;
    return ok;
}

} // namespace

class TestTarFiles : public QObject {
    Q_OBJECT
private slots:
    // GNU long names, PAX records and ustar prefixes, from the real tar tool, read whatever
    // the chunking; the data of skipped entries never reaches the callback.
    void readsRecordedTars_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("step");
        for (const char *f : {"gnu", "pax", "ustar"})
            for (int step : {1, 511, 4096})
                QTest::addRow("%s/%d", f, step) << QString::fromLatin1(f) << step;
    }
    void readsRecordedTars()
    {
        QFETCH(QString, format);
        QFETCH(int, step);
        QTemporaryDir dir;
        const QString longDir = u"d"_s.repeated(60) + u"/"_s + u"e"_s.repeated(60);
        QVERIFY(QDir(dir.path()).mkpath(u"top/"_s + longDir));
        QFile f(dir.filePath(u"top/"_s + longDir + u"/data.bin"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(70000, 'x'));
        f.close();
        QFile::setPermissions(f.fileName(), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        QVERIFY(QFile::link(u"data.bin"_s, dir.filePath(u"top/"_s + longDir + u"/link"_s)));
        QProcess tar;
        tar.setWorkingDirectory(dir.path());
        tar.start(u"tar"_s, {u"--format="_s + format, u"-cf"_s, u"-"_s, u"top"_s});
        QVERIFY(tar.waitForFinished(20000));
        const QByteArray bytes = tar.readAllStandardOutput();
        QVERIFY(bytes.size() > 70000);

        TarReader r;
        QStringList names;
        qint64 dataBytes = 0;
        r.entry = [&](const TarHeader &h) {
            names << h.name + u'|' + h.linkTarget + u'|' + QString::number(h.mode, 8);
            return h.name.endsWith(u"link"_s); // wants only the link's (empty) data
        };
        r.data = [&](QByteArrayView d) {
            dataBytes += d.size();
            return true;
        };
        for (qsizetype at = 0; at < bytes.size(); at += step)
            QVERIFY(r.feed(
                QByteArrayView(bytes).sliced(at, std::min<qsizetype>(step, bytes.size() - at))));
        QVERIFY(r.finish());
        QVERIFY(r.atEnd());
        QCOMPARE(dataBytes, 0);
        QVERIFY2(names.contains(u"top/"_s + longDir + u"/data.bin||500"_s),
                 qPrintable(names.join(u'\n')));
        QVERIFY(names.contains(u"top/"_s + longDir + u"/link|data.bin|777"_s));
    }

    void refusesBrokenTars()
    {
        TarReader r;
        QByteArray bad = block("a", '0', 10);
        bad[0] = 'b'; // the checksum no longer matches
        QVERIFY(!r.feed(bad));
        QVERIFY(!r.error().isEmpty());

        TarReader cut; // ends inside the data
        QVERIFY(cut.feed(QByteArray(block("a", '0', 1000) + QByteArray(100, 'x'))));
        QVERIFY(!cut.finish());

        TarReader huge; // an extended header bigger than the cap
        QVERIFY(!huge.feed(block("x", 'x', TarReader::kMaxExtendedHeader + 1)));

        // Sizes so big that rounding them up to a block would overflow: refused, in GNU's
        // base-256 form and in a PAX record.
        QByteArray big = block("a", '0');
        big[124] = char(0x80);
        for (int i = 125; i < 136; ++i)
            big[i] = char(0xff);
        big.replace(148, 8, "        ");
        int sum = 0;
        for (char c : std::as_const(big))
            sum += static_cast<unsigned char>(c);
        big.replace(148, 8,
                    QByteArray(QByteArray::number(sum, 8).rightJustified(6, '0') + '\0' + ' '));
        TarReader base256;
        QVERIFY(!base256.feed(big));
        QVERIFY(!base256.error().isEmpty());
        TarReader paxSize;
        QVERIFY(!paxSize.feed(QByteArray(pax({"size=9223372036854775807"}) + file("a", ""))));
        QVERIFY(!paxSize.error().isEmpty());
    }

    void extractsPlainEntries()
    {
        Box box;
        const QByteArray tar = QList<QByteArray>{block("data/", '5', 0, {}, 0750),
                                                 file("data/a.txt", "hello\n", 0640),
                                                 block("data/rel", '2', 0, "a.txt"),
                                                 block("data/hard", '1', 0, "data/a.txt"),
                                                 block("data/sub/up", '2', 0, "../a.txt"),
                                                 file("data/s", "x", 04755),
                                                 end()}
                                   .join();
        TarExtractor *x = nullptr;
        QVERIFY(extract(box, tar, &x));
        std::unique_ptr<TarExtractor> own(x);
        QCOMPARE(x->topLevel(), QStringList{u"data"_s});
        QFile a(box.root() + u"/data/a.txt"_s);
        QVERIFY(a.open(QIODevice::ReadOnly));
        QCOMPARE(a.readAll(), "hello\n");
        struct stat st {};
        QCOMPARE(::stat(QFile::encodeName(a.fileName()).constData(), &st), 0);
        QCOMPARE(uint(st.st_mode & 07777), 0640u);
        QCOMPARE(qint64(st.st_mtime), 1700000000);
        QCOMPARE(::stat(QFile::encodeName(box.root() + u"/data"_s).constData(), &st), 0);
        QCOMPARE(uint(st.st_mode & 07777), 0750u);
        QCOMPARE(QFile::symLinkTarget(box.root() + u"/data/rel"_s), box.root() + u"/data/a.txt"_s);
        QCOMPARE(QFile::symLinkTarget(box.root() + u"/data/sub/up"_s),
                 box.root() + u"/data/a.txt"_s);
        QCOMPARE(::stat(QFile::encodeName(box.root() + u"/data/hard"_s).constData(), &st), 0);
        QCOMPARE(qint64(st.st_nlink), 2);
        QCOMPARE(::stat(QFile::encodeName(box.root() + u"/data/s"_s).constData(), &st), 0);
        QCOMPARE(uint(st.st_mode & 07777), 0755u); // no set-user-ID on the user's disk
    }

    // A refused entry stops the download at once: feed() says so for that very chunk.
    void refusalStopsFeed()
    {
        Box box;
        TarExtractor x(box.root());
        QVERIFY(x.feed(file("ok", "fine")));
        QVERIFY(!x.feed(QByteArray(file("../outside/x", "evil") + file("after", "no"))));
        QVERIFY(!x.error().isEmpty());
        QVERIFY(!x.feed(end()));
        QVERIFY(!x.finish());
        QVERIFY(!QFile::exists(box.root() + u"/after"_s));
    }

    // Only what was made is to be moved into place: not a skipped link, a device, or the target
    // of a skipped hard link (the move of a name that is not there would fail half-way).
    void topLevelOnlyWhatWasMade()
    {
        Box box;
        QVERIFY(QDir(box.root()).rmdir(u"sub"_s));
        const QByteArray tar = QList<QByteArray>{block("abs", '2', 0, "/etc/passwd"),
                                                 block("up", '2', 0, "../x"),
                                                 block("hl", '1', 0, "later/x"),
                                                 block("dev", '3'),
                                                 file("data/x", "x"),
                                                 block("deep/abs", '2', 0, "/"),
                                                 end()}
                                   .join();
        TarExtractor *x = nullptr;
        QVERIFY(extract(box, tar, &x));
        std::unique_ptr<TarExtractor> own(x);
        QCOMPARE(x->skippedLinks(), 4);
        QCOMPARE(x->topLevel(), (QStringList{u"data"_s, u"deep"_s}));
        QStringList there =
            QDir(box.root())
                .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System | QDir::Hidden);
        there.sort();
        QCOMPARE(there, x->topLevel());
    }

    // Each crafted archive: refused or defused, and nothing at all appears outside the root.
    void refusesEscapes_data()
    {
        QTest::addColumn<QByteArray>("tar");
        QTest::addColumn<bool>("fails");
        QTest::addColumn<int>("skippedLinks");
        QTest::addColumn<QString>("regular"); // a file that must be there, regular, holding "new"
        QTest::addColumn<QString>("absent");  // a name that must not be there
        auto row = [](const char *name, const QList<QByteArray> &entries, bool fails, int skipped,
                      const QString &regular = {}, const QString &absent = {}) {
            QTest::newRow(name) << (entries.join() + end()) << fails << skipped << regular
                                << absent;
        };
        row("dot-dot", {file("../outside/x", "evil")}, true, 0);
        row("deep dot-dot", {file("a/../../outside/x", "evil")}, true, 0);
        row("absolute", {file("/tmp/gantry-evil-absolute", "evil")}, true, 0);
        // A link to outside, then a file "through" it: the link is not made, so the file
        // lands in a real folder inside.
        row("through absolute link",
            {block("l", '2', 0, "/"), file("l/tmp/gantry-evil-absolute", "evil")}, false, 1);
        row("through relative link", {block("l", '2', 0, "../outside"), file("l/x", "evil")}, false,
            1);
        row("link climbing after a name",
            {block("sub/self", '2', 0, "."), block("esc", '2', 0, "sub/self/../../outside"),
             file("esc/x", "evil")},
            false, 1);
        row("link chain", {block("sub/up", '2', 0, ".."), block("sub2/y", '2', 0, "../sub/up/..")},
            false, 1);
        row("hard link outside", {block("h", '1', 0, "../outside/x")}, true, 0);
        row("hard link absolute", {block("h", '1', 0, "/etc/passwd")}, true, 0);
        // Write through an existing link of the archive: replaced, never followed.
        row("file over a link", {block("sub/in", '2', 0, "../f"), file("sub/in", "new")}, false, 0,
            u"sub/in"_s, u"f"_s);
        // Refused, and the next entry of the same chunk is not written either.
        row("nothing after a refusal", {file("../x", "evil"), file("after", "no")}, true, 0);
        row("folder through a file", {file("f", "x"), file("f/x", "evil")}, true, 0);
    }
    void refusesEscapes()
    {
        QFETCH(QByteArray, tar);
        QFETCH(bool, fails);
        QFETCH(int, skippedLinks);
        QFETCH(QString, regular);
        QFETCH(QString, absent);
        for (int step : {1, 512, 100000}) {
            Box box;
            TarExtractor *x = nullptr;
            const bool ok = extract(box, tar, &x, step);
            std::unique_ptr<TarExtractor> own(x);
            QCOMPARE(ok, !fails);
            if (fails)
                QVERIFY(!x->error().isEmpty());
            QCOMPARE(x->skippedLinks(), skippedLinks);
            QVERIFY(box.outsideEmpty());
            QVERIFY(!QFile::exists(u"/tmp/gantry-evil-absolute"_s));
            QVERIFY(!QFile::exists(box.root() + u"/after"_s));
            if (!regular.isEmpty()) {
                const QFileInfo r(box.root() + u'/' + regular);
                QVERIFY2(r.isFile() && !r.isSymLink(), qPrintable(regular));
                QFile f(r.filePath());
                QVERIFY(f.open(QIODevice::ReadOnly));
                QCOMPARE(f.readAll(), "new");
            }
            if (!absent.isEmpty())
                QVERIFY2(!QFileInfo(box.root() + u'/' + absent).exists() &&
                             !QFileInfo(box.root() + u'/' + absent).isSymLink(),
                         qPrintable(absent));
            // What links were made all resolve inside the root, dangling ones too (their
            // target taken from the link's real folder).
            const QString inside = QFileInfo(box.root()).canonicalFilePath();
            QDirIterator it(box.root(),
                            QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System | QDir::Hidden,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString p = it.next();
                const QFileInfo info(p);
                QString target = info.canonicalFilePath();
                if (target.isEmpty() && info.isSymLink()) {
                    char raw[4096];
                    const ssize_t n =
                        ::readlink(QFile::encodeName(p).constData(), raw, sizeof raw - 1);
                    QVERIFY(n > 0);
                    const QString link = QFile::decodeName(QByteArray(raw, n));
                    target = link.startsWith(u'/')
                                 ? QDir::cleanPath(link)
                                 : QDir::cleanPath(QFileInfo(info.path()).canonicalFilePath() +
                                                   u'/' + link);
                }
                QVERIFY2(target == inside || target.startsWith(inside + u'/'),
                         qPrintable(p + u" -> "_s + target));
            }
        }
    }

    // A NUL inside a PAX name: QString keeps it, symlinkat() would cut there, so "..\0x" would
    // be checked as a name going down and planted as "..". Refused, nothing planted, and a
    // hard link through such a link cannot pull a file from outside.
    void refusesNulInNames_data()
    {
        QTest::addColumn<QByteArray>("tar");
        auto nul = [](const char *s) -> QByteArray {
            return QByteArray(s, qsizetype(std::strlen(s)) + 1) + "x";
        };
        QTest::newRow("linkpath") << QList<QByteArray>{pax({QByteArray("linkpath=" + nul(".."))}),
                                                       block("up", '2', 0, "placeholder"),
                                                       block("h", '1', 0, "up/outside/secret"),
                                                       end()}
                                         .join();
        QTest::newRow("path") << QList<QByteArray>{pax({QByteArray("path=" + nul("ok"))}),
                                                   file("placeholder", "x"), end()}
                                     .join();
    }
    void refusesNulInNames()
    {
        QFETCH(QByteArray, tar);
        for (int step : {1, 512, 100000}) {
            Box box;
            QFile secret(box.outside() + u"/secret"_s);
            QVERIFY(secret.open(QIODevice::WriteOnly));
            secret.write("secret");
            secret.close();
            TarExtractor *x = nullptr;
            QVERIFY(!extract(box, tar, &x, step));
            std::unique_ptr<TarExtractor> own(x);
            QVERIFY(x->error().contains(u"NUL"_s));
            QVERIFY(QDir(box.root())
                        .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System)
                        .size() == 1); // only "sub", made by the box
            QVERIFY(!QFileInfo(box.root() + u"/up"_s).isSymLink());
            QVERIFY(!QFileInfo::exists(box.root() + u"/h"_s));
        }
        TarReader r;
        QVERIFY(!r.feed(tar));
        QVERIFY(r.error().contains(u"NUL"_s));
    }

    void modeText()
    {
        FileEntry e;
        e.kind = FileEntry::Kind::Directory;
        e.permissions = 0755;
        QCOMPARE(e.modeText(), u"drwxr-xr-x"_s);
        e.kind = FileEntry::Kind::File;
        e.permissions = 04754;
        QCOMPARE(e.modeText(), u"-rwsr-xr--"_s);
        e.permissions = 01777;
        e.kind = FileEntry::Kind::Symlink;
        QCOMPARE(e.modeText(), u"lrwxrwxrwt"_s);
    }

    // The header as the engine sends it (recorded from dockerd 20.10 for /bin).
    void pathStat()
    {
        const QByteArray header =
            QByteArray(
                R"({"name":"bin","size":4096,"mode":2147484141,"mtime":"2024-01-02T03:04:05.123456789Z","linkTarget":""})")
                .toBase64();
        std::optional<FileEntry> e = FileEntry::fromPathStat(header);
        QVERIFY(e);
        QCOMPARE(e->name, u"bin"_s);
        QCOMPARE(e->kind, FileEntry::Kind::Directory);
        QCOMPARE(e->permissions, 0755u);
        QCOMPARE(e->modified.date(), QDate(2024, 1, 2));
        QString why;
        QVERIFY(!FileEntry::fromPathStat("not base64 json", &why));
        QVERIFY(!why.isEmpty());
        QCOMPARE(parentContainerPath(u"/a/b/"_s), u"/a"_s);
        QCOMPARE(parentContainerPath(u"/a"_s), u"/"_s);
        QCOMPARE(joinContainerPath(u"/"_s, u"x"_s), u"/x"_s);
    }
};

QTEST_GUILESS_MAIN(TestTarFiles)
#include "tst_tar_files.moc"
