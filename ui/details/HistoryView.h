#pragma once

#include "core/Types.h"

#include <QList>
#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QTreeView;

namespace gantry {

class HistoryModel;
class MessageBanner;

// The layers of one image, newest first (the engine's order) until a column header is
// clicked; sizes and dates sort by value.
class HistoryView : public QWidget {
    Q_OBJECT
public:
    explicit HistoryView(QWidget *parent = nullptr);
    ~HistoryView() override;

    void setEntries(const QList<HistoryEntry> &entries);
    // Shows the engine's error in place of the layers; an empty message hides it.
    void setError(const QString &message);
    // No image: no rows, no error.
    void clear();

private:
    HistoryModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_explanation;
    MessageBanner *m_error;
    QTreeView *m_tree;
};

} // namespace gantry
