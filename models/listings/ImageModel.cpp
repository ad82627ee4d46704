#include "listings/ImageModel.h"

#include "core/Format.h"
#include "style/StatusColors.h"

#include <QColor>
#include <QFont>
#include <QLocale>
#include <QSet>

using namespace Qt::StringLiterals;

namespace gantry {

namespace {
const QString kDanglingKey = u"dangling:"_s;
}

ImageModel::ImageModel(QObject *parent)
    : KeyedTreeModel<ImageRow>(parent)
{
}

QString ImageModel::shortId(const QString &id)
{
    return gantry::shortId(id);
}

QHash<QString, int> ImageModel::usageOf(const QList<ContainerSummary> &containers)
{
    QHash<QString, int> usage;
    for (const ContainerSummary &c : containers)
        usage[c.imageId] += 1;
    return usage;
}

void ImageModel::setImages(const QList<ImageSummary> &images)
{
    m_images = images;
    rebuild();
    m_loaded = true;
}

void ImageModel::setUsage(const QHash<QString, int> &containersPerImage)
{
    if (m_usage == containersPerImage)
        return;
    m_usage = containersPerImage;
    if (m_loaded)
        rebuild();
}

void ImageModel::rebuild()
{
    QSet<QString> parents;
    for (const ImageSummary &i : std::as_const(m_images)) {
        if (!i.parentId.isEmpty())
            parents.insert(i.parentId);
    }

    QList<Spec> top;
    QHash<QString, qsizetype> repoAt;
    Spec dangling{kDanglingKey, ImageRow{ImageRow::Kind::DanglingGroup, {}, {}, {}, 0, 0, 0}, {}};
    for (const ImageSummary &img : std::as_const(m_images)) {
        const int used = m_usage.value(img.id);
        if (img.repoTags.isEmpty()) {
            if (parents.contains(img.id))
                continue; // an intermediate image, not a dangling one
            const QString repo = img.repoDigests.value(0).section(u'@', 0, 0);
            dangling.children.append(
                {img.id, ImageRow{ImageRow::Kind::Dangling, repo, {}, img, used, img.size, 0}, {}});
            dangling.payload.size += img.size;
            dangling.payload.count += 1;
            continue;
        }
        for (const QString &ref : img.repoTags) {
            const qsizetype colon = ref.lastIndexOf(u':');
            const qsizetype slash = ref.lastIndexOf(u'/');
            const QString repo = colon > slash ? ref.left(colon) : ref;
            const QString tag = colon > slash ? ref.mid(colon + 1) : QString();
            auto it = repoAt.find(repo);
            if (it == repoAt.end()) {
                it = repoAt.insert(repo, top.size());
                top.append({u"repo:"_s + repo,
                            ImageRow{ImageRow::Kind::Repository, repo, {}, {}, 0, 0, 0},
                            {}});
            }
            Spec &group = top[*it];
            group.payload.count += 1;
            group.payload.usedBy += used;
            group.children.append(
                {ref, ImageRow{ImageRow::Kind::Tag, repo, tag, img, used, img.size, 0}, {}});
        }
    }
    if (!dangling.children.isEmpty())
        top.append(std::move(dangling));
    apply(top);
}

const ImageSummary *ImageModel::image(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    const ImageRow &row = nodeAt(index)->payload;
    return row.kind == ImageRow::Kind::Tag || row.kind == ImageRow::Kind::Dangling ? &row.image
                                                                                   : nullptr;
}

QModelIndexList ImageModel::danglingIndexes() const
{
    QModelIndexList out;
    const QModelIndex group = findKey(kDanglingKey);
    for (int r = 0; group.isValid() && r < rowCount(group); ++r)
        out << index(r, 0, group);
    return out;
}

int ImageModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

Qt::ItemFlags ImageModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = KeyedTreeModel::flags(index);
    // A tag or a dangling image never has rows below: views keep no expansion state for it.
    if (index.isValid()) {
        const ImageRow::Kind kind = nodeAt(index)->payload.kind;
        if (kind == ImageRow::Kind::Tag || kind == ImageRow::Kind::Dangling)
            f |= Qt::ItemNeverHasChildren;
    }
    return f;
}

QVariant ImageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ImageRow &row = nodeAt(index)->payload;
    const bool isImage = row.kind == ImageRow::Kind::Tag || row.kind == ImageRow::Kind::Dangling;
    const int column = index.column();
    switch (role) {
    case KindRole: return int(row.kind);
    case DanglingRole:
        return row.kind == ImageRow::Kind::Dangling || row.kind == ImageRow::Kind::DanglingGroup;
    case IdRole: return isImage ? row.image.id : QString();
    case UsedByRole: return row.usedBy;
    case ReferenceRole:
        if (row.kind == ImageRow::Kind::Tag)
            return QString(row.repository + u':' + row.tag);
        return isImage ? row.image.id : QString();
    case Qt::DisplayRole:
    case SortRole:
        switch (column) {
        case NameColumn:
            switch (row.kind) {
            case ImageRow::Kind::Repository: return row.repository;
            case ImageRow::Kind::Tag: return row.tag;
            case ImageRow::Kind::DanglingGroup:
                return tr("Dangling images (%n)", "untagged images", row.count);
            case ImageRow::Kind::Dangling:
                return row.repository.isEmpty() ? u"<none>"_s : row.repository + u"@<none>"_s;
            }
            break;
        case IdColumn: return isImage ? shortId(row.image.id) : QString();
        case CreatedColumn:
            if (!isImage)
                return {};
            if (role == SortRole)
                return row.image.created;
            return QLocale().toString(row.image.created.toLocalTime(), QLocale::ShortFormat);
        case SizeColumn: {
            const qint64 size = isImage ? row.image.size : row.size;
            if (!isImage && row.kind != ImageRow::Kind::DanglingGroup)
                return {};
            return role == SortRole ? QVariant(size) : QVariant(humanSize(size));
        }
        case UsedByColumn:
            if (role == SortRole)
                return row.usedBy;
            if (!isImage)
                return {};
            return row.usedBy == 0 ? tr("unused") : tr("%n container(s)", "", row.usedBy);
        }
        break;
    case Qt::ForegroundRole:
        if (row.kind == ImageRow::Kind::Dangling || row.kind == ImageRow::Kind::DanglingGroup)
            return StatusColors::colour(StatusColors::Warning); // reclaimable space
        break;
    case Qt::FontRole:
        if (row.kind == ImageRow::Kind::Repository || row.kind == ImageRow::Kind::DanglingGroup) {
            QFont f;
            f.setBold(true);
            return f;
        }
        if (row.kind == ImageRow::Kind::Dangling) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        break;
    case Qt::ToolTipRole:
        if (row.kind == ImageRow::Kind::DanglingGroup)
            return tr("Images that lost their last tag, usually to a newer build of the same "
                      "name. They take %1 and can be removed.")
                .arg(humanSize(row.size));
        if (isImage)
            return row.image.id;
        break;
    default: break;
    }
    return {};
}

QVariant ImageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Repository / tag");
    case IdColumn: return tr("Image ID");
    case CreatedColumn: return tr("Created");
    case SizeColumn: return tr("Size");
    case UsedByColumn: return tr("Used by");
    }
    return {};
}

} // namespace gantry
