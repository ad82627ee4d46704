#include "MainWindow.h"

#include "widgets/MessageBanner.h"
#include "widgets/PlainToolTips.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
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
    });
}

void MainWindow::addPage(const QString &objectName, const QIcon &icon, const QString &title,
                         QWidget *page)
{
    page->setObjectName(objectName);
    m_pages->addWidget(page);
    auto *item = new QListWidgetItem(icon, title, m_sidebar);
    item->setData(Qt::UserRole, objectName);
    item->setData(Qt::AccessibleTextRole, title);
    if (m_sidebar->count() == 1)
        m_sidebar->setCurrentRow(0);
}

void MainWindow::addLazyPage(const QString &objectName, const QIcon &icon, const QString &title,
                             PageBuilder build)
{
    m_builders.insert(objectName, std::move(build));
    auto *standIn = new QWidget; // until it is shown; unnamed, so that findChild() skips it
    addPage(objectName, icon, title, standIn);
    standIn->setObjectName(QString());
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
