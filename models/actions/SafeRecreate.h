#pragma once

#include "core/EngineError.h"
#include "specs/RunSpec.h"

#include <QObject>

#include <functional>

namespace gantry {

class CommandLog;
class DockerClient;

// Replaces a container by one made from new settings without ever losing it: the old one
// is renamed aside, the new one created under the name, the old one stopped, the new one
// started, and only then the old one removed. Any failure undoes what was done (the new
// one removed, the old one renamed back and started again if it ran). Each step goes to
// the command log as its docker command line.
//
// The new container is created before the old one stops so that a refused create (image
// gone, option rejected) costs no downtime. A container the engine removes when it stops
// (--rm) cannot be kept aside once stopped: if the new one then fails to start, a fresh
// container with the old settings is created and started under the name instead.
//
// The old container's anonymous volumes (`-v /data`, a VOLUME of its image) go to the new
// one by name, as docker compose does: its data stays with the container, not in an
// orphaned volume. Removing the new one on a rollback (-v) never removes a volume given by
// name.
//
// Runs on its own, independent of any dialog; deletes itself after finished().
class SafeRecreate : public QObject {
    Q_OBJECT
public:
    enum class Step {
        Idle,
        Inspecting,
        Renaming,
        Creating,
        Stopping,
        Starting,
        RemovingOld,
        RollingBack,
        Done
    };
    Q_ENUM(Step)

    struct Outcome {
        QString id;                 // the container under the name now (new, old or restored)
        EngineError error;          // what failed; kind None when recreated
        QStringList rollbackErrors; // what could not be undone, as sentences
        QString warning;            // recreated, but the old one could not be removed
        bool recreated() const { return !error.isError(); }
        QString message() const; // for the user: error, then what the rollback did
    };

    SafeRecreate(DockerClient *client, CommandLog *log, QObject *parent = nullptr);

    // `original` is the old container's settings as the dialog showed them: its name is
    // the one to keep (the container may still be aside after an attempt that could not
    // be undone), and they bring back a --rm container that was removed when it stopped.
    void start(const QString &oldId, const RunSpec &spec, const RunSpec &original);
    Step step() const { return m_step; }

    // Where the old container waits while the new one takes its name.
    static QString asideName(const QString &name, const QString &id);

signals:
    void stepChanged(gantry::SafeRecreate::Step step);
    void finished(const gantry::SafeRecreate::Outcome &outcome);

private:
    using Next = std::function<void(const EngineError &)>;

    void setStep(Step step);
    void perform(const QStringList &commandLine, const Request &request, Next next);
    void rename(const QString &id, const QString &from, const QString &to, Next next);
    void inspected(const QJsonObject &inspect);
    void renameFailed(const EngineError &error);
    void createNew();
    void created(const QString &id);
    void stopOld();
    void stopFailed(const EngineError &error);
    void startNew();
    void removeOld();
    void fail(const EngineError &error);
    void rollBackOld();
    void renameBack();
    void restoreAutoRemoved();
    void restartOld();
    void rollbackFailed(const QString &what, const EngineError &error);
    void finish();

    DockerClient *m_client;
    CommandLog *m_log;
    Step m_step = Step::Idle;
    RunSpec m_spec;
    RunSpec m_original;
    QString m_oldId;
    QString m_oldName;     // the name to keep
    QString m_currentName; // its name when we began
    QString m_aside;
    QString m_newId;
    int m_stopTimeout = 10;
    bool m_wasRunning = false;
    bool m_autoRemove = false;
    bool m_renamed = false;
    bool m_createSent = false;
    bool m_stopSent = false; // even when the stop failed: it may have stopped it
    bool m_stopped = false;
    Outcome m_outcome;
};

} // namespace gantry

Q_DECLARE_METATYPE(gantry::SafeRecreate::Outcome)
