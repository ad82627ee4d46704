// Build, commit, save/load and export/import against the test bed, each compared with the
// docker command line its spec prints.
#include "TestBed.h"
#include "api/DockerClient.h"
#include "specs/ImageTransferSpecs.h"
#include "transfer/ArchiveTransfer.h"
#include "transfer/BuildContext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLibraryInfo>
#include <QTemporaryDir>
#include <QTranslator>
#include <QUuid>
#include <QtTest>

using namespace gantry;
using namespace Qt::StringLiterals;

class TestImageTransfer : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (!testbed::available())
            QFAIL(testbed::missingMessage());
        // Pinged, with the API version negotiated.
        m_client = testbed::connectedClient(this);
        QVERIFY(m_client);
        m_image = testbed::env("GANTRY_TEST_IMAGE");
        m_prefix = u"gantry-xfer-"_s + QUuid::createUuid().toString(QUuid::Id128).left(6);
    }

    void cleanupTestCase()
    {
        for (const QString &c : std::as_const(m_containers))
            testbed::docker({u"rm"_s, u"-f"_s, c});
        for (const QString &i : std::as_const(m_images))
            testbed::docker({u"rmi"_s, u"-f"_s, i});
        QVERIFY(testbed::docker({u"image"_s, u"inspect"_s, m_image})); // the seed stays
    }

    // .dockerignore keeps files out of the image, build args reach RUN, and the CLI line
    // builds an image with the same files.
    void buildHonoursDockerignore()
    {
        QTemporaryDir dir;
        write(
            dir.filePath(u"Dockerfile"_s),
            "FROM " + m_image.toUtf8() +
                "\nARG GREETING\nCOPY . /ctx\nRUN echo \"$GREETING\" > /greeting\nCMD [\"sh\"]\n");
        write(dir.filePath(u".dockerignore"_s), "secret.txt\ncache\n");
        write(dir.filePath(u"app.txt"_s), "app\n");
        write(dir.filePath(u"secret.txt"_s), "never in the image\n");
        write(dir.filePath(u"cache/blob"_s), QByteArray(4096, 'c'));

        BuildSpec spec;
        spec.contextDir = dir.path();
        spec.tags = {m_prefix + u"/built:api"_s};
        spec.buildArgs = {{u"GREETING"_s, u"bonjour tout le monde"_s}};
        m_images << spec.tags;
        QString output;
        const EngineError error = build(spec, &output);
        QVERIFY2(!error.isError(), qPrintable(error.describe() + output));
        QVERIFY(output.contains(u"Step 1/5"_s));

        const QString files = run(spec.tags.first(), u"ls -a /ctx"_s);
        QVERIFY(files.contains(u"app.txt"_s));
        QVERIFY(files.contains(u"Dockerfile"_s));
        QVERIFY2(!files.contains(u"secret.txt"_s), qPrintable(files));
        QVERIFY(!files.contains(u"cache"_s));
        QCOMPARE(run(spec.tags.first(), u"cat /greeting"_s), u"bonjour tout le monde\n"_s);

        BuildSpec cli = spec;
        cli.tags = {m_prefix + u"/built:cli"_s};
        m_images << cli.tags;
        QVERIFY(testbed::docker(cli.commandLine().mid(1), 120000));
        QCOMPARE(run(cli.tags.first(), u"ls -a /ctx"_s), files);
        QCOMPARE(run(cli.tags.first(), u"cat /greeting"_s), u"bonjour tout le monde\n"_s);
    }

    void buildReportsTheFailingStep()
    {
        QTemporaryDir dir;
        write(dir.filePath(u"Dockerfile"_s),
              "FROM " + m_image.toUtf8() + "\nRUN true\nRUN echo oops; exit 3\nCMD [\"sh\"]\n");
        BuildSpec spec;
        spec.contextDir = dir.path();
        spec.tags = {m_prefix + u"/broken:1"_s};
        QString output;
        const EngineError error = build(spec, &output);
        QVERIFY(error.isError());
        QVERIFY2(error.message().startsWith(u"Step 3/4 (RUN echo oops; exit 3) failed:"_s),
                 qPrintable(error.message()));
        QVERIFY(error.message().contains(u"non-zero code: 3"_s));
        QVERIFY(output.contains(u"oops"_s));
        QVERIFY(!testbed::docker({u"image"_s, u"inspect"_s, spec.tags.first()}, 10000));
    }

    void commitKeepsTheWrittenFile()
    {
        const QString c = container(u"echo kept > /data.txt"_s);
        CommitSpec spec;
        spec.container = c;
        spec.name = c.left(12);
        spec.reference = m_prefix + u"/committed:api"_s;
        spec.message = u"from a test"_s;
        spec.author = u"Gantry tests"_s;
        spec.changes = {u"CMD [\"cat\", \"/data.txt\"]"_s, u"ENV STAGE=committed"_s};
        m_images << spec.reference;
        std::optional<Result<Done>> r =
            testbed::await<Done>([&](auto done) { m_client->perform(spec.request(), this, done); });
        QVERIFY(r);
        QVERIFY2(r->ok(), qPrintable(r->error().describe()));
        QCOMPARE(runDefault(spec.reference), u"kept\n"_s);
        const QJsonObject api = inspect(spec.reference);
        QCOMPARE(api.value(u"Comment"_s).toString(), spec.message);
        QCOMPARE(api.value(u"Author"_s).toString(), spec.author);
        QVERIFY(api[u"Config"_s][u"Env"_s].toArray().contains(u"STAGE=committed"_s));

        CommitSpec cli = spec;
        cli.reference = m_prefix + u"/committed:cli"_s;
        m_images << cli.reference;
        QVERIFY(testbed::docker(cli.commandLine().mid(1)));
        QCOMPARE(runDefault(cli.reference), u"kept\n"_s);
        const QJsonObject viaCli = inspect(cli.reference);
        QCOMPARE(viaCli[u"Config"_s][u"Cmd"_s], api[u"Config"_s][u"Cmd"_s]);
        QCOMPARE(viaCli[u"Config"_s][u"Env"_s], api[u"Config"_s][u"Env"_s]);
        QCOMPARE(viaCli.value(u"Comment"_s), api.value(u"Comment"_s));
    }

    // save -> rmi -> load gives back the same ID and tags; the CLI's archive holds the same.
    void saveAndLoadKeepIdAndTags()
    {
        const QString tagA = m_prefix + u"/saved:a"_s, tagB = m_prefix + u"/saved:b"_s;
        QVERIFY(testbed::docker({u"tag"_s, m_image, tagA}));
        QVERIFY(testbed::docker({u"tag"_s, m_image, tagB}));
        m_images << tagA << tagB;
        const QString id = inspect(tagA).value(u"Id"_s).toString();
        QTemporaryDir dir;
        const SaveSpec save{{tagA, tagB}, dir.filePath(u"api.tar"_s)};
        qint64 lastProgress = 0;
        EngineError e = runTransfer(
            ArchiveTransfer::toFile(m_client, save.request(), save.file, this), &lastProgress);
        QVERIFY2(!e.isError(), qPrintable(e.describe()));
        QCOMPARE(lastProgress, QFileInfo(save.file).size());
        QVERIFY(lastProgress > 0);

        SaveSpec cliSave = save;
        cliSave.file = dir.filePath(u"cli.tar"_s);
        QVERIFY(testbed::docker(cliSave.commandLine().mid(1)));
        QCOMPARE(tarList(save.file), tarList(cliSave.file));

        QVERIFY(testbed::docker({u"rmi"_s, tagA, tagB}));
        const LoadSpec load{save.file};
        ArchiveTransfer *t = ArchiveTransfer::fromFile(m_client, load.request(), load.file, this);
        QStringList loaded;
        connect(t, &ArchiveTransfer::finished, this,
                [&, t] { loaded = t->output().loadedImages(); });
        e = runTransfer(t);
        QVERIFY2(!e.isError(), qPrintable(e.describe()));
        loaded.sort();
        QCOMPARE(loaded, (QStringList{tagA, tagB}));
        QCOMPARE(inspect(tagA).value(u"Id"_s).toString(), id);
        QCOMPARE(inspect(tagB).value(u"Id"_s).toString(), id);

        QVERIFY(testbed::docker({u"rmi"_s, tagA, tagB}));
        QVERIFY(testbed::docker(LoadSpec{cliSave.file}.commandLine().mid(1)));
        QCOMPARE(inspect(tagA).value(u"Id"_s).toString(), id);
    }

    // export -> import gives an image with the container's files; the CLI's export holds the
    // same names.
    void exportAndImportGiveTheSameFiles()
    {
        const QString c =
            container(u"mkdir -p /srv/site && echo exported > /srv/site/index.html"_s);
        QTemporaryDir dir;
        const ExportSpec exp{c, c.left(12), dir.filePath(u"fs.tar"_s)};
        EngineError e =
            runTransfer(ArchiveTransfer::toFile(m_client, exp.request(), exp.file, this));
        QVERIFY2(!e.isError(), qPrintable(e.describe()));
        ExportSpec cliExp = exp;
        cliExp.file = dir.filePath(u"fs-cli.tar"_s);
        QVERIFY(testbed::docker(cliExp.commandLine().mid(1)));
        const QStringList names = tarList(exp.file);
        QVERIFY(names.contains(u"srv/site/index.html"_s));
        QCOMPARE(names, tarList(cliExp.file));

        ImportSpec imp{exp.file, m_prefix + u"/flat:api"_s, u"flattened"_s, {u"CMD [\"sh\"]"_s}};
        m_images << imp.reference;
        ArchiveTransfer *t = ArchiveTransfer::fromFile(m_client, imp.request(), imp.file, this);
        QString imageId;
        connect(t, &ArchiveTransfer::finished, this, [&, t] { imageId = t->output().imageId(); });
        e = runTransfer(t);
        QVERIFY2(!e.isError(), qPrintable(e.describe()));
        QVERIFY(imageId.startsWith(u"sha256:"_s));
        QCOMPARE(run(imp.reference, u"cat /srv/site/index.html"_s), u"exported\n"_s);
        const QJsonObject api = inspect(imp.reference);
        QCOMPARE(api.value(u"Id"_s).toString(), imageId);
        QCOMPARE(api[u"RootFS"_s][u"Layers"_s].toArray().size(), 1); // flattened

        ImportSpec cli = imp;
        cli.reference = m_prefix + u"/flat:cli"_s;
        m_images << cli.reference;
        QVERIFY(testbed::docker(cli.commandLine().mid(1)));
        QCOMPARE(run(cli.reference, u"cat /srv/site/index.html"_s), u"exported\n"_s);
        QCOMPARE(inspect(cli.reference)[u"Config"_s][u"Cmd"_s], api[u"Config"_s][u"Cmd"_s]);
    }

    // Failure and cancel leave no file behind.
    void failedOrCancelledSaveLeavesNoFile()
    {
        QTemporaryDir dir;
        const SaveSpec missing{{m_prefix + u"/no-such:image"_s}, dir.filePath(u"missing.tar"_s)};
        EngineError e =
            runTransfer(ArchiveTransfer::toFile(m_client, missing.request(), missing.file, this));
        QCOMPARE(e.kind(), EngineError::Kind::NotFound);
        QVERIFY(!QFile::exists(missing.file));

        const SaveSpec save{{m_image}, dir.filePath(u"cancelled.tar"_s)};
        ArchiveTransfer *t = ArchiveTransfer::toFile(m_client, save.request(), save.file, this);
        QTimer::singleShot(0, t, &ArchiveTransfer::cancel);
        e = runTransfer(t);
        QCOMPARE(e.kind(), EngineError::Kind::Cancelled);
        QVERIFY(!QFile::exists(save.file));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());

        const LoadSpec load{dir.filePath(u"nothing-here.tar"_s)};
        e = runTransfer(ArchiveTransfer::fromFile(m_client, load.request(), load.file, this));
        QCOMPARE(e.kind(), EngineError::Kind::NotFound);
        // The engine refuses a file that is no archive: its own message is shown, in any
        // language (an unread body's "Unknown error" is not a read failure).
        QTranslator french;
        QVERIFY(french.load(u"qtbase_fr"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
        QCoreApplication::installTranslator(&french);
        const QString garbage = dir.filePath(u"garbage.tar"_s);
        QFile g(garbage);
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write(QByteArray(4096, 'x'));
        g.close();
        e = runTransfer(
            ArchiveTransfer::fromFile(m_client, LoadSpec{garbage}.request(), garbage, this));
        QVERIFY2(e.message().contains(u"tar"_s), qPrintable(e.describe()));
        // Refused with an HTTP status (a name the engine rejects): still the engine's words.
        const ImportSpec badName{garbage, u"UPPER/Case"_s, {}, {}};
        e = runTransfer(ArchiveTransfer::fromFile(m_client, badName.request(), garbage, this));
        QCoreApplication::removeTranslator(&french);
        QVERIFY2(e.httpStatus() >= 400, qPrintable(e.describe()));
        QVERIFY2(e.kind() != EngineError::Kind::PermissionDenied, qPrintable(e.describe()));
        QVERIFY2(e.message().contains(u"lowercase"_s), qPrintable(e.describe()));
    }

private:
    static void write(const QString &path, const QByteArray &content)
    {
        QDir().mkpath(QFileInfo(path).path());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }

    EngineError runTransfer(ArchiveTransfer *t, qint64 *lastProgress = nullptr)
    {
        std::optional<EngineError> result;
        connect(t, &ArchiveTransfer::progress, this, [lastProgress](qint64 done, qint64) {
            if (lastProgress)
                *lastProgress = done;
        });
        connect(t, &ArchiveTransfer::finished, this, [&](const EngineError &e) { result = e; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 120000))
            return EngineError(EngineError::Kind::Timeout, u"test timed out"_s);
        return *result;
    }

    EngineError build(const BuildSpec &spec, QString *output)
    {
        const Result<BuildContext> ctx = BuildContext::scan(spec.contextDir, spec.dockerfile);
        if (!ctx)
            return ctx.error();
        auto tar = std::make_shared<TarStream>(ctx->entries());
        tar->open(QIODevice::ReadOnly);
        ArchiveTransfer *t = ArchiveTransfer::fromDevice(
            m_client, spec.request(ctx->dockerfileName()), tar, ctx->tarSize(), this);
        connect(t, &ArchiveTransfer::outputReceived, this,
                [output](const QString &s) { *output += s; });
        return runTransfer(t);
    }

    QString container(const QString &script)
    {
        const auto out = testbed::docker(
            {u"run"_s, u"-d"_s, u"--network"_s, u"none"_s, m_image, u"sh"_s, u"-c"_s, script});
        const QString id = out ? QString::fromUtf8(*out).trimmed() : QString();
        m_containers << id;
        testbed::docker({u"wait"_s, id});
        return id;
    }

    QString run(const QString &image, const QString &script)
    {
        const auto out = testbed::docker(
            {u"run"_s, u"--rm"_s, u"--network"_s, u"none"_s, image, u"sh"_s, u"-c"_s, script});
        return out ? QString::fromUtf8(*out) : u"<failed>"_s;
    }

    QString runDefault(const QString &image)
    {
        const auto out = testbed::docker({u"run"_s, u"--rm"_s, u"--network"_s, u"none"_s, image});
        return out ? QString::fromUtf8(*out) : u"<failed>"_s;
    }

    QJsonObject inspect(const QString &ref)
    {
        const auto out = testbed::docker({u"image"_s, u"inspect"_s, ref});
        return out ? QJsonDocument::fromJson(*out).array().first().toObject() : QJsonObject();
    }

    static QStringList tarList(const QString &file)
    {
        QProcess p;
        p.start(u"tar"_s, {u"-tf"_s, file});
        p.waitForFinished(60000);
        QStringList names =
            QString::fromUtf8(p.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        names.sort();
        return names;
    }

    DockerClient *m_client = nullptr;
    QString m_image;
    QString m_prefix;
    QStringList m_containers;
    QStringList m_images;
};

QTEST_GUILESS_MAIN(TestImageTransfer)
#include "tst_image_transfer.moc"
