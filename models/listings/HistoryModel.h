#pragma once

#include "core/Types.h"

#include <QAbstractTableModel>
#include <QList>

namespace gantry {

// The layers of one image (GET /images/{name}/history), newest first as the engine lists them.
class HistoryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { CreatedByColumn, SizeColumn, CreatedColumn, CommentColumn, ColumnCount };

    enum Role {
        // The raw value to sort on: qint64 bytes, QDateTime, or the text shown.
        SortRole = Qt::UserRole + 1,
    };
    Q_ENUM(Role)

    explicit HistoryModel(QObject *parent = nullptr);

    // Another image: resets the model.
    void setEntries(const QList<HistoryEntry> &entries);
    const QList<HistoryEntry> &entries() const { return m_entries; }

    // A layer's Dockerfile step as `docker history` reads: "/bin/sh -c #(nop)  CMD [..]" gives
    // "CMD [..]", "/bin/sh -c apk add x" gives "RUN apk add x"; whitespace collapsed to one line.
    static QString stepText(const QString &createdBy);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<HistoryEntry> m_entries;
};

} // namespace gantry
