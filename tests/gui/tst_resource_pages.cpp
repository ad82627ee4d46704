#include "AccessibilityCheck.h"
#include "MainWindow.h"
#include "TestBed.h"
#include "Workspace.h"
#include "actions/CommandLog.h"
#include "api/ConnectionMonitor.h"
#include "api/DockerClient.h"
#include "containers/ContainersPage.h"
#include "details/DetailsPanel.h"
#include "images/ImagesPage.h"
#include "images/TagImageDialog.h"
#include "listings/ContainerModel.h"
#include "listings/ImageModel.h"
#include "live/Refresher.h"
#include "widgets/ConfirmDialog.h"
#include "widgets/MessageBanner.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeView>
#include <QUuid>
#include <QtTest>

using namespace gantry;
using namespace Qt::StringLiterals;

namespace {

using testbed::unique;

QString state(const QString &name)
{
    const auto out = testbed::docker({u"inspect"_s, u"-f"_s, u"{{.State.Status}}"_s, name});
    return out ? QString::fromUtf8(*out).trimmed() : u"gone"_s;
}

// Selects the rows with these model keys in a page's view, as a click would.
template <typename Model> void select(ResourcePage *page, Model *model, const QStringList &keys)
{
    auto *proxy = static_cast<QSortFilterProxyModel *>(page->view()->model());
    QItemSelection selection;
    for (const QString &key : keys) {
        const QModelIndex p = proxy->mapFromSource(model->findKey(key));
        QVERIFY2(p.isValid(), qPrintable(key));
        page->view()->expand(p.parent());
        selection.select(p, p);
    }
    page->view()->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    page->view()->selectionModel()->setCurrentIndex(selection.indexes().first(),
                                                    QItemSelectionModel::NoUpdate);
}

void clickTool(QWidget *page, const QString &name)
{
    auto *button = byAccessibleName<QToolButton>(page, name);
    QVERIFY2(button, qPrintable(name));
    QVERIFY2(button->isEnabled(), qPrintable(name + u" is disabled"_s));
    button->click();
}

} // namespace

