#include "widgets/NamedListPage.h"

#include <QAction>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace gantry {

namespace {
QSortFilterProxyModel *makeProxy(const NamedListPage::Setup &setup)
{
    auto *proxy = new QSortFilterProxyModel;
    proxy->setFilterKeyColumn(setup.nameColumn);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy->setSortRole(setup.sortRole);
    proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    return proxy;
}
} // namespace

NamedListPage::NamedListPage(const Setup &setup, QAbstractItemModel *model, QWidget *parent)
    : ResourcePage(setup.viewName, makeProxy(setup), parent)
{
    auto *proxy = static_cast<QSortFilterProxyModel *>(view()->model());
    proxy->setParent(this);
    proxy->setSourceModel(model);
    filterField()->setPlaceholderText(tr("Filter by name…"));
    connect(filterField(), &QLineEdit::textChanged, proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    view()->setRootIsDecorated(false);
    view()->sortByColumn(setup.nameColumn, Qt::AscendingOrder);

    const QString noun = setup.objectNoun;
    m_create = addAction(u"create"_s + noun + u"Action"_s, tr("Create…"), QKeySequence(u"Ctrl+N"_s),
                         setup.createTip);
    m_inspect = addAction(u"inspect"_s + noun + u"Action"_s, tr("Inspect"),
                          QKeySequence(u"Ctrl+I"_s), setup.inspectTip);
    m_remove = addAction(u"remove"_s + noun + u"Action"_s, tr("Remove"),
                         QKeySequence(QKeySequence::Delete), setup.removeTip);
    connect(m_create, &QAction::triggered, this, &NamedListPage::createRequested);
    connect(m_remove, &QAction::triggered, this, &NamedListPage::removeRequested);
    connect(m_inspect, &QAction::triggered, this, [this] {
        const QModelIndexList selected = selectedSourceRows();
        if (!selected.isEmpty())
            if (const QString key = keyOf(selected.first()); !key.isEmpty())
                emit inspectRequested(key);
    });
    connect(this, &ResourcePage::currentChanged, this, [this](const QModelIndex &i) {
        if (const QString key = keyOf(i); !key.isEmpty())
            emit inspectRequested(key);
    });
    connect(this, &ResourcePage::selectionChanged, this, [this] { updateActions(); });
    connect(model, &QAbstractItemModel::dataChanged, this, [this] { updateActions(); });
}

void NamedListPage::updateActions()
{
    const bool any = !selectedSourceRows().isEmpty();
    m_inspect->setEnabled(any);
    m_remove->setEnabled(any);
}

} // namespace gantry
