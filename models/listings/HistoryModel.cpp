#include "listings/HistoryModel.h"

#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace gantry {

HistoryModel::HistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void HistoryModel::setEntries(const QList<HistoryEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

QString HistoryModel::stepText(const QString &createdBy)
{
    static const QLatin1StringView shell("/bin/sh -c ");
    static const QLatin1StringView nop("#(nop)");
    static const QLatin1StringView buildkit("# buildkit");
    // Build arguments in front of the shell: "|2 A=1 B=2 /bin/sh -c ...".
    static const QRegularExpression buildArgs(u"^\\|\\d+ .*?(?=/bin/sh -c )"_s,
                                              QRegularExpression::DotMatchesEverythingOption);

    QString step = createdBy.trimmed();
    if (step.endsWith(buildkit))
        step.chop(buildkit.size());
    bool run = false;
    if (step.startsWith("RUN "_L1)) { // BuildKit writes the instruction itself
        run = true;
        step.remove(0, 4);
    }
    step.remove(buildArgs);
    if (step.startsWith(shell)) {
        step.remove(0, shell.size());
        run = !step.startsWith(nop);
        if (!run)
            step.remove(0, nop.size());
    }
    step.replace(u"\\\n"_s, u"\n"_s); // line continuations
    step = step.simplified();
    return run ? u"RUN "_s + step : step;
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HistoryEntry &e = m_entries.at(index.row());

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CreatedByColumn: return stepText(e.createdBy);
        case SizeColumn: return QLocale().formattedDataSize(e.size, 1, QLocale::DataSizeSIFormat);
        case CreatedColumn:
            return e.created.isValid()
                       ? QLocale().toString(e.created.toLocalTime(), QLocale::ShortFormat)
                       : QString();
        case CommentColumn: return e.comment;
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case SizeColumn: return e.size;
        case CreatedColumn: return e.created;
        default: return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case CreatedByColumn: {
            QString tip = e.createdBy;
            if (!e.tags.isEmpty())
                tip += u"\n\n"_s + tr("Tags: %1").arg(e.tags.join(u", "_s));
            if (!e.id.isEmpty() && e.id != "<missing>"_L1)
                tip += u"\n"_s + tr("Image: %1").arg(e.id);
            return tip;
        }
        case CreatedColumn:
            return e.created.isValid() ? e.created.toString(Qt::ISODate) : QString();
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CreatedByColumn: return tr("Created by", "the Dockerfile step that made a layer");
    case SizeColumn: return tr("Size", "of a layer");
    case CreatedColumn: return tr("Created", "when a layer was made");
    case CommentColumn: return tr("Comment", "of a layer");
    }
    return {};
}

} // namespace gantry
