#include "details/HistoryView.h"

#include "listings/HistoryModel.h"
#include "widgets/MessageBanner.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gantry {

HistoryView::HistoryView(QWidget *parent)
    : QWidget(parent)
    , m_model(new HistoryModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_explanation(new QLabel(this))
    , m_error(new MessageBanner(this))
    , m_tree(new QTreeView(this))
{
    setObjectName(u"historyView"_s);

    m_explanation->setObjectName(u"historyExplanation"_s);
    m_explanation->setTextFormat(Qt::PlainText);
    m_explanation->setText(tr("Each line is a layer, newest first: the Dockerfile step that "
                              "made it and what it added."));
    m_explanation->setWordWrap(true);

    m_error->setObjectName(u"historyError"_s);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(HistoryModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_tree->setObjectName(u"historyTree"_s);
    m_tree->setAccessibleName(tr("Image history (layers)"));
    m_tree->header()->setAccessibleName(tr("Image history columns"));
    m_tree->setModel(m_proxy);
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // The engine's order (newest layer first) until the user picks a column; a third click
    // on a header goes back to it.
    m_tree->header()->setSortIndicator(-1, Qt::AscendingOrder);
    m_tree->header()->setSortIndicatorClearable(true);
    m_tree->setSortingEnabled(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->resizeSection(HistoryModel::CreatedByColumn, 420);
    m_tree->header()->resizeSection(HistoryModel::SizeColumn, 90);
    m_tree->header()->resizeSection(HistoryModel::CreatedColumn, 150);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_explanation);
    layout->addWidget(m_error);
    layout->addWidget(m_tree, 1);
}

HistoryView::~HistoryView() = default;

void HistoryView::setEntries(const QList<HistoryEntry> &entries)
{
    m_error->hide();
    m_model->setEntries(entries);
}

void HistoryView::setError(const QString &message)
{
    if (message.isEmpty()) {
        m_error->hide();
        return;
    }
    m_model->setEntries({});
    m_error->showMessage(MessageBanner::Level::Error, message);
}

void HistoryView::clear()
{
    m_error->hide();
    m_model->setEntries({});
}

} // namespace gantry
