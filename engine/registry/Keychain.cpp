#include "registry/Keychain.h"

#include <QTimer>

#include <utility>

#include <qt6keychain/keychain.h>

namespace gantry {

namespace {

Keychain::Status statusOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError: return Keychain::Status::Ok;
    case QKeychain::EntryNotFound: return Keychain::Status::NotFound;
    // The libsecret backend reports a missing D-Bus ("Could not connect") or a bus without
    // a Secret Service ("Object does not exist at path ...") as OtherError.
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError: return Keychain::Status::Unavailable;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied: return Keychain::Status::Failed;
    }
    return Keychain::Status::Failed;
}

} // namespace

Keychain::Keychain(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_timeout(new QTimer(this))
{
    m_timeout->setSingleShot(true);
    connect(m_timeout, &QTimer::timeout, this, [this] {
        Outcome out;
        out.status = Status::Unavailable;
        out.message = tr("The keychain did not answer within %n second(s).", "",
                         (m_jobTimeoutMs + 999) / 1000);
        finishCurrent(m_job, out);
    });
}

Keychain::~Keychain() = default;

void Keychain::read(const QString &key, QObject *context, Done done)
{
    enqueue({Op::Read, key, {}, context, std::move(done)});
}

void Keychain::write(const QString &key, const QByteArray &secret, QObject *context, Done done)
{
    enqueue({Op::Write, key, secret, context, std::move(done)});
}

void Keychain::remove(const QString &key, QObject *context, Done done)
{
    enqueue({Op::Remove, key, {}, context, std::move(done)});
}

void Keychain::enqueue(Pending pending)
{
    pending.guarded = !pending.context.isNull();
    m_queue.push_back(std::move(pending));
    QTimer::singleShot(0, this, &Keychain::startNext);
}

void Keychain::startNext()
{
    if (m_busy || m_queue.empty())
        return;
    Pending p = std::move(m_queue.front());
    m_queue.pop_front();
    m_busy = true;
    const quint64 job = ++m_job;
    m_context = p.context;
    m_done = std::move(p.done);
    m_guarded = p.guarded;
    m_timeout->start(m_jobTimeoutMs);
    run(p.op, p.key, p.secret, [this, job, self = QPointer<Keychain>(this)](const Outcome &out) {
        if (self)
            finishCurrent(job, out);
    });
}

void Keychain::finishCurrent(quint64 job, const Outcome &out)
{
    if (job != m_job || !m_busy)
        return; // given up on already
    m_busy = false;
    m_timeout->stop();
    const Done done = std::exchange(m_done, {});
    const bool deliver = done && (!m_guarded || m_context);
    // The keychain is still finishing this job: start the next one afterwards.
    QTimer::singleShot(0, this, &Keychain::startNext);
    if (deliver)
        done(out);
}

void Keychain::run(Op op, const QString &key, const QByteArray &secret,
                   std::function<void(const Outcome &)> finish)
{
    QKeychain::Job *job = nullptr;
    switch (op) {
    case Op::Read: job = new QKeychain::ReadPasswordJob(m_service); break;
    case Op::Write: {
        auto *w = new QKeychain::WritePasswordJob(m_service);
        w->setTextData(QString::fromUtf8(secret));
        job = w;
        break;
    }
    case Op::Remove: job = new QKeychain::DeletePasswordJob(m_service); break;
    }
    job->setKey(key);
    job->setInsecureFallback(false); // never a plaintext file
    connect(job, &QKeychain::Job::finished, this, [finish = std::move(finish)](QKeychain::Job *j) {
        Outcome out;
        out.status = statusOf(j->error());
        if (out.status != Status::Ok)
            out.message = j->errorString();
        else if (auto *r = qobject_cast<QKeychain::ReadPasswordJob *>(j))
            out.data = r->textData().toUtf8();
        finish(out);
    });
    job->start();
}

} // namespace gantry
