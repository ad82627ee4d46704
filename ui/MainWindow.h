#pragma once

#include <QHash>
#include <QMainWindow>

#include <functional>

class QAction;
class QDockWidget;
class QLabel;
class QListWidget;
class QMenu;
class QMimeData;
class QStackedWidget;

namespace gantry {

class MessageBanner;

// The frame around the pages: a sidebar to choose one, the banner for connection problems,
// the status bar. Pages and the presenters that fill them are handed in; no logic here.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    void addPage(const QString &objectName, const QIcon &icon, const QString &title, QWidget *page);
    // A page made by `build` the first time it is shown or asked for with page(): start-up
    // builds only what the first listing needs.
    using PageBuilder = std::function<QWidget *()>;
    void addLazyPage(const QString &objectName, const QIcon &icon, const QString &title,
                     PageBuilder build);
    // The page of that name, built now if it was not yet; nullptr when there is none.
    QWidget *page(const QString &objectName);
    void showPage(const QString &objectName);
    QWidget *currentPage() const;
    // The pages built so far (the lazy ones once shown or asked for).
    QList<QWidget *> builtPages() const;
    // Builds every page not built yet.
    void buildAllPages();
    // A dock in `area`, with its "show" toggle in the View menu.
    void addDock(QDockWidget *dock, Qt::DockWidgetArea area);
    // Where an action lives, for the palette and the shortcuts page: its menu's title, else
    // the title of the page it belongs to; empty for neither.
    QString placeOf(const QAction *action) const;
    // The object name of the page an action belongs to (its owner's, else a widget's showing
    // it); empty for an action of no page (a menu's, a dock's).
    QString pageOf(const QAction *action) const;

    MessageBanner *banner() const { return m_banner; }
    // A warning that stays for the whole session (a connection that is not private).
    MessageBanner *securityBanner() const { return m_securityBanner; }
    QLabel *connectionLabel() const { return m_connection; }
    // The widget that names the engine and switches it, first in the status bar.
    void setEngineSwitcher(QWidget *switcher);
    // Shown, un-minimised (maximised or full screen kept), raised and activated.
    void bringToFront();
    QMenu *fileMenu() const { return m_fileMenu; }
    // A menu of the menu bar, before Help (which stays last).
    void addMenu(QMenu *menu);
    // Local files or folders dropped on the window are taken when `accepts` says so for
    // one of them; pathsDropped then carries those it accepts.
    void setDropFilter(std::function<bool(const QString &)> accepts);

signals:
    void pathsDropped(const QStringList &paths);
    // The window became visible (true) or was hidden or minimised (false).
    void shownChanged(bool shown);
    // A page was added or, for a lazy one, built (its object name is its name).
    void pageBuilt(QWidget *page);
    void currentPageChanged(const QString &objectName);
    // The menus' requests: the command palette, the layout's defaults, the shortcuts page.
    void paletteRequested();
    void resetLayoutRequested();
    void shortcutsRequested();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    // The index of the page `o` is (a child of the page stack), else -1.
    int pageIndex(const QObject *o) const;
    void buildPage(int index);
    void buildMenus();
    QStringList acceptedPaths(const QMimeData *data) const;

    QListWidget *m_sidebar;
    QStackedWidget *m_pages;
    MessageBanner *m_banner;
    MessageBanner *m_securityBanner;
    QLabel *m_connection;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_goMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_docksSeparator = nullptr; // dock toggles go above it in the View menu
    std::function<bool(const QString &)> m_dropFilter;
    QHash<QString, PageBuilder> m_builders; // the lazy pages not built yet
};

} // namespace gantry
