#include "files/FileJobs.h"

#include "api/DockerClient.h"
#include "files/TarExtractor.h"
#include "transfer/ArchiveTransfer.h"
#include "transfer/BuildContext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QTimer>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace gantry {

namespace {

// The archive's folder modes are applied in the staging folder (a read-only one among them):
// every folder is made writable again, top down, before all is removed. Links are not followed.
void openUp(const QByteArray &dir)
{
    struct stat st {};
    if (::lstat(dir.constData(), &st) != 0 || !S_ISDIR(st.st_mode))
        return;
    ::chmod(dir.constData(), 0700);
    const QStringList subs = QDir(QFile::decodeName(dir))
                                 .entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden |
                                            QDir::NoSymLinks | QDir::System);
    for (const QString &s : subs)
        openUp(dir + '/' + QFile::encodeName(s));
}

void removeStaging(const QString &path)
{
    openUp(QFile::encodeName(path));
    QDir(path).removeRecursively();
}

FileEntry::Kind kindOf(TarHeader::Type t)
{
    switch (t) {
    case TarHeader::Type::Directory: return FileEntry::Kind::Directory;
    case TarHeader::Type::Symlink: return FileEntry::Kind::Symlink;
    case TarHeader::Type::File:
    case TarHeader::Type::HardLink: return FileEntry::Kind::File;
    case TarHeader::Type::Other: break;
    }
    return FileEntry::Kind::Other;
}

// "base/child/" -> {"base", "child"}; "./x" and empty parts dropped.
QStringList parts(const QString &name)
{
    QStringList p = name.split(u'/', Qt::SkipEmptyParts);
    p.removeAll(u"."_s);
    return p;
}

// Stops a streaming reply from the event loop, not from inside its own signal.
void stopLater(Reply *reply)
{
    QTimer::singleShot(0, reply, [reply] { reply->cancel(); });
}

} // namespace

Reply *ContainerFiles::stat(DockerClient *client, const QString &container, const QString &path,
                            QObject *context, FileCallback<FileEntry> done)
{
    Reply *reply = client->send(PathStatSpec{container, path}.request());
    QObject::connect(reply, &Reply::finished, context, [reply, done] {
        if (reply->error().isError())
            return done(reply->error());
        QString why;
        std::optional<FileEntry> e =
            FileEntry::fromPathStat(reply->header("x-docker-container-path-stat"), &why);
        if (!e)
            return done(EngineError::protocol(why));
        done(*e);
    });
    return reply;
}

Reply *ContainerFiles::list(DockerClient *client, const QString &container, const QString &path,
                            QObject *context, FileCallback<FolderListing> done, ListLimits limits)
{
    struct State {
        TarReader reader;
        FolderListing listing;
        std::optional<qsizetype> rootDepth; // the folder's own entry comes first: "data/", or "/"
        bool stopped = false;
    };
    auto state = std::make_shared<State>();
    state->listing.path = path;
    Reply *reply = client->send(CopyFromSpec{container, {}, path, {}}.request());
    state->reader.entry = [state = state.get(), limits](const TarHeader &h) {
        const QStringList p = parts(h.name);
        if (!state->rootDepth) {
            state->rootDepth = p.size();
            return false;
        }
        if (p.size() != *state->rootDepth + 1)
            return false; // deeper
        if (state->listing.entries.size() >= limits.maxEntries) {
            state->listing.truncated = true;
            return false;
        }
        FileEntry e;
        e.name = p.last();
        e.kind = kindOf(h.type);
        e.size = h.size;
        e.permissions = h.mode;
        e.modified = QDateTime::fromSecsSinceEpoch(h.mtime, Qt::UTC);
        e.linkTarget = h.linkTarget;
        if (h.type == TarHeader::Type::HardLink) // the name of the other link to the same file
            e.linkTarget = parts(h.linkTarget).mid(1).join(u'/');
        state->listing.entries.append(e);
        return false; // headers only: the data is skipped
    };
    QObject::connect(reply, &Reply::received, context, [state, reply, limits](const QByteArray &c) {
        if (state->stopped)
            return;
        const bool fine = state->reader.feed(c);
        if (!fine || state->listing.truncated || state->reader.consumed() >= limits.maxBytes ||
            state->reader.atEnd()) {
            state->listing.truncated = state->listing.truncated || (fine && !state->reader.atEnd());
            state->stopped = true;
            stopLater(reply);
        }
    });
    QObject::connect(reply, &Reply::finished, context, [state, reply, done] {
        if (!state->reader.error().isEmpty())
            return done(EngineError::protocol(state->reader.error()));
        if (state->stopped)
            return done(state->listing);
        if (reply->error().isError())
            return done(reply->error());
        if (!state->reader.finish())
            return done(EngineError::protocol(state->reader.error()));
        done(state->listing);
    });
    return reply;
}