class TestResourcePages : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (!testbed::available())
            QFAIL(testbed::missingMessage());
        m_image = testbed::env("GANTRY_TEST_IMAGE");
        m_client = new DockerClient(testbed::endpoint(), this);
        m_monitor = new ConnectionMonitor(m_client, this);
        m_workspace = new Workspace(m_client, m_monitor, this);
        m_workspace->start();
        m_monitor->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_workspace->refresher()->isFirstRefreshDone(), 10000);
        QTRY_VERIFY(m_workspace->refresher()->isStreamUp());
    }

    void cleanupTestCase()
    {
        for (const QString &name : std::as_const(m_containers))
            testbed::docker({u"rm"_s, u"-f"_s, name});
        for (const QString &ref : std::as_const(m_images))
            testbed::docker({u"image"_s, u"rm"_s, u"-f"_s, ref});
        delete m_workspace;
    }

    void cliCreatedContainerAppearsWithinASecond()
    {
        const QString name = container(false);
        const QString id =
            QString::fromUtf8(*testbed::docker({u"inspect"_s, u"-f"_s, u"{{.Id}}"_s, name}))
                .trimmed();
        QTRY_VERIFY_WITH_TIMEOUT(model()->findKey(id).isValid(), 1000);
        testbed::docker({u"start"_s, name});
        QTRY_COMPARE_WITH_TIMEOUT(model()->findKey(id).data(ContainerModel::StateRole).toString(),
                                  u"running"_s, 1000);
    }

    void startAndStopFromTheToolbar()
    {
        const QString name = container(false);
        ContainersPage *page = m_workspace->containersPage();
        QTRY_VERIFY(!keyOf(name).isEmpty());
        select(page, model(), {keyOf(name)});
        clickTool(page, u"Start"_s);
        QTRY_COMPARE_WITH_TIMEOUT(state(name), u"running"_s, 5000);
        QCOMPARE(lastCommand(), u"docker start "_s + name);

        QTRY_VERIFY(byAccessibleName<QToolButton>(page, u"Stop"_s)->isEnabled());
        clickTool(page, u"Stop"_s);
        QTRY_COMPARE_WITH_TIMEOUT(state(name), u"exited"_s, 15000);
        QCOMPARE(lastCommand(), u"docker stop "_s + name);
    }

    void removeNamesWhatGoesAndReportsEachFailure()
    {
        const QString running = container(true);
        const QString stopped = container(false);
        ContainersPage *page = m_workspace->containersPage();
        QTRY_VERIFY(!keyOf(running).isEmpty() && !keyOf(stopped).isEmpty());
        QTRY_COMPARE(model()->findKey(keyOf(running)).data(ContainerModel::StateRole).toString(),
                     u"running"_s);
        select(page, model(), {keyOf(running), keyOf(stopped)});
        clickTool(page, u"Remove"_s);

        ConfirmDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = page->findChild<ConfirmDialog *>()));
        QStringList listed;
        auto *items = dialog->findChild<QListWidget *>();
        for (int i = 0; i < items->count(); ++i)
            listed << items->item(i)->text();
        QVERIFY(listed.join(u'\n').contains(running));
        QVERIFY(listed.join(u'\n').contains(stopped));
        QVERIFY(byAccessibleName<QCheckBox>(
            dialog, u"Stop and remove running containers too (docker rm -f)"_s));
        QVERIFY(!dialog->findChild<QCheckBox *>(u"forceRemove"_s)->isChecked());
        dialog->acceptButton()->click(); // without force

        QTRY_COMPARE_WITH_TIMEOUT(state(stopped), u"gone"_s, 5000);
        QCOMPARE(state(running), u"running"_s); // refused, kept
        QTRY_VERIFY(page->banner()->isVisible());
        QVERIFY2(page->banner()->text().contains(running), qPrintable(page->banner()->text()));
        QVERIFY(page->banner()->text().contains(u"running container"_s));

        // Now with force.
        QTRY_VERIFY(!model()->findKey(keyOf(stopped)).isValid() || keyOf(stopped).isEmpty());
        select(page, model(), {keyOf(running)});
        clickTool(page, u"Remove"_s);
        QTRY_VERIFY((dialog = page->findChild<ConfirmDialog *>()));
        dialog->findChild<QCheckBox *>(u"forceRemove"_s)->setChecked(true);
        dialog->acceptButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(state(running), u"gone"_s, 10000);
        QCOMPARE(lastCommand(), u"docker rm -f "_s + running);
    }

    void cancellingRemovesNothing()
    {
        const QString name = container(false);
        ContainersPage *page = m_workspace->containersPage();
        QTRY_VERIFY(!keyOf(name).isEmpty());
        select(page, model(), {keyOf(name)});
        const int logged = m_workspace->commandLog()->rowCount();
        clickTool(page, u"Remove"_s);
        ConfirmDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = page->findChild<ConfirmDialog *>()));
        byAccessibleName<QPushButton>(dialog, u"Cancel"_s)->click();
        QTest::qWait(300);
        QCOMPARE(state(name), u"created"_s);
        QCOMPARE(m_workspace->commandLog()->rowCount(), logged);
    }

    void detailsShowInspectData()
    {
        const QString name = container(false);
        ContainersPage *page = m_workspace->containersPage();
        QTRY_VERIFY(!keyOf(name).isEmpty());
        select(page, model(), {keyOf(name)});
        auto *inspect = byAccessibleName<QTreeView>(m_workspace->details(), u"Inspect"_s);
        QVERIFY(inspect);
        QTRY_VERIFY(inspect->model()->rowCount() > 5);
    }

    void tagValidatesAndKeepsInputOnError()
    {
        ImagesPage *page = m_workspace->imagesPage();
        m_workspace->window()->showPage(u"imagesPage"_s);
        QTRY_VERIFY(images()->findKey(m_image).isValid());
        select(page, images(), {m_image});
        clickTool(page, u"Tag…"_s);
        TagImageDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = page->findChild<TagImageDialog *>()));
        auto *field = byAccessibleName<QLineEdit>(dialog, u"New tag"_s);
        auto *ok = byAccessibleName<QPushButton>(dialog, u"Tag"_s);
        QVERIFY(field && ok);
        field->setText(u"Not Valid!"_s);
        QVERIFY(!ok->isEnabled()); // validated as typed, nothing sent
        const QString target = unique("gantry-gui/tagged-") + u":v1"_s;
        m_images << target;
        field->setText(target);
        QVERIFY(ok->isEnabled());
        ok->click();
        QTRY_VERIFY_WITH_TIMEOUT(images()->findKey(target).isValid(), 3000);
        QCOMPARE(lastCommand(), u"docker tag "_s + m_image + u' ' + target);
        QTRY_VERIFY(!page->findChild<TagImageDialog *>());

        // The engine says no (the image went meanwhile): the error shows in the dialog,
        // which stays open with what was typed.
        select(page, images(), {target});
        clickTool(page, u"Tag…"_s);
        QTRY_VERIFY((dialog = page->findChild<TagImageDialog *>()));
        QVERIFY(testbed::docker({u"image"_s, u"rm"_s, target}));
        const QString second = unique("gantry-gui/second-") + u":v2"_s;
        field = byAccessibleName<QLineEdit>(dialog, u"New tag"_s);
        field->setText(second);
        byAccessibleName<QPushButton>(dialog, u"Tag"_s)->click();
        auto *error = dialog->findChild<QLabel *>(u"tagError"_s);
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 3000);
        QVERIFY2(error->text().contains(u"No such image"_s), qPrintable(error->text()));
        QVERIFY(dialog->isVisible());
        QCOMPARE(field->text(), second);
        dialog->reject();
    }

    void imageInUseIsRefusedWithTheReason()
    {
        // A single-tag image of its own, used by a container.
        const QString ref = unique("gantry-gui/single-") + u":1"_s;
        QVERIFY(build(ref, u"RUN echo one > /one"_s));
        m_images << ref;
        const QString user = unique("gantry-gui-user-");
        m_containers << user;
        QVERIFY(testbed::docker(
            {u"create"_s, u"--name"_s, user, u"--network"_s, u"none"_s, ref, u"true"_s}));

        ImagesPage *page = m_workspace->imagesPage();
        QTRY_VERIFY_WITH_TIMEOUT(images()->findKey(ref).isValid(), 3000);
        QTRY_COMPARE(images()->findKey(ref).data(ImageModel::UsedByRole).toInt(), 1);
        select(page, images(), {ref});
        clickTool(page, u"Remove"_s);
        ConfirmDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = page->findChild<ConfirmDialog *>()));
        QVERIFY(
            dialog->findChild<QListWidget *>()->item(0)->text().contains(u"used by 1 container"_s));
        dialog->acceptButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(page->banner()->isVisible(), 5000);
        QVERIFY2(page->banner()->text().contains(ref), qPrintable(page->banner()->text()));
        QVERIFY(page->banner()->text().contains(u"container"_s));
        QVERIFY(testbed::docker({u"image"_s, u"inspect"_s, ref}).has_value());
    }

    // One tag of an image that has others only untags it, used or not: the confirmation
    // says so, not that the engine refuses an image in use.
    void removingOneOfSeveralTagsOnlyUntags()
    {
        const QString ref = unique("gantry-gui/twice-") + u":1"_s;
        const QString other = ref.chopped(2) + u":2"_s;
        QVERIFY(build(ref, u"RUN echo two > /two"_s));
        QVERIFY(testbed::docker({u"tag"_s, ref, other}));
        m_images << ref << other;
        const QString user = unique("gantry-gui-user-");
        m_containers << user;
        QVERIFY(testbed::docker(
            {u"create"_s, u"--name"_s, user, u"--network"_s, u"none"_s, other, u"true"_s}));

        ImagesPage *page = m_workspace->imagesPage();
        QTRY_VERIFY_WITH_TIMEOUT(images()->findKey(ref).isValid(), 3000);
        QTRY_VERIFY_WITH_TIMEOUT(images()->findKey(other).isValid(), 3000);
        QTRY_COMPARE(images()->findKey(ref).data(ImageModel::UsedByRole).toInt(), 1);
        select(page, images(), {ref});
        clickTool(page, u"Remove"_s);
        ConfirmDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = page->findChild<ConfirmDialog *>()));
        QStringList shown;
        for (QLabel *l : dialog->findChildren<QLabel *>())
            if (l->isVisibleTo(dialog))
                shown << l->text();
        const QString text = shown.join(u'\n');
        QVERIFY2(text.contains(u"nothing is deleted"_s), qPrintable(text));
        QVERIFY2(!text.contains(u"refused"_s), qPrintable(text));
        QVERIFY(dialog->findChild<QListWidget *>()->item(0)->text().contains(u"other tags"_s));
        QVERIFY(dialog->acceptButton()->text().startsWith(u"Remove 1 tag"_s));
        dialog->acceptButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!images()->findKey(ref).isValid(), 5000);
        QTRY_VERIFY(!page->banner()->isVisible());
        QVERIFY(testbed::docker({u"image"_s, u"inspect"_s, other}).has_value());
        dialog = nullptr;

        // Both tags chosen: the image goes, so the engine's refusal applies again.
        QVERIFY(testbed::docker({u"tag"_s, other, ref}));
        QTRY_VERIFY_WITH_TIMEOUT(images()->findKey(ref).isValid(), 3000);
        select(page, images(), {ref, other});
        clickTool(page, u"Remove"_s);
        QTRY_VERIFY((dialog = page->findChild<ConfirmDialog *>()));
        shown.clear();
        for (QLabel *l : dialog->findChildren<QLabel *>())
            if (l->isVisibleTo(dialog))
                shown << l->text();
        QVERIFY2(shown.join(u'\n').contains(u"refused"_s), qPrintable(shown.join(u'\n')));
        dialog->reject();
    }

    void danglingImagesSelectedAtOnce()
    {
        const QString ref = unique("gantry-gui/rebuilt-") + u":dev"_s;
        QVERIFY(build(ref, u"RUN echo first > /v"_s));
        QVERIFY(build(ref, u"RUN echo second > /v"_s)); // the first one is now dangling
        m_images << ref;
        ImagesPage *page = m_workspace->imagesPage();
        QTRY_VERIFY_WITH_TIMEOUT(!images()->danglingIndexes().isEmpty(), 3000);
        clickTool(page, u"Select all dangling"_s);
        const QList<ImagesPage::Selected> selected = page->selectedImages();
        QCOMPARE(selected.size(), images()->danglingIndexes().size());
        for (const ImagesPage::Selected &s : selected)
            QVERIFY(s.reference.startsWith(u"sha256:"_s));
    }

    void everyActionableWidgetHasAnAccessibleName()
    {
        for (const QString &page : {u"containersPage"_s, u"imagesPage"_s}) {
            m_workspace->window()->showPage(page);
            const QStringList unnamed = unnamedActionableWidgets(m_workspace->window());
            QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
        }
    }

