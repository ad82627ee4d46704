#include "details/InspectView.h"

#include "tree/JsonTreeModel.h"
#include "widgets/EmptyState.h"
#include "widgets/MessageBanner.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gantry {

// Accepts a row whose key or scalar value contains the search text; recursive filtering
// keeps the ancestors of those rows.
class InspectView::Filter : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setNeedle(const QString &needle)
    {
        if (needle == m_needle)
            return;
        m_needle = needle;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        if (m_needle.isEmpty())
            return true;
        const QModelIndex key = sourceModel()->index(row, JsonTreeModel::KeyColumn, parent);
        if (key.data(Qt::DisplayRole).toString().contains(m_needle, Qt::CaseInsensitive))
            return true;
        const auto type = QJsonValue::Type(key.data(JsonTreeModel::ValueTypeRole).toInt());
        if (type == QJsonValue::Object || type == QJsonValue::Array)
            return false; // its "{N}" summary is not a value to search
        return key.data(JsonTreeModel::JsonTextRole)
            .toString()
            .contains(m_needle, Qt::CaseInsensitive);
    }

private:
    QString m_needle;
};

InspectView::InspectView(QWidget *parent)
    : QWidget(parent)
    , m_model(new JsonTreeModel(this))
    , m_filter(new Filter(this))
    , m_search(new QLineEdit(this))
    , m_copyAll(new QPushButton(tr("Copy all"), this))
    , m_error(new MessageBanner(this))
    , m_tree(new QTreeView(this))
    , m_copyValue(new QAction(tr("Copy value"), this))
    , m_copyPath(new QAction(tr("Copy path"), this))
{
    setObjectName(u"inspectView"_s);

    m_search->setObjectName(u"inspectSearch"_s);
    m_search->setPlaceholderText(tr("Search inspect data"));
    m_search->setAccessibleName(tr("Search inspect data"));
    m_search->setClearButtonEnabled(true);
    for (QToolButton *button : m_search->findChildren<QToolButton *>())
        button->setAccessibleName(tr("Clear search"));

    m_copyAll->setObjectName(u"inspectCopyAll"_s);
    m_copyAll->setAccessibleName(tr("Copy all"));
    m_copyAll->setToolTip(tr("Copy the whole document as JSON"));

    m_error->setObjectName(u"inspectError"_s);

    m_filter->setRecursiveFilteringEnabled(true);
    m_filter->setSourceModel(m_model);

    m_tree->setObjectName(u"inspectTree"_s);
    m_tree->setAccessibleName(tr("Inspect"));
    m_tree->header()->setAccessibleName(tr("Inspect columns"));
    m_tree->setModel(m_filter);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Nothing selected (or nothing found): say so rather than show an empty table.
    auto *empty = new EmptyState(m_tree, [this] {
        if (!m_error->isHidden()) // the error says why
            return QString();
        return m_search->text().isEmpty()
                   ? tr("Select a container, an image, a volume or a network to see what the "
                        "engine knows about it.")
                   : tr("Nothing matches the search.");
    });
    connect(m_search, &QLineEdit::textChanged, empty, &EmptyState::refresh);
    m_tree->header()->resizeSection(JsonTreeModel::KeyColumn, 240);
    m_tree->header()->resizeSection(JsonTreeModel::ValueColumn, 320);

    m_copyValue->setObjectName(u"inspectCopyValue"_s);
    m_copyValue->setShortcut(QKeySequence::Copy);
    m_copyValue->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copyPath->setObjectName(u"inspectCopyPath"_s);
    m_copyPath->setToolTip(tr("Copy the jq path of this value"));
    m_tree->addAction(m_copyValue);
    m_tree->addAction(m_copyPath);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_copyAll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_error);
    layout->addWidget(m_tree, 1);

    connect(m_search, &QLineEdit::textChanged, this, &InspectView::applySearch);
    connect(m_copyValue, &QAction::triggered, this, &InspectView::copyValue);
    connect(m_copyPath, &QAction::triggered, this, &InspectView::copyPath);
    connect(m_copyAll, &QPushButton::clicked, this, &InspectView::copyAll);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &InspectView::updateActions);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &InspectView::updateActions);
    updateActions();
}

