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

    // Source-model indexes of the selected rows (column 0).
    QModelIndexList selectedSourceRows() const;
    // Makes that source row the only selected and current one, its parents expanded and
    // scrolled to. False when the filter hides it.
    bool selectSourceRow(const QModelIndex &sourceIndex);

    // An action in the toolbar and the context menu, with its shortcut on this page only.
    // Public so that a controller can offer its actions on the page it acts for.
    QAction *addAction(const QString &objectName, const QString &text, const QKeySequence &key,
                       const QString &toolTip);

signals:
    void selectionChanged();
    void currentChanged(const QModelIndex &sourceIndex);

protected:
    QToolBar *toolBar() const { return m_toolBar; }
    QHBoxLayout *filterRow() const { return m_filterRow; }

private:
    QToolBar *m_toolBar;
    QHBoxLayout *m_filterRow;
    QLineEdit *m_filter;
    QTreeView *m_view;
    QSortFilterProxyModel *m_proxy;
    MessageBanner *m_banner;
};

} // namespace gantry
