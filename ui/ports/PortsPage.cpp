#include "ports/PortsPage.h"

#include "listings/PortModel.h"

#include <QAction>
#include <QDesktopServices>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace gantry {

namespace {
QSortFilterProxyModel *makeProxy()
{
    auto *proxy = new QSortFilterProxyModel;
    proxy->setSortRole(PortModel::SortRole);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy->setFilterKeyColumn(-1);
    return proxy;
}
} // namespace

PortsPage::PortsPage(PortModel *model, QWidget *parent)
    : ResourcePage(tr("Published ports"), makeProxy(), parent)
    , m_model(model)
{
    auto *proxy = static_cast<QSortFilterProxyModel *>(view()->model());
    proxy->setParent(this);
    proxy->setSourceModel(model);
    view()->setRootIsDecorated(false);
    view()->setColumnWidth(PortModel::HostColumn, 240);
    view()->setColumnWidth(PortModel::ContainerPortColumn, 140);
    view()->setColumnWidth(PortModel::ContainerColumn, 220);
    filterField()->setPlaceholderText(tr("Filter by port or container…"));
    connect(filterField(), &QLineEdit::textChanged, proxy,
            &QSortFilterProxyModel::setFilterFixedString);

    m_open = addAction(u"openPortAction"_s, tr("Open in browser"), QKeySequence(u"Ctrl+O"_s),
                       tr("Open the selected TCP port with the web browser"));
    connect(m_open, &QAction::triggered, this, &PortsPage::openSelected);
    setEmptyTexts(tr("No published ports. A container publishes one when it is run with a "
                     "port mapping (Ports in the Run dialog, docker run -p 8080:80)."));
    connect(view(), &QTreeView::activated, this, &PortsPage::openSelected);
    auto update = [this] {
        const QModelIndexList rows = selectedSourceRows();
        m_open->setEnabled(rows.size() == 1 &&
                           rows.first().data(PortModel::UrlRole).toUrl().isValid());
    };
    connect(this, &ResourcePage::selectionChanged, this, update);
    update();
}

void PortsPage::openSelected()
{
    const QModelIndexList rows = selectedSourceRows();
    if (rows.size() != 1)
        return;
    const QUrl url = rows.first().data(PortModel::UrlRole).toUrl();
    if (url.isValid())
        QDesktopServices::openUrl(url);
}

} // namespace gantry
