// .dockerignore matching, the build context's tar stream, the image transfer specs' CLI
// lines and the build/load/import messages.
#include "specs/ImageTransferSpecs.h"
#include "transfer/BuildContext.h"
#include "transfer/DockerIgnore.h"
#include "transfer/JobOutput.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <cstdio>

using namespace gantry;
using namespace Qt::StringLiterals;

namespace {

void write(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
}

QByteArray readAll(TarStream &tar, qint64 chunk)
{
    QByteArray out;
    QByteArray buf(chunk, '\0');
    for (;;) {
        const qint64 n = tar.read(buf.data(), chunk);
        if (n <= 0)
            break;
        out.append(buf.constData(), n);
    }
    return out;
}

// What GNU tar lists in an archive: names, one per line.
QStringList tarNames(const QByteArray &archive)
{
    QTemporaryDir dir;
    QFile f(dir.filePath(u"a.tar"_s));
    f.open(QIODevice::WriteOnly);
    f.write(archive);
    f.close();
    QProcess p;
    p.start(u"tar"_s, {u"-tf"_s, f.fileName()});
    p.waitForFinished();
    if (p.exitCode() != 0)
        qWarning() << p.readAllStandardError();
    QStringList names =
        QString::fromUtf8(p.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    names.sort();
    return names;
}

} // namespace

class TestBuildContext : public QObject {
    Q_OBJECT
private slots:
    void ignorePatterns_data()
    {
        QTest::addColumn<QString>("patterns");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("excluded");
        QTest::newRow("plain") << "secret.txt"
                               << "secret.txt" << true;
        QTest::newRow("plain other") << "secret.txt"
                                     << "public.txt" << false;
        QTest::newRow("star stops at slash") << "*.log"
                                             << "logs/a.log" << false;
        QTest::newRow("star top") << "*.log"
                                  << "a.log" << true;
        QTest::newRow("double star") << "**/*.log"
                                     << "logs/deep/a.log" << true;
        QTest::newRow("double star top") << "**/*.log"
                                         << "a.log" << true;
        QTest::newRow("dir excludes content") << "node_modules"
                                              << "node_modules/x/y.js" << true;
        QTest::newRow("leading slash") << "/build"
                                       << "build/out.o" << true;
        QTest::newRow("trailing slash") << "build/"
                                        << "build/out.o" << true;
        QTest::newRow("question mark") << "file?.txt"
                                       << "file1.txt" << true;
        QTest::newRow("question no slash") << "a?b"
                                           << "a/b" << false;
        QTest::newRow("exception") << "*.md\n!README.md"
                                   << "README.md" << false;
        QTest::newRow("exception other") << "*.md\n!README.md"
                                         << "NOTES.md" << true;
        QTest::newRow("last wins") << "!keep\nkeep"
                                   << "keep" << true;
        QTest::newRow("comment") << "# secret.txt\n"
                                 << "secret.txt" << false;
        QTest::newRow("dot cleaned") << "./tmp/../cache"
                                     << "cache/x" << true;
        QTest::newRow("regex chars literal") << "a+b.(c)"
                                             << "a+b.(c)" << true;
        QTest::newRow("regex chars no wildcard") << "a.b"
                                                 << "axb" << false;
        QTest::newRow("class") << "[ab].txt"
                               << "b.txt" << true;
        QTest::newRow("escape") << "\\*.txt"
                                << "x.txt" << false;
    }
    void ignorePatterns()
    {
        QFETCH(QString, patterns);
        QFETCH(QString, path);
        QFETCH(bool, excluded);
        const Result<DockerIgnore> ignore = DockerIgnore::parse(patterns);
        QVERIFY(ignore.ok());
        QCOMPARE(ignore->excludes(path), excluded);
    }

    void badPatterns()
    {
        QVERIFY(!DockerIgnore::parse(u"!"_s).ok());
        QVERIFY(!DockerIgnore::parse(u"[a-"_s).ok());
    }

