#pragma once

class QProcess;

namespace gantry {

// Kills `process` (SIGKILL) without waiting for it: it belongs to the application until it
// has ended, and is deleted then. Deleting a running QProcess would block until it ends.
// The caller disconnects its own connections first.
void killAndReapLater(QProcess *process);

// Asks `process` to stop (SIGTERM: a tool can clean up, e.g. compose removes what it was
// creating), and kills it (SIGKILL) if it still runs after `graceMs`. Never waits: the
// caller hears of the end through QProcess::finished as usual.
void terminateThenKill(QProcess *process, int graceMs);

// terminateThenKill, and the process belongs to the application until it has ended (as
// killAndReapLater). The caller disconnects its own connections first.
void terminateAndReapLater(QProcess *process, int graceMs);

} // namespace gantry
