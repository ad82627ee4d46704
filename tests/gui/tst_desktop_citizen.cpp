// Issue 18: the window remembers its layout, the command palette (Ctrl+K), the keyboard
// shortcuts page, and what empty pages say.
#include "MainWindow.h"
#include "TestBed.h"
#include "Workspace.h"
#include "api/ConnectionMonitor.h"
#include "api/DockerClient.h"
#include "containers/ContainersPage.h"
#include "details/DetailsPanel.h"
#include "details/InspectView.h"
#include "images/ImagesPage.h"
#include "layout/LayoutMemory.h"
#include "listings/ContainerModel.h"
#include "palette/CommandPalette.h"
#include "palette/PaletteEntry.h"
#include "palette/ShortcutsDialog.h"
#include "volumes/VolumesPage.h"
#include "widgets/EmptyState.h"

#include <QAction>
#include <QCheckBox>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QJsonObject>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QPointer>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTreeView>
#include <QTreeWidget>
#include <QtTest>

using namespace gantry;
using namespace Qt::StringLiterals;

namespace {

struct Harness {
    // settings: where the layout is kept (nullptr: nothing remembered, as in other tests).
    explicit Harness(const Endpoint &ep, QSettings *settings = nullptr)
        : client(ep)
        , monitor(&client)
        , workspace(&client, &monitor)
    {
        monitor.setRetryDelays(50, 300);
        if (settings)
            workspace.rememberLayout(settings);
        workspace.start();
        monitor.start();
    }
    MainWindow *window() { return workspace.window(); }
    QDockWidget *dock(const QString &name) { return window()->findChild<QDockWidget *>(name); }
    QAction *action(const QString &name) { return window()->findChild<QAction *>(name); }

