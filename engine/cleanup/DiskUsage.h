#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace gantry {

class DockerClient;
class Reply;

// What GET /system/df says: space by category and per item. Both shapes are parsed (the
// lists of 1.41 and the reshaped summaries of 1.52/1.53).
struct DiskUsageItem {
    enum class Category { Image, Container, Volume, BuildCache };
    Category category = Category::Image;
    QString id;
    QString name;    // repo:tag, container name, volume name, cache description
    qint64 size = 0; // bytes it takes (an image's unique + shared; a container's writable layer)
    qint64 reclaimable = 0; // what removing it alone would free
    bool inUse = false;
    QDateTime created;
};

struct DiskUsage {
    struct Totals {
        int count = 0;
        int active = 0;
        qint64 size = 0;
        qint64 reclaimable = 0;
    };
    Totals images, containers, volumes, buildCache;
    qint64 layersSize = 0;
    QList<DiskUsageItem> items;
};

namespace parse {
Result<DiskUsage> diskUsage(const QByteArray &json);
}

// GET /system/df: slow on big hosts (minutes) and it blocks parts of the daemon, so only on
// demand, with a long timeout, and cancellable through the returned Reply.
Reply *fetchDiskUsage(DockerClient *client, QObject *context,
                      std::function<void(Result<DiskUsage>)> done);

} // namespace gantry
