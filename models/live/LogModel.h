#pragma once

#include "streams/LogLines.h"

#include <QAbstractListModel>
#include <QHash>
#include <QStringList>

#include <deque>

namespace gantry {

// The lines of one or more containers' logs, oldest first, in timestamp order (lines of
// several containers interleave by time; equal times keep their arrival order). At most
// maxLines() lines and about maxBytes() of text are kept: the oldest go first, so memory
// stays bounded whatever the containers print. Lines arrive in batches (a chunk of the
// stream) and each batch is one insertion, not one signal per line.
class LogModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        TimestampRole = Qt::UserRole + 1, // QDateTime (UTC, milliseconds)
        TimeNsRole,                       // qint64 nanoseconds since the epoch: sorts exactly
        StreamRole,                       // int: LogStreamKind (0 stdout, 1 stderr)
        SourceRole,                       // the container's name
        TextRole,                         // the line without timestamp
    };

    static constexpr int kDefaultMaxLines = 10000;
    static constexpr qint64 kDefaultMaxBytes = 32 * 1024 * 1024;

    explicit LogModel(QObject *parent = nullptr);

    // Lowering a cap drops the oldest lines at once.
    void setMaxLines(int lines);
    int maxLines() const { return m_maxLines; }
    void setMaxBytes(qint64 bytes);
    qint64 maxBytes() const { return m_maxBytes; }

    // Adds lines of the container `source`, each at its place in time.
    void append(const QString &source, const QList<LogLine> &lines);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const LogLine &line(int row) const { return m_rows[size_t(row)].line; }
    QString source(int row) const { return m_sources.value(m_rows[size_t(row)].source); }
    // Memory the kept lines take (estimate: text plus bookkeeping).
    qint64 keptBytes() const { return m_bytes; }
    qint64 receivedCount() const { return m_received; }
    qint64 droppedCount() const { return m_dropped; }
    // The longest line added since the last clear(), in characters: a bound for a view's width.
    int longestLine() const { return m_longest; }

signals:
    // Lines were dropped to respect the caps (they are counted in droppedCount()).
    void linesDropped(int count);

private:
    struct Row {
        LogLine line;
        quint16 source = 0;
    };
    static qint64 cost(const LogLine &line);
    quint16 sourceIndex(const QString &source);
    void insertSorted(std::vector<Row> rows);
    void trim();

    std::deque<Row> m_rows;
    QStringList m_sources;
    QHash<QString, quint16> m_sourceIndex;
    int m_maxLines = kDefaultMaxLines;
    qint64 m_maxBytes = kDefaultMaxBytes;
    qint64 m_bytes = 0;
    qint64 m_received = 0;
    qint64 m_dropped = 0;
    int m_longest = 0;
};

} // namespace gantry