InspectView::~InspectView() = default;

void InspectView::setDocument(const QJsonObject &document)
{
    const QModelIndex current = m_tree->currentIndex();
    const QString currentPath =
        current.isValid() ? current.data(JsonTreeModel::PathRole).toString() : QString();
    const QSet<QString> expanded = m_appliedSearch.isEmpty() ? expandedPaths() : QSet<QString>();

    m_error->hide();
    m_model->setDocument(document);
    if (m_appliedSearch.isEmpty())
        expandPaths(expanded);
    else
        m_tree->expandAll();
    selectPath(currentPath);
    updateActions();
}

void InspectView::setError(const QString &message)
{
    if (message.isEmpty()) {
        m_error->hide();
        return;
    }
    m_model->clear();
    m_error->showMessage(MessageBanner::Level::Error, message);
    updateActions();
}

void InspectView::clear()
{
    m_model->clear();
    m_error->hide();
    updateActions();
}

QString InspectView::searchText() const
{
    return m_search->text();
}

void InspectView::applySearch()
{
    const QString needle = m_search->text().trimmed();
    if (needle == m_appliedSearch)
        return;
    if (m_appliedSearch.isEmpty())
        m_expandedBeforeSearch = expandedPaths();
    const QModelIndex current = m_tree->currentIndex();
    const QString currentPath =
        current.isValid() ? current.data(JsonTreeModel::PathRole).toString() : QString();

    m_appliedSearch = needle;
    m_filter->setNeedle(needle);
    if (needle.isEmpty()) {
        m_tree->collapseAll();
        expandPaths(m_expandedBeforeSearch);
        m_expandedBeforeSearch.clear();
    } else {
        m_tree->expandAll();
    }
    selectPath(currentPath);
    updateActions();
}

void InspectView::updateActions()
{
    const bool hasCurrent = m_tree->currentIndex().isValid();
    m_copyValue->setEnabled(hasCurrent);
    m_copyPath->setEnabled(hasCurrent);
    m_copyAll->setEnabled(m_model->document().isObject());
}

void InspectView::copyValue()
{
    const QModelIndex current = m_tree->currentIndex();
    if (current.isValid())
        QGuiApplication::clipboard()->setText(current.data(JsonTreeModel::JsonTextRole).toString());
}

void InspectView::copyPath()
{
    const QModelIndex current = m_tree->currentIndex();
    if (current.isValid())
        QGuiApplication::clipboard()->setText(current.data(JsonTreeModel::PathRole).toString());
}

void InspectView::copyAll()
{
    const QJsonValue document = m_model->document();
    if (document.isObject()) {
        QGuiApplication::clipboard()->setText(
            QString::fromUtf8(QJsonDocument(document.toObject()).toJson(QJsonDocument::Indented)));
    }
}

QSet<QString> InspectView::expandedPaths() const
{
    QSet<QString> paths;
    QList<QModelIndex> pending{QModelIndex()};
    while (!pending.isEmpty()) {
        const QModelIndex parent = pending.takeLast();
        for (int row = 0; row < m_filter->rowCount(parent); ++row) {
            const QModelIndex child = m_filter->index(row, 0, parent);
            if (m_tree->isExpanded(child)) {
                paths.insert(child.data(JsonTreeModel::PathRole).toString());
                pending.append(child);
            }
        }
    }
    return paths;
}

void InspectView::expandPaths(const QSet<QString> &paths)
{
    for (const QString &path : paths) {
        const QModelIndex index = m_filter->mapFromSource(m_model->indexForPath(path));
        if (index.isValid())
            m_tree->expand(index);
    }
}

void InspectView::selectPath(const QString &path)
{
    if (path.isEmpty())
        return;
    const QModelIndex index = m_filter->mapFromSource(m_model->indexForPath(path));
    if (!index.isValid())
        return;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
}

} // namespace gantry
