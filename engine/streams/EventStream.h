#pragma once

#include "core/EngineError.h"
#include "core/Types.h"
#include "transport/StreamDecoders.h"
#include "transport/Transport.h"

#include <QObject>
#include <QPointer>

namespace gantry {

class DockerClient;

// Follows GET /events. subscribed() says the engine accepted the subscription (list after
// that, so no change falls between listing and following); ended() says the stream is over
// (daemon restart, connection lost): events in between are lost, so re-list everything.
class EventStream : public QObject {
    Q_OBJECT
public:
    explicit EventStream(DockerClient *client, QObject *parent = nullptr);
    ~EventStream() override;

    void start();
    void stop();
    bool isRunning() const { return !m_reply.isNull(); }

signals:
    void subscribed();
    void eventReceived(const gantry::EngineEvent &event);
    void malformed(const gantry::EngineError &error);
    void ended(const gantry::EngineError &error); // kind None when the engine closed it cleanly

private:
    DockerClient *m_client;
    QPointer<Reply> m_reply;
};

} // namespace gantry
