// The Files tab's engine side against the test bed: a stopped container's folders listed and
// a file read through the archive endpoints, and downloads and uploads compared with what the
// real `docker cp` makes of the same spec's command line (content, mode, link targets).
#include "TestBed.h"
#include "api/DockerClient.h"
#include "files/FileJobs.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace gantry;
using namespace Qt::StringLiterals;

namespace {

// Every path under `root` -> "type mode size content-or-link", links not followed.
QMap<QString, QString> tree(const QString &root)
{
    QMap<QString, QString> out;
    QDirIterator it(root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString p = it.next();
        struct stat st {};
        if (::lstat(QFile::encodeName(p).constData(), &st) != 0)
            continue;
        QString d = QString::number(st.st_mode & 07777, 8) + u' ';
        if (S_ISLNK(st.st_mode)) {
            char buf[4096];
            const ssize_t n = ::readlink(QFile::encodeName(p).constData(), buf, sizeof buf);
            d = u"link -> "_s + QString::fromUtf8(buf, n > 0 ? n : 0);
        } else if (S_ISDIR(st.st_mode)) {
            d = u"dir "_s + d;
        } else {
            QFile f(p);
            (void)f.open(QIODevice::ReadOnly);
            d = u"file "_s + d + QString::fromLatin1(f.readAll().toHex().left(64)) + u' ' +
                QString::number(st.st_size);
        }
        out.insert(p.mid(root.size()), d);
    }
    return out;
}

bool runCli(const QStringList &argv)
{
    return argv.first() == u"docker"_s && testbed::docker(argv.mid(1)).has_value();
}

} // namespace

