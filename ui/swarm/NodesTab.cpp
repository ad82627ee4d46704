#include "swarm/NodesTab.h"

#include "swarm/NodeModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gantry {

NodesTab::NodesTab(NodeModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTreeView(this))
{
    setObjectName(u"nodesTab"_s);
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(NodeModel::SortRole);
    m_view->setObjectName(u"nodesView"_s);
    m_view->setAccessibleName(tr("Swarm nodes"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(NodeModel::HostnameColumn, Qt::AscendingOrder);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_activate = button(u"nodeActivateButton"_s, tr("Activate"),
                        tr("Let the node run tasks again (docker node update --availability "
                           "active)"));
    m_pause = button(u"nodePauseButton"_s, tr("Pause"),
                     tr("No new tasks on the node; the ones it runs stay (--availability pause)"));
    m_drain = button(u"nodeDrainButton"_s, tr("Drain"),
                     tr("Move the node's tasks to other nodes and give it no new ones "
                        "(--availability drain)"));
    m_promote = button(u"nodePromoteButton"_s, tr("Promote"),
                       tr("Make the node a manager (docker node promote)"));
    m_demote = button(u"nodeDemoteButton"_s, tr("Demote"),
                      tr("Make the node a worker (docker node demote)"));
    m_addLabel = button(u"nodeAddLabelButton"_s, tr("Add label…"),
                        tr("Add or change a label of the node (--label-add)"));
    m_removeLabel = button(u"nodeRemoveLabelButton"_s, tr("Remove label…"),
                           tr("Remove labels of the node (--label-rm)"));

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b :
         {m_activate, m_pause, m_drain, m_promote, m_demote, m_addLabel, m_removeLabel})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);

    using Change = NodeUpdateSpec::Change;
    connect(m_activate, &QPushButton::clicked, this,
            [this] { emit changeRequested(specFor(Change::Availability, u"active"_s)); });
    connect(m_pause, &QPushButton::clicked, this,
            [this] { emit changeRequested(specFor(Change::Availability, u"pause"_s)); });
    connect(m_drain, &QPushButton::clicked, this,
            [this] { emit changeRequested(specFor(Change::Availability, u"drain"_s)); });
    connect(m_promote, &QPushButton::clicked, this,
            [this] { emit changeRequested(specFor(Change::Promote)); });
    connect(m_demote, &QPushButton::clicked, this,
            [this] { emit changeRequested(specFor(Change::Demote)); });
    connect(m_addLabel, &QPushButton::clicked, this,
            [this] { emit addLabelRequested(specFor(Change::Labels)); });
    connect(m_removeLabel, &QPushButton::clicked, this,
            [this] { emit removeLabelRequested(specFor(Change::Labels)); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &NodesTab::updateButtons);
    connect(model, &QAbstractItemModel::dataChanged, this, &NodesTab::updateButtons);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &NodesTab::updateButtons);
    updateButtons();
}

QPushButton *NodesTab::button(const QString &objectName, const QString &text, const QString &tip)
{
    auto *b = new QPushButton(text, this);
    b->setObjectName(objectName);
    b->setAccessibleName(text);
    b->setToolTip(tip);
    return b;
}

const SwarmNode *NodesTab::currentNode() const
{
    return m_model->node(m_proxy->mapToSource(m_view->currentIndex()));
}

NodeUpdateSpec NodesTab::specFor(NodeUpdateSpec::Change change, const QString &availability) const
{
    NodeUpdateSpec s;
    s.change = change;
    if (const SwarmNode *n = currentNode()) {
        s.id = n->id;
        s.hostname = n->hostname;
        s.version = n->version;
        s.spec = n->spec;
    }
    s.availability = availability;
    return s;
}

void NodesTab::updateButtons()
{
    const SwarmNode *n = currentNode();
    m_activate->setEnabled(n && n->availability != u"active"_s);
    m_pause->setEnabled(n && n->availability != u"pause"_s);
    m_drain->setEnabled(n && n->availability != u"drain"_s);
    m_promote->setEnabled(n && n->role != u"manager"_s);
    m_demote->setEnabled(n && n->role == u"manager"_s);
    m_addLabel->setEnabled(n);
    m_removeLabel->setEnabled(n && !n->labels.isEmpty());
}

} // namespace gantry
