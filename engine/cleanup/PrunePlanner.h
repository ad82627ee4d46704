#pragma once

#include "cleanup/PrunePlan.h"
#include "cleanup/PruneRules.h"
#include "core/Result.h"

#include <QObject>
#include <QSet>

#include <memory>

namespace gantry {

class DockerClient;

// Computes a preview asynchronously from the engine (lists, and image inspects for the
// layer accounting). Cancellable; never on the GUI thread's back.
class PrunePlanner : public QObject {
    Q_OBJECT
public:
    explicit PrunePlanner(DockerClient *client, QObject *parent = nullptr);

    void compute(const QSet<PruneCategory> &categories);
    void cancel();
    bool isRunning() const;

signals:
    void progress(const QString &what);
    void finished(const gantry::Result<gantry::PrunePreview> &preview);

private:
    struct State;
    DockerClient *m_client;
    std::shared_ptr<State> m_state;
};

// Reads GET /containers/json into `l` (containers, their mounts and networks, SizeRw).
Result<PruneListing> parsePruneContainers(const QByteArray &json, PruneListing l);

} // namespace gantry
