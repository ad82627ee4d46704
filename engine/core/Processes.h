#pragma once

class QProcess;

namespace gantry {

// Kills `process` (SIGKILL) without waiting for it: it belongs to the application until it
// has ended, and is deleted then. Deleting a running QProcess would block until it ends.
// The caller disconnects its own connections first.
void killAndReapLater(QProcess *process);

} // namespace gantry
