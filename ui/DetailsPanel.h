#pragma once

#include "Result.h"

#include <QJsonObject>
#include <QPointer>
#include <QTabWidget>

namespace gantry {

class DockerClient;
class HistoryView;
class InspectView;
class Reply;

// Details of the current item: its inspect data, and for an image its layers. Fetches on
// demand and cancels what is no longer wanted when the selection moves.
class DetailsPanel : public QTabWidget {
    Q_OBJECT
public:
    DetailsPanel(DockerClient *client, QWidget *parent = nullptr);

    void showContainer(const QString &id);
    void showImage(const QString &reference);
    void clear();

    InspectView *inspectView() const { return m_inspect; }
    HistoryView *historyView() const { return m_history; }

private:
    void cancelPending();
    void showInspected(const Result<QJsonObject> &result);

    DockerClient *m_client;
    InspectView *m_inspect;
    HistoryView *m_history;
    int m_historyTab;
    QPointer<Reply> m_inspectReply;
    QPointer<Reply> m_historyReply;
};

} // namespace gantry
