#include "images/ImagesPage.h"

#include "listings/ImageModel.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace gantry {

namespace {
QSortFilterProxyModel *makeProxy()
{
    auto *proxy = new QSortFilterProxyModel;
    proxy->setRecursiveFilteringEnabled(true);
    proxy->setFilterRole(ImageModel::ReferenceRole); // repo:tag, so the repository matches too
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy->setSortRole(ImageModel::SortRole);
    proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    return proxy;
}
} // namespace

ImagesPage::ImagesPage(ImageModel *model, QWidget *parent)
    : ResourcePage(tr("Images"), makeProxy(), parent)
    , m_model(model)
{
    auto *proxy = static_cast<QSortFilterProxyModel *>(view()->model());
    proxy->setParent(this);
    proxy->setSourceModel(model);
    filterField()->setPlaceholderText(tr("Filter by repository or tag…"));
    connect(filterField(), &QLineEdit::textChanged, proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    view()->setColumnWidth(ImageModel::NameColumn, 300);
    view()->setColumnWidth(ImageModel::IdColumn, 120);
    view()->setColumnWidth(ImageModel::CreatedColumn, 150);

    m_run = addAction(u"runImageAction"_s, tr("Run…"), QKeySequence(u"Ctrl+N"_s),
                      tr("Run a container from the selected image (docker run)"));
    connect(m_run, &QAction::triggered, this, [this] {
        const QList<Selected> selected = selectedImages();
        emit runRequested(selected.size() == 1 ? selected.first().reference : QString());
    });
    m_remove = addAction(u"removeImageAction"_s, tr("Remove"), QKeySequence(QKeySequence::Delete),
                         tr("Remove the selected images (docker image rm)"));
    m_tag = addAction(u"tagImageAction"_s, tr("Tag…"), QKeySequence(u"Ctrl+T"_s),
                      tr("Give the selected image another name (docker tag)"));
    m_selectDangling =
        addAction(u"selectDanglingAction"_s, tr("Select all dangling"),
                  QKeySequence(u"Ctrl+Shift+D"_s), tr("Select every image that has no tag left"));
    m_pruneDangling =
        addAction(u"pruneDanglingAction"_s, tr("Remove dangling images…"), QKeySequence(),
                  tr("List the dangling images and what they weigh, then remove "
                     "them (docker image prune)"));
    m_pull = addAction(u"pullImageAction"_s, tr("Pull…"), QKeySequence(u"Ctrl+Shift+P"_s),
                       tr("Download an image from a registry (docker pull)"));
    m_push = addAction(u"pushImageAction"_s, tr("Push…"), QKeySequence(),
                       tr("Upload the selected image to a registry (docker push)"));
    m_registries = addAction(u"registriesAction"_s, tr("Registries…"), QKeySequence(),
                             tr("Log in to or out of registries (docker login, docker logout)"));
    m_checkUpdate = addAction(u"checkUpdateAction"_s, tr("Check for update"), QKeySequence(),
                              tr("Ask the registry whether a newer image is behind the selected "
                                 "tag, without pulling it"));
    connect(m_checkUpdate, &QAction::triggered, this, [this] {
        const QList<Selected> selected = selectedImages();
        if (selected.size() == 1)
            emit updateCheckRequested(selected.first().reference);
    });
    connect(m_pull, &QAction::triggered, this, &ImagesPage::pullRequested);
    setEmptyTexts(tr("No images. Pull one from a registry (%1), or build one from a Dockerfile "
                     "or load a saved archive with the buttons above.")
                      .arg(m_pull->shortcut().toString(QKeySequence::NativeText)));
    connect(m_push, &QAction::triggered, this, [this] {
        const QList<Selected> selected = selectedImages();
        if (selected.size() == 1)
            emit pushRequested(selected.first().reference);
    });
    connect(m_registries, &QAction::triggered, this, &ImagesPage::registriesRequested);
    connect(m_remove, &QAction::triggered, this, &ImagesPage::removeRequested);
    connect(m_tag, &QAction::triggered, this, &ImagesPage::tagRequested);
    connect(m_selectDangling, &QAction::triggered, this, &ImagesPage::selectAllDangling);
    connect(m_pruneDangling, &QAction::triggered, this, &ImagesPage::pruneDanglingRequested);
    connect(this, &ResourcePage::selectionChanged, this, &ImagesPage::updateActions);
    // Removing dangling images makes sense only while there are some.
    connect(model, &QAbstractItemModel::rowsInserted, this, &ImagesPage::updateActions);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ImagesPage::updateActions);
    connect(model, &QAbstractItemModel::modelReset, this, &ImagesPage::updateActions);
    updateActions();
}

QList<ImagesPage::Selected> ImagesPage::selectedImages() const
{
    QList<Selected> out;
    QSet<QString> seen;
    const auto take = [&](const QModelIndex &i) {
        const QString ref = i.data(ImageModel::ReferenceRole).toString();
        if (ref.isEmpty() || seen.contains(ref))
            return;
        seen.insert(ref);
        const ImageSummary *image = m_model->image(i);
        out.append({ref, i.data(ImageModel::IdRole).toString(),
                    i.data(ImageModel::UsedByRole).toInt(),
                    image ? int(image->repoTags.size()) : 0});
    };
    for (const QModelIndex &i : selectedSourceRows()) {
        if (m_model->image(i)) {
            take(i);
            continue;
        }
        for (int r = 0; r < m_model->rowCount(i); ++r) // a repository or the dangling group
            take(m_model->index(r, 0, i));
    }
    return out;
}

void ImagesPage::selectAllDangling()
{
    auto *proxy = static_cast<QSortFilterProxyModel *>(view()->model());
    QItemSelection selection;
    for (const QModelIndex &i : m_model->danglingIndexes()) {
        const QModelIndex p = proxy->mapFromSource(i);
        if (p.isValid())
            selection.select(p, p);
    }
    if (!selection.isEmpty())
        view()->expand(selection.indexes().first().parent());
    view()->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect |
                                                    QItemSelectionModel::Rows);
}

void ImagesPage::updateActions()
{
    const QList<Selected> selected = selectedImages();
    m_remove->setEnabled(!selected.isEmpty());
    m_tag->setEnabled(selected.size() == 1);
    m_push->setEnabled(selected.size() == 1);
    // A tag to ask about: not a dangling image's ID.
    m_checkUpdate->setEnabled(selected.size() == 1 &&
                              selected.first().reference != selected.first().id &&
                              !selected.first().reference.startsWith(u"sha256:"_s));
    m_run->setEnabled(selected.size() <= 1);
    m_pruneDangling->setEnabled(!m_model->danglingIndexes().isEmpty());
}

} // namespace gantry
