#pragma once

#include "core/EngineError.h"

#include <QAbstractListModel>
#include <QDateTime>

#include <deque>

namespace gantry {

// The docker command line of everything done, newest last, with how it went. Bounded:
// the oldest lines go past the cap.
class CommandLog : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { CommandRole = Qt::UserRole + 1, StatusRole, ErrorRole, TimeRole };
    enum class Status { Running, Succeeded, Failed };
    Q_ENUM(Status)

    explicit CommandLog(QObject *parent = nullptr);

    // Returns a handle for finish().
    quint64 append(const QString &commandLine);
    void finish(quint64 handle, const EngineError &error);
    void setCapacity(int lines);

    QString commandAt(int row) const;
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Entry {
        quint64 handle;
        QDateTime time;
        QString command;
        Status status;
        EngineError error;
    };
    std::deque<Entry> m_entries;
    quint64 m_next = 1;
    int m_capacity = 1000;
};

} // namespace gantry
