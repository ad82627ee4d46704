#include "core/Processes.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTimer>

#include <csignal>

namespace gantry {

namespace {

// The application takes the process and deletes it once it has ended; false (and deleted
// soon) when it already has.
bool adoptUntilEnded(QProcess *process)
{
    process->setParent(QCoreApplication::instance());
    QObject::connect(process, &QProcess::finished, process, &QObject::deleteLater);
    if (process->state() == QProcess::NotRunning) {
        process->deleteLater();
        return false;
    }
    return true;
}

} // namespace

void killAndReapLater(QProcess *process)
{
    if (adoptUntilEnded(process)) // QProcess::kill, without its wait on deletion
        ::kill(pid_t(process->processId()), SIGKILL);
}

void terminateThenKill(QProcess *process, int graceMs)
{
    if (process->state() == QProcess::NotRunning)
        return;
    const auto pid = pid_t(process->processId());
    if (pid <= 0) { // still starting: no PID to signal yet (0 would be our own group)
        process->kill();
        return;
    }
    ::kill(pid, SIGTERM);
    // The timer belongs to the process: gone with it, so it never signals a reused PID.
    QTimer::singleShot(graceMs, process, [process] {
        if (process->state() != QProcess::NotRunning && process->processId() > 0)
            ::kill(pid_t(process->processId()), SIGKILL);
    });
}

void terminateAndReapLater(QProcess *process, int graceMs)
{
    if (adoptUntilEnded(process))
        terminateThenKill(process, graceMs);
}

} // namespace gantry
