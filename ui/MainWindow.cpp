#include "MainWindow.h"

#include "widgets/MessageBanner.h"
#include "widgets/PlainToolTips.h"

#include <QAction>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gantry {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_sidebar(new QListWidget)
    , m_pages(new QStackedWidget)
    , m_banner(new MessageBanner)
    , m_securityBanner(new MessageBanner)
    , m_connection(new QLabel)
    , m_fileMenu(menuBar()->addMenu(tr("&File")))
{
    setObjectName(u"mainWindow"_s);
    PlainToolTips::install();
    setWindowTitle(tr("Gantry"));
    resize(1280, 800);

    m_sidebar->setObjectName(u"sidebar"_s);
    m_sidebar->setAccessibleName(tr("Pages"));
    m_sidebar->setFixedWidth(170);
    m_sidebar->setIconSize(QSize(20, 20));
    m_pages->setObjectName(u"pages"_s);
    m_securityBanner->setObjectName(u"securityBanner"_s);
    m_connection->setObjectName(u"connectionStatus"_s);
    m_connection->setTextFormat(Qt::PlainText); // shows the engine's error
    m_fileMenu->setObjectName(u"fileMenu"_s);
    m_fileMenu->setAccessibleName(tr("File"));

    auto *content = new QWidget;
    auto *column = new QVBoxLayout(content);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(m_securityBanner);
    column->addWidget(m_banner);
    column->addWidget(m_pages, 1);

    auto *central = new QWidget;
    auto *row = new QHBoxLayout(central);
    row->addWidget(m_sidebar);
    row->addWidget(content, 1);
    setCentralWidget(central);

    statusBar()->addWidget(m_connection, 1);
    connect(m_sidebar, &QListWidget::currentRowChanged, m_pages, [this](int row) {
        buildPage(row);
        m_pages->setCurrentIndex(row);
        if (const QListWidgetItem *item = m_sidebar->item(row))
            emit currentPageChanged(item->data(Qt::UserRole).toString());
    });
    buildMenus();
}

void MainWindow::buildMenus()
{
    menuBar()->setObjectName(u"menuBar"_s);
    menuBar()->setAccessibleName(tr("Menus"));
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(u"viewMenu"_s);
    QAction *palette =
        m_viewMenu->addAction(tr("Command &palette…"), this, &MainWindow::paletteRequested);
    palette->setObjectName(u"commandPaletteAction"_s);
    palette->setShortcut(QKeySequence(u"Ctrl+K"_s));
    palette->setToolTip(tr("Find an action, a page or an object by typing a few letters"));
    m_goMenu = m_viewMenu->addMenu(tr("&Go to page"));
    m_goMenu->setObjectName(u"goMenu"_s);
    m_viewMenu->addSeparator();
    m_docksSeparator = m_viewMenu->addSeparator();
    QAction *reset =
        m_viewMenu->addAction(tr("&Reset layout"), this, &MainWindow::resetLayoutRequested);
    reset->setObjectName(u"resetLayoutAction"_s);
    reset->setToolTip(
        tr("Window size, panels, columns, sorting and filters as they were at first"));

    m_helpMenu = menuBar()->addMenu(tr("&Help"));
    m_helpMenu->setObjectName(u"helpMenu"_s);
    QAction *shortcuts =
        m_helpMenu->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::shortcutsRequested);
    shortcuts->setObjectName(u"shortcutsAction"_s);
    shortcuts->setShortcut(QKeySequence::HelpContents);
}

void MainWindow::addMenu(QMenu *menu)
{
    menuBar()->insertMenu(m_helpMenu->menuAction(), menu);
}

void MainWindow::addDock(QDockWidget *dock, Qt::DockWidgetArea area)
{
    addDockWidget(area, dock);
    QAction *toggle = dock->toggleViewAction();
    toggle->setObjectName(dock->objectName() + u"Toggle"_s);
    m_viewMenu->insertAction(m_docksSeparator, toggle);
}

namespace {

// Where an action's place is looked for: its owner, then each widget showing it (an action a
// controller adds to a page's toolbar), each with its parents.
QList<const QObject *> placeStarts(const QAction *action)
{
    QList<const QObject *> starts{action->parent()};
    for (QObject *o : action->associatedObjects())
        starts << o;
    return starts;
}

} // namespace

int MainWindow::pageIndex(const QObject *o) const
{
    const auto *widget = qobject_cast<const QWidget *>(o);
    return widget && widget->parent() == m_pages ? m_pages->indexOf(widget) : -1;
}

