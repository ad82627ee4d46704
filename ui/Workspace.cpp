#include "Workspace.h"

#include "ActionRunner.h"
#include "CommandLog.h"
#include "CommandLogDock.h"
#include "ConnectionMonitor.h"
#include "ConnectionPresenter.h"
#include "ContainerActions.h"
#include "ContainerModel.h"
#include "ContainersPage.h"
#include "DetailsPanel.h"
#include "DockerClient.h"
#include "ImageActions.h"
#include "ImageModel.h"
#include "ImagesPage.h"
#include "MainWindow.h"
#include "MessageBanner.h"
#include "Refresher.h"

#include <QDockWidget>
#include <QLabel>
#include <QStyle>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace gantry {

namespace {
QWidget *notYet(const QString &text)
{
    auto *label = new QLabel(text);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    return label;
}
} // namespace

Workspace::Workspace(DockerClient *client, ConnectionMonitor *monitor, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_monitor(monitor)
    , m_containers(new ContainerModel(this))
    , m_images(new ImageModel(this))
    , m_log(new CommandLog(this))
    , m_refresher(new Refresher(client, m_containers, m_images, this))
    , m_runner(new ActionRunner(client, m_log, this))
    , m_window(new MainWindow)
    , m_containersPage(new ContainersPage(m_containers))
    , m_imagesPage(new ImagesPage(m_images))
    , m_details(new DetailsPanel(client))
    , m_logDock(new CommandLogDock(m_log))
{
    QStyle *style = m_window->style();
    m_window->addPage(u"containersPage"_s, style->standardIcon(QStyle::SP_ComputerIcon),
                      tr("Containers"), m_containersPage);
    m_window->addPage(u"imagesPage"_s, style->standardIcon(QStyle::SP_DriveCDIcon), tr("Images"),
                      m_imagesPage);
    m_window->addPage(u"volumesPage"_s, style->standardIcon(QStyle::SP_DriveHDIcon), tr("Volumes"),
                      notYet(tr("Volumes are not managed by this version yet.")));
    m_window->addPage(u"networksPage"_s, style->standardIcon(QStyle::SP_DriveNetIcon),
                      tr("Networks"), notYet(tr("Networks are not managed by this version yet.")));

    m_detailsDock = new QDockWidget(tr("Details"));
    m_detailsDock->setObjectName(u"detailsDock"_s);
    m_detailsDock->setWidget(m_details);
    m_window->addDockWidget(Qt::RightDockWidgetArea, m_detailsDock);
    m_window->addDockWidget(Qt::BottomDockWidgetArea, m_logDock);

    m_connection = new ConnectionPresenter(monitor, client->endpoint().url(), m_window->banner(),
                                           m_window->connectionLabel(), this);
    m_containerActions = new ContainerActions(m_containersPage, m_runner, m_refresher, this);
    m_imageActions = new ImageActions(m_imagesPage, m_runner, m_refresher, this);

    connect(m_containersPage, &ResourcePage::currentChanged, this, [this](const QModelIndex &i) {
        if (const ContainerSummary *c = m_containers->container(i))
            m_details->showContainer(c->id);
    });
    connect(m_imagesPage, &ResourcePage::currentChanged, this, [this](const QModelIndex &i) {
        if (m_images->image(i))
            m_details->showImage(i.data(ImageModel::ReferenceRole).toString());
    });
    // The engine is back (or reachable for the first time): follow it again.
    connect(monitor, &ConnectionMonitor::connected, m_refresher, [this] {
        m_refresher->reconnect();
        m_refresher->refresh();
    });
    connect(m_window, &MainWindow::shownChanged, m_refresher, &Refresher::setActive);
    connect(m_refresher, &Refresher::listingFailed, this, [this](const EngineError &e) {
        if (e.kind() == EngineError::Kind::Protocol || e.kind() == EngineError::Kind::ServerError)
            m_window->banner()->showMessage(MessageBanner::Level::Warning,
                                            tr("Listing failed: %1").arg(e.describe()));
    });
}

Workspace::~Workspace()
{
    delete m_window;
}

void Workspace::start()
{
    m_refresher->start();
    m_window->show();
    // Docks get their sizes once the window is laid out.
    QTimer::singleShot(0, m_window, [this] {
        m_window->resizeDocks({m_detailsDock}, {380}, Qt::Horizontal);
        m_window->resizeDocks({m_logDock}, {150}, Qt::Vertical);
    });
}

} // namespace gantry
