#include "tree/JsonTreeModel.h"

#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace gantry {

struct JsonTreeModel::Node {
    QString key;  // "State", or "[3]" for an array element
    QString path; // jq path; empty for the invisible root
    QJsonValue value;
    Node *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;
};

namespace {

bool isContainer(const QJsonValue &v)
{
    return v.isObject() || v.isArray();
}

QString scalarText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String: return v.toString();
    case QJsonValue::Double: {
        // Integers (sizes, PIDs, nanoseconds) keep every digit; fractions their shortest form.
        const QVariant number = v.toVariant();
        if (number.typeId() == QMetaType::LongLong)
            return QString::number(number.toLongLong());
        return QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::Bool: return v.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Null: return u"null"_s;
    case QJsonValue::Array:
    case QJsonValue::Object:
    case QJsonValue::Undefined: break;
    }
    return {};
}

QString jsonText(const QJsonValue &v)
{
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    return scalarText(v);
}

// `.Key` for identifiers, `["com.docker.compose.project"]` (a JSON string) for the others.
QString memberPath(const QString &parentPath, const QString &key)
{
    static const QRegularExpression identifier(u"^[A-Za-z_][A-Za-z0-9_]*$"_s);
    if (identifier.match(key).hasMatch())
        return parentPath + u'.' + key;
    const QString quoted =
        QString::fromUtf8(QJsonDocument(QJsonArray{key}).toJson(QJsonDocument::Compact));
    return (parentPath.isEmpty() ? u"."_s : parentPath) + quoted;
}

QString elementPath(const QString &parentPath, int i)
{
    return (parentPath.isEmpty() ? u"."_s : parentPath) + u'[' + QString::number(i) + u']';
}

} // namespace

JsonTreeModel::JsonTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{
}

JsonTreeModel::~JsonTreeModel() = default;

void JsonTreeModel::setDocument(const QJsonObject &document)
{
    reset(document);
}

void JsonTreeModel::setDocument(const QJsonArray &document)
{
    reset(document);
}

void JsonTreeModel::clear()
{
    reset(QJsonValue::Undefined);
}

void JsonTreeModel::reset(const QJsonValue &document)
{
    beginResetModel();
    m_document = document;
    m_byPath.clear();
    m_root = std::make_unique<Node>();
    build(m_root.get(), document);
    endResetModel();
}

void JsonTreeModel::build(Node *node, const QJsonValue &value)
{
    node->value = value;
    if (!node->path.isEmpty())
        m_byPath.insert(node->path, node);
    auto add = [node](const QString &key, const QString &path) {
        auto child = std::make_unique<Node>();
        child->key = key;
        child->path = path;
        child->parent = node;
        child->row = int(node->children.size());
        node->children.push_back(std::move(child));
        return node->children.back().get();
    };
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        node->children.reserve(size_t(object.size()));
        for (auto it = object.begin(); it != object.end(); ++it)
            build(add(it.key(), memberPath(node->path, it.key())), it.value());
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        node->children.reserve(size_t(array.size()));
        for (int i = 0; i < int(array.size()); ++i) {
            build(add(u'[' + QString::number(i) + u']', elementPath(node->path, i)), array.at(i));
        }
    }
}

const JsonTreeModel::Node *JsonTreeModel::nodeAt(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<const Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex JsonTreeModel::indexForPath(const QString &path, int column) const
{
    const Node *node = m_byPath.value(path);
    if (!node || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(node->row, column, const_cast<Node *>(node));
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != KeyColumn)
        return {};
    const Node *p = nodeAt(parent);
    if (row < 0 || column < 0 || column >= ColumnCount || row >= int(p->children.size()))
        return {};
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex JsonTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *p = nodeAt(child)->parent;
    if (!p || p == m_root.get())
        return {};
    return createIndex(p->row, KeyColumn, const_cast<Node *>(p));
}

int JsonTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != KeyColumn)
        return 0;
    return int(nodeAt(parent)->children.size());
}

int JsonTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool JsonTreeModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

QVariant JsonTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeAt(index);
    const QJsonValue &v = node->value;

    switch (role) {
    case PathRole: return node->path;
    case JsonTextRole: return jsonText(v);
    case ValueTypeRole: return int(v.type());
    case Qt::DisplayRole:
        switch (index.column()) {
        case KeyColumn: return node->key;
        case ValueColumn:
            if (v.isObject())
                return QString(u'{' + QString::number(v.toObject().size()) + u'}');
            if (v.isArray())
                return QString(u'[' + QString::number(v.toArray().size()) + u']');
            // One line per row: a multi-line string (a health check's output) shows its breaks.
            return scalarText(v).replace(u'\n', QChar(0x21B5));
        case TypeColumn:
            switch (v.type()) {
            case QJsonValue::Object: return tr("object", "JSON type");
            case QJsonValue::Array: return tr("array", "JSON type");
            case QJsonValue::String: return tr("string", "JSON type");
            case QJsonValue::Double: return tr("number", "JSON type");
            case QJsonValue::Bool: return tr("boolean", "JSON type");
            case QJsonValue::Null: return tr("null", "JSON type");
            case QJsonValue::Undefined: break;
            }
            return {};
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == KeyColumn)
            return node->path;
        if (index.column() == ValueColumn && !isContainer(v))
            return scalarText(v);
        return {};
    }
    return {};
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn: return tr("Key", "JSON member name");
    case ValueColumn: return tr("Value", "JSON value");
    case TypeColumn: return tr("Type", "JSON type");
    }
    return {};
}

QHash<int, QByteArray> JsonTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(PathRole, "path");
    names.insert(JsonTextRole, "jsonText");
    names.insert(ValueTypeRole, "valueType");
    return names;
}

} // namespace gantry
