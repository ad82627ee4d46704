#pragma once

#include "core/Types.h"
#include "tree/KeyedTreeModel.h"

namespace gantry {

struct ImageRow {
    enum class Kind { Repository, Tag, DanglingGroup, Dangling };
    Kind kind = Kind::Tag;
    QString repository; // Repository, Tag; the digest's repository for a Dangling one if any
    QString tag;        // Tag
    ImageSummary image; // Tag, Dangling
    int usedBy = 0;     // containers (running or not) using the image
    qint64 size = 0;    // DanglingGroup: what the dangling images weigh together
    int count = 0;      // Repository, DanglingGroup: rows below
    friend bool operator==(const ImageRow &, const ImageRow &) = default;
};

// Images as a tree: repository -> tags, and the dangling images (no tag left) in a group
// of their own with what they weigh. Intermediate images (untagged parents of other
// images, listed with all=1) are build cache, not dangling: they are not shown.
class ImageModel : public KeyedTreeModel<ImageRow> {
    Q_OBJECT
public:
    enum Column { NameColumn, IdColumn, CreatedColumn, SizeColumn, UsedByColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        SortRole,
        KindRole,      // ImageRow::Kind as int
        DanglingRole,  // bool
        ReferenceRole, // repo:tag for a tag, the ID for a dangling image
        UsedByRole,    // int
    };

    explicit ImageModel(QObject *parent = nullptr);

    void setImages(const QList<ImageSummary> &images);
    // Containers per image ID, from the container listing (the image listing's own count
    // is -1 unless the slow /system/df computes it).
    void setUsage(const QHash<QString, int> &containersPerImage);
    static QHash<QString, int> usageOf(const QList<ContainerSummary> &containers);

    bool isLoaded() const { return m_loaded; }
    const ImageSummary *image(const QModelIndex &index) const;
    QModelIndexList danglingIndexes() const;

    int columnCount(const QModelIndex &parent = {}) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString shortId(const QString &id); // sha256:3f2a... -> 3f2a1b2c3d4e

private:
    void rebuild();

    QList<ImageSummary> m_images;
    QHash<QString, int> m_usage;
    bool m_loaded = false;
};

} // namespace gantry