class TestContainerFiles : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (!testbed::available())
            QFAIL(testbed::missingMessage());
        m_client = testbed::connectedClient(this);
        QVERIFY(m_client);
        m_name = testbed::unique("gantry-files-");
        // A stopped container (no shell needed from here on) with a known tree.
        QVERIFY(testbed::docker(
            {u"run"_s, u"--name"_s, m_name, testbed::env("GANTRY_TEST_IMAGE"), u"sh"_s, u"-c"_s,
             u"mkdir -p /data/sub/deep /many && echo hello > /data/a.txt && chmod 640 /data/a.txt"
             " && printf 'x%.0s' $(seq 1 3000) > /data/sub/big.txt && chmod 4755 /data/sub/big.txt"
             " && echo deep > /data/sub/deep/d && chmod 700 /data/sub/deep"
             " && ln -s a.txt /data/rel && ln -s ../a.txt /data/sub/up && ln -s /etc/passwd "
             "/data/abs"
             " && ln /data/a.txt /data/hard"
             " && for i in $(seq 1 50); do echo $i > /many/f$i; done"
             " && mkdir -p /ro/locked && echo x > /ro/locked/f && chmod 500 /ro/locked"_s}));
        m_id = testbed::inspect(m_name).value(u"Id"_s).toString();
        QVERIFY(!m_id.isEmpty());
    }

    void cleanupTestCase()
    {
        for (const QString &c : std::as_const(m_cleanup))
            testbed::docker({u"rm"_s, u"-f"_s, c});
        testbed::docker({u"rm"_s, u"-f"_s, m_name});
    }

    void statAndList()
    {
        auto st = testbed::await<FileEntry>(
            [&](auto cb) { ContainerFiles::stat(m_client, m_id, u"/data"_s, this, cb); });
        QVERIFY(st && *st);
        QCOMPARE(st->value().kind, FileEntry::Kind::Directory);
        QCOMPARE(st->value().name, u"data"_s);

        auto missing = testbed::await<FileEntry>(
            [&](auto cb) { ContainerFiles::stat(m_client, m_id, u"/nowhere"_s, this, cb); });
        QVERIFY(missing && !*missing);
        QCOMPARE(missing->error().kind(), EngineError::Kind::NotFound);

        auto l = testbed::await<FolderListing>(
            [&](auto cb) { ContainerFiles::list(m_client, m_id, u"/data"_s, this, cb); });
        QVERIFY(l && *l);
        QMap<QString, FileEntry> byName;
        for (const FileEntry &e : l->value().entries)
            byName.insert(e.name, e);
        QCOMPARE(byName.keys(), (QStringList{u"a.txt"_s, u"abs"_s, u"hard"_s, u"rel"_s, u"sub"_s}));
        QCOMPARE(byName[u"a.txt"_s].modeText(), u"-rw-r-----"_s);
        QCOMPARE(byName[u"a.txt"_s].size, 6);
        QCOMPARE(byName[u"sub"_s].modeText(), u"drwxr-xr-x"_s);
        QCOMPARE(byName[u"rel"_s].kind, FileEntry::Kind::Symlink);
        QCOMPARE(byName[u"rel"_s].linkTarget, u"a.txt"_s);
        QCOMPARE(byName[u"abs"_s].linkTarget, u"/etc/passwd"_s);
        QVERIFY(!l->value().truncated);

        // The root, whose tar names start with '/'.
        auto root = testbed::await<FolderListing>(
            [&](auto cb) { ContainerFiles::list(m_client, m_id, u"/"_s, this, cb); });
        QVERIFY(root && *root);
        QStringList names;
        for (const FileEntry &e : root->value().entries)
            names << e.name;
        QVERIFY2(names.contains(u"data"_s) && names.contains(u"bin"_s),
                 qPrintable(names.join(u' ')));
        QVERIFY(!names.contains(u"a.txt"_s));

        // The cap: a partial list, said so.
        auto capped = testbed::await<FolderListing>([&](auto cb) {
            ContainerFiles::list(m_client, m_id, u"/many"_s, this, cb, {.maxEntries = 10});
        });
        QVERIFY(capped && *capped);
        QCOMPARE(capped->value().entries.size(), 10);
        QVERIFY(capped->value().truncated);
    }

    void preview()
    {
        auto p = testbed::await<FilePreview>(
            [&](auto cb) { ContainerFiles::preview(m_client, m_id, u"/data/a.txt"_s, this, cb); });
        QVERIFY(p && *p);
        QCOMPARE(p->value().bytes, "hello\n");
        QVERIFY(!p->value().truncated);
        auto big = testbed::await<FilePreview>([&](auto cb) {
            ContainerFiles::preview(m_client, m_id, u"/data/sub/big.txt"_s, this, cb, 1000);
        });
        QVERIFY(big && *big);
        QCOMPARE(big->value().bytes, QByteArray(1000, 'x'));
        QCOMPARE(big->value().size, 3000);
        QVERIFY(big->value().truncated);
        auto dir = testbed::await<FilePreview>(
            [&](auto cb) { ContainerFiles::preview(m_client, m_id, u"/data"_s, this, cb); });
        QVERIFY(dir && !*dir);
    }

    // Gantry's download and `docker cp` by the spec's own line give the same files, except the
    // link pointing out of the destination, which Gantry does not make.
    void downloadMatchesDockerCp()
    {
        QTemporaryDir gantry, cli;
        const CopyFromSpec g{m_id, m_name, u"/data"_s, gantry.path()};
        CopyFromJob *job = CopyFromJob::start(m_client, g, this);
        QSignalSpy done(job, &CopyFromJob::finished);
        int skipped = -1; // as the view asks for it: from finished()
        connect(job, &CopyFromJob::finished, this, [job, &skipped] { skipped = job->skipped(); });
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 30000);
        const EngineError e = done.first().first().value<EngineError>();
        QVERIFY2(!e.isError(), qPrintable(e.describe()));
        QCOMPARE(skipped, 1); // /data/abs, a link to outside

        const CopyFromSpec c{m_id, m_name, u"/data"_s, cli.path()};
        QCOMPARE(c.commandLine(),
                 (QStringList{u"docker"_s, u"cp"_s, m_name + u":/data"_s, cli.path()}));
        QVERIFY(runCli(c.commandLine()));

        QMap<QString, QString> a = tree(gantry.path()), b = tree(cli.path());
        QVERIFY(!a.contains(u"/data/abs"_s));
        QCOMPARE(b.take(u"/data/abs"_s), u"link -> /etc/passwd"_s);
        // docker cp keeps set-user-ID when run by root; Gantry never sets it.
        QCOMPARE(b[u"/data/sub/big.txt"_s].left(10), u"file 4755 "_s);
        b[u"/data/sub/big.txt"_s].replace(u"file 4755"_s, u"file 755"_s);
        QCOMPARE(a, b);
        QCOMPARE(a.value(u"/data/a.txt"_s), u"file 640 68656c6c6f0a 6"_s);
        QCOMPARE(a.value(u"/data/sub/deep"_s), u"dir 700 "_s);

        // Again into the same folder: refused, nothing overwritten, nothing left behind.
        CopyFromJob *again = CopyFromJob::start(m_client, g, this);
        QSignalSpy done2(again, &CopyFromJob::finished);
        QVERIFY(done2.wait(30000));
        QCOMPARE(done2.first().first().value<EngineError>().kind(), EngineError::Kind::Conflict);
        QCOMPARE(
            QDir(gantry.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
            QStringList{u"data"_s});
    }

    // A failed move into place with a read-only folder in the staging folder: still removed.
    void failedDownloadLeavesNothing()
    {
        QTemporaryDir dest;
        QVERIFY(QDir(dest.path()).mkdir(u"ro"_s));
        CopyFromJob *job =
            CopyFromJob::start(m_client, {m_id, m_name, u"/ro"_s, dest.path()}, this);
        QSignalSpy done(job, &CopyFromJob::finished);
        QVERIFY(done.wait(30000));
        QCOMPARE(done.first().first().value<EngineError>().kind(), EngineError::Kind::Conflict);
        QCOMPARE(
            QDir(dest.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
            QStringList{u"ro"_s});
        QVERIFY(QDir(dest.path() + u"/ro"_s).isEmpty());
    }

    // The contents of a folder ("/data/."): several names to move; one already there, so
    // those moved before it go back, and the destination is as it was.
    void failedMoveTakesBackWhatItMoved()
    {
        QTemporaryDir dest;
        QVERIFY(QDir(dest.path()).mkdir(u"sub"_s));
        CopyFromJob *job =
            CopyFromJob::start(m_client, {m_id, m_name, u"/data/."_s, dest.path()}, this);
        QSignalSpy done(job, &CopyFromJob::finished);
        QVERIFY(done.wait(30000));
        QCOMPARE(done.first().first().value<EngineError>().kind(), EngineError::Kind::Conflict);
        QCOMPARE(
            QDir(dest.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
            QStringList{u"sub"_s});
    }

    void downloadCancelled()
    {
        QTemporaryDir dest;
        CopyFromJob *job =
            CopyFromJob::start(m_client, {m_id, m_name, u"/bin"_s, dest.path()}, this);
        QSignalSpy done(job, &CopyFromJob::finished);
        job->cancel();
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 30000);
        QCOMPARE(done.first().first().value<EngineError>().kind(), EngineError::Kind::Cancelled);
        QVERIFY(QDir(dest.path())
                    .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)
                    .isEmpty());
    }

    // Gantry's upload and `docker cp SRC C:PATH` by the spec's line leave the same files in two
    // containers (read back by the CLI).
    void uploadMatchesDockerCp()
    {
        QTemporaryDir src;
        const QString top = src.filePath(u"upload"_s);
        QVERIFY(QDir().mkpath(top + u"/inner"_s));
        auto write = [](const QString &path, const QByteArray &bytes,
                        QFileDevice::Permissions perms) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
            f.close();
            QVERIFY(f.setPermissions(perms));
        };
        write(top + u"/one.txt"_s, "one\n", QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        write(top + u"/inner/run.sh"_s, QByteArray(200000, 'r'),
              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                  QFileDevice::ReadGroup | QFileDevice::ExeGroup);
        QVERIFY(QFile::link(u"one.txt"_s, top + u"/link"_s));

        const QString other = testbed::unique("gantry-files-up-");
        m_cleanup << other;
        QVERIFY(
            testbed::docker({u"create"_s, u"--name"_s, other, testbed::env("GANTRY_TEST_IMAGE")}));
        const CopyToSpec g{m_id, m_name, top, u"/data/sub"_s};
        CopyToJob *job = CopyToJob::start(m_client, g, this);
        QSignalSpy done(job, &CopyToJob::finished);
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 30000);
        const EngineError e = done.first().first().value<EngineError>();
        QVERIFY2(!e.isError(), qPrintable(e.describe()));
        const CopyToSpec c{{}, other, top, u"/data/sub"_s};
        QCOMPARE(c.commandLine(),
                 (QStringList{u"docker"_s, u"cp"_s, top, other + u":/data/sub"_s}));
        // The other container has no /data/sub yet: make it the same way, without a shell.
        QTemporaryDir scaffold;
        QVERIFY(QDir().mkpath(scaffold.filePath(u"data/sub"_s)));
        QVERIFY(testbed::docker({u"cp"_s, scaffold.filePath(u"data"_s), other + u":/"_s}));
        QVERIFY(runCli(c.commandLine()));

        QTemporaryDir a, b;
        QVERIFY(testbed::docker({u"cp"_s, m_name + u":/data/sub/upload"_s, a.path()}));
        QVERIFY(testbed::docker({u"cp"_s, other + u":/data/sub/upload"_s, b.path()}));
        const QMap<QString, QString> ta = tree(a.path()), tb = tree(b.path());
        QCOMPARE(ta, tb);
        QCOMPARE(ta.value(u"/upload/one.txt"_s), u"file 600 6f6e650a 4"_s);
        QCOMPARE(ta.value(u"/upload/link"_s), u"link -> one.txt"_s);
        QVERIFY(ta.value(u"/upload/inner/run.sh"_s).startsWith(u"file 750 "_s));

        // The listing sees it at once.
        auto l = testbed::await<FolderListing>([&](auto cb) {
            ContainerFiles::list(m_client, m_id, u"/data/sub/upload"_s, this, cb);
        });
        QVERIFY(l && *l);
        QCOMPARE(l->value().entries.size(), 3);
    }

private:
    DockerClient *m_client = nullptr;
    QString m_name;
    QString m_id;
    QStringList m_cleanup;
};

QTEST_GUILESS_MAIN(TestContainerFiles)
#include "tst_container_files.moc"
