#include "swarm/SwarmObjectsTab.h"

#include "swarm/NodeModel.h"
#include "widgets/EmptyState.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gantry {

SwarmObjectsTab::SwarmObjectsTab(SwarmObjectKind kind, SwarmObjectModel *model, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTreeView(this))
{
    const bool secret = kind == SwarmObjectKind::Secret;
    const QString noun = secret ? u"Secret"_s : u"Config"_s;
    setObjectName(secret ? u"secretsTab"_s : u"configsTab"_s);
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(SwarmObjectModel::SortRole);
    m_view->setObjectName(secret ? u"secretsView"_s : u"configsView"_s);
    m_view->setAccessibleName(secret ? tr("Swarm secrets") : tr("Swarm configs"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(SwarmObjectModel::NameColumn, Qt::AscendingOrder);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    new EmptyState(m_view, [secret] {
        return secret ? tr("No secrets. Create one (a password, a key) to hand it to services "
                           "without putting it in their image or environment.")
                      : tr("No configs. Create one to give services a configuration file "
                           "without building it into their image.");
    });

    m_create = new QPushButton(secret ? tr("Create secret…") : tr("Create config…"), this);
    m_create->setObjectName(u"create"_s + noun + u"Button"_s);
    m_create->setAccessibleName(m_create->text());
    m_remove = new QPushButton(secret ? tr("Remove secrets") : tr("Remove configs"), this);
    m_remove->setObjectName(u"remove"_s + noun + u"Button"_s);
    m_remove->setAccessibleName(m_remove->text());
    m_remove->setEnabled(false);
    auto *note = new QLabel(secret ? tr("A secret's value cannot be read back: the engine gives "
                                        "it only to the services it is granted to.")
                                   : QString(),
                            this);
    note->setWordWrap(true);
    note->setVisible(secret);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_create);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(note);
    layout->addWidget(m_view, 1);

    connect(m_create, &QPushButton::clicked, this, &SwarmObjectsTab::createRequested);
    connect(m_remove, &QPushButton::clicked, this, &SwarmObjectsTab::removeRequested);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_remove->setEnabled(m_view->selectionModel()->hasSelection()); });
}

QList<SwarmObjectRemoveSpec> SwarmObjectsTab::selectedRemovals() const
{
    QList<SwarmObjectRemoveSpec> out;
    for (const QModelIndex &i : m_view->selectionModel()->selectedRows()) {
        const QModelIndex s = m_proxy->mapToSource(i);
        out.append({m_kind, s.data(SwarmObjectModel::IdRole).toString(),
                    s.data(SwarmObjectModel::NameRole).toString()});
    }
    return out;
}

} // namespace gantry
