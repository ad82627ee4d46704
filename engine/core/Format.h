#pragma once

#include <QString>

// Sizes and IDs written the way the docker CLI writes them, so what Gantry shows matches
// what the equivalent command prints.
namespace gantry {

// go-units HumanSizeWithPrecision: decimal units (B, kB, MB, GB, TB...) and `precision`
// significant digits, no space: 0B, 512B, 45.6MB, 1.23GB. Precision 3 is what docker images,
// ps --size, history and stats' I/O columns print; 4 (go-units HumanSize) is what pull/push
// progress, system df and the prune commands print.
QString humanSize(qint64 bytes, int precision = 3);
// value / 10^digits with its fraction, trailing zeros dropped: (1500, 3) -> "1.5",
// (2000, 3) -> "2".
QString decimal(qint64 value, int digits);
// go-units BytesSize: binary units (B, KiB, MiB, GiB...) with 4 significant digits, as
// docker stats prints memory: 1.953MiB, 7.772GiB.
QString binarySize(qint64 bytes);
// stringid.TruncateID: the 12-character short form of an ID, without its "sha256:" (or any
// other algorithm) prefix.
QString shortId(const QString &id);
// reference.FamiliarString: Docker Hub's prefixes dropped, as the docker CLI shows names.
// Podman's API names images fully ("docker.io/gantry-seed/busybox:latest",
// "docker.io/library/web:1"); Docker's says "gantry-seed/busybox:latest", "web:1".
QString familiarReference(const QString &reference);
// An image ID as dockerd writes it: "sha256:" + 64 hex digits. Podman writes the bare digits
// in /system/df and in what prune and remove report as deleted; anything else is returned
// unchanged.
QString imageIdWithAlgorithm(const QString &id);

} // namespace gantry
