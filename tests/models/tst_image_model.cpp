#include "Fixtures.h"
#include "api/Parsers.h"
#include "listings/ImageModel.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QtTest>

using namespace gantry;
using namespace Qt::StringLiterals;

namespace {

QStringList tagsUnder(const ImageModel &model, const QString &repo)
{
    const QModelIndex group = model.findKey(u"repo:"_s + repo);
    QStringList tags;
    for (int r = 0; group.isValid() && r < model.rowCount(group); ++r)
        tags << model.index(r, 0, group).data().toString();
    tags.sort();
    return tags;
}

ImageSummary image(const QString &id, const QStringList &tags, const QString &parent = {})
{
    ImageSummary i;
    i.id = id;
    i.repoTags = tags;
    i.parentId = parent;
    i.size = 1000;
    return i;
}

} // namespace

class TestImageModel : public QObject {
    Q_OBJECT
private slots:
    void repositoriesTagsAndDanglingInBothShapes_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("API 1.41: <none>:<none>") << fixture("images_v1.41.json");
        QTest::newRow("API 1.44: []") << fixture("images_v1.44.json");
    }

    void repositoriesTagsAndDanglingInBothShapes()
    {
        QFETCH(QByteArray, json);
        ImageModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setImages(parse::images(json).value());
        QCOMPARE(tagsUnder(model, u"gantry-test/app"_s), (QStringList{u"1.0"_s, u"latest"_s}));
        QCOMPARE(tagsUnder(model, u"gantry-seed/busybox"_s), QStringList{u"latest"_s});
        QCOMPARE(tagsUnder(model, u"gantry-test/built"_s), QStringList{u"dev"_s});

        const QModelIndexList dangling = model.danglingIndexes();
        QCOMPARE(dangling.size(), 1);
        // Tags and dangling images never have rows below; repositories and the group do.
        QVERIFY(model.flags(dangling.first()) & Qt::ItemNeverHasChildren);
        QVERIFY(!(model.flags(dangling.first().parent()) & Qt::ItemNeverHasChildren));
        for (int r = 0; r < model.rowCount(); ++r) {
            const QModelIndex repository = model.index(r, 0);
            QVERIFY(!(model.flags(repository) & Qt::ItemNeverHasChildren));
            for (int t = 0; t < model.rowCount(repository); ++t)
                QVERIFY(model.flags(model.index(t, 0, repository)) & Qt::ItemNeverHasChildren);
        }
        QVERIFY(dangling.first().data(ImageModel::DanglingRole).toBool());
        QCOMPARE(ImageModel::shortId(dangling.first().data(ImageModel::IdRole).toString()),
                 u"fab00448d6aa"_s);
        QCOMPARE(dangling.first().data(ImageModel::ReferenceRole).toString(),
                 dangling.first().data(ImageModel::IdRole).toString());
        const QModelIndex group = dangling.first().parent();
        QCOMPARE(group.data().toString(), u"Dangling images (1)"_s);
        // What the dangling images weigh, at a glance, on the group row.
        QCOMPARE(model.index(group.row(), ImageModel::SizeColumn)
                     .data(ImageModel::SortRole)
                     .toLongLong(),
                 1984276);
        QVERIFY(!model.index(group.row(), ImageModel::SizeColumn).data().toString().isEmpty());
        // Tagged images are not dangling.
        const QModelIndex app = model.findKey(u"gantry-test/app:1.0"_s);
        QVERIFY(!app.data(ImageModel::DanglingRole).toBool());
        QCOMPARE(app.data(ImageModel::ReferenceRole).toString(), u"gantry-test/app:1.0"_s);
        QCOMPARE(model.index(app.row(), ImageModel::IdColumn, app.parent()).data().toString(),
                 u"e11bc7f063f4"_s);
    }

    void intermediateImagesAreNotDangling()
    {
        // As listed with all=1: an untagged parent of a tagged image is a build layer.
        ImageModel model;
        model.setImages({image(u"sha256:base"_s, {u"base:1"_s}),
                         image(u"sha256:layer"_s, {}, u"sha256:base"_s),
                         image(u"sha256:app"_s, {u"app:1"_s}, u"sha256:layer"_s),
                         image(u"sha256:orphan"_s, {}, u"sha256:base"_s)});
        const QModelIndexList dangling = model.danglingIndexes();
        QCOMPARE(dangling.size(), 1);
        QCOMPARE(dangling.first().data(ImageModel::IdRole).toString(), u"sha256:orphan"_s);
        QVERIFY(!model.findKey(u"sha256:layer"_s).isValid());
    }

    void imageLosesItsLastTagAndBecomesDangling()
    {
        ImageModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setImages(
            {image(u"sha256:old"_s, {u"web:dev"_s}), image(u"sha256:base"_s, {u"base:1"_s})});
        QVERIFY(model.danglingIndexes().isEmpty());
        QItemSelectionModel selection(&model);
        selection.select(model.findKey(u"base:1"_s),
                         QItemSelectionModel::Select | QItemSelectionModel::Rows);

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        // A rebuild of web:dev moves the tag to a new image; the old one is left untagged.
        model.setImages({image(u"sha256:old"_s, {}), image(u"sha256:base"_s, {u"base:1"_s}),
                         image(u"sha256:new"_s, {u"web:dev"_s})});
        QCOMPARE(reset.size(), 0);
        QCOMPARE(model.danglingIndexes().size(), 1);
        QCOMPARE(model.danglingIndexes().first().data(ImageModel::IdRole).toString(),
                 u"sha256:old"_s);
        QCOMPARE(model.findKey(u"web:dev"_s).data(ImageModel::IdRole).toString(), u"sha256:new"_s);
        QCOMPARE(removed.size(), 0);  // the tag row stays, pointing elsewhere
        QCOMPARE(inserted.size(), 1); // the dangling group, with its child
        QCOMPARE(selection.selectedRows().first().data(ImageModel::ReferenceRole).toString(),
                 u"base:1"_s);

        // The dangling image is removed: the group goes.
        model.setImages(
            {image(u"sha256:base"_s, {u"base:1"_s}), image(u"sha256:new"_s, {u"web:dev"_s})});
        QVERIFY(model.danglingIndexes().isEmpty());
        QCOMPARE(removed.size(), 1);
    }

    void usageFromContainers()
    {
        ImageModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto images = parse::images(fixture("images_v1.41.json")).value();
        model.setImages(images);
        const auto containers = parse::containers(fixture("containers_v1.41.json")).value();
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setUsage(ImageModel::usageOf(containers));
        QVERIFY(changed.size() >= 1);
        const QModelIndex seed = model.findKey(u"gantry-seed/busybox:latest"_s);
        QCOMPARE(seed.data(ImageModel::UsedByRole).toInt(), 6);
        QCOMPARE(model.index(seed.row(), ImageModel::UsedByColumn, seed.parent()).data().toString(),
                 u"6 container(s)"_s);
        QCOMPARE(model.findKey(u"gantry-test/built:dev"_s).data(ImageModel::UsedByRole).toInt(), 0);
        changed.clear();
        model.setUsage(ImageModel::usageOf(containers));
        QCOMPARE(changed.size(), 0);
    }

    void noChangeRefreshEmitsNothing()
    {
        ImageModel model;
        const auto images = parse::images(fixture("images_v1.41.json")).value();
        model.setImages(images);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setImages(images);
        QCOMPARE(inserted.size() + removed.size() + changed.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestImageModel)
#include "tst_image_model.moc"