    void scanHonoursDockerignore()
    {
        QTemporaryDir dir;
        write(dir.filePath(u"Dockerfile"_s), "FROM scratch\n");
        write(dir.filePath(u".dockerignore"_s),
              "secret.txt\ncache\n*.log\n!keep.log\nDockerfile\n");
        write(dir.filePath(u"secret.txt"_s), "s3cr3t");
        write(dir.filePath(u"app/main.sh"_s), "echo hi\n");
        write(dir.filePath(u"cache/big.bin"_s), QByteArray(10000, 'x'));
        write(dir.filePath(u"debug.log"_s), "x");
        write(dir.filePath(u"keep.log"_s), "k");
        const Result<BuildContext> ctx = BuildContext::scan(dir.path(), {});
        QVERIFY2(ctx.ok(), qPrintable(ctx.error().message()));
        QStringList names;
        for (const auto &e : ctx->entries())
            names << e.name;
        names.sort();
        // The Dockerfile and .dockerignore always go, as with the CLI.
        QCOMPARE(names, (QStringList{u".dockerignore"_s, u"Dockerfile"_s, u"app/"_s,
                                     u"app/main.sh"_s, u"keep.log"_s}));
        QCOMPARE(ctx->dockerfileName(), u"Dockerfile"_s);
        QCOMPARE(ctx->excludedCount(), 4);
    }

    void dockerfileOutsideContext()
    {
        QTemporaryDir dir, other;
        write(dir.filePath(u"a.txt"_s), "a");
        write(other.filePath(u"Build.docker"_s), "FROM scratch\n");
        const Result<BuildContext> ctx =
            BuildContext::scan(dir.path(), other.filePath(u"Build.docker"_s));
        QVERIFY(ctx.ok());
        QVERIFY(ctx->dockerfileName().startsWith(u".dockerfile."_s));
        QCOMPARE(ctx->entries().size(), 2);
    }

    void scanErrors()
    {
        QTemporaryDir dir;
        QCOMPARE(BuildContext::scan(dir.filePath(u"nope"_s), {}).error().kind(),
                 EngineError::Kind::NotFound);
        const Result<BuildContext> noDockerfile = BuildContext::scan(dir.path(), {});
        QVERIFY(!noDockerfile.ok());
        QVERIFY(noDockerfile.error().message().contains(u"Dockerfile"_s));
    }

    // The stream is a tar that GNU tar reads, of exactly the announced size, whatever the
    // read size; long names go through PAX records.
    void tarStream_data()
    {
        QTest::addColumn<int>("chunk");
        QTest::newRow("1") << 1;
        QTest::newRow("511") << 511;
        QTest::newRow("64k") << 65536;
    }
    void tarStream()
    {
        QFETCH(int, chunk);
        QTemporaryDir dir;
        const QString longDir = QString(60, u'd') + u'/' + QString(60, u'e');
        write(dir.filePath(u"Dockerfile"_s), "FROM scratch\n");
        write(dir.filePath(u"data.bin"_s), QByteArray(1000, '\x7f'));
        write(dir.filePath(longDir + u"/long-name.txt"_s), "long");
        QVERIFY(QFile::link(u"data.bin"_s, dir.filePath(u"link"_s)));
        const Result<BuildContext> ctx = BuildContext::scan(dir.path(), {});
        QVERIFY(ctx.ok());
        TarStream tar(ctx->entries());
        QVERIFY(tar.open(QIODevice::ReadOnly));
        QCOMPARE(tar.size(), ctx->tarSize());
        const QByteArray archive = readAll(tar, chunk);
        QCOMPARE(qint64(archive.size()), ctx->tarSize());
        QCOMPARE(archive.size() % 512, 0);
        const QStringList names = tarNames(archive);
        QVERIFY2(names.contains(longDir + u"/long-name.txt"_s), qPrintable(names.join(u' ')));
        QVERIFY(names.contains(u"data.bin"_s));
        QVERIFY(names.contains(u"link"_s));
    }

