#include "AccessibilityCheck.h"
#include "Fixtures.h"
#include "cleanup/DiskUsage.h"
#include "cleanup/PruneDialog.h"
#include "cleanup/PruneFindings.h"
#include "cleanup/PrunePreviewTree.h"

#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QtTest>

using namespace gantry;
using namespace Qt::StringLiterals;

namespace {

ContainerSummary stopped(const QString &id, const QString &imageId)
{
    ContainerSummary c;
    c.id = id;
    c.names = {id};
    c.state = u"exited"_s;
    c.imageId = imageId;
    return c;
}

ImageSummary image(const QString &id, const QStringList &tags)
{
    ImageSummary i;
    i.id = id;
    i.repoTags = tags;
    return i;
}

// What the planner would have learnt: the volumes of the 1.41 recording (one unused,
// 65536 bytes), two stopped containers, an image only one of them uses and a dangling one.
PruneFindings recordedFindings()
{
    PruneFindings f;
    f.engineNow = QDateTime::fromString(u"2026-11-29T12:00:00.000Z"_s, Qt::ISODateWithMs);
    f.localNow = QDateTime::currentDateTimeUtc();
    const auto du = parse::diskUsage(fixture("system_df_v1.41.json"));
    if (du)
        f.df = du.value();
    f.listing.containers = {stopped(u"c-web"_s, u"sha256:web"_s), stopped(u"c-db"_s, {})};
    f.listing.usage = {{u"c-web"_s, u"c-web"_s, u"exited"_s, {}, {}},
                       {u"c-db"_s, u"c-db"_s, u"exited"_s, {}, {}}};
    f.listing.sizeRw = {{u"c-web"_s, 3000}, {u"c-db"_s, 500}};
    f.listing.images = {image(u"sha256:web"_s, {u"web:1"_s}), image(u"sha256:dangling"_s, {})};
    f.imageChains = {{u"sha256:web"_s, {u"lw"_s}}, {u"sha256:dangling"_s, {u"ld"_s}}};
    f.layerSize = {{u"lw"_s, 7000000}, {u"ld"_s, 2000000}};
    return f;
}

// "Group title" -> size column, for the groups of the tree.
QMap<QString, QString> groups(QTreeWidget *tree)
{
    QMap<QString, QString> out;
    for (int g = 0; g < tree->topLevelItemCount(); ++g)
        out.insert(tree->topLevelItem(g)->text(0), tree->topLevelItem(g)->text(1));
    return out;
}

QTreeWidgetItem *row(QTreeWidget *tree, const QString &id)
{
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        for (int r = 0; r < tree->topLevelItem(g)->childCount(); ++r) {
            QTreeWidgetItem *item = tree->topLevelItem(g)->child(r);
            if (item->data(0, PruneDialog::IdRole).toString() == id)
                return item;
        }
    }
    return nullptr;
}

QString size(qint64 bytes)
{
    return PrunePreviewTree::sizeText(bytes);
}

} // namespace