private:
    ContainerModel *model() const { return m_workspace->containerModel(); }
    ImageModel *images() const { return m_workspace->imageModel(); }

    QString lastCommand() const
    {
        const CommandLog *log = m_workspace->commandLog();
        return log->commandAt(log->rowCount() - 1);
    }

    QString container(bool start)
    {
        const QString name = unique("gantry-gui-");
        m_containers << name;
        testbed::docker({start ? u"run"_s : u"create"_s, start ? u"-d"_s : u"-i"_s, u"--name"_s,
                         name, u"--network"_s, u"none"_s, m_image, u"sleep"_s, u"300"_s});
        return name;
    }

    QString keyOf(const QString &name) const
    {
        for (const ContainerSummary &c : containersNow()) {
            if (c.names.value(0) == name)
                return c.id;
        }
        return {};
    }

    QList<ContainerSummary> containersNow() const
    {
        QList<ContainerSummary> out;
        std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
            for (int r = 0; r < model()->rowCount(parent); ++r) {
                const QModelIndex i = model()->index(r, 0, parent);
                if (const ContainerSummary *c = model()->container(i))
                    out << *c;
                walk(i);
            }
        };
        walk({});
        return out;
    }

    bool build(const QString &ref, const QString &step)
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(u"Dockerfile"_s));
        if (!f.open(QIODevice::WriteOnly))
            return false;
        f.write((u"FROM "_s + m_image + u'\n' + step + u'\n').toUtf8());
        f.close();
        return testbed::docker({u"build"_s, u"-q"_s, u"-t"_s, ref, dir.path()}, 120000).has_value();
    }

    DockerClient *m_client = nullptr;
    ConnectionMonitor *m_monitor = nullptr;
    Workspace *m_workspace = nullptr;
    QString m_image;
    QStringList m_containers;
    QStringList m_images;
};

QTEST_MAIN(TestResourcePages)
#include "tst_resource_pages.moc"
