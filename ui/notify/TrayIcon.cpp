#include "notify/TrayIcon.h"

#include "listings/ContainerModel.h"
#include "widgets/Icons.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QPainter>
#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;

namespace gantry {

namespace {

// The application icon with the count in a badge at the bottom right.
QIcon badgedIcon(int count)
{
    const QIcon app = Icons::icon(Icons::Icon::App);
    QIcon out;
    for (const int size : {16, 22, 24, 32, 48, 64}) {
        QPixmap pixmap = app.pixmap(size, size);
        if (count > 0) {
            QPainter p(&pixmap);
            p.setRenderHint(QPainter::Antialiasing);
            const QString text = count > 99 ? u"99+"_s : QString::number(count);
            QFont font = p.font();
            font.setBold(true);
            font.setPixelSize(qMax(7, size * 9 / 16));
            p.setFont(font);
            const int h = QFontMetrics(font).height();
            const int w = qMax(h, QFontMetrics(font).horizontalAdvance(text) + h / 3);
            const QRectF badge(size - w, size - h, w, h);
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(0x1b, 0x7f, 0x3a)); // green: running, readable on light and dark
            p.drawRoundedRect(badge, h / 2.0, h / 2.0);
            p.setPen(Qt::white);
            p.drawText(badge, Qt::AlignCenter, text);
        }
        out.addPixmap(pixmap);
    }
    return out;
}

} // namespace

TrayIcon::TrayIcon(QAbstractItemModel *containers, const QString &engine, QMenu *extraMenu,
                   QObject *parent)
    : QObject(parent)
    , m_containers(containers)
    , m_engine(engine)
    , m_icon(new QSystemTrayIcon(this))
    , m_menu(new QMenu)
{
    QAction *show = m_menu->addAction(tr("&Show Gantry"));
    show->setObjectName(u"trayShow"_s);
    connect(show, &QAction::triggered, this, &TrayIcon::showWindowRequested);
    if (extraMenu)
        m_menu->addMenu(extraMenu);
    m_menu->addSeparator();
    QAction *quit = m_menu->addAction(tr("&Quit"));
    quit->setObjectName(u"trayQuit"_s);
    connect(quit, &QAction::triggered, qApp, &QApplication::quit);
    m_icon->setContextMenu(m_menu);
    connect(m_icon, &QSystemTrayIcon::activated, this, [show](QSystemTrayIcon::ActivationReason r) {
        if (r == QSystemTrayIcon::Trigger)
            show->trigger();
    });

    // Counting walks the model: done once after a burst of changes.
    m_recount.setSingleShot(true);
    m_recount.setInterval(250);
    connect(&m_recount, &QTimer::timeout, this, &TrayIcon::recount);
    connect(containers, &QAbstractItemModel::modelReset, &m_recount, qOverload<>(&QTimer::start));
    connect(containers, &QAbstractItemModel::rowsInserted, &m_recount, qOverload<>(&QTimer::start));
    connect(containers, &QAbstractItemModel::rowsRemoved, &m_recount, qOverload<>(&QTimer::start));
    connect(containers, &QAbstractItemModel::dataChanged, &m_recount, qOverload<>(&QTimer::start));
    recount();
    m_icon->show();
}

TrayIcon::~TrayIcon()
{
    delete m_menu;
}

int TrayIcon::countRunning(const QAbstractItemModel *containers)
{
    int running = 0;
    const auto walk = [&](const QModelIndex &parent, auto &&self) -> void {
        for (int r = 0; r < containers->rowCount(parent); ++r) {
            const QModelIndex i = containers->index(r, 0, parent);
            if (i.data(ContainerModel::IsProjectRole).toBool())
                self(i, self);
            else if (i.data(ContainerModel::StateRole).toString() == u"running"_s)
                ++running;
        }
    };
    walk({}, walk);
    return running;
}

QString TrayIcon::toolTip() const
{
    return tr("Gantry: %n running container(s) on %1", nullptr, m_running).arg(m_engine);
}

void TrayIcon::recount()
{
    const int running = countRunning(m_containers);
    if (running == m_running)
        return;
    m_running = running;
    m_icon->setIcon(badgedIcon(running));
    m_icon->setToolTip(toolTip());
}

} // namespace gantry
