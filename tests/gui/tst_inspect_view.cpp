#include "AccessibilityCheck.h"
#include "details/InspectView.h"
#include "tree/JsonTreeModel.h"
#include "widgets/MessageBanner.h"

#include <QAction>
#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeView>
#include <QtTest>

using namespace gantry;
using namespace Qt::StringLiterals;

namespace {

QJsonObject inspectFixture()
{
    QFile file(QStringLiteral(GANTRY_FIXTURES) + u"/container_inspect.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(file.fileName()));
    return QJsonDocument::fromJson(file.readAll()).object();
}

QAction *actionByText(QWidget *widget, const QString &text)
{
    for (QAction *a : widget->actions()) {
        if (a->text() == text)
            return a;
    }
    return nullptr;
}

struct Harness {
    Harness()
    {
        view.resize(900, 600);
        view.show();
        tree = byAccessibleName<QTreeView>(&view, u"Inspect"_s);
        search = byAccessibleName<QLineEdit>(&view, u"Search inspect data"_s);
        copyAll = byAccessibleName<QPushButton>(&view, u"Copy all"_s);
    }

    // The paths of every row the tree holds (a filtered-out row is not in it).
    QStringList rows() const
    {
        QStringList paths;
        QList<QModelIndex> pending{QModelIndex()};
        while (!pending.isEmpty()) {
            const QModelIndex parent = pending.takeFirst();
            for (int row = 0; row < tree->model()->rowCount(parent); ++row) {
                const QModelIndex child = tree->model()->index(row, 0, parent);
                paths << child.data(JsonTreeModel::PathRole).toString();
                pending << child;
            }
        }
        paths.sort();
        return paths;
    }

    QModelIndex row(const QString &path) const
    {
        QList<QModelIndex> pending{QModelIndex()};
        while (!pending.isEmpty()) {
            const QModelIndex parent = pending.takeFirst();
            for (int r = 0; r < tree->model()->rowCount(parent); ++r) {
                const QModelIndex child = tree->model()->index(r, 0, parent);
                if (child.data(JsonTreeModel::PathRole).toString() == path)
                    return child;
                pending << child;
            }
        }
        return {};
    }

    // Every ancestor of the row is expanded: a user sees it without clicking.
    bool shown(const QString &path) const
    {
        const QModelIndex index = row(path);
        if (!index.isValid())
            return false;
        for (QModelIndex p = index.parent(); p.isValid(); p = p.parent()) {
            if (!tree->isExpanded(p))
                return false;
        }
        return tree->visualRect(index).isValid();
    }

    InspectView view;
    QTreeView *tree = nullptr;
    QLineEdit *search = nullptr;
    QPushButton *copyAll = nullptr;
};

} // namespace

class TestInspectView : public QObject {
    Q_OBJECT
private slots:
    void widgetsAreFoundByAccessibleName()
    {
        Harness h;
        QVERIFY(h.tree);
        QVERIFY(h.search);
        QVERIFY(h.copyAll);
        QCOMPARE(h.search->placeholderText(), u"Search inspect data"_s);
        QVERIFY(actionByText(h.tree, u"Copy value"_s));
        QVERIFY(actionByText(h.tree, u"Copy path"_s));
        QCOMPARE(h.tree->contextMenuPolicy(), Qt::ActionsContextMenu);
    }

    void documentIsShown()
    {
        Harness h;
        QVERIFY(!h.copyAll->isEnabled());
        const QJsonObject doc = inspectFixture();
        h.view.setDocument(doc);
        QCOMPARE(h.tree->model()->rowCount(), int(doc.size()));
        QVERIFY(h.copyAll->isEnabled());
        QVERIFY(h.shown(u".State"_s));
        QVERIFY(!h.shown(u".State.Health"_s)); // collapsed at first
    }