    DockerClient client;
    ConnectionMonitor monitor;
    Workspace workspace;
};

Endpoint nowhere()
{
    Endpoint ep;
    ep.socketPath = u"/nonexistent/gantry-desktop.sock"_s;
    return ep;
}

QHeaderView *containersHeader(Harness &h)
{
    return h.workspace.containersPage()->view()->header();
}

QCheckBox *showAll(Harness &h)
{
    return h.workspace.containersPage()->findChild<QCheckBox *>(u"showAll"_s);
}

EmptyState *emptyStateOf(QWidget *page)
{
    return page->findChild<EmptyState *>(u"emptyState"_s);
}

ContainerSummary container(const QString &id, const QString &name)
{
    ContainerSummary c;
    c.id = id;
    c.names = {name};
    c.image = u"busybox"_s;
    c.state = ContainerState(u"running"_s);
    c.status = u"Up 1 second"_s;
    return c;
}

// GANTRY_SCREENSHOT_DIR set (under xvfb-run): pictures of the window with a popup over it.
void picture(QWidget *window, const QString &name, QWidget *over = nullptr)
{
    const QString dir = qEnvironmentVariable("GANTRY_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QPixmap pixmap = window->grab();
    if (over) {
        QPainter painter(&pixmap);
        painter.drawPixmap(window->mapFromGlobal(over->mapToGlobal(QPoint(0, 0))), over->grab());
    }
    pixmap.save(dir + u'/' + name + u".png"_s);
}

// Opens the palette with Ctrl+K as a user would, in the active window.
CommandPalette *openPalette(Harness &h)
{
    h.window()->activateWindow();
    if (!QTest::qWaitForWindowActive(h.window()))
        return nullptr;
    QWidget *focus = h.window()->focusWidget();
    QTest::keyClick(focus ? focus : h.window(), Qt::Key_K, Qt::ControlModifier);
    auto *palette = h.window()->findChild<CommandPalette *>(u"commandPalette"_s);
    if (!palette || !QTest::qWaitFor([palette] { return palette->isVisible(); }))
        return nullptr;
    return palette;
}

} // namespace

class TestDesktopCitizen : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // Whatever a part would read from the user's own settings goes to a test location.
        QStandardPaths::setTestModeEnabled(true);
    }

    void theLayoutComesBackAtTheNextStartAndResets()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"gantry.ini"_s), QSettings::IniFormat);
        QByteArray defaultHeader;
        QList<int> defaultSplit;
        {
            Harness h(nowhere(), &settings);
            QVERIFY(QTest::qWaitForWindowExposed(h.window()));
            QCOMPARE(h.window()->size(), QSize(1280, 800));
            QHeaderView *header = containersHeader(h);
            defaultHeader = header->saveState();
            // The splitter's defaults, in the window's default size.
            h.window()->showPage(u"diskUsagePage"_s);
            auto *split = h.window()->currentPage()->findChild<QSplitter *>(u"diskUsageSplitter"_s);
            QVERIFY(split);
            QTRY_VERIFY(split->height() > 300);
            defaultSplit = split->sizes();
            QVERIFY(defaultSplit.value(0) != 250 && defaultSplit.value(0) > 0);
            h.window()->showPage(u"containersPage"_s);
            h.window()->resize(1100, 700);
            header->resizeSection(ContainerModel::ImageColumn, 333);
            header->moveSection(header->visualIndex(ContainerModel::StateColumn), 1);
            header->setSectionHidden(ContainerModel::PortsColumn, true);
            h.workspace.containersPage()->view()->sortByColumn(ContainerModel::StatusColumn,
                                                               Qt::DescendingOrder);
            h.workspace.containersPage()->filterField()->setText(u"web"_s);
            showAll(h)->setChecked(false);
            h.dock(u"commandLogDock"_s)->hide();
            // A splitter in a page.
            h.window()->showPage(u"diskUsagePage"_s);
            split = h.window()->currentPage()->findChild<QSplitter *>(u"diskUsageSplitter"_s);
            QVERIFY(split);
            QTRY_VERIFY(split->height() > 300);
            const int total = split->sizes().value(0) + split->sizes().value(1);
            split->setSizes({250, total - 250}); // the chart wants 200 at least
            QCOMPARE(split->sizes().value(0), 250);
            // A page built when first shown keeps its filter too, and is the last page.
            h.window()->showPage(u"volumesPage"_s);
            h.workspace.volumesPage()->filterField()->setText(u"data"_s);
        } // the window goes: the layout is written down

        Harness h(nowhere(), &settings);
        QVERIFY(QTest::qWaitForWindowExposed(h.window()));
        QCOMPARE(h.window()->size(), QSize(1100, 700));
        QHeaderView *header = containersHeader(h);
        QCOMPARE(header->sectionSize(ContainerModel::ImageColumn), 333);
        QCOMPARE(header->visualIndex(ContainerModel::StateColumn), 1);
        QVERIFY(header->isSectionHidden(ContainerModel::PortsColumn));
        QCOMPARE(header->sortIndicatorSection(), int(ContainerModel::StatusColumn));
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
        auto *proxy = h.workspace.containersPage()->view()->model();
        QCOMPARE(static_cast<QSortFilterProxyModel *>(proxy)->sortColumn(),
                 int(ContainerModel::StatusColumn));
        QCOMPARE(h.workspace.containersPage()->filterField()->text(), u"web"_s);
        QVERIFY(!showAll(h)->isChecked());
        QVERIFY(!h.dock(u"commandLogDock"_s)->isVisible());
        QVERIFY(h.dock(u"detailsDock"_s)->isVisible());
        QCOMPARE(h.window()->currentPage()->objectName(), u"volumesPage"_s);
        QCOMPARE(h.workspace.volumesPage()->filterField()->text(), u"data"_s);
        h.window()->showPage(u"diskUsagePage"_s);
        auto *split = h.window()->currentPage()->findChild<QSplitter *>(u"diskUsageSplitter"_s);
        QTRY_COMPARE(split->sizes().value(0), 250);

        // View > Reset layout: the defaults, and nothing left in the settings.
        QAction *reset = h.action(u"resetLayoutAction"_s);
        QVERIFY(reset);
        QVERIFY(h.window()->findChild<QMenu *>(u"viewMenu"_s)->actions().contains(reset));
        reset->trigger();
        QCOMPARE(h.window()->size(), QSize(1280, 800));
        QCOMPARE(header->saveState(), defaultHeader);
        QCOMPARE(header->sectionSize(ContainerModel::ImageColumn), 200);
        QVERIFY(!header->isSectionHidden(ContainerModel::PortsColumn));
        QCOMPARE(header->sortIndicatorSection(), int(ContainerModel::NameColumn));
        QCOMPARE(h.workspace.containersPage()->filterField()->text(), QString());
        QVERIFY(showAll(h)->isChecked());
        QTRY_VERIFY(h.dock(u"commandLogDock"_s)->isVisible());
        QCOMPARE(h.window()->currentPage()->objectName(), u"containersPage"_s);
        QCOMPARE(h.workspace.volumesPage()->filterField()->text(), QString());
        h.window()->showPage(u"diskUsagePage"_s); // laid out again when shown
        QTRY_COMPARE(split->sizes(), defaultSplit); // neither kept nor collapsed
        settings.sync();
        QVERIFY2(!settings.childGroups().contains(u"layout"_s),
                 qPrintable(settings.childGroups().join(u',')));
    }

    void columnsSavedForOtherColumnsAreDropped()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"gantry.ini"_s), QSettings::IniFormat);
        QByteArray saved, defaults;
        {
            Harness h(nowhere(), &settings);
            defaults = containersHeader(h)->saveState();
            containersHeader(h)->resizeSection(ContainerModel::ImageColumn, 333);
        }
        // As if written by a version with one column less.
        const QString key = u"layout/pages/containersPage/view"_s;
        QVariantMap kept = settings.value(key).toMap();
        QCOMPARE(kept.value(u"columns"_s).toInt(), int(ContainerModel::ColumnCount));
        kept[u"columns"_s] = int(ContainerModel::ColumnCount) - 1;
        settings.setValue(key, kept);
        Harness h(nowhere(), &settings);
        QCOMPARE(containersHeader(h)->saveState(), defaults);
    }

    void closingTheWindowWritesTheLayoutDown()
    {
        // Not only when the workspace goes (a logout or a crash would lose it): closed, the
        // window's layout is on disk.
        QTemporaryDir dir;
        const QString file = dir.filePath(u"gantry.ini"_s);
        QSettings settings(file, QSettings::IniFormat);
        Harness h(nowhere(), &settings);
        QVERIFY(QTest::qWaitForWindowExposed(h.window()));
        h.workspace.containersPage()->filterField()->setText(u"web"_s);
        // Read as written (QSettings objects of one file share what is not written yet).
        const auto onDisk = [&file] {
            QFile f(file);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        QVERIFY(!onDisk().contains("filter=web"));
        h.window()->close();
        QVERIFY(onDisk().contains("filter=web"));
        QVERIFY(onDisk().contains("[layout]"));
    }

    void aStateOfAnotherVersionLeavesTheDocksSized()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"gantry.ini"_s), QSettings::IniFormat);
        int sizedWidth = 0; // the details' width when the docks are given their sizes
        {
            Harness h(nowhere(), &settings);
            QVERIFY(QTest::qWaitForWindowExposed(h.window()));
            QTRY_VERIFY((sizedWidth = h.dock(u"detailsDock"_s)->width()) > 300);
        }
        QVERIFY(settings.contains(u"layout/window/geometry"_s));
        {
            Harness h(nowhere(), &settings);
            QVERIFY(h.workspace.layoutMemory()->restoreWindow()); // its own state: restored
        }
        // As if written by a version with other docks: the geometry alone is no success.
        settings.setValue(u"layout/window/state"_s, QMainWindow().saveState(99));
        Harness h(nowhere(), &settings);
        QVERIFY(!h.workspace.layoutMemory()->restoreWindow());
        QVERIFY(QTest::qWaitForWindowExposed(h.window()));
        QTRY_COMPARE(h.dock(u"detailsDock"_s)->width(), sizedWidth);
    }

    void theHeaderMenuHidesAndShowsColumns()
    {
        Harness h(nowhere());
        QHeaderView *header = containersHeader(h);
        QCOMPARE(header->contextMenuPolicy(), Qt::CustomContextMenu);
        QTimer::singleShot(0, header, [] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            QVERIFY(menu);
            QCOMPARE(menu->objectName(), u"columnMenu"_s);
            QVERIFY(!menu->actions().first()->isEnabled()); // the name always stays
            for (QAction *a : menu->actions()) {
                if (a->text() == u"Image"_s)
                    a->trigger(); // unchecks: hides
            }
            menu->close();
        });
        emit header->customContextMenuRequested(QPoint(5, 5));
        QVERIFY(header->isSectionHidden(ContainerModel::ImageColumn));
    }

    void everyActionIsReachableFromTheKeyboard()
    {
        Harness h(nowhere());
        h.window()->buildAllPages();
        for (QAction *menuAction : h.window()->menuBar()->actions()) {
            QVERIFY2(menuAction->text().contains(u'&'), qPrintable(menuAction->text()));
            for (QAction *a : menuAction->menu()->actions()) {
                if (a->isSeparator())
                    continue;
                QVERIFY2(a->text().contains(u'&') || !a->shortcut().isEmpty() || a->menu() ||
                             a->isCheckable(),
                         qPrintable(a->text()));
            }
        }
        // Every action of the window that can run now (the pages' too) is in the palette;
        // one that cannot (Stop with nothing selected) is not offered.
        const QList<PaletteEntry> entries = PaletteEntries::actions(h.window(), nullptr);
        QStringList texts;
        for (const PaletteEntry &e : entries)
            texts << e.text;
        for (const QString &expected :
             {u"Run"_s, u"Pull"_s, u"Registries"_s, u"Create"_s, u"Reset layout"_s,
              u"Keyboard shortcuts"_s, u"Command palette"_s, u"Containers"_s, u"Swarm"_s,
              u"Details"_s})
            QVERIFY2(texts.contains(expected), qPrintable(expected));
        for (const QString &absent : {u"Stop"_s, u"Remove"_s, u"Tag"_s, u"Commit"_s})
            QVERIFY2(!texts.contains(absent), qPrintable(absent));
        // Each once, and as many as the window has now (counted by hand: a new action changes
        // it, a lost or doubled one too).
        QCOMPARE(entries.size(), 32);
    }

    void theShortcutsPageListsEveryShortcutFromTheActions()
    {
        Harness h(nowhere());
        h.window()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(h.window()));
        QTest::keyClick(h.window(), Qt::Key_F1);
        ShortcutsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = h.window()->findChild<ShortcutsDialog *>()));
        QTreeWidget *list = dialog->list();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        picture(dialog, u"shortcuts"_s);
        QHash<QString, QString> rows; // "text @ where" -> keys
        int count = 0;
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *group = list->topLevelItem(i);
            for (int j = 0; j < group->childCount(); ++j, ++count)
                rows.insert(group->child(j)->text(0) + u" @ "_s + group->text(0),
                            group->child(j)->text(1));
        }
        QCOMPARE(rows.value(u"Command palette…"_s + u" @ View"_s), u"Ctrl+K"_s);
        QCOMPARE(rows.value(u"Stop @ Containers"_s), u"Ctrl+Shift+T"_s);
        QCOMPARE(rows.value(u"Pull… @ Images"_s), u"Ctrl+Shift+P"_s);
        QCOMPARE(rows.value(u"Create… @ Volumes"_s), u"Ctrl+N"_s); // a page built for it
        QCOMPARE(rows.value(u"Networks @ Go to page"_s), u"Ctrl+4"_s);
        // Generated: one row per action of the window with a shortcut, no more, no less
        // (counted by hand: a new shortcut changes it).
        QCOMPARE(count, 47);
        // Actions a controller adds to a page are placed on that page; the details' in Details.
        QCOMPARE(rows.value(u"Commit… @ Containers"_s), u"Ctrl+Shift+M"_s);
        // QKeySequence::FindNext: F3, and Ctrl+G on some platforms.
        QVERIFY(rows.value(u"Next match @ Details"_s).startsWith(u"F3"_s));
        // F1 again: the same page raised, not another one.
        QTest::keyClick(h.window(), Qt::Key_F1);
        QCOMPARE(h.workspace.showShortcuts(), dialog);
        QCOMPARE(h.window()->findChildren<ShortcutsDialog *>().size(), 1);
        // Closed, the next one is made afresh.
        QPointer<ShortcutsDialog> gone(dialog);
        dialog->close();
        QTRY_VERIFY(!gone);
        QVERIFY(h.workspace.showShortcuts() != nullptr);
    }

    void thePaletteRunsActionsAndFindsContainers()
    {
        if (!testbed::available())
            QFAIL(testbed::missingMessage());
        const QString name = testbed::unique("palette-target");
        QVERIFY(testbed::docker({u"create"_s, u"--name"_s, name, u"--network"_s, u"none"_s,
                                 testbed::env("GANTRY_TEST_IMAGE"), u"true"_s}));
        const auto cleanup = qScopeGuard([&] { testbed::docker({u"rm"_s, u"-f"_s, name}); });
        Harness h(testbed::endpoint());
        ContainerModel *model = h.workspace.containerModel();
        QTRY_VERIFY_WITH_TIMEOUT(
            model->findKey(testbed::inspect(name)[u"Id"_s].toString()).isValid(), 15000);
        const QString id = testbed::inspect(name)[u"Id"_s].toString();
        // Hidden by the filters at first: the palette clears them to show it.
        h.workspace.containersPage()->filterField()->setText(u"nothing-like-it"_s);

        // An action: "images" finds the page and Enter goes there.
        CommandPalette *palette = openPalette(h);
        QVERIFY(palette);
        QVERIFY(palette->field()->hasFocus());
        QTest::keyClicks(palette->field(), u"images"_s);
        QCOMPARE(palette->shownTexts().value(0), u"Images"_s);
        QTest::keyClick(palette->field(), Qt::Key_Return);
        QTRY_VERIFY(!palette->isVisible());
        QTRY_COMPARE(h.window()->currentPage()->objectName(), u"imagesPage"_s);

        // Arrows move the choice, Esc closes without running anything.
        palette = openPalette(h);
        QVERIFY(palette);
        QTest::keyClicks(palette->field(), u"s"_s);
        QVERIFY(palette->list()->topLevelItemCount() > 2);
        QTest::keyClick(palette->field(), Qt::Key_Down);
        QCOMPARE(palette->list()->indexOfTopLevelItem(palette->list()->currentItem()), 1);
        QTest::keyClick(palette->field(), Qt::Key_Up);
        QCOMPARE(palette->list()->indexOfTopLevelItem(palette->list()->currentItem()), 0);
        QTest::keyClick(palette->field(), Qt::Key_Backspace);
        QTest::keyClicks(palette->field(), u"st"_s);
        QTest::qWait(50);
        picture(h.window(), u"palette"_s, palette);
        QVERIFY(palette->entryCount() > 0);
        QTest::keyClick(palette->field(), Qt::Key_Escape);
        QTRY_VERIFY(!palette->isVisible());
        QCOMPARE(h.window()->currentPage()->objectName(), u"imagesPage"_s);
        // Closed, it keeps nothing (a persistent index per row of the listings).
        QCOMPARE(palette->entryCount(), 0);
        QCOMPARE(palette->list()->topLevelItemCount(), 0);

        // An object: the container by a few letters of its name, shown on its page.
        palette = openPalette(h);
        QVERIFY(palette);
        QTest::keyClicks(palette->field(), name);
        QCOMPARE(palette->shownTexts().value(0), name);
        QTest::keyClick(palette->field(), Qt::Key_Return);
        QTRY_COMPARE(h.window()->currentPage()->objectName(), u"containersPage"_s);
        QTreeView *view = h.workspace.containersPage()->view();
        QTRY_COMPARE(view->currentIndex().siblingAtColumn(0).data().toString(), name);
        QCOMPARE(h.workspace.containersPage()->filterField()->text(), QString());
        QCOMPARE(h.workspace.containersPage()->selectedContainers().value(0).id, id);
        QCOMPARE(h.workspace.details()->containerId(), id);

        // By its short ID too.
        palette = openPalette(h);
        QVERIFY(palette);
        QTest::keyClicks(palette->field(), id.left(12));
        QCOMPARE(palette->shownTexts().value(0), name);
        QTest::keyClick(palette->field(), Qt::Key_Escape);
    }

    void aPagesActionRunFromThePaletteShowsItsPage()
    {
        // A page's action acts on that page's selection: run from another page, it shows its
        // page first (not acting unseen on what is selected there).
        Harness h(nowhere());
        QVERIFY(QTest::qWaitForWindowExposed(h.window()));
        QCOMPARE(h.window()->currentPage()->objectName(), u"containersPage"_s);
        QCOMPARE(h.window()->pageOf(h.action(u"selectDanglingAction"_s)), u"imagesPage"_s);
        QCOMPARE(h.window()->pageOf(h.action(u"resetLayoutAction"_s)), QString());
        CommandPalette *palette = openPalette(h);
        QVERIFY(palette);
        QTest::keyClicks(palette->field(), u"select all dangling"_s);
        QCOMPARE(palette->shownTexts().value(0), u"Select all dangling"_s);
        QTest::keyClick(palette->field(), Qt::Key_Return);
        QTRY_COMPARE(h.window()->currentPage()->objectName(), u"imagesPage"_s);
        QCOMPARE(palette->entryCount(), 0); // closed: nothing kept
        // A menu's action leaves the page as it is.
        palette = openPalette(h);
        QVERIFY(palette);
        QTest::keyClicks(palette->field(), u"keyboard shortcuts"_s);
        QCOMPARE(palette->shownTexts().value(0), u"Keyboard shortcuts"_s);
        QTest::keyClick(palette->field(), Qt::Key_Return);
        ShortcutsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = h.window()->findChild<ShortcutsDialog *>()));
        QCOMPARE(h.window()->currentPage()->objectName(), u"imagesPage"_s);
        dialog->close();
    }

    void emptyPagesSayWhatToDo()
    {
        Harness h(nowhere()); // an engine that lists nothing
        QVERIFY(QTest::qWaitForWindowExposed(h.window()));
        ContainersPage *page = h.workspace.containersPage();
        EmptyState *empty = emptyStateOf(page);
        QVERIFY(empty);
        QVERIFY(empty->isVisible());
        QVERIFY2(empty->text().startsWith(u"No containers. Run one from an image"_s),
                 qPrintable(empty->text()));
        QVERIFY(empty->text().contains(u"Ctrl+N"_s));
        QVERIFY(emptyStateOf(h.workspace.imagesPage())->text().startsWith(u"No images."_s));

        h.workspace.containerModel()->setContainers({container(u"c1"_s, u"web"_s)});
        QTRY_VERIFY(!empty->isVisible());
        // Filtered out: it says so and how to see it again.
        page->filterField()->setText(u"zzz"_s);
        QTRY_VERIFY(empty->isVisible());
        QVERIFY2(empty->text().startsWith(u"No container matches."_s), qPrintable(empty->text()));
        page->filterField()->clear();
        QTRY_VERIFY(!empty->isVisible());
        h.workspace.containerModel()->setContainers({});
        QTRY_VERIFY(empty->isVisible());
        QVERIFY(empty->text().startsWith(u"No containers."_s));

        // Disk usage before its first measure; the details with nothing selected.
        h.window()->showPage(u"diskUsagePage"_s);
        EmptyState *disk = emptyStateOf(h.window()->currentPage());
        QVERIFY(disk);
        QTRY_VERIFY(disk->isVisible());
        QVERIFY2(disk->text().startsWith(u"Not measured yet"_s), qPrintable(disk->text()));
        InspectView *inspect = h.workspace.details()->inspectView();
        EmptyState *nothing = inspect->findChild<EmptyState *>(u"emptyState"_s);
        QVERIFY(nothing);
        QTRY_VERIFY(nothing->isVisible());
        QVERIFY(nothing->text().startsWith(u"Select a container"_s));
        inspect->setDocument(QJsonObject{{u"Id"_s, u"abc"_s}});
        QTRY_VERIFY(!nothing->isVisible());
    }

    void theDetailsHideTabsWithNothingToSay()
    {
        Harness h(nowhere());
        DetailsPanel *details = h.workspace.details();
        const auto visible = [details](const QString &title) {
            for (int i = 0; i < details->count(); ++i) {
                if (details->tabText(i) == title)
                    return details->isTabVisible(i);
            }
            return false;
        };
        QVERIFY(!visible(u"History"_s)); // nothing shown yet: no layers
        QVERIFY(visible(u"Logs"_s));
        details->showImage(u"busybox:latest"_s);
        QVERIFY(visible(u"History"_s));
        QVERIFY(!visible(u"Logs"_s));
        QVERIFY(!visible(u"Terminal"_s));
        QVERIFY(!visible(u"Stats"_s));
        QVERIFY(visible(u"Inspect"_s));
        details->showContainer(u"abc"_s, u"web"_s, ContainerState(u"running"_s));
        QVERIFY(!visible(u"History"_s));
        QVERIFY(visible(u"Logs"_s));
        QVERIFY(visible(u"Terminal"_s));
        QVERIFY(visible(u"Stats"_s));
    }
};

QTEST_MAIN(TestDesktopCitizen)
#include "tst_desktop_citizen.moc"
