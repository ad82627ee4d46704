#pragma once

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <QString>

#include <algorithm>
#include <functional>
#include <memory>
#include <utility>
#include <vector>

namespace gantry {

// A tree of rows keyed by a stable string (an ID, a project name, repo:tag). apply() takes
// the wanted tree and changes the model in place: rows gone are removed, rows changed get
// dataChanged, new rows are appended, each as batched ranges. Never a reset, so selection,
// expansion and scroll position survive. Order is by arrival; sort with a proxy.
template <typename Payload> class KeyedTreeModel : public QAbstractItemModel {
public:
    struct Spec {
        QString key;
        Payload payload;
        QList<Spec> children;
    };

    struct Node {
        QString key;
        Payload payload;
        Node *parent = nullptr;
        std::vector<std::unique_ptr<Node>> children;
        int row = 0; // kept current by the diff
    };

    using QAbstractItemModel::QAbstractItemModel;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override
    {
        const Node *p = nodeAt(parent);
        if (row < 0 || column < 0 || column >= columnCount(parent) ||
            row >= int(p->children.size()))
            return {};
        return createIndex(row, column, p->children[size_t(row)].get());
    }

    QModelIndex parent(const QModelIndex &child) const override
    {
        if (!child.isValid())
            return {};
        const Node *p = static_cast<const Node *>(child.internalPointer())->parent;
        if (!p || p == &m_root)
            return {};
        return createIndex(p->row, 0, const_cast<Node *>(p));
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        if (parent.isValid() && parent.column() != 0)
            return 0;
        return int(nodeAt(parent)->children.size());
    }

    // The node behind an index; the invisible root for an invalid one.
    const Node *nodeAt(const QModelIndex &index) const
    {
        return index.isValid() ? static_cast<const Node *>(index.internalPointer()) : &m_root;
    }

    // The index of the first node with that key, searched depth-first; invalid if none.
    QModelIndex findKey(const QString &key) const { return find(&m_root, key); }

    // How many signals the last apply() emitted (for benchmarks).
    int lastSignalCount() const { return m_signals; }

protected:
    void apply(const QList<Spec> &wanted)
    {
        m_signals = 0;
        m_index.clear(); // rebuilt on the next update()
        sync(&m_root, QModelIndex(), wanted);
    }

    // findKey() through an index of the keys (built once after each apply()).
    QModelIndex findIndexed(const QString &key)
    {
        if (m_index.isEmpty())
            indexKeys(&m_root);
        const Node *n = m_index.value(key);
        return n ? createIndex(n->row, 0, const_cast<Node *>(n)) : QModelIndex();
    }

    // New payloads for rows that exist, found by key (first match depth-first): the rows
    // whose payload differs get dataChanged, one signal per contiguous run under a parent,
    // as apply() would. No row comes or goes. False, and nothing changed, if a key is not
    // in the tree. For a listing where a few rows changed, without diffing all the others.
    bool update(const QList<std::pair<QString, Payload>> &changes)
    {
        m_signals = 0;
        if (m_index.isEmpty())
            indexKeys(&m_root);
        QList<Node *> changed;
        changed.reserve(changes.size());
        for (const auto &[key, payload] : changes) {
            if (!m_index.contains(key))
                return false;
        }
        for (const auto &[key, payload] : changes) {
            Node *n = m_index.value(key);
            if (n->payload == payload)
                continue;
            n->payload = payload;
            changed.append(n);
        }
        std::sort(changed.begin(), changed.end(), [](const Node *a, const Node *b) {
            return a->parent != b->parent ? std::less<const Node *>()(a->parent, b->parent)
                                          : a->row < b->row;
        });
        for (qsizetype i = 0; i < changed.size();) {
            qsizetype j = i + 1;
            while (j < changed.size() && changed[j]->parent == changed[i]->parent &&
                   changed[j]->row == changed[j - 1]->row + 1)
                ++j;
            const Node *p = changed[i]->parent;
            const QModelIndex parentIndex =
                p == &m_root ? QModelIndex() : createIndex(p->row, 0, const_cast<Node *>(p));
            emit this->dataChanged(
                index(changed[i]->row, 0, parentIndex),
                index(changed[j - 1]->row, columnCount(parentIndex) - 1, parentIndex));
            ++m_signals;
            i = j;
        }
        return true;
    }

    const Node &root() const { return m_root; }

private:
    QModelIndex find(const Node *parent, const QString &key) const
    {
        for (const auto &c : parent->children) {
            if (c->key == key)
                return createIndex(c->row, 0, c.get());
            if (QModelIndex hit = find(c.get(), key); hit.isValid())
                return hit;
        }
        return {};
    }

    void sync(Node *parent, const QModelIndex &parentIndex, const QList<Spec> &wanted)
    {
        QHash<QString, int> wantedRow;
        wantedRow.reserve(wanted.size());
        for (int i = 0; i < wanted.size(); ++i)
            wantedRow.insert(wanted[i].key, i); // a duplicate key: the last one wins

        auto &kids = parent->children;
        // Removals, from the end, one signal pair per contiguous run.
        for (int r = int(kids.size()) - 1; r >= 0;) {
            if (wantedRow.contains(kids[size_t(r)]->key)) {
                --r;
                continue;
            }
            const int last = r;
            while (r >= 0 && !wantedRow.contains(kids[size_t(r)]->key))
                --r;
            beginRemoveRows(parentIndex, r + 1, last);
            kids.erase(kids.begin() + (r + 1), kids.begin() + last + 1);
            for (int i = r + 1; i < int(kids.size()); ++i)
                kids[size_t(i)]->row = i;
            endRemoveRows();
            ++m_signals;
        }

        // Changes in place, then the same for the children of each kept row.
        QHash<QString, bool> present;
        present.reserve(qsizetype(kids.size()));
        int firstChanged = -1;
        int lastChanged = -1;
        auto flush = [&] {
            if (firstChanged < 0)
                return;
            emit this->dataChanged(index(firstChanged, 0, parentIndex),
                                   index(lastChanged, columnCount(parentIndex) - 1, parentIndex));
            ++m_signals;
            firstChanged = lastChanged = -1;
        };
        for (int r = 0; r < int(kids.size()); ++r) {
            Node *n = kids[size_t(r)].get();
            present.insert(n->key, true);
            const Spec &spec = wanted[wantedRow.value(n->key)];
            if (!(n->payload == spec.payload)) {
                n->payload = spec.payload;
                if (firstChanged >= 0 && r != lastChanged + 1)
                    flush();
                if (firstChanged < 0)
                    firstChanged = r;
                lastChanged = r;
            }
        }
        flush();
        for (int r = 0; r < int(kids.size()); ++r) {
            Node *n = kids[size_t(r)].get();
            const Spec &spec = wanted[wantedRow.value(n->key)];
            if (!n->children.empty() || !spec.children.isEmpty())
                sync(n, index(r, 0, parentIndex), spec.children);
        }

        // Insertions, appended in one batch.
        QList<const Spec *> added;
        for (int i = 0; i < wanted.size(); ++i) {
            if (!present.contains(wanted[i].key) && wantedRow.value(wanted[i].key) == i) {
                added.append(&wanted[i]);
                present.insert(wanted[i].key, true);
            }
        }
        if (added.isEmpty())
            return;
        const int first = int(kids.size());
        beginInsertRows(parentIndex, first, first + int(added.size()) - 1);
        for (const Spec *s : added)
            kids.push_back(build(*s, parent, int(kids.size())));
        endInsertRows();
        ++m_signals;
    }

    void indexKeys(Node *parent)
    {
        for (const auto &c : parent->children) {
            if (!m_index.contains(c->key))
                m_index.insert(c->key, c.get());
            indexKeys(c.get());
        }
    }

    static std::unique_ptr<Node> build(const Spec &spec, Node *parent, int row)
    {
        auto n = std::make_unique<Node>();
        n->key = spec.key;
        n->payload = spec.payload;
        n->parent = parent;
        n->row = row;
        n->children.reserve(size_t(spec.children.size()));
        for (const Spec &c : spec.children)
            n->children.push_back(build(c, n.get(), int(n->children.size())));
        return n;
    }

    Node m_root;
    int m_signals = 0;
    QHash<QString, Node *> m_index; // key -> node, for update(); cleared by apply()
};

} // namespace gantry