Reply *ContainerFiles::preview(DockerClient *client, const QString &container, const QString &path,
                               QObject *context, FileCallback<FilePreview> done, qint64 maxBytes)
{
    struct State {
        TarReader reader;
        FilePreview preview;
        QString refusal;
        bool seen = false;
        bool stopped = false;
    };
    auto state = std::make_shared<State>();
    Reply *reply = client->send(CopyFromSpec{container, {}, path, {}}.request());
    state->reader.entry = [state = state.get()](const TarHeader &h) {
        if (state->seen)
            return false;
        state->seen = true;
        state->preview.name = parts(h.name).value(0);
        state->preview.size = h.size;
        if (h.type != TarHeader::Type::File)
            state->refusal = FileEntry::tr("%1 is not a regular file.").arg(state->preview.name);
        return h.type == TarHeader::Type::File;
    };
    state->reader.data = [state = state.get(), maxBytes](QByteArrayView d) {
        const qint64 room = maxBytes - state->preview.bytes.size();
        state->preview.bytes.append(d.first(qsizetype(std::min<qint64>(room, d.size()))));
        if (state->preview.bytes.size() >= maxBytes && state->preview.size > maxBytes) {
            state->preview.truncated = true;
            return false;
        }
        return true;
    };
    state->reader.entryEnd = [] { return false; }; // one file: that is all
    QObject::connect(reply, &Reply::received, context, [state, reply](const QByteArray &c) {
        if (state->stopped)
            return;
        if (!state->reader.feed(c) || !state->refusal.isEmpty()) {
            state->stopped = true;
            stopLater(reply);
        }
    });
    QObject::connect(reply, &Reply::finished, context, [state, reply, done] {
        if (!state->refusal.isEmpty())
            return done(EngineError(EngineError::Kind::BadRequest, state->refusal));
        if (state->reader.stopped())
            return done(state->preview);
        if (!state->reader.error().isEmpty())
            return done(EngineError::protocol(state->reader.error()));
        if (reply->error().isError())
            return done(reply->error());
        if (!state->seen)
            return done(EngineError::protocol(FileEntry::tr("The engine sent an empty archive.")));
        done(state->preview);
    });
    return reply;
}

CopyFromJob::CopyFromJob(QObject *parent)
    : QObject(parent)
{
}

CopyFromJob::~CopyFromJob()
{
    // Its owner (a view) went away mid-download: stop the engine call, silently. cancel()
    // finishes the reply at once; connected, that would run done() and emit finished() into
    // an owner that is half destroyed.
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->cancel();
    }
    m_extractor.reset();
    if (!m_staging.isEmpty())
        removeStaging(m_staging);
}

CopyFromJob *CopyFromJob::start(DockerClient *client, const CopyFromSpec &spec, QObject *parent)
{
    auto *job = new CopyFromJob(parent);
    job->m_destination = spec.destination;
    QTemporaryDir staging(QDir(spec.destination).filePath(u".gantry-cp-XXXXXX"_s));
    if (!staging.isValid()) {
        const EngineError e(
            EngineError::Kind::PermissionDenied,
            tr("Cannot write in %1: %2").arg(spec.destination, staging.errorString()));
        QTimer::singleShot(0, job, [job, e] { job->done(e); });
        return job;
    }
    staging.setAutoRemove(false);
    job->m_staging = staging.path();
    job->m_extractor = std::make_unique<TarExtractor>(job->m_staging);
    job->m_reply = client->send(spec.request());
    connect(job->m_reply, &Reply::received, job, &CopyFromJob::onReceived);
    connect(job->m_reply, &Reply::finished, job, &CopyFromJob::onFinished);
    return job;
}