    void searchShowsOnlyMatchesAndTheirAncestors()
    {
        Harness h;
        h.view.setDocument(inspectFixture());
        const int all = h.rows().size();

        QTest::keyClicks(h.search, u"HEALTHY"_s); // a value, any case
        QCOMPARE(h.rows(),
                 (QStringList{u".State"_s, u".State.Health"_s, u".State.Health.Status"_s}));
        QVERIFY(h.shown(u".State.Health.Status"_s));

        h.search->clear();
        QTest::keyClicks(h.search, u"hostport"_s); // a key
        QCOMPARE(h.rows(), (QStringList{
                               u".HostConfig"_s,
                               u".HostConfig.PortBindings"_s,
                               u".HostConfig.PortBindings[\"80/tcp\"]"_s,
                               u".HostConfig.PortBindings[\"80/tcp\"][0]"_s,
                               u".HostConfig.PortBindings[\"80/tcp\"][0].HostPort"_s,
                               u".NetworkSettings"_s,
                               u".NetworkSettings.Ports"_s,
                               u".NetworkSettings.Ports[\"80/tcp\"]"_s,
                               u".NetworkSettings.Ports[\"80/tcp\"][0]"_s,
                               u".NetworkSettings.Ports[\"80/tcp\"][0].HostPort"_s,
                           }));
        QVERIFY(h.shown(u".NetworkSettings.Ports[\"80/tcp\"][0].HostPort"_s));

        h.search->clear();
        QTest::keyClicks(h.search, u"shop_logs"_s); // substrings of two values
        QCOMPARE(h.rows(), (QStringList{u".Mounts"_s, u".Mounts[1]"_s, u".Mounts[1].Name"_s,
                                        u".Mounts[1].Source"_s}));

        h.search->clear();
        QCOMPARE(h.rows().size(), all);
        QVERIFY(!h.shown(u".Mounts[1]"_s)); // collapsed again, as before the search
    }

    void searchSurvivesANewDocument()
    {
        Harness h;
        h.view.setDocument(inspectFixture());
        QTest::keyClicks(h.search, u"healthy"_s);
        QCOMPARE(h.rows().size(), 3);

        // A refresh: the container's health changed, a label now mentions it.
        QJsonObject refreshed = inspectFixture();
        QJsonObject state = refreshed.value("State"_L1).toObject();
        QJsonObject health = state.value("Health"_L1).toObject();
        health.insert(u"Status"_s, u"starting"_s);
        state.insert(u"Health"_s, health);
        refreshed.insert(u"State"_s, state);
        QJsonObject config = refreshed.value("Config"_L1).toObject();
        QJsonObject labels = config.value("Labels"_L1).toObject();
        labels.insert(u"com.example.note"_s, u"was Healthy on Monday"_s);
        config.insert(u"Labels"_s, labels);
        refreshed.insert(u"Config"_s, config);

        h.view.setDocument(refreshed);
        QCOMPARE(h.search->text(), u"healthy"_s);
        QCOMPARE(h.view.searchText(), u"healthy"_s);
        const QString note = u".Config.Labels[\"com.example.note\"]"_s;
        QCOMPARE(h.rows(), (QStringList{u".Config"_s, u".Config.Labels"_s, note}));
        QVERIFY(h.shown(note));

        h.view.clear(); // no item selected: the search stays for the next one
        QCOMPARE(h.tree->model()->rowCount(), 0);
        h.view.setDocument(inspectFixture());
        QCOMPARE(h.rows().size(), 3);
    }

    void refreshKeepsExpandedRowsAndCurrentRow()
    {
        Harness h;
        h.view.setDocument(inspectFixture());
        h.tree->expand(h.row(u".Mounts"_s));
        h.tree->expand(h.row(u".Mounts[0]"_s));
        h.tree->expand(h.row(u".State"_s));
        h.tree->expand(h.row(u".State.Health"_s));
        h.tree->setCurrentIndex(h.row(u".Mounts[0].Source"_s));
        h.view.setDocument(inspectFixture());
        QVERIFY(h.tree->isExpanded(h.row(u".State.Health"_s)));
        QVERIFY(h.shown(u".State.Health.Log"_s));
        QVERIFY(h.shown(u".Mounts[0].Source"_s));
        QCOMPARE(h.tree->currentIndex().data(JsonTreeModel::PathRole).toString(),
                 u".Mounts[0].Source"_s);
        QVERIFY(!h.tree->isExpanded(h.row(u".Config"_s)));
    }

