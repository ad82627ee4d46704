#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QProgressBar;
class QSortFilterProxyModel;
class QTabWidget;
class QTreeView;

namespace gantry {

class DockerClient;
class LogView;
class MessageBanner;
class ServiceModel;
class TaskModel;
struct ServiceSummary;

// The Services tab of the swarm page: the services (name, image, mode, replicas running of
// desired, published ports, update status); under them the chosen service's tasks (a row
// per slot, earlier tasks under it, failed ones in red) with the progress of a rolling
// update, and its logs merged across its tasks. Passive: it says what the user asked for;
// ServiceActions does it.
class ServicesView : public QWidget {
    Q_OBJECT
public:
    ServicesView(ServiceModel *services, TaskModel *tasks, DockerClient *client,
                 QWidget *parent = nullptr);

    // The chosen service, nullptr when none.
    const ServiceSummary *currentService() const;
    void selectService(const QString &id);
    MessageBanner *banner() const { return m_banner; }
    QTreeView *serviceView() const { return m_view; }
    QTreeView *taskView() const { return m_tasks; }
    LogView *logView() const { return m_logs; }
    QString progressText() const;

signals:
    void createRequested();
    void scaleRequested();
    void updateImageRequested();
    void rollbackRequested();
    void removeRequested();
    void currentServiceChanged(const QString &id); // empty: none
    void visibilityChanged(bool visible);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QAction *action(const QString &objectName, const QString &text, const QString &tip);
    void onCurrentChanged();
    void updateActions();
    void updateProgress();

    ServiceModel *m_model;
    TaskModel *m_taskModel;
    QSortFilterProxyModel *m_proxy;
    QTreeView *m_view;
    MessageBanner *m_banner;
    QTabWidget *m_details;
    QLabel *m_progressLabel;
    QProgressBar *m_progress;
    QTreeView *m_tasks;
    LogView *m_logs;
    QAction *m_create;
    QAction *m_scale;
    QAction *m_updateImage;
    QAction *m_rollback;
    QAction *m_remove;
    QString m_current;
};

} // namespace gantry
