#pragma once

#include "core/ContainerHealth.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace gantry {

// What the containers page shows: running ones only (docker ps) or all (docker ps -a),
// narrowed by a text and by health. A project row stays while one of its containers does.
class ContainerFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit ContainerFilterModel(QObject *parent = nullptr);

    void setShowAll(bool all);
    bool showAll() const { return m_showAll; }
    void setText(const QString &text);
    // Only the containers whose healthcheck says this (None: those without one); nullopt:
    // any health.
    void setHealth(std::optional<ContainerHealth> health);
    std::optional<ContainerHealth> health() const { return m_health; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_showAll = false;
    QString m_text;
    std::optional<ContainerHealth> m_health;
};

} // namespace gantry