    // Found by fuzzing (tests/fuzz/seeds/tar/long-non-utf8-link): a link target is whatever
    // bytes readlink() gave; past 100 bytes it goes in a PAX record, which is read as UTF-8
    // unless hdrcharset says BINARY (libarchive refused it).
    void longNonUtf8LinkTargetIsMarkedBinary()
    {
        BuildContext::Entry link;
        link.name = u"link"_s;
        link.type = BuildContext::Entry::Type::Symlink;
        link.linkTarget = QByteArray(120, 'a') + "\xf4\x56";
        const QByteArray header = TarStream::header(link);
        const qsizetype charset = header.indexOf("hdrcharset=BINARY\n");
        QVERIFY(charset > 0);
        QVERIFY(charset < header.indexOf(QByteArray("linkpath=" + link.linkTarget + '\n')));
        QCOMPARE(qint64(header.size()), TarStream::entrySize(link));

        link.linkTarget = QByteArray(120, 'a') + "\xc3\xa9"; // UTF-8: no need to say so
        QVERIFY(!TarStream::header(link).contains("hdrcharset"));
        QVERIFY(TarStream::header(link).contains(QByteArray("linkpath=" + link.linkTarget + '\n')));
    }

    void vanishedFileIsAnError()
    {
        QTemporaryDir dir;
        write(dir.filePath(u"Dockerfile"_s), "FROM scratch\n");
        write(dir.filePath(u"gone.txt"_s), "soon gone");
        const Result<BuildContext> ctx = BuildContext::scan(dir.path(), {});
        QVERIFY(ctx.ok());
        QVERIFY(QFile::remove(dir.filePath(u"gone.txt"_s)));
        TarStream tar(ctx->entries());
        QVERIFY(tar.open(QIODevice::ReadOnly));
        QByteArray buf(4096, '\0');
        qint64 n = 0;
        while ((n = tar.read(buf.data(), buf.size())) > 0) {
        }
        QCOMPARE(n, qint64(-1));
        QVERIFY(tar.errorString().contains(u"gone.txt"_s));
    }

    void datesBefore1970AndFarAhead()
    {
        QTemporaryDir dir;
        write(dir.filePath(u"Dockerfile"_s), "FROM scratch\n");
        write(dir.filePath(u"old.txt"_s), "old");
        write(dir.filePath(u"future.txt"_s), "future");
        write(dir.filePath(u"now.txt"_s), "now");
        const QDateTime old(QDate(1950, 6, 1), QTime(12, 0, 0), Qt::UTC);
        // Past 8^11 s (2242), which octal cannot hold, and before ext4's last date (2446).
        const QDateTime future(QDate(2400, 1, 2), QTime(3, 4, 5), Qt::UTC);
        const QDateTime now(QDate(2024, 5, 1), QTime(10, 0, 0), Qt::UTC);
        auto touch = [&](const QString &name, const QDateTime &when) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.setFileTime(when, QFileDevice::FileModificationTime));
        };
        touch(u"old.txt"_s, old);
        touch(u"future.txt"_s, future);
        touch(u"now.txt"_s, now);
        if (QFileInfo(dir.filePath(u"future.txt"_s)).lastModified().toUTC() != future)
            QSKIP("This file system cannot hold a date in 2400.");
        const Result<BuildContext> ctx = BuildContext::scan(dir.path(), {});
        QVERIFY(ctx.ok());
        TarStream tar(ctx->entries());
        QVERIFY(tar.open(QIODevice::ReadOnly));
        const QByteArray archive = readAll(tar, 4096);
        QCOMPARE(qint64(archive.size()), ctx->tarSize());

