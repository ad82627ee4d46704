#include "core/Processes.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTimer>

#include <csignal>

namespace gantry {

void killAndReapLater(QProcess *process)
{
    process->setParent(QCoreApplication::instance());
    QObject::connect(process, &QProcess::finished, process, &QObject::deleteLater);
    if (process->state() == QProcess::NotRunning) {
        process->deleteLater();
        return;
    }
    ::kill(pid_t(process->processId()), SIGKILL); // QProcess::kill, without its wait on deletion
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
    process->setParent(QCoreApplication::instance());
    QObject::connect(process, &QProcess::finished, process, &QObject::deleteLater);
    if (process->state() == QProcess::NotRunning) {
        process->deleteLater();
        return;
    }
    terminateThenKill(process, graceMs);
}

} // namespace gantry
