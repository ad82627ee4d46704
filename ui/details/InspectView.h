#pragma once

#include <QJsonObject>
#include <QSet>
#include <QWidget>

class QAction;
class QLineEdit;
class QPushButton;
class QTreeView;

namespace gantry {

class JsonTreeModel;
class MessageBanner;

// The `docker inspect` document of one item as a searchable tree. The search (key or value,
// case-insensitive substring) keeps the matching rows and their ancestors, expanded; it stays
// and is applied again when the document is replaced. Copy value / Copy path (context menu,
// Ctrl+C for the value) and Copy all (the whole document, indented) go to the clipboard.
class InspectView : public QWidget {
    Q_OBJECT
public:
    explicit InspectView(QWidget *parent = nullptr);
    ~InspectView() override;

    // Shows a document (another item, or the same one refreshed). Expanded rows and the
    // current row are kept where the new document has the same paths; the search stays.
    void setDocument(const QJsonObject &document);
    // Shows the engine's error in place of the document; an empty message hides it.
    void setError(const QString &message);
    // No item: empty tree, no error. The search text stays.
    void clear();

    QString searchText() const;

private:
    class Filter;

    void applySearch();
    void updateActions();
    void copyValue();
    void copyPath();
    void copyAll();
    QSet<QString> expandedPaths() const;
    void expandPaths(const QSet<QString> &paths);
    void selectPath(const QString &path);

    JsonTreeModel *m_model;
    Filter *m_filter;
    QLineEdit *m_search;
    QPushButton *m_copyAll;
    MessageBanner *m_error;
    QTreeView *m_tree;
    QAction *m_copyValue;
    QAction *m_copyPath;
    QString m_appliedSearch;
    QSet<QString> m_expandedBeforeSearch;
};

} // namespace gantry