        QTemporaryDir out;
        QFile f(out.filePath(u"a.tar"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(archive);
        f.close();
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"TZ"_s, u"UTC"_s);
        p.setProcessEnvironment(env);
        p.start(u"tar"_s, {u"--full-time"_s, u"-tvf"_s, f.fileName()});
        QVERIFY(p.waitForFinished());
        const QString listing = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QVERIFY2(listing.contains(u"1950-06-01 12:00:00 old.txt"_s), qPrintable(listing));
        QVERIFY2(listing.contains(u"2400-01-02 03:04:05 future.txt"_s), qPrintable(listing));
        QVERIFY2(listing.contains(u"2024-05-01 10:00:00 now.txt"_s), qPrintable(listing));
        // A date in range is still plain octal, as before.
        const qsizetype at = archive.indexOf("now.txt");
        const QByteArray octal =
            QByteArray::number(now.toSecsSinceEpoch(), 8).rightJustified(11, '0').append('\0');
        QCOMPARE(archive.mid(at + 136, 12), octal);
    }

    void fileSwappedForALinkIsNotFollowed()
    {
        QTemporaryDir dir;
        QTemporaryDir elsewhere;
        write(dir.filePath(u"Dockerfile"_s), "FROM scratch\n");
        write(dir.filePath(u"app.conf"_s), "harmless");
        write(elsewhere.filePath(u"secret"_s), "top secret");
        const Result<BuildContext> ctx = BuildContext::scan(dir.path(), {});
        QVERIFY(ctx.ok());
        QVERIFY(QFile::remove(dir.filePath(u"app.conf"_s)));
        QVERIFY(QFile::link(elsewhere.filePath(u"secret"_s), dir.filePath(u"app.conf"_s)));
        TarStream tar(ctx->entries());
        QVERIFY(tar.open(QIODevice::ReadOnly));
        QByteArray sent;
        QByteArray buf(4096, '\0');
        qint64 n = 0;
        while ((n = tar.read(buf.data(), buf.size())) > 0)
            sent.append(buf.constData(), n);
        QCOMPARE(n, qint64(-1));
        QVERIFY(tar.failed());
        QVERIFY2(tar.errorString().contains(u"app.conf"_s), qPrintable(tar.errorString()));
        QVERIFY(!sent.contains("top secr"));
    }

    void fileSwappedForAnotherFileIsRefused()
    {
        QTemporaryDir dir;
        write(dir.filePath(u"Dockerfile"_s), "FROM scratch\n");
        write(dir.filePath(u"app.conf"_s), "harmless");
        const Result<BuildContext> ctx = BuildContext::scan(dir.path(), {});
        QVERIFY(ctx.ok());
        // A hard link to another file, put in place by rename: same path, another inode.
        write(dir.filePath(u"other"_s), "replaced!");
        QVERIFY(::rename(QFile::encodeName(dir.filePath(u"other"_s)).constData(),
                         QFile::encodeName(dir.filePath(u"app.conf"_s)).constData()) == 0);
        TarStream tar(ctx->entries());
        QVERIFY(tar.open(QIODevice::ReadOnly));
        QByteArray sent;
        QByteArray buf(4096, '\0');
        qint64 n = 0;
        while ((n = tar.read(buf.data(), buf.size())) > 0)
            sent.append(buf.constData(), n);
        QCOMPARE(n, qint64(-1));
        QVERIFY(!sent.contains("replaced"));
    }