QString MainWindow::placeOf(const QAction *action) const
{
    for (QObject *o : action->associatedObjects()) {
        // A menu of the menu bar (not a toolbar's overflow menu, which has no title).
        if (auto *menu = qobject_cast<QMenu *>(o); menu && !menu->title().isEmpty())
            return menu->title().remove(u'&');
    }
    // The page or the dock of the action's owner, else of a widget showing it.
    for (const QObject *start : placeStarts(action)) {
        for (const QObject *o = start; o; o = o->parent()) {
            if (auto *dock = qobject_cast<const QDockWidget *>(o))
                return dock->windowTitle();
            if (const int i = pageIndex(o); i >= 0)
                return m_sidebar->item(i)->text();
        }
    }
    return {};
}

QString MainWindow::pageOf(const QAction *action) const
{
    for (const QObject *start : placeStarts(action)) {
        for (const QObject *o = start; o; o = o->parent()) {
            if (const int i = pageIndex(o); i >= 0)
                return m_sidebar->item(i)->data(Qt::UserRole).toString();
        }
    }
    return {};
}

void MainWindow::addPage(const QString &objectName, const QIcon &icon, const QString &title,
                         QWidget *page)
{
    page->setObjectName(objectName);
    m_pages->addWidget(page);
    auto *item = new QListWidgetItem(icon, title, m_sidebar);
    item->setData(Qt::UserRole, objectName);
    item->setData(Qt::AccessibleTextRole, title);
    // Ctrl+1 to Ctrl+9 in the order of the sidebar.
    QAction *go =
        m_goMenu->addAction(icon, title, this, [this, objectName] { showPage(objectName); });
    go->setObjectName(objectName + u"GoAction"_s);
    if (m_sidebar->count() <= 9)
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + m_sidebar->count())));
    if (m_sidebar->count() == 1)
        m_sidebar->setCurrentRow(0);
    if (!m_builders.contains(objectName))
        emit pageBuilt(page);
}

void MainWindow::addLazyPage(const QString &objectName, const QIcon &icon, const QString &title,
                             PageBuilder build)
{
    m_builders.insert(objectName, std::move(build));
    auto *standIn = new QWidget; // until it is shown; unnamed, so that findChild() skips it
    addPage(objectName, icon, title, standIn);
    standIn->setObjectName(QString());
}

QList<QWidget *> MainWindow::builtPages() const
{
    QList<QWidget *> out;
    for (int i = 0; i < m_pages->count(); ++i) {
        if (!m_pages->widget(i)->objectName().isEmpty())
            out << m_pages->widget(i);
    }
    return out;
}

void MainWindow::buildAllPages()
{
    for (int i = 0; i < m_sidebar->count(); ++i)
        buildPage(i);
}

void MainWindow::buildPage(int index)
{
    QListWidgetItem *item = m_sidebar->item(index);
    if (!item)
        return;
    const QString name = item->data(Qt::UserRole).toString();
    const PageBuilder build = m_builders.take(name);
    if (!build)
        return;
    QWidget *page = build();
    page->setObjectName(name);
    QWidget *standIn = m_pages->widget(index);
    m_pages->insertWidget(index, page);
    m_pages->removeWidget(standIn);
    delete standIn;
    emit pageBuilt(page);
}

QWidget *MainWindow::page(const QString &objectName)
{
    for (int i = 0; i < m_sidebar->count(); ++i) {
        if (m_sidebar->item(i)->data(Qt::UserRole).toString() == objectName) {
            buildPage(i);
            return m_pages->widget(i);
        }
    }
    return nullptr;
}

void MainWindow::showPage(const QString &objectName)
{
    for (int i = 0; i < m_sidebar->count(); ++i) {
        if (m_sidebar->item(i)->data(Qt::UserRole).toString() == objectName)
            m_sidebar->setCurrentRow(i);
    }
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    emit shownChanged(true);
}

void MainWindow::hideEvent(QHideEvent *event)
{
    QMainWindow::hideEvent(event);
    emit shownChanged(false);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::WindowStateChange)
        emit shownChanged(!isMinimized() && isVisible());
}

void MainWindow::setEngineSwitcher(QWidget *switcher)
{
    statusBar()->insertWidget(0, switcher);
}

void MainWindow::setDropFilter(std::function<bool(const QString &)> accepts)
{
    m_dropFilter = std::move(accepts);
    setAcceptDrops(bool(m_dropFilter));
}

QStringList MainWindow::acceptedPaths(const QMimeData *data) const
{
    QStringList out;
    if (!m_dropFilter || !data->hasUrls())
        return out;
    for (const QUrl &url : data->urls()) {
        if (url.isLocalFile() && m_dropFilter(url.toLocalFile()))
            out << url.toLocalFile();
    }
    return out;
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!acceptedPaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList paths = acceptedPaths(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    emit pathsDropped(paths);
}

QWidget *MainWindow::currentPage() const
{
    return m_pages->currentWidget();
}

void MainWindow::bringToFront()
{
    setWindowState(windowState() & ~Qt::WindowMinimized);
    show();
    raise();
    activateWindow();
}

} // namespace gantry
