#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <deque>
#include <functional>

namespace gantry {

// The one wrapper around QtKeychain (the system keychain: the Secret Service on Linux).
// QtKeychain runs one job at a time, so jobs wait in a queue; the next one starts from
// the event loop, never inside the previous job's finished(). Callbacks run once, unless
// their context object is gone. Nothing here logs a secret.
class Keychain : public QObject {
    Q_OBJECT
public:
    enum class Status {
        Ok,
        NotFound,    // no entry under that key
        Unavailable, // no keychain service to talk to (headless, no D-Bus, no Secret Service)
        Failed,      // there is one, but it refused (locked, access denied...)
    };
    struct Outcome {
        Status status = Status::Ok;
        QByteArray data; // read: the secret
        QString message; // QtKeychain's explanation when not Ok
    };
    using Done = std::function<void(const Outcome &)>;

    explicit Keychain(const QString &service, QObject *parent = nullptr);
    ~Keychain() override;

    const QString &service() const { return m_service; }
    // How long one job may take before it is given up as Unavailable: a keychain daemon
    // that hangs (a prompt nobody sees, a stuck D-Bus peer) must not block logins forever.
    void setJobTimeout(int ms) { m_jobTimeoutMs = ms; }
    static constexpr int kDefaultJobTimeoutMs = 30000;

    void read(const QString &key, QObject *context, Done done);
    void write(const QString &key, const QByteArray &secret, QObject *context, Done done);
    void remove(const QString &key, QObject *context, Done done);

protected:
    enum class Op { Read, Write, Remove };
    // Runs one job on the system keychain and calls `finish` once when it ends (tests
    // replace it with a keychain that never answers).
    virtual void run(Op op, const QString &key, const QByteArray &secret,
                     std::function<void(const Outcome &)> finish);

private:
    struct Pending {
        Op op;
        QString key;
        QByteArray secret;
        QPointer<QObject> context;
        Done done;
        bool guarded = false; // had a context when queued: skip `done` if it died since
    };

    void enqueue(Pending pending);
    void startNext();
    void finishCurrent(quint64 job, const Outcome &out);

    QString m_service;
    std::deque<Pending> m_queue;
    bool m_busy = false;
    quint64 m_job = 0; // the current job's number: a late answer of one given up is ignored
    int m_jobTimeoutMs = kDefaultJobTimeoutMs;
    QPointer<QObject> m_context;
    Done m_done;
    bool m_guarded = false;
    QTimer *m_timeout = nullptr;
};

} // namespace gantry