    void commandLines()
    {
        BuildSpec b;
        b.contextDir = u"/src/app"_s;
        b.tags = {u"web:1"_s, u"web:latest"_s};
        b.buildArgs = {{u"VERSION"_s, u"1 2"_s}};
        b.target = u"prod"_s;
        b.noCache = true;
        QCOMPARE(shellJoin(b.commandLine()),
                 u"docker build -t web:1 -t web:latest --build-arg 'VERSION=1 2' --target prod "
                 "--no-cache /src/app"_s);
        b.dockerfile = u"/src/app/Dockerfile"_s;
        QVERIFY(!b.commandLine().contains(u"-f"_s));
        b.dockerfile = u"/src/app/docker/Dockerfile.prod"_s;
        QVERIFY(
            shellJoin(b.commandLine()).endsWith(u"-f /src/app/docker/Dockerfile.prod /src/app"_s));
        const QString path = b.request(u"docker/Dockerfile.prod"_s).path;
        QVERIFY(path.startsWith(
            u"/build?t=web%3A1&t=web%3Alatest&dockerfile=docker%2FDockerfile.prod"_s));
        QVERIFY(path.contains(u"buildargs=%7B%22VERSION%22%3A%221%202%22%7D"_s));
        QVERIFY(path.contains(u"nocache=1"_s));

        CommitSpec c{u"abc123"_s,    u"web"_s,       u"snap:v1"_s,
                     u"a message"_s, u"Ana <a@b>"_s, {u"CMD [\"sh\"]"_s, u"ENV A=b"_s}};
        QCOMPARE(
            shellJoin(c.commandLine()),
            u"docker commit -a 'Ana <a@b>' -m 'a message' -c 'CMD [\"sh\"]' -c 'ENV A=b' web snap:v1"_s);
        QCOMPARE(c.request().path, u"/commit?container=abc123&repo=snap&tag=v1&comment=a%20message&"
                                   u"author=Ana%20%3Ca%40b%3E"
                                   "&changes=CMD%20%5B%22sh%22%5D&changes=ENV%20A%3Db"_s);
        QCOMPARE(c.request().body, "{}"); // Podman needs one (500 "Decode(): EOF" without)
        QVERIFY(CommitSpec::isValidChange(u"env A=b"_s));
        QString why;
        QVERIFY(!CommitSpec::isValidChange(u"RUN rm -rf /"_s, &why));
        QVERIFY(why.contains(u"RUN"_s));
        QVERIFY(!CommitSpec::isValidChange(u"CMD"_s));

        QCOMPARE(shellJoin(SaveSpec{{u"a:1"_s, u"b:2"_s}, u"/tmp/x y.tar"_s}.commandLine()),
                 u"docker save -o '/tmp/x y.tar' a:1 b:2"_s);
        QCOMPARE(SaveSpec({{u"a:1"_s, u"b:2"_s}, {}}).request().path,
                 u"/images/get?names=a%3A1&names=b%3A2"_s);
        QCOMPARE(shellJoin(LoadSpec{u"/tmp/a.tar"_s}.commandLine()),
                 u"docker load -i /tmp/a.tar"_s);
        QCOMPARE(shellJoin(ExportSpec{u"abc"_s, u"web"_s, u"/tmp/fs.tar"_s}.commandLine()),
                 u"docker export -o /tmp/fs.tar web"_s);
        QCOMPARE(ExportSpec({u"abc"_s, u"web"_s, {}}).request().path, u"/containers/abc/export"_s);
        ImportSpec i{u"/tmp/fs.tar"_s, u"flat:1"_s, u"from web"_s, {u"CMD [\"sh\"]"_s}};
        QCOMPARE(shellJoin(i.commandLine()),
                 u"docker import -m 'from web' -c 'CMD [\"sh\"]' /tmp/fs.tar flat:1"_s);
        QCOMPARE(i.request().path, u"/images/create?fromSrc=-&repo=flat%3A1&message=from%20web"
                                   "&changes=CMD%20%5B%22sh%22%5D"_s);
    }

    void buildArgs()
    {
        QCOMPARE(BuildSpec::parseBuildArg(u"A=1=2"_s)->second, u"1=2"_s);
        QCOMPARE(BuildSpec::parseBuildArg(u"EMPTY="_s)->second, QString());
        QString why;
        QVERIFY(!BuildSpec::parseBuildArg(u"NOVALUE"_s, &why));
        QVERIFY(!why.isEmpty());
        QVERIFY(!BuildSpec::parseBuildArg(u"1BAD=x"_s));
    }