    void copyValueAndPath()
    {
        Harness h;
        h.view.setDocument(inspectFixture());
        QAction *copyValue = actionByText(h.tree, u"Copy value"_s);
        QAction *copyPath = actionByText(h.tree, u"Copy path"_s);
        QVERIFY(copyValue && copyPath);
        QVERIFY(!copyValue->isEnabled()); // nothing selected yet

        QTest::keyClicks(h.search, u"/home/alice/shop/www"_s);
        const QModelIndex source = h.row(u".Mounts[0].Source"_s);
        QVERIFY(source.isValid());
        h.tree->setCurrentIndex(source.siblingAtColumn(JsonTreeModel::ValueColumn));
        QVERIFY(copyValue->isEnabled());

        QGuiApplication::clipboard()->clear();
        copyValue->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), u"/home/alice/shop/www"_s); // unquoted
        copyPath->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), u".Mounts[0].Source"_s);
    }

    void ctrlCCopiesTheSelectedValue()
    {
        Harness h;
        h.view.setDocument(inspectFixture());
        QVERIFY(QTest::qWaitForWindowActive(&h.view));
        h.tree->setFocus();
        h.tree->expand(h.row(u".State"_s));
        const QModelIndex health = h.row(u".State.Health"_s);
        h.tree->setCurrentIndex(health);

        QGuiApplication::clipboard()->clear();
        QTest::keySequence(h.tree, QKeySequence::Copy);
        const QString copied = QGuiApplication::clipboard()->text();
        QCOMPARE(QJsonDocument::fromJson(copied.toUtf8()).object(),
                 inspectFixture().value("State"_L1).toObject().value("Health"_L1).toObject());
        QVERIFY(!copied.contains(u'\n')); // compact
    }

    void copyAllCopiesTheWholeDocumentIndented()
    {
        Harness h;
        const QJsonObject doc = inspectFixture();
        h.view.setDocument(doc);
        QTest::keyClicks(h.search, u"healthy"_s); // a search does not narrow "Copy all"
        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(h.copyAll, Qt::LeftButton);
        const QString copied = QGuiApplication::clipboard()->text();
        QCOMPARE(QJsonDocument::fromJson(copied.toUtf8()).object(), doc);
        QVERIFY(copied.contains(u"\n    \"AppArmorProfile\": \"docker-default\","_s));
    }

    void errorIsShownInPlace()
    {
        Harness h;
        h.view.setDocument(inspectFixture());
        auto *error = h.view.findChild<MessageBanner *>(u"inspectError"_s);
        QVERIFY(error);
        QVERIFY(!error->isVisible());

        h.view.setError(u"No such container: shop-web-1"_s);
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), u"No such container: shop-web-1"_s);
        QCOMPARE(h.tree->model()->rowCount(), 0);
        QVERIFY(!h.copyAll->isEnabled());

        h.view.setDocument(inspectFixture());
        QVERIFY(!error->isVisible());
        QVERIFY(h.tree->model()->rowCount() > 0);
    }

    void everyActionableWidgetHasAnAccessibleName()
    {
        Harness h;
        h.view.setDocument(inspectFixture());
        QTest::keyClicks(h.search, u"shop"_s); // shows the line edit's clear button
        h.view.setError(u"boom"_s);
        const QStringList unnamed = unnamedActionableWidgets(&h.view);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
        for (QAction *a : h.tree->actions())
            QVERIFY(!a->text().isEmpty());
    }
};

QTEST_MAIN(TestInspectView)
#include "tst_inspect_view.moc"
