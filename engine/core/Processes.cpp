#include "core/Processes.h"

#include <QCoreApplication>
#include <QProcess>

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

} // namespace gantry
