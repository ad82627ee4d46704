#pragma once

#include "core/EngineError.h"
#include "specs/RunSpec.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace gantry::recreate {

// The decisions of SafeRecreate that a real engine cannot be made to take on demand (a
// step that timed out yet was applied), kept apart so that they can be checked alone.

// An anonymous volume the old container holds: the new one mounts it by name.
struct KeptVolume {
    QString name;   // the engine's name for it (64 hex digits)
    QString target; // where it is mounted
    bool readOnly = false;
    friend bool operator==(const KeptVolume &, const KeptVolume &) = default;
};

// The anonymous volumes among the old container's inspect `Mounts` (`-v /data`, --mount
// without a source, or a VOLUME of its image): those not named by its own settings `own`
// (RunSpec::fromInspect of the same inspect, without the image).
QList<KeptVolume> anonymousVolumes(const QJsonArray &mounts, const RunSpec &own);

// `spec` with the old container's anonymous volumes mounted by name, as docker compose does:
// an anonymous mount at the same path becomes the named one; a path that the dialog never
// showed (`shown`: what it was opened with, a VOLUME of the image) gets the named one too.
// A bind or named volume the user chose for the path wins, and so does a mount the user
// deleted from the dialog.
RunSpec keepVolumes(const RunSpec &spec, const RunSpec &shown, const QList<KeptVolume> &kept);

// `name` without the aside suffix this container (`id`) got from an earlier attempt that
// could not be undone, so that a retry does not nest it.
QString baseName(const QString &name, const QString &id);
// Where the old container waits while the new one takes its name.
QString asideName(const QString &name, const QString &id);

// A rename that failed may still have been applied (a timeout): `realName` is the name a
// fresh inspect gives (nullopt when that failed too). True when it may be under `aside`.
bool mayBeRenamed(const std::optional<QString> &realName, const QString &aside);

// Whether the rollback starts the old container again: it ran, and a stop was sent, even
// if that stop reported an error (it may have stopped it all the same). Starting a running
// container is harmless (the engine answers 304).
bool restartOld(bool wasRunning, bool stopSent);

// A --rm container whose stop failed, yet which is gone (the engine stopped and removed it):
// going on with the new one is the only way to keep a container under the name.
bool continueAfterStopError(bool autoRemove, EngineError::Kind inspectAfterwards);

// Renaming the old container back (or starting it again) failed with `kind`: a --rm
// container that was sent a stop and is gone is restored from its settings.
bool restoreFromSettings(bool autoRemove, bool stopSent, EngineError::Kind kind);

// A create that failed may still have made the container: `atName` is the inspect of what
// the engine finds under `name` (empty when nothing; the engine also matches ID prefixes, so
// only a container really called `name` counts). It is removed before the old one gets the
// name back, unless it is the old one.
bool isLeftoverNew(const QJsonObject &atName, const QString &name, const QString &oldId);

} // namespace gantry::recreate
