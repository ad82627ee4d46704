#pragma once

#include "registry/RegistrySpecs.h"
#include "transfer/TransferProgress.h"
#include "transport/Transport.h"

#include <QObject>
#include <QPointer>

namespace gantry {

class DockerClient;

// A pull or a push in flight: follows the engine's progress stream and ends once with
// finished(error), kind None on success. The error names the cause of a registry refusal
// (RegistryAuth::explain). cancel() aborts the request, which stops the engine's work.
class RegistryTransfer : public QObject {
    Q_OBJECT
public:
    RegistryTransfer(DockerClient *client, const PullSpec &spec, QObject *parent = nullptr);
    RegistryTransfer(DockerClient *client, const PushSpec &spec, QObject *parent = nullptr);
    ~RegistryTransfer() override; // cancels the request if it still runs

    void start();
    void cancel();
    bool isRunning() const { return m_reply != nullptr; }

    const TransferProgress &progress() const { return m_progress; }
    const Action &action() const { return m_action; }
    const EngineError &error() const { return m_error; }

signals:
    void layersChanged(const QStringList &ids);
    void statusChanged(const QString &status);
    void finished(const gantry::EngineError &error);

private:
    RegistryTransfer(DockerClient *client, TransferProgress::Direction direction, Action action,
                     bool withCredentials, QObject *parent);
    void onFinished();

    DockerClient *m_client;
    Action m_action;
    TransferProgress m_progress;
    QString m_server;
    bool m_withCredentials;
    QPointer<Reply> m_reply;
    EngineError m_error;
};

} // namespace gantry
