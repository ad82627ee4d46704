#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QTreeView;

namespace gantry {

class DockerClient;
class StatsOverviewModel;
class StatsPool;

// `docker stats` for all running containers as a sortable table. Statistics are read only
// for the rows on screen and only while the page is shown: each stream costs the engine
// CPU, and a host may run hundreds of containers.
class StatsOverviewPage : public QWidget {
    Q_OBJECT
public:
    StatsOverviewPage(DockerClient *client, StatsOverviewModel *model, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    StatsPool *pool() const { return m_pool; }
    // The containers whose rows are (at least partly) inside the viewport, top to bottom.
    QStringList visibleContainerIds() const;

    // The main window was minimised or hidden (false) or shown again (true).
    void setWindowShown(bool shown);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void scheduleUpdate();
    void updateStreams();
    void updateStatus();

    StatsOverviewModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTreeView *m_view;
    StatsPool *m_pool;
    QLabel *m_status;
    QString m_failure; // the last stream the engine refused, shown with the status
    QTimer m_update;   // scrolling and sorting settle before streams start or stop
    bool m_windowShown = true;
};

} // namespace gantry
