#include "CommandLogDock.h"

#include "actions/CommandLog.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gantry {

CommandLogDock::CommandLogDock(CommandLog *log, QWidget *parent)
    : QDockWidget(tr("Command log"), parent)
    , m_log(log)
    , m_view(new QListView)
{
    setObjectName(u"commandLogDock"_s);
    m_view->setObjectName(u"commandLogView"_s);
    m_view->setAccessibleName(tr("Command log"));
    m_view->setModel(log);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setUniformItemSizes(true);
    QFont mono(u"monospace"_s);
    mono.setStyleHint(QFont::Monospace);
    m_view->setFont(mono);

    auto *copy = new QAction(tr("Copy"), this);
    copy->setObjectName(u"copyCommandsAction"_s);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copy, &QAction::triggered, this, &CommandLogDock::copySelected);
    m_view->addAction(copy);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *button = new QPushButton(tr("Copy selected"));
    button->setObjectName(u"copyCommandsButton"_s);
    button->setAccessibleName(tr("Copy selected commands"));
    connect(button, &QPushButton::clicked, this, &CommandLogDock::copySelected);
    auto *hint = new QLabel(tr("Each action's docker command line: run it in a terminal to do "
                               "the same."));
    hint->setWordWrap(true);

    auto *row = new QHBoxLayout;
    row->addWidget(hint, 1);
    row->addWidget(button);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(row);
    layout->addWidget(m_view, 1);
    setWidget(content);

    connect(log, &QAbstractItemModel::rowsInserted, m_view, &QListView::scrollToBottom);
}

void CommandLogDock::copySelected()
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty() && m_log->rowCount() > 0)
        rows << m_log->index(m_log->rowCount() - 1); // nothing selected: the latest line
    std::sort(rows.begin(), rows.end());
    QStringList lines;
    for (const QModelIndex &i : rows)
        lines << m_log->commandAt(i.row());
    QApplication::clipboard()->setText(lines.join(u'\n'));
}

} // namespace gantry
