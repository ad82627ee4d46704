#include "Workspace.h"

#include "ConnectionMonitor.h"
#include "ConnectionPresenter.h"
#include "DockerClient.h"
#include "MainWindow.h"

#include <QStyle>

using namespace Qt::StringLiterals;

namespace gantry {

Workspace::Workspace(DockerClient *client, ConnectionMonitor *monitor, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_monitor(monitor)
    , m_window(new MainWindow)
{
    QStyle *style = m_window->style();
    m_window->addPage(u"containersPage"_s, style->standardIcon(QStyle::SP_ComputerIcon),
                      tr("Containers"), new QWidget);
    m_window->addPage(u"imagesPage"_s, style->standardIcon(QStyle::SP_DriveCDIcon),
                      tr("Images"), new QWidget);
    m_window->addPage(u"volumesPage"_s, style->standardIcon(QStyle::SP_DriveHDIcon),
                      tr("Volumes"), new QWidget);
    m_window->addPage(u"networksPage"_s, style->standardIcon(QStyle::SP_DriveNetIcon),
                      tr("Networks"), new QWidget);
    m_connection = new ConnectionPresenter(monitor, client->endpoint().url(), m_window->banner(),
                                           m_window->connectionLabel(), this);
}

Workspace::~Workspace()
{
    delete m_window;
}

} // namespace gantry
