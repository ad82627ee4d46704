#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace gantry {

class ActionRunner;
class DockerClient;
class LimitsDialog;
class Refresher;

// "Change limits…": reads the container's current limits (inspect), opens the dialog
// prefilled with them, sends the update (docker update) with its line in the command log,
// and shows the engine's refusal in the dialog, which keeps what was typed.
class LimitsController : public QObject {
    Q_OBJECT
public:
    LimitsController(DockerClient *client, ActionRunner *runner, Refresher *refresher,
                     QWidget *window, QObject *parent = nullptr);

    void open(const QString &containerId);
    LimitsDialog *dialog() const; // the one open, if any

signals:
    // Inspect failed (the container went, the engine is away): nothing to prefill.
    void failed(const QString &message);

private:
    DockerClient *m_client;
    ActionRunner *m_runner;
    Refresher *m_refresher;
    QWidget *m_window;
    QPointer<LimitsDialog> m_dialog;
};

} // namespace gantry
