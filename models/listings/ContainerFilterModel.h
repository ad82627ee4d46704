#pragma once

#include <QSortFilterProxyModel>

namespace gantry {

// What the containers page shows: running ones only (docker ps) or all (docker ps -a),
// narrowed by a text. A project row stays while one of its containers does.
class ContainerFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit ContainerFilterModel(QObject *parent = nullptr);

    void setShowAll(bool all);
    bool showAll() const { return m_showAll; }
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_showAll = false;
    QString m_text;
};

} // namespace gantry
