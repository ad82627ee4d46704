#pragma once

#include <QObject>
#include <QTimer>

class QAbstractItemModel;
class QMenu;
class QSystemTrayIcon;

namespace gantry {

// The icon in the desktop's tray: the number of running containers drawn on the application
// icon and in its tooltip; a click asks for the window in front. Only made where the
// desktop has a tray (QSystemTrayIcon::isSystemTrayAvailable()).
class TrayIcon : public QObject {
    Q_OBJECT
public:
    // containers: the ContainerModel (counted through its roles); extraMenu is added to the
    // icon's menu (not owned).
    TrayIcon(QAbstractItemModel *containers, const QString &engine, QMenu *extraMenu,
             QObject *parent = nullptr);
    ~TrayIcon() override;

    int runningCount() const { return m_running; }
    QString toolTip() const;
    QSystemTrayIcon *icon() const { return m_icon; }

    // Running containers in the model (project rows are not containers).
    static int countRunning(const QAbstractItemModel *containers);

signals:
    void showWindowRequested();

private:
    void recount();

    QAbstractItemModel *m_containers;
    QString m_engine;
    QSystemTrayIcon *m_icon;
    QMenu *m_menu;
    QTimer m_recount;
    int m_running = -1;
};

} // namespace gantry
