#pragma once

#include <QModelIndex>
#include <QWidget>

class QAction;
class QHBoxLayout;
class QLineEdit;
class QSortFilterProxyModel;
class QToolBar;
class QTreeView;

namespace gantry {

class EmptyState;
class MessageBanner;

// What the resource pages share: a toolbar of actions (also in the context menu), a
// filter field, a sortable tree over a proxy model, and a banner for action errors.
class ResourcePage : public QWidget {
    Q_OBJECT
public:
    ResourcePage(const QString &viewName, QSortFilterProxyModel *proxy, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    MessageBanner *banner() const { return m_banner; }
    QLineEdit *filterField() const { return m_filter; }

    // Shows a source row: the filters cleared if they hide it, its parent expanded, scrolled
    // to, made current and selected, the list focused (with takeFocus). False when the row
    // cannot be shown.
    bool reveal(const QModelIndex &sourceIndex, bool takeFocus = true);

    // What the empty list says: `none` when there is nothing at all, `filtered` when the
    // filters hide every row (a default sentence when empty).
    EmptyState *setEmptyTexts(const QString &none, const QString &filtered = {});
    EmptyState *emptyState() const { return m_empty; }

    // Source-model indexes of the selected rows (column 0).
    QModelIndexList selectedSourceRows() const;

    // An action in the toolbar and the context menu, with its shortcut on this page only.
    // Public so that a controller can offer its actions on the page it acts for.
    QAction *addAction(const QString &objectName, const QString &text, const QKeySequence &key,
                       const QString &toolTip);

signals:
    void selectionChanged();
    void currentChanged(const QModelIndex &sourceIndex);

protected:
    // Shows every row again (the filter text cleared; a page with more filters clears them).
    virtual void clearFilters();
    QToolBar *toolBar() const { return m_toolBar; }
    QHBoxLayout *filterRow() const { return m_filterRow; }

private:
    QToolBar *m_toolBar;
    QHBoxLayout *m_filterRow;
    QLineEdit *m_filter;
    QTreeView *m_view;
    QSortFilterProxyModel *m_proxy;
    MessageBanner *m_banner;
    EmptyState *m_empty = nullptr;
};

} // namespace gantry
