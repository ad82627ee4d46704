#pragma once

#include <QAbstractItemModel>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <memory>
#include <vector>

namespace gantry {

// A JSON document (an inspect answer the engine layer already parsed) as a read-only tree:
// one row per object member or array element. Object members come in QJsonObject's order
// (sorted by key). Showing another document resets the model.
class JsonTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { KeyColumn, ValueColumn, TypeColumn, ColumnCount };

    enum Role {
        // The jq path of the row: `.State.Health.Status`, `.Mounts[0].Source`,
        // `.Config.Labels["com.docker.compose.project"]`.
        PathRole = Qt::UserRole + 1,
        // What "copy" puts on the clipboard: a string's own text (unquoted), a number,
        // true/false/null, or the compact JSON text of an object or array.
        JsonTextRole,
        // The QJsonValue::Type of the row's value, as an int.
        ValueTypeRole,
    };
    Q_ENUM(Role)

    explicit JsonTreeModel(QObject *parent = nullptr);
    ~JsonTreeModel() override;

    void setDocument(const QJsonObject &document);
    void setDocument(const QJsonArray &document);
    void clear();
    // The document shown (Undefined when none).
    QJsonValue document() const { return m_document; }

    // The row with that PathRole, in `column`; invalid when the document has no such path.
    QModelIndex indexForPath(const QString &path, int column = KeyColumn) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Node;

    void reset(const QJsonValue &document);
    void build(Node *node, const QJsonValue &value);
    const Node *nodeAt(const QModelIndex &index) const;

    std::unique_ptr<Node> m_root;
    QJsonValue m_document = QJsonValue::Undefined;
    QHash<QString, const Node *> m_byPath;
};

} // namespace gantry