// The preview follows the options: each change of the boxes asks for a new preview, which
// the test answers from recorded data the way PruneController answers from the engine.
class TestPruneDialog : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        m_dialog = new PruneDialog(ApiVersion::baseline());
        m_requests = 0;
        connect(m_dialog, &PruneDialog::previewRequested, this,
                [this](const QSet<PruneCategory> &categories) {
                    ++m_requests;
                    PruneFindings f = recordedFindings();
                    f.categories = categories;
                    m_dialog->setComputing(true);
                    m_dialog->setPreview(f.preview());
                });
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog));
    }

    void cleanup() { delete m_dialog.data(); }

    void previewFollowsTheOptions()
    {
        QTreeWidget *tree = m_dialog->itemsView();
        QVERIFY(groups(tree).isEmpty());
        QVERIFY(!m_dialog->acceptButton()->isEnabled());

        box(u"pruneStoppedContainers"_s)->click();
        QTRY_COMPARE(m_requests, 1);
        QCOMPARE(groups(tree), (QMap<QString, QString>{{u"Stopped containers (2)"_s, size(3500)}}));
        QVERIFY(totalSays({u"2 container"_s}, 3500));

        // The volumes of the recording join: one unused, and its size.
        box(u"pruneUnusedVolumes"_s)->click();
        QTRY_COMPARE(m_requests, 2);
        QCOMPARE(groups(tree),
                 (QMap<QString, QString>{
                     {u"Stopped containers (2)"_s, size(3500)},
                     {u"Unused volumes (1): their data goes with them"_s, size(65536)}}));
        QVERIFY(totalSays({u"2 container"_s, u"1 volume"_s}, 3500 + 65536));

        // All unused images: the dangling ones come along (their box ticks itself), and the
        // image only a stopped container uses goes after it.
        box(u"pruneUnusedImages"_s)->click();
        QTRY_COMPARE(m_requests, 3);
        QVERIFY(box(u"pruneDanglingImages"_s)->isChecked());
        QVERIFY(!box(u"pruneDanglingImages"_s)->isEnabled());
        QCOMPARE(m_dialog->categories().size(), 4);
        QCOMPARE(groups(tree).value(u"Dangling images (1)"_s), size(2000000));
        QCOMPARE(groups(tree).value(u"Unused images (1)"_s), size(7000000));
        QCOMPARE(groups(tree).size(), 4);
        const qint64 everything = 3500 + 65536 + 2000000 + 7000000;
        QVERIFY(totalSays({u"2 container"_s, u"2 image"_s, u"1 volume"_s}, everything));
        QVERIFY(m_dialog->acceptButton()->text().contains(size(everything)));

        // Volumes unticked again: their group leaves the tree, the total follows.
        box(u"pruneUnusedVolumes"_s)->click();
        QTRY_COMPARE(m_requests, 4);
        QVERIFY(!groups(tree).contains(u"Unused volumes (1): their data goes with them"_s));
        QVERIFY(totalSays({u"2 container"_s, u"2 image"_s}, everything - 65536));

        const QStringList unnamed = unnamedActionableWidgets(m_dialog);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
    }

    // Unticking a container keeps the image it uses: greyed, and out of the counts and sizes
    // (the engine's rule, not one of the dialog's own).
    void untickingAContainerHoldsItsImage()
    {
        m_dialog->setCategories({PruneCategory::StoppedContainers, PruneCategory::UnusedImages});
        QTRY_COMPARE(m_requests, 1);
        QTreeWidget *tree = m_dialog->itemsView();
        QTreeWidgetItem *web = row(tree, u"c-web"_s);
        QTreeWidgetItem *image = row(tree, u"sha256:web"_s);
        QVERIFY(web && image);
        QVERIFY(!image->toolTip(0).startsWith(u"Stays"_s));
        const qint64 all = 3500 + 2000000 + 7000000;
        QVERIFY(totalSays({u"2 container"_s, u"2 image"_s}, all));

        web->setCheckState(0, Qt::Unchecked);
        QTRY_VERIFY(totalSays({u"1 container"_s, u"1 image"_s}, 500 + 2000000));
        QCOMPARE(image->checkState(0), Qt::Checked);
        QVERIFY2(image->toolTip(0).startsWith(u"Stays"_s), qPrintable(image->toolTip(0)));
        QVERIFY(m_dialog->findChild<QLabel *>(u"prunePartialNote"_s)->isVisible());
        // c-db goes on its own; nothing names the held image or its container.
        const QString command = m_dialog->commandView()->toPlainText();
        QCOMPARE(command.split(u'\n').value(0), u"docker rm c-db"_s);
        QVERIFY2(!command.contains(u"web"_s), qPrintable(command));

        web->setCheckState(0, Qt::Checked);
        QTRY_VERIFY(totalSays({u"2 container"_s, u"2 image"_s}, all));
        QVERIFY(!image->toolTip(0).startsWith(u"Stays"_s));
    }

private:
    QCheckBox *box(const QString &name) const
    {
        auto *b = m_dialog->findChild<QCheckBox *>(name);
        if (!b)
            qFatal("no box %s", qPrintable(name));
        return b;
    }

    QString total() const { return m_dialog->findChild<QLabel *>(u"pruneTotal"_s)->text(); }

    // The total names these counts and exactly this size (the plural forms are the
    // translator's: only the number and the noun are checked).
    bool totalSays(const QStringList &counts, qint64 bytes) const
    {
        const QString text = total();
        const bool ok = text.endsWith(u" frees "_s + size(bytes) + u'.') &&
                        std::all_of(counts.begin(), counts.end(),
                                    [&](const QString &c) { return text.contains(c); });
        if (!ok)
            qWarning().noquote() << "total:" << text << "expected" << counts << size(bytes);
        return ok;
    }

    QPointer<PruneDialog> m_dialog;
    int m_requests = 0;
};

QTEST_MAIN(TestPruneDialog)
#include "tst_prune_dialog.moc"