void CopyFromJob::cancel()
{
    if (m_reply)
        m_reply->cancel();
}

int CopyFromJob::skipped() const
{
    return m_extractor ? m_extractor->skippedLinks() + m_extractor->skippedSpecial() : 0;
}

void CopyFromJob::onReceived(const QByteArray &chunk)
{
    if (m_done || !m_extractor->error().isEmpty())
        return;
    m_bytes += chunk.size();
    emit progress(m_bytes);
    if (!m_extractor->feed(chunk))
        stopLater(m_reply);
}

void CopyFromJob::onFinished()
{
    if (!m_extractor->error().isEmpty())
        return done(EngineError(EngineError::Kind::BadRequest, m_extractor->error()));
    if (m_reply->error().isError())
        return done(m_reply->error());
    if (!m_extractor->finish())
        return done(EngineError(EngineError::Kind::BadRequest, m_extractor->error()));
    // Into place, never over something that is there; all or nothing: what was moved before a
    // failure goes back to the staging folder (removed with it).
    QStringList moved;
    for (const QString &top : m_extractor->topLevel()) {
        const QByteArray from = QFile::encodeName(QDir(m_staging).filePath(top));
        const QByteArray to = QFile::encodeName(QDir(m_destination).filePath(top));
        if (::renameat2(AT_FDCWD, from.constData(), AT_FDCWD, to.constData(), RENAME_NOREPLACE) !=
            0) {
            const QString why =
                errno == EEXIST
                    ? tr("%1 already exists in %2: nothing was overwritten.")
                          .arg(top, m_destination)
                    : tr("Cannot move %1 into %2: %3")
                          .arg(top, m_destination, QString::fromLocal8Bit(std::strerror(errno)));
            for (const QString &back : std::as_const(moved))
                ::renameat2(AT_FDCWD,
                            QFile::encodeName(QDir(m_destination).filePath(back)).constData(),
                            AT_FDCWD, QFile::encodeName(QDir(m_staging).filePath(back)).constData(),
                            RENAME_NOREPLACE);
            return done(EngineError(EngineError::Kind::Conflict, why));
        }
        moved << top;
    }
    done({});
}

void CopyFromJob::done(const EngineError &error)
{
    if (m_done)
        return;
    m_done = true;
    if (!m_staging.isEmpty())
        removeStaging(m_staging);
    m_staging.clear();
    emit finished(error);
    deleteLater();
}

CopyToJob::CopyToJob(QObject *parent)
    : QObject(parent)
{
}

CopyToJob *CopyToJob::start(DockerClient *client, const CopyToSpec &spec, QObject *parent)
{
    auto *job = new CopyToJob(parent);
    // The source is listed off the GUI thread (a big folder takes a while). The list comes
    // back through the application, which outlives the pool's tasks; the job may be gone.
    QThreadPool::globalInstance()->start([guard = QPointer<CopyToJob>(job), client, spec] {
        Result<QList<BuildContext::Entry>> entries = BuildContext::listTree(spec.source);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [guard, client, spec, entries = std::move(entries)] {
                if (!guard || guard->m_done) // gone, or cancelled while listing
                    return;
                if (!entries)
                    return guard->finish(entries.error());
                auto stream = std::make_shared<TarStream>(entries.value());
                stream->open(QIODevice::ReadOnly);
                const qint64 size = stream->size();
                CopyToJob *job = guard;
                job->m_transfer =
                    ArchiveTransfer::fromDevice(client, spec.request(), stream, size, job);
                connect(job->m_transfer, &ArchiveTransfer::progress, job, &CopyToJob::progress);
                connect(job->m_transfer, &ArchiveTransfer::finished, job, &CopyToJob::finish);
            },
            Qt::QueuedConnection);
    });
    return job;
}

void CopyToJob::cancel()
{
    if (m_transfer)
        m_transfer->cancel();
    else // still listing
        finish(EngineError(EngineError::Kind::Cancelled,
                           ArchiveTransfer::tr("Cancelled by the user.")));
}

void CopyToJob::finish(const EngineError &error)
{
    if (m_done)
        return;
    m_done = true;
    emit finished(error);
    deleteLater();
}

} // namespace gantry
