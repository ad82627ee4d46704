#pragma once

#include <QWidget>

class QAction;
class QSortFilterProxyModel;
class QTreeView;

namespace gantry {

class CommandLog;
class DockerClient;
class MessageBanner;
class ServiceModel;
class StackRunner;
struct StackMember;

// The Stacks tab of the swarm page: the services grouped by their stack
// (com.docker.stack.namespace), services of no stack apart; Deploy stack… (a compose file,
// as `docker stack deploy -c FILE NAME`) and Remove stack… (confirmed, naming its services;
// as `docker stack rm NAME`). Each command line goes to the command log.
class StacksView : public QWidget {
    Q_OBJECT
public:
    StacksView(ServiceModel *stacks, DockerClient *client, CommandLog *log,
               QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    MessageBanner *banner() const { return m_banner; }
    // The stack of the current row (a stack or one of its services); empty if none.
    QString currentStack() const;

    void deploy();
    void removeCurrent();

signals:
    void changed(); // a deploy or a removal finished: re-list

private:
    void confirmRemoval(const QString &stack, const QList<StackMember> &members);
    void updateActions();

    ServiceModel *m_model;
    DockerClient *m_client;
    CommandLog *m_log;
    QSortFilterProxyModel *m_proxy;
    QTreeView *m_view;
    MessageBanner *m_banner;
    StackRunner *m_runner;
    QAction *m_deploy;
    QAction *m_remove;
};

} // namespace gantry
