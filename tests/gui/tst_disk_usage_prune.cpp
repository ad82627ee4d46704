#include "AccessibilityCheck.h"
#include "TestBed.h"
#include "actions/CommandLog.h"
#include "api/ConnectionMonitor.h"
#include "api/DockerClient.h"
#include "cleanup/DiskUsagePage.h"
#include "cleanup/PruneController.h"
#include "cleanup/PruneDialog.h"
#include "images/ImagesPage.h"
#include "listings/ContainerModel.h"
#include "listings/ImageModel.h"
#include "live/Refresher.h"
#include "widgets/MessageBanner.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QLabel>
#include <QPieSeries>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QUuid>
#include <QVBoxLayout>
#include <QtTest>

using namespace gantry;
using namespace Qt::StringLiterals;

namespace {

using testbed::unique;

QString shortId(const QString &id)
{
    return (id.startsWith(u"sha256:"_s) ? id.mid(7) : id).left(12);
}

bool exists(const QString &kind, const QString &name)
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(u"DOCKER_HOST"_s, testbed::env("GANTRY_TEST_HOST"));
    p.setProcessEnvironment(e);
    p.start(u"docker"_s, {kind, u"inspect"_s, name});
    return p.waitForFinished(30000) && p.exitCode() == 0;
}

QStringList lines(const std::optional<QByteArray> &out)
{
    return out ? QString::fromUtf8(*out).split(u'\n', Qt::SkipEmptyParts) : QStringList();
}

// The dangling images no container uses: what `docker image prune` would remove.
QSet<QString> unusedDanglingImages()
{
    QSet<QString> dangling;
    for (const QString &id : lines(
             testbed::docker({u"images"_s, u"-q"_s, u"--no-trunc"_s, u"-f"_s, u"dangling=true"_s})))
        dangling.insert(id.trimmed());
    for (const QString &c : lines(testbed::docker({u"ps"_s, u"-a"_s, u"-q"_s, u"--no-trunc"_s}))) {
        const auto image = testbed::docker({u"inspect"_s, u"-f"_s, u"{{.Image}}"_s, c.trimmed()});
        if (image)
            dangling.remove(QString::fromUtf8(*image).trimmed());
    }
    return dangling;
}

QList<QTreeWidgetItem *> candidateItems(PruneDialog *dialog)
{
    QList<QTreeWidgetItem *> out;
    QTreeWidget *tree = dialog->itemsView();
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        for (int r = 0; r < tree->topLevelItem(g)->childCount(); ++r)
            out << tree->topLevelItem(g)->child(r);
    }
    return out;
}

void click(QWidget *root, const QString &name)
{
    auto *button = byAccessibleName<QAbstractButton>(root, name);
    QVERIFY2(button, qPrintable(name));
    QVERIFY2(button->isEnabled(), qPrintable(name + u" is disabled"_s));
    button->click();
}

} // namespace

