#include "live/LogModel.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace gantry {

namespace {

// Beyond this many separate places to insert at, one batch replaces the tail it interleaves
// with (two signals) instead of one insertion per place.
constexpr int kMaxInsertRuns = 32;

bool earlier(const LogLine &a, const LogLine &b)
{
    return a.timeNs < b.timeNs;
}

} // namespace

LogModel::LogModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

qint64 LogModel::cost(const LogLine &line)
{
    // The row itself plus the string's heap block (header and UTF-16 text).
    return qint64(sizeof(Row)) + 32 + line.text.size() * qint64(sizeof(QChar));
}

void LogModel::setMaxLines(int lines)
{
    m_maxLines = std::max(1, lines);
    trim();
}

void LogModel::setMaxBytes(qint64 bytes)
{
    m_maxBytes = std::max<qint64>(1, bytes);
    trim();
}

quint16 LogModel::sourceIndex(const QString &source)
{
    auto it = m_sourceIndex.constFind(source);
    if (it != m_sourceIndex.constEnd())
        return *it;
    // Sources are containers of one view: a handful. Past the index's range, share the last.
    const quint16 index = quint16(std::min<qsizetype>(m_sources.size(), 0xFFFF));
    if (index == m_sources.size())
        m_sources.append(source);
    m_sourceIndex.insert(source, index);
    return index;
}

void LogModel::append(const QString &source, const QList<LogLine> &lines)
{
    if (lines.isEmpty())
        return;
    m_received += lines.size();
    const quint16 src = sourceIndex(source);

    std::vector<Row> rows;
    rows.reserve(size_t(lines.size()));
    for (const LogLine &l : lines)
        rows.push_back({l, src});
    auto byTime = [](const Row &a, const Row &b) { return earlier(a.line, b.line); };
    if (!std::is_sorted(rows.begin(), rows.end(), byTime))
        std::stable_sort(rows.begin(), rows.end(), byTime);
    // Only the newest maxLines of a batch can be kept: do not insert the others at all.
    if (rows.size() > size_t(m_maxLines)) {
        const size_t drop = rows.size() - size_t(m_maxLines);
        rows.erase(rows.begin(), rows.begin() + qsizetype(drop));
        m_dropped += qint64(drop);
        emit linesDropped(int(drop));
    }
    for (const Row &r : rows)
        m_longest = std::max(m_longest, int(r.line.text.size()));

    if (m_rows.empty() || rows.front().line.timeNs >= m_rows.back().line.timeNs) {
        // The usual case, lines newer than all kept: make room first, then one insertion.
        const size_t total = m_rows.size() + rows.size();
        if (total > size_t(m_maxLines)) {
            const int excess = int(std::min(total - size_t(m_maxLines), m_rows.size()));
            beginRemoveRows({}, 0, excess - 1);
            for (int i = 0; i < excess; ++i)
                m_bytes -= cost(m_rows[size_t(i)].line);
            m_rows.erase(m_rows.begin(), m_rows.begin() + excess);
            m_dropped += excess;
            endRemoveRows();
            emit linesDropped(excess);
        }
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(rows.size()) - 1);
        for (Row &r : rows) {
            m_bytes += cost(r.line);
            m_rows.push_back(std::move(r));
        }
        endInsertRows();
    } else {
        insertSorted(std::move(rows));
    }
    trim();
}

void LogModel::insertSorted(std::vector<Row> rows)
{
    auto rowBefore = [](qint64 t, const Row &r) { return t < r.line.timeNs; };
    // Where each new line goes: after the kept lines of the same or an earlier time.
    std::vector<size_t> at(rows.size());
    auto from = m_rows.begin();
    for (size_t i = 0; i < rows.size(); ++i) {
        from = std::upper_bound(from, m_rows.end(), rows[i].line.timeNs, rowBefore);
        at[i] = size_t(from - m_rows.begin());
    }
    int runs = 1;
    for (size_t i = 1; i < at.size(); ++i)
        runs += at[i] != at[i - 1];
    for (const Row &r : rows)
        m_bytes += cost(r.line);

    if (runs > kMaxInsertRuns) {
        const size_t start = at.front();
        std::vector<Row> merged;
        merged.reserve(m_rows.size() - start + rows.size());
        // std::merge takes from the first range on ties: kept lines stay before new ones.
        std::merge(std::make_move_iterator(m_rows.begin() + qsizetype(start)),
                   std::make_move_iterator(m_rows.end()), std::make_move_iterator(rows.begin()),
                   std::make_move_iterator(rows.end()), std::back_inserter(merged),
                   [](const Row &a, const Row &b) { return earlier(a.line, b.line); });
        beginRemoveRows({}, int(start), int(m_rows.size()) - 1);
        m_rows.erase(m_rows.begin() + qsizetype(start), m_rows.end());
        endRemoveRows();
        beginInsertRows({}, int(start), int(start + merged.size()) - 1);
        for (Row &r : merged)
            m_rows.push_back(std::move(r));
        endInsertRows();
        return;
    }
    // From the last run to the first, so that the positions computed above stay right.
    size_t end = rows.size();
    while (end > 0) {
        size_t begin = end - 1;
        while (begin > 0 && at[begin - 1] == at[end - 1])
            --begin;
        const int pos = int(at[begin]);
        beginInsertRows({}, pos, pos + int(end - begin) - 1);
        m_rows.insert(m_rows.begin() + pos,
                      std::make_move_iterator(rows.begin() + qsizetype(begin)),
                      std::make_move_iterator(rows.begin() + qsizetype(end)));
        endInsertRows();
        end = begin;
    }
}

void LogModel::trim()
{
    size_t drop = m_rows.size() > size_t(m_maxLines) ? m_rows.size() - size_t(m_maxLines) : 0;
    qint64 bytes = m_bytes;
    for (size_t i = 0; i < drop; ++i)
        bytes -= cost(m_rows[i].line);
    // The byte budget: drop more of the oldest, but keep the newest line whatever its size.
    while (bytes > m_maxBytes && drop + 1 < m_rows.size()) {
        bytes -= cost(m_rows[drop].line);
        ++drop;
    }
    if (drop == 0)
        return;
    beginRemoveRows({}, 0, int(drop) - 1);
    m_rows.erase(m_rows.begin(), m_rows.begin() + qsizetype(drop));
    m_bytes = bytes;
    m_dropped += qint64(drop);
    endRemoveRows();
    emit linesDropped(int(drop));
}

void LogModel::clear()
{
    if (m_rows.empty()) {
        m_longest = 0;
        return;
    }
    beginRemoveRows({}, 0, int(m_rows.size()) - 1);
    m_rows.clear();
    m_bytes = 0;
    m_longest = 0;
    endRemoveRows();
}

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case TextRole: return r.line.text;
    case TimestampRole: return r.line.timestamp();
    case TimeNsRole: return r.line.timeNs;
    case StreamRole: return int(r.line.stream);
    case SourceRole: return m_sources.value(r.source);
    default: return {};
    }
}

QHash<int, QByteArray> LogModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(TimestampRole, "timestamp");
    names.insert(TimeNsRole, "timeNs");
    names.insert(StreamRole, "stream");
    names.insert(SourceRole, "source");
    names.insert(TextRole, "text");
    return names;
}

} // namespace gantry