    // A failing RUN step arrives inside a 200 answer; the failure names the step, at any
    // split of the stream.
    void buildFailureNamesTheStep()
    {
        const QByteArray stream =
            "{\"stream\":\"Step 1/3 : FROM base\"}\r\n{\"stream\":\"\\n\"}\r\n"
            "{\"stream\":\" ---\\u003e 1234\\n\"}\r\n{\"stream\":\"Step 2/3 : RUN exit 3\"}\r\n"
            "{\"stream\":\"\\n\"}\r\n{\"errorDetail\":{\"code\":3,\"message\":\"The command "
            "'/bin/sh -c exit 3' returned a non-zero code: 3\"},\"error\":\"The command "
            "'/bin/sh -c exit 3' returned a non-zero code: 3\"}\r\n";
        for (qsizetype cut = 0; cut <= stream.size(); ++cut) {
            JobOutput out;
            QString text = out.feed(QByteArrayView(stream).first(cut));
            text += out.feed(QByteArrayView(stream).sliced(cut));
            const std::optional<EngineError> failure = out.finish();
            QVERIFY(failure);
            QCOMPARE(out.step(), 2);
            QCOMPARE(out.stepCount(), 3);
            QVERIFY2(failure->message().startsWith(u"Step 2/3 (RUN exit 3) failed: The command"_s),
                     qPrintable(failure->message()));
            QVERIFY(text.contains(u"Step 1/3 : FROM base"_s));
        }
    }

    // Podman's builder (Buildah) writes "STEP 3/3: RUN exit 3": the failure names the step.
    void podmanBuildFailureNamesTheStep()
    {
        QFile f(QStringLiteral(GANTRY_FIXTURES "/build_failed_podman4.3.jsonl"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        JobOutput out;
        const QString text = out.feed(f.readAll());
        const std::optional<EngineError> failure = out.finish();
        QVERIFY(failure);
        QCOMPARE(out.step(), 3);
        QCOMPARE(out.stepCount(), 3);
        QCOMPARE(out.stepText(), u"RUN exit 3"_s);
        QVERIFY2(failure->message().startsWith(u"Step 3/3 (RUN exit 3) failed: building at"_s),
                 qPrintable(failure->message()));
        QVERIFY(text.contains(u"STEP 2/3: RUN echo one"_s));
    }

    void outputOfSuccess()
    {
        JobOutput build;
        build.feed("{\"stream\":\"Step 1/1 : FROM base\\n\"}\n{\"aux\":{\"ID\":\"sha256:abc\"}}\n"
                   "{\"stream\":\"Successfully built abc\\n\"}\n");
        QVERIFY(!build.finish());
        QCOMPARE(build.imageId(), u"sha256:abc"_s);
        JobOutput load;
        load.feed("{\"stream\":\"Loaded image: web:1\\n\"}\n{\"stream\":\"Loaded image ID: "
                  "sha256:f00\\n\"}\n");
        QVERIFY(!load.finish());
        QCOMPARE(load.loadedImages(), (QStringList{u"web:1"_s, u"sha256:f00"_s}));
        JobOutput import;
        import.feed("{\"status\":\"sha256:beef\"}\r\n");
        QVERIFY(!import.finish());
        QCOMPARE(import.imageId(), u"sha256:beef"_s);
        // Progress redrawn with '\r' still ends lines; an error without a message says so.
        JobOutput carriage;
        carriage.feed(
            "{\"stream\":\"Step 1/2 : FROM base\\r\"}\n{\"stream\":\"Step 2/2 : RUN get\"}\n"
            "{\"stream\":\"\\r\"}\n");
        QCOMPARE(carriage.step(), 2);
        QCOMPARE(carriage.stepText(), u"RUN get"_s);
        JobOutput bare;
        bare.feed("{\"error\":\"\"}\n");
        QVERIFY(!bare.finish()->message().isEmpty());
        JobOutput truncated;
        truncated.feed("{\"stream\":\"Step 1/1");
        QCOMPARE(truncated.finish()->kind(), EngineError::Kind::Protocol);
        JobOutput garbage;
        garbage.feed("not json\n");
        QCOMPARE(garbage.finish()->kind(), EngineError::Kind::Protocol);
    }
};

QTEST_GUILESS_MAIN(TestBuildContext)
#include "tst_build_context.moc"