class TestDiskUsagePrune : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (!testbed::available())
            QFAIL(testbed::missingMessage());
        m_image = testbed::env("GANTRY_TEST_IMAGE");
        m_client = new DockerClient(testbed::endpoint(), this);
        m_monitor = new ConnectionMonitor(m_client, this);
        m_log = new CommandLog(this);
        m_containerModel = new ContainerModel(this);
        m_imageModel = new ImageModel(this);
        m_refresher = new Refresher(m_client, m_containerModel, m_imageModel, this);

        // What Workspace wires: the images page, the disk usage page, the prune controller.
        m_window = new QWidget;
        m_window->resize(1000, 900);
        m_imagesPage = new ImagesPage(m_imageModel);
        m_diskPage = new DiskUsagePage(m_client);
        auto *layout = new QVBoxLayout(m_window);
        layout->addWidget(m_imagesPage);
        layout->addWidget(m_diskPage);
        m_prune = new PruneController(m_client, m_log, m_window, this);
        connect(m_imagesPage, &ImagesPage::pruneDanglingRequested, m_prune,
                [this] { m_prune->open({PruneCategory::DanglingImages}); });
        connect(m_diskPage, &DiskUsagePage::pruneRequested, m_prune, [this] { m_prune->open(); });
        connect(m_prune, &PruneController::pruned, this, [this] {
            m_refresher->refresh(Refresher::All);
            m_diskPage->markStale();
        });
        m_window->show();
        m_monitor->start();
        m_refresher->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_refresher->isFirstRefreshDone(), 10000);
    }

    void cleanupTestCase()
    {
        for (const QString &name : std::as_const(m_containers))
            testbed::docker({u"rm"_s, u"-f"_s, name});
        for (const QString &ref : std::as_const(m_images))
            testbed::docker({u"image"_s, u"rm"_s, u"-f"_s, ref});
        for (const QString &v : std::as_const(m_volumes))
            testbed::docker({u"volume"_s, u"rm"_s, u"-f"_s, v});
        delete m_window;
    }

    void refreshShowsCategoriesAndTotals()
    {
        const QString volume = unique("gantry-du-vol-");
        const QString user = unique("gantry-du-user-");
        m_volumes << volume;
        m_containers << user;
        QVERIFY(testbed::docker({u"volume"_s, u"create"_s, volume}));
        QVERIFY(testbed::docker({u"create"_s, u"--name"_s, user, u"--network"_s, u"none"_s, u"-v"_s,
                                 volume + u":/data"_s, m_image, u"true"_s}));

        DiskUsagePage *page = m_diskPage;
        QVERIFY(!page->isFetching());
        QVERIFY(!page->usage());
        click(page, u"Refresh disk usage"_s);
        // A visible progress state, and a way out of it.
        QVERIFY(page->isFetching());
        QVERIFY(byAccessibleName<QPushButton>(page, u"Cancel measuring disk usage"_s));
        QVERIFY(byAccessibleName<QProgressBar>(page, u"Measuring disk usage"_s));
        QVERIFY(!byAccessibleName<QPushButton>(page, u"Refresh disk usage"_s)->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!page->isFetching(), 60000);
        QVERIFY2(page->usage().has_value(), qPrintable(page->banner()->text()));
        QVERIFY(!byAccessibleName<QPushButton>(page, u"Cancel measuring disk usage"_s));
        QVERIFY(!byAccessibleName<QProgressBar>(page, u"Measuring disk usage"_s));

        // The same counts as `docker system df`, category by category.
        QHash<QString, QStringList> cli;
        for (const QString &line :
             lines(testbed::docker({u"system"_s, u"df"_s, u"--format"_s,
                                    u"{{.Type}}\t{{.TotalCount}}\t{{.Active}}"_s})))
            cli.insert(line.section(u'\t', 0, 0), line.split(u'\t').mid(1));
        const QString types[] = {u"Images"_s, u"Containers"_s, u"Local Volumes"_s,
                                 u"Build Cache"_s};
        QTreeWidget *summary = byAccessibleName<QTreeWidget>(page, u"Space by category"_s);
        QVERIFY(summary);
        QCOMPARE(summary->topLevelItemCount(), 4);
        for (int r = 0; r < 4; ++r) {
            const QTreeWidgetItem *row = summary->topLevelItem(r);
            QVERIFY2(cli.contains(types[r]), qPrintable(types[r]));
            QCOMPARE(row->text(DiskUsagePage::TotalColumn), cli[types[r]].value(0));
            if (r != DiskUsagePage::BuildCacheRow) // the CLI counts build cache records apart
                QCOMPARE(row->text(DiskUsagePage::ActiveColumn), cli[types[r]].value(1));
            QVERIFY(!row->text(DiskUsagePage::SummarySizeColumn).isEmpty());
            QVERIFY(!row->text(DiskUsagePage::SummaryReclaimableColumn).isEmpty());
        }
        QVERIFY(page->usage()->images.size > 0);
        QVERIFY(page->usage()->containers.count >= 1);
        QVERIFY(page->usage()->volumes.count >= 1);

        // The chart shows where the space goes.
        auto *chart = byAccessibleName<QChartView>(page, u"Chart of the space by category"_s);
        QVERIFY(chart);
        QCOMPARE(chart->chart()->series().size(), 1);
        QVERIFY(static_cast<QPieSeries *>(chart->chart()->series().first())->count() >= 1);
        QVERIFY(chart->accessibleDescription().contains(u"Images"_s));

        // The biggest items, biggest first, our container and volume among them.
        QTreeView *items = byAccessibleName<QTreeView>(page, u"Biggest items"_s);
        QVERIFY(items);
        QAbstractItemModel *model = items->model();
        QStringList names;
        for (int r = 0; r < model->rowCount(); ++r)
            names << model->index(r, DiskUsagePage::NameColumn).data().toString();
        QVERIFY2(names.contains(volume), qPrintable(names.join(u", "_s)));
        QVERIFY2(std::any_of(names.cbegin(), names.cend(),
                             [&](const QString &n) { return n.endsWith(user); }),
                 qPrintable(names.join(u", "_s)));
        const auto sizeAt = [model](int r) {
            return model->index(r, DiskUsagePage::SizeColumn)
                .data(DiskUsagePage::SortRole)
                .toLongLong();
        };
        for (int r = 0; r + 1 < model->rowCount(); ++r)
            QVERIFY(sizeAt(r) >= sizeAt(r + 1));
        // Sortable by any column, by value.
        items->sortByColumn(DiskUsagePage::SizeColumn, Qt::AscendingOrder);
        for (int r = 0; r + 1 < model->rowCount(); ++r)
            QVERIFY(sizeAt(r) <= sizeAt(r + 1));
        items->sortByColumn(DiskUsagePage::SizeColumn, Qt::DescendingOrder);

        const QStringList unnamed = unnamedActionableWidgets(page);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
    }

    void cancelPutsThePageBack()
    {
        DiskUsagePage *page = m_diskPage;
        if (!page->usage()) { // run on its own: measure once first
            page->refresh();
            QTRY_VERIFY_WITH_TIMEOUT(!page->isFetching(), 60000);
        }
        QVERIFY(page->usage().has_value());
        QTreeWidget *summary = page->summaryView();
        const QString imagesBefore =
            summary->topLevelItem(DiskUsagePage::ImagesRow)->text(DiskUsagePage::TotalColumn);

        click(page, u"Refresh disk usage"_s);
        QVERIFY(page->isFetching());
        click(page, u"Cancel measuring disk usage"_s);
        QVERIFY(!page->isFetching());
        QVERIFY(byAccessibleName<QPushButton>(page, u"Refresh disk usage"_s)->isEnabled());
        QVERIFY(!byAccessibleName<QPushButton>(page, u"Cancel measuring disk usage"_s));
        QVERIFY(!byAccessibleName<QProgressBar>(page, u"Measuring disk usage"_s));
        QVERIFY(page->usage().has_value()); // what was shown stays
        QCOMPARE(summary->topLevelItem(DiskUsagePage::ImagesRow)->text(DiskUsagePage::TotalColumn),
                 imagesBefore);
        auto *status = page->findChild<QLabel *>(u"diskUsageStatus"_s);
        QVERIFY2(status->text().contains(u"cancelled"_s), qPrintable(status->text()));
        QTest::qWait(500); // a late answer changes nothing
        QVERIFY(!page->isFetching());
        QVERIFY(!page->banner()->isVisible());

        // And it measures again afterwards.
        click(page, u"Refresh disk usage"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isFetching(), 60000);
        QVERIFY(!status->text().contains(u"cancelled"_s));
    }

    void danglingImagesPreviewedUntickedAndRemoved()
    {
        if (m_imageModel->danglingIndexes().isEmpty()) {
            auto *action =
                byAccessibleName<QToolButton>(m_imagesPage, u"Remove dangling images…"_s);
            QVERIFY(action);
            QVERIFY(!action->isEnabled()); // nothing to remove yet
        }
        // The same tag built three times: the first two builds are left dangling. The steps
        // are unique: the builder's cache would otherwise hand back another test's image.
        const QString ref = unique("gantry-du/rebuilt-") + u":dev"_s;
        m_images << ref;
        const QString a = build(ref, u"RUN echo first > /v-"_s + ref.section(u'-', -1));
        const QString b = build(ref, u"RUN echo second > /v-"_s + ref.section(u'-', -1));
        const QString c = build(ref, u"RUN echo third > /v-"_s + ref.section(u'-', -1));
        QVERIFY(!a.isEmpty() && !b.isEmpty() && !c.isEmpty());
        m_images << a << b;
        // A dangling image that a (stopped) container still uses: a prune keeps it.
        const QString usedRef = unique("gantry-du/used-") + u":1"_s;
        m_images << usedRef;
        const QString used = build(usedRef, u"RUN echo used > /u-"_s + usedRef.section(u'-', -1));
        m_images << used;
        const QString user = unique("gantry-du-user-");
        m_containers << user;
        QVERIFY(testbed::docker(
            {u"create"_s, u"--name"_s, user, u"--network"_s, u"none"_s, usedRef, u"true"_s}));
        QVERIFY(!build(usedRef, u"RUN echo newer > /u-"_s + usedRef.section(u'-', -1)).isEmpty());

        const QSet<QString> expected = unusedDanglingImages();
        QVERIFY(expected.contains(a) && expected.contains(b));
        QVERIFY(!expected.contains(used) && !expected.contains(c));

        // The images page shows them and offers the one action.
        QTRY_VERIFY_WITH_TIMEOUT(m_imageModel->danglingIndexes().size() >= 3, 5000);
        auto *action = byAccessibleName<QToolButton>(m_imagesPage, u"Remove dangling images…"_s);
        QVERIFY(action);
        QTRY_VERIFY(action->isEnabled());
        action->click();
        PruneDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<PruneDialog *>()));
        QCOMPARE(dialog->categories(), QSet<PruneCategory>{PruneCategory::DanglingImages});
        QVERIFY(dialog->findChild<QCheckBox *>(u"pruneDanglingImages"_s)->isChecked());
        QVERIFY(!dialog->findChild<QCheckBox *>(u"pruneUnusedImages"_s)->isChecked());
        QVERIFY(!dialog->findChild<QCheckBox *>(u"pruneUnusedVolumes"_s)->isChecked());
        QTRY_VERIFY_WITH_TIMEOUT(dialog->hasPreview() && !dialog->isComputing(), 60000);

        // Exactly the dangling images no container uses.
        QSet<QString> listed;
        for (QTreeWidgetItem *item : candidateItems(dialog)) {
            listed.insert(item->data(0, PruneDialog::IdRole).toString());
            QCOMPARE(item->checkState(0), Qt::Checked);
        }
        QCOMPARE(listed, expected);
        QPlainTextEdit *command =
            byAccessibleName<QPlainTextEdit>(dialog, u"Command line equivalent"_s);
        QVERIFY(command);
        QVERIFY2(command->toPlainText().contains(u"prune"_s), qPrintable(command->toPlainText()));
        auto *partialNote = dialog->findChild<QLabel *>(u"prunePartialNote"_s);
        QVERIFY(!partialNote->isVisible());
        const QString acceptBefore = dialog->acceptButton()->text();
        QVERIFY2(acceptBefore.startsWith(u"Remove %1 image"_s.arg(expected.size())),
                 qPrintable(acceptBefore));
        const qint64 freedBefore = dialog->selection().freedBytes();

        // Untick the first build (and anything not ours): it stays.
        for (QTreeWidgetItem *item : candidateItems(dialog)) {
            if (item->data(0, PruneDialog::IdRole).toString() != b)
                item->setCheckState(0, Qt::Unchecked);
        }
        QTRY_VERIFY(partialNote->isVisible());
        const QStringList cli = command->toPlainText().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(cli.size(), 1);
        QVERIFY2(cli.first().startsWith(u"docker rmi "_s) ||
                     cli.first().startsWith(u"docker image rm "_s),
                 qPrintable(cli.first()));
        QVERIFY2(cli.first().contains(shortId(b)), qPrintable(cli.first()));
        QVERIFY(!cli.first().contains(shortId(a)));
        QVERIFY2(dialog->selection().freedBytes() < freedBefore,
                 qPrintable(u"%1 -> %2"_s.arg(freedBefore).arg(dialog->selection().freedBytes())));
        const QString acceptText = dialog->acceptButton()->text();
        QVERIFY2(acceptText.startsWith(u"Remove 1 image"_s), qPrintable(acceptText));
        QCOMPARE(dialog->acceptButton()->accessibleName(), acceptText);
        QVERIFY(!dialog->acceptButton()->isDefault());
        QStringList unnamed = unnamedActionableWidgets(dialog);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));

        const int logged = m_log->rowCount();
        click(dialog, acceptText);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->summaryView()->isVisible(), 60000);
        const QString summary = dialog->summaryView()->toPlainText();
        QVERIFY2(summary.contains(u"Removed 1 item"_s), qPrintable(summary));
        QVERIFY2(summary.contains(shortId(b)), qPrintable(summary));
        QVERIFY2(summary.contains(u"the engine does not report space for single removals"_s),
                 qPrintable(summary));
        QVERIFY(!summary.contains(u"Could not remove"_s));

        // What went, and what did not.
        QVERIFY(!exists(u"image"_s, b));
        QVERIFY(exists(u"image"_s, a));    // unticked
        QVERIFY(exists(u"image"_s, c));    // tagged
        QVERIFY(exists(u"image"_s, used)); // in use
        QVERIFY(exists(u"container"_s, user));
        QVERIFY(exists(u"image"_s, m_image));

        // The command line went to the log, and how it went.
        QCOMPARE(m_log->rowCount(), logged + 1);
        QCOMPARE(m_log->commandAt(logged), cli.first());
        QCOMPARE(m_log->index(logged).data(CommandLog::StatusRole).value<CommandLog::Status>(),
                 CommandLog::Status::Succeeded);

        unnamed = unnamedActionableWidgets(dialog);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
        // The disk usage page knows its figures are old now.
        if (m_diskPage->usage())
            QTRY_VERIFY(m_diskPage->banner()->isVisible());
        click(dialog, u"Close"_s);
        QTRY_VERIFY(!m_window->findChild<PruneDialog *>());
        // The images page follows.
        QTRY_VERIFY_WITH_TIMEOUT(!m_imageModel->findKey(b).isValid(), 5000);
    }

    void everythingPreviewsAndCancelsWithoutRemovingAnything()
    {
        const QString volume = unique("gantry-du-keep-");
        m_volumes << volume;
        QVERIFY(testbed::docker({u"volume"_s, u"create"_s, volume}));
        const QString stopped = unique("gantry-du-stopped-");
        m_containers << stopped;
        QVERIFY(testbed::docker(
            {u"create"_s, u"--name"_s, stopped, u"--network"_s, u"none"_s, m_image, u"true"_s}));
        const int logged = m_log->rowCount();

        click(m_diskPage, u"Free space"_s);
        PruneDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<PruneDialog *>()));
        QVERIFY(dialog->categories().isEmpty());
        QVERIFY(!dialog->acceptButton()->isEnabled());
        auto *warning = dialog->findChild<QLabel *>(u"pruneVolumeWarning"_s);
        QVERIFY(!warning->isVisible());

        auto *everything = dialog->findChild<QCheckBox *>(u"pruneEverything"_s);
        QVERIFY(everything && !everything->accessibleName().isEmpty());
        everything->click();
        QCOMPARE(dialog->categories().size(), 6);
        for (QCheckBox *box : dialog->findChildren<QCheckBox *>()) {
            QVERIFY(box->isChecked());
            QCOMPARE(box->isEnabled(), box == everything);
        }
        QVERIFY(warning->isVisible()); // their data goes

        // Cancel the preview: the dialog goes back to asking for one.
        click(dialog, u"Preview"_s);
        QVERIFY(dialog->isComputing());
        QVERIFY(byAccessibleName<QProgressBar>(dialog, u"Working"_s));
        click(dialog, u"Cancel preview"_s);
        QVERIFY(!dialog->isComputing());
        QVERIFY(!dialog->hasPreview());
        QVERIFY(!byAccessibleName<QProgressBar>(dialog, u"Working"_s));
        QVERIFY(byAccessibleName<QPushButton>(dialog, u"Preview"_s));
        QVERIFY(!dialog->acceptButton()->isEnabled());
        QTest::qWait(600); // neither the late answer nor the debounce brings anything back
        QVERIFY(!dialog->isComputing());
        QVERIFY(!dialog->hasPreview());

        // The full preview: every category, with our volume and container in it.
        click(dialog, u"Preview"_s);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->hasPreview() && !dialog->isComputing(), 60000);
        QCOMPARE(dialog->itemsView()->topLevelItemCount(), 6);
        QStringList names;
        for (QTreeWidgetItem *item : candidateItems(dialog))
            names << item->text(0) << item->data(0, PruneDialog::IdRole).toString();
        QVERIFY2(names.contains(volume), qPrintable(names.join(u", "_s)));
        QVERIFY2(std::any_of(names.cbegin(), names.cend(),
                             [&](const QString &n) { return n.endsWith(stopped); }),
                 qPrintable(names.join(u", "_s)));
        const QString accept = dialog->acceptButton()->text();
        QVERIFY2(accept.contains(u"volume"_s) && accept.contains(u"container"_s),
                 qPrintable(accept));
        QVERIFY(!dialog->commandView()->toPlainText().isEmpty());
        const QStringList unnamed = unnamedActionableWidgets(dialog);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));

        // Closing removes nothing.
        click(dialog, u"Cancel"_s);
        QTRY_VERIFY(!m_window->findChild<PruneDialog *>());
        QTest::qWait(300);
        QVERIFY(exists(u"volume"_s, volume));
        QVERIFY(exists(u"container"_s, stopped));
        QVERIFY(exists(u"image"_s, m_image));
        QCOMPARE(m_log->rowCount(), logged);
    }

    void everyActionableWidgetHasAnAccessibleName()
    {
        const QStringList unnamed = unnamedActionableWidgets(m_window);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
    }

private:
    // Builds FROM the seed image; returns the new image's ID.
    QString build(const QString &ref, const QString &step)
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(u"Dockerfile"_s));
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write((u"FROM "_s + m_image + u'\n' + step + u'\n').toUtf8());
        f.close();
        const auto out = testbed::docker({u"build"_s, u"-q"_s, u"-t"_s, ref, dir.path()}, 120000);
        return out ? QString::fromUtf8(*out).trimmed() : QString();
    }

    DockerClient *m_client = nullptr;
    ConnectionMonitor *m_monitor = nullptr;
    CommandLog *m_log = nullptr;
    ContainerModel *m_containerModel = nullptr;
    ImageModel *m_imageModel = nullptr;
    Refresher *m_refresher = nullptr;
    QWidget *m_window = nullptr;
    ImagesPage *m_imagesPage = nullptr;
    DiskUsagePage *m_diskPage = nullptr;
    PruneController *m_prune = nullptr;
    QString m_image;
    QStringList m_containers;
    QStringList m_images;
    QStringList m_volumes;
};

QTEST_MAIN(TestDiskUsagePrune)
#include "tst_disk_usage_prune.moc"
