#include "widgets/ResourcePage.h"

#include "widgets/ColumnMenu.h"
#include "widgets/EmptyState.h"
#include "widgets/Icons.h"
#include "widgets/MessageBanner.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gantry {

ResourcePage::ResourcePage(const QString &viewName, QSortFilterProxyModel *proxy, QWidget *parent)
    : QWidget(parent)
    , m_toolBar(new QToolBar)
    , m_filterRow(new QHBoxLayout)
    , m_filter(new QLineEdit)
    , m_view(new QTreeView)
    , m_proxy(proxy)
    , m_banner(new MessageBanner)
{
    m_toolBar->setObjectName(u"toolBar"_s);
    // Text under the icon: the containers page's dozen actions fit the default window.
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    m_filter->setObjectName(u"filter"_s);
    m_filter->setAccessibleName(tr("Filter"));
    m_filter->setPlaceholderText(tr("Filter by name, image, project…"));
    m_filter->setClearButtonEnabled(true);

    m_view->setObjectName(u"view"_s);
    m_view->setAccessibleName(viewName);
    m_view->setModel(proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(QHeaderView::Interactive);
    ColumnMenu::install(m_view->header());
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ResourcePage::selectionChanged);
    connect(
        m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) { emit currentChanged(m_proxy->mapToSource(current)); });
    // New projects and repositories open, and a row added under a collapsed one shows.
    connect(proxy, &QAbstractItemModel::rowsInserted, m_view,
            [this](const QModelIndex &parent, int first, int last) {
                if (parent.isValid())
                    m_view->expand(parent);
                // Only rows with rows below: the view keeps a persistent index for each row
                // expanded, which every later insertion, removal and sort must update.
                for (int r = first; r <= last; ++r) {
                    const QModelIndex row = m_proxy->index(r, 0, parent);
                    if (m_proxy->hasChildren(row))
                        m_view->expand(row);
                }
            });

    m_filterRow->addWidget(m_filter, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_banner);
    layout->addLayout(m_filterRow);
    layout->addWidget(m_view, 1);
}

QAction *ResourcePage::addAction(const QString &objectName, const QString &text,
                                 const QKeySequence &key, const QString &toolTip)
{
    auto *action = new QAction(text, this);
    action->setObjectName(objectName);
    action->setIcon(Icons::forAction(objectName));
    action->setShortcut(key);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(key.isEmpty()
                           ? toolTip
                           : toolTip + u" ("_s + key.toString(QKeySequence::NativeText) + u')');
    m_toolBar->addAction(action);
    m_view->addAction(action);
    QWidget::addAction(action);
    // Tool buttons get their accessible name from the action's text.
    if (QWidget *button = m_toolBar->widgetForAction(action)) {
        button->setAccessibleName(text);
        button->setObjectName(objectName + u"Button"_s);
    }
    return action;
}

EmptyState *ResourcePage::setEmptyTexts(const QString &none, const QString &filtered)
{
    delete m_empty;
    const QString hidden = filtered.isEmpty()
                               ? tr("Nothing matches the filter. Clear it to see every row.")
                               : filtered;
    m_empty = new EmptyState(m_view, [this, none, hidden] {
        const QAbstractItemModel *source = m_proxy->sourceModel();
        return source && source->rowCount() > 0 ? hidden : none;
    });
    // The filters change what is shown without always changing the source.
    connect(m_filter, &QLineEdit::textChanged, m_empty, &EmptyState::refresh);
    return m_empty;
}

void ResourcePage::clearFilters()
{
    m_filter->clear();
}

bool ResourcePage::reveal(const QModelIndex &sourceIndex, bool takeFocus)
{
    QModelIndex row = m_proxy->mapFromSource(sourceIndex);
    if (!row.isValid() && sourceIndex.isValid()) {
        clearFilters();
        row = m_proxy->mapFromSource(sourceIndex);
    }
    if (!row.isValid())
        return false;
    for (QModelIndex p = row.parent(); p.isValid(); p = p.parent())
        m_view->expand(p);
    m_view->scrollTo(row);
    m_view->selectionModel()->setCurrentIndex(row, QItemSelectionModel::ClearAndSelect |
                                                       QItemSelectionModel::Rows);
    if (takeFocus)
        m_view->setFocus(Qt::OtherFocusReason);
    return true;
}

QModelIndexList ResourcePage::selectedSourceRows() const
{
    QModelIndexList out;
    for (const QModelIndex &i : m_view->selectionModel()->selectedRows())
        out << m_proxy->mapToSource(i);
    return out;
}

} // namespace gantry
