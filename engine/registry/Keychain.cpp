#include "registry/Keychain.h"

#include <QTimer>

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
{
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

    QKeychain::Job *job = nullptr;
    switch (p.op) {
    case Op::Read: job = new QKeychain::ReadPasswordJob(m_service); break;
    case Op::Write: {
        auto *w = new QKeychain::WritePasswordJob(m_service);
        w->setTextData(QString::fromUtf8(p.secret));
        job = w;
        break;
    }
    case Op::Remove: job = new QKeychain::DeletePasswordJob(m_service); break;
    }
    job->setKey(p.key);
    job->setInsecureFallback(false); // never a plaintext file
    const bool guarded = p.guarded;
    connect(job, &QKeychain::Job::finished, this,
            [this, guarded, context = p.context, done = std::move(p.done)](QKeychain::Job *j) {
                Outcome out;
                out.status = statusOf(j->error());
                if (out.status != Status::Ok)
                    out.message = j->errorString();
                else if (auto *r = qobject_cast<QKeychain::ReadPasswordJob *>(j))
                    out.data = r->textData().toUtf8();
                m_busy = false;
                // QtKeychain is still finishing this job: start the next one afterwards.
                QTimer::singleShot(0, this, &Keychain::startNext);
                if (done && (!guarded || context))
                    done(out);
            });
    job->start();
}

} // namespace gantry
