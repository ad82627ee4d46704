#include "AccessibilityCheck.h"
#include "TestBed.h"
#include "actions/ActionRunner.h"
#include "actions/CommandLog.h"
#include "api/DockerClient.h"
#include "details/DetailsPanel.h"
#include "details/InspectView.h"
#include "details/ResourceInspector.h"
#include "listings/NetworkModel.h"
#include "listings/VolumeModel.h"
#include "live/VolumeNetworkRefresher.h"
#include "networks/CreateNetworkDialog.h"
#include "networks/NetworkActions.h"
#include "networks/NetworkContainerDialog.h"
#include "networks/NetworksPage.h"
#include "volumes/CreateVolumeDialog.h"
#include "volumes/VolumeActions.h"
#include "volumes/VolumesPage.h"
#include "widgets/ConfirmDialog.h"
#include "widgets/MessageBanner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QToolButton>
#include <QTreeView>
#include <QUuid>
#include <QtTest>

using namespace gantry;
using namespace Qt::StringLiterals;

namespace {

using testbed::unique;

// Selects the rows at these source indexes in a page's view, as a click would.
void select(ResourcePage *page, const QModelIndexList &rows)
{
    auto *proxy = static_cast<QSortFilterProxyModel *>(page->view()->model());
    QItemSelection selection;
    for (const QModelIndex &row : rows) {
        const QModelIndex p = proxy->mapFromSource(row);
        QVERIFY(p.isValid());
        selection.select(p, p);
    }
    page->view()->selectionModel()->setCurrentIndex(selection.indexes().first(),
                                                    QItemSelectionModel::NoUpdate);
    page->view()->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
}

void clickTool(QWidget *page, const QString &name)
{
    auto *button = byAccessibleName<QToolButton>(page, name);
    QVERIFY2(button, qPrintable(name));
    QVERIFY2(button->isEnabled(), qPrintable(name + u" is disabled"_s));
    button->click();
}

QStringList itemsOf(ConfirmDialog *dialog)
{
    QStringList out;
    auto *list = dialog->findChild<QListWidget *>(u"confirmItems"_s);
    for (int i = 0; list && i < list->count(); ++i)
        out << list->item(i)->text();
    return out;
}

bool volumeExists(const QString &name)
{
    return testbed::docker({u"volume"_s, u"inspect"_s, name}).has_value();
}

bool networkExists(const QString &name)
{
    return testbed::docker({u"network"_s, u"inspect"_s, name}).has_value();
}

} // namespace

class TestVolumesNetworksPages : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (!testbed::available())
            QFAIL(testbed::missingMessage());
        m_image = testbed::env("GANTRY_TEST_IMAGE");
        // Pinged, with the API version negotiated.
        m_client = testbed::connectedClient(this);
        QVERIFY(m_client);

        m_log = new CommandLog(this);
        m_runner = new ActionRunner(m_client, m_log, this);
        m_volumes = new VolumeModel(this);
        m_networks = new NetworkModel(this);
        m_refresher = new VolumeNetworkRefresher(m_client, m_volumes, m_networks, this);
        m_volumesPage = new VolumesPage(m_volumes);
        m_networksPage = new NetworksPage(m_networks);
        new VolumeActions(m_volumesPage, m_runner, m_refresher, this);
        new NetworkActions(m_networksPage, m_runner, m_refresher, this);
        m_details = new DetailsPanel(m_client);
        auto *inspector = new ResourceInspector(m_client, m_details, this);
        connect(m_volumesPage, &VolumesPage::inspectRequested, inspector,
                &ResourceInspector::showVolume);
        connect(m_networksPage, &NetworksPage::inspectRequested, inspector,
                &ResourceInspector::showNetwork);
        for (QWidget *w :
             {static_cast<QWidget *>(m_volumesPage), static_cast<QWidget *>(m_networksPage),
              static_cast<QWidget *>(m_details)}) {
            w->resize(1400, 700);
            w->show();
        }
        m_refresher->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_refresher->isFirstRefreshDone(), 10000);
    }

    void cleanupTestCase()
    {
        delete m_volumesPage;
        delete m_networksPage;
        delete m_details;
        for (const QString &c : std::as_const(m_containerNames))
            testbed::docker({u"rm"_s, u"-f"_s, c});
        for (const QString &v : std::as_const(m_volumeNames)) {
            if (volumeExists(v))
                testbed::docker({u"volume"_s, u"rm"_s, v});
        }
        for (const QString &n : std::as_const(m_networkNames)) {
            if (networkExists(n))
                testbed::docker({u"network"_s, u"rm"_s, n});
        }
    }

    void createVolumeValidatesAndKeepsInputOnError()
    {
        clickTool(m_volumesPage, u"Create…"_s);
        CreateVolumeDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_volumesPage->findChild<CreateVolumeDialog *>()));
        auto *name = byAccessibleName<QLineEdit>(dialog, u"Volume name"_s);
        auto *create = byAccessibleName<QPushButton>(dialog, u"Create"_s);
        auto *error = dialog->findChild<QLabel *>(u"volumeError"_s);
        QVERIFY(name && create && error);
        QCOMPARE(byAccessibleName<QLineEdit>(dialog, u"Volume driver"_s)->text(), u"local"_s);

        // Refused as typed: an inline error, nothing sent.
        const int logged = m_log->rowCount();
        name->setText(u"my data!"_s);
        QVERIFY(!create->isEnabled());
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(u"Not a valid volume name"_s), qPrintable(error->text()));
        create->click();
        QTest::qWait(200);
        QCOMPARE(m_log->rowCount(), logged);
        QVERIFY(dialog->isVisible());

        // An empty name is fine (the engine makes one up).
        name->clear();
        QVERIFY(create->isEnabled());
        QVERIFY(!error->isVisible());

        // The engine says no (a name too long for the file system): the error shows in the
        // dialog, which stays open with what was typed.
        const QString tooLong = u"v"_s.repeated(300);
        name->setText(tooLong);
        QVERIFY(create->isEnabled());
        create->click();
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 5000);
        QVERIFY2(error->text().contains(u"file name too long"_s), qPrintable(error->text()));
        QVERIFY(dialog->isVisible());
        QCOMPARE(name->text(), tooLong);
        QCOMPARE(m_log->rowCount(), logged + 1);

        // A good name: created, logged, the dialog goes.
        const QString volume = unique("gantry-gui-vol-");
        m_volumeNames << volume;
        name->setText(volume);
        QVERIFY(!error->isVisible());
        QCOMPARE(dialog->findChild<QLabel *>(u"volumeCommand"_s)->text(),
                 u"docker volume create "_s + volume);
        create->click();
        QTRY_VERIFY_WITH_TIMEOUT(m_volumes->findKey(volume).isValid(), 3000);
        QCOMPARE(lastCommand(), u"docker volume create "_s + volume);
        QTRY_VERIFY(!m_volumesPage->findChild<CreateVolumeDialog *>());
        QVERIFY(volumeExists(volume));
    }

    void removeInUseVolumeNamesTheContainer()
    {
        const QString used = volume();
        const QString unused = volume();
        const QString user = container({u"-v"_s, used + u":/data"_s});
        QTRY_COMPARE_WITH_TIMEOUT(m_volumes->usersOf(used), QStringList{user}, 3000);
        QTRY_VERIFY(m_volumes->findKey(unused).isValid());

        select(m_volumesPage, {m_volumes->findKey(used), m_volumes->findKey(unused)});
        clickTool(m_volumesPage, u"Remove"_s);
        ConfirmDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_volumesPage->findChild<ConfirmDialog *>()));
        const QStringList items = itemsOf(dialog);
        QCOMPARE(items.size(), 2);
        QVERIFY2(items.contains(used + u" — used by "_s + user), qPrintable(items.join(u'|')));
        QVERIFY(items.contains(unused));
        QVERIFY(dialog->findChildren<QLabel *>().size() > 0);
        bool warnsOfData = false;
        for (QLabel *l : dialog->findChildren<QLabel *>())
            warnsOfData |= l->text().contains(u"deleted for good"_s);
        QVERIFY(warnsOfData);
        dialog->acceptButton()->click();

        QTRY_VERIFY_WITH_TIMEOUT(!volumeExists(unused), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(m_volumesPage->banner()->isVisible(), 5000);
        const QString text = m_volumesPage->banner()->text();
        QVERIFY2(text.contains(used) && text.contains(user), qPrintable(text));
        QVERIFY2(text.contains(u"Conflict."_s), qPrintable(text)); // the engine's 409
        QVERIFY(volumeExists(used));
        QTRY_VERIFY(!m_volumes->findKey(unused).isValid());
    }

    void prunePreviewListsExactlyTheUnusedOnes()
    {
        const QString a = volume();
        const QString b = volume();
        const QString kept = volume();
        container({u"-v"_s, kept + u":/data"_s});
        QTRY_VERIFY_WITH_TIMEOUT(!m_volumes->usersOf(kept).isEmpty(), 3000);
        QTRY_VERIFY(m_volumes->findKey(a).isValid() && m_volumes->findKey(b).isValid());

        clickTool(m_volumesPage, u"Prune unused…"_s);
        ConfirmDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_volumesPage->findChild<ConfirmDialog *>()));
        QStringList listed = itemsOf(dialog);
        // Exactly what the engine itself calls unused (dangling).
        QStringList dangling =
            QString::fromUtf8(*testbed::docker({u"volume"_s, u"ls"_s, u"-q"_s, u"--filter"_s,
                                                u"dangling=true"_s}))
                .split(u'\n', Qt::SkipEmptyParts);
        listed.sort();
        dangling.sort();
        QCOMPARE(listed, dangling);
        QVERIFY(listed.contains(a) && listed.contains(b));
        QVERIFY(!listed.contains(kept));
        dialog->acceptButton()->click();

        QTRY_VERIFY_WITH_TIMEOUT(!volumeExists(a) && !volumeExists(b), 5000);
        QVERIFY(volumeExists(kept));
        QCOMPARE(lastCommand(), u"docker volume prune -f"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!m_volumes->findKey(a).isValid(), 3000);
        QVERIFY(m_volumes->findKey(kept).isValid());
    }

    void volumeInspectShowsInTheDetails()
    {
        const QString name = volume();
        QTRY_VERIFY_WITH_TIMEOUT(m_volumes->findKey(name).isValid(), 3000);
        select(m_volumesPage, {m_volumes->findKey(name)});
        clickTool(m_volumesPage, u"Inspect"_s);
        auto *tree = byAccessibleName<QTreeView>(m_details, u"Inspect"_s);
        QVERIFY(tree);
        QTRY_VERIFY(tree->model()->rowCount() >= 5);
        bool named = false;
        for (int r = 0; r < tree->model()->rowCount(); ++r)
            named |= tree->model()->index(r, 1).data().toString().contains(name);
        QVERIFY(named);
    }

    void createAndRemoveNetwork()
    {
        clickTool(m_networksPage, u"Create…"_s);
        CreateNetworkDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_networksPage->findChild<CreateNetworkDialog *>()));
        auto *name = byAccessibleName<QLineEdit>(dialog, u"Network name"_s);
        auto *subnet = byAccessibleName<QLineEdit>(dialog, u"Subnet"_s);
        auto *driver = byAccessibleName<QComboBox>(dialog, u"Network driver"_s);
        auto *internal = byAccessibleName<QCheckBox>(dialog, u"Internal"_s);
        auto *create = byAccessibleName<QPushButton>(dialog, u"Create"_s);
        auto *error = dialog->findChild<QLabel *>(u"networkError"_s);
        QVERIFY(name && subnet && driver && internal && create && error);
        QCOMPARE(driver->count(), 3);
        QCOMPARE(driver->currentData().toString(), u"bridge"_s);
        QVERIFY(!create->isEnabled()); // a name is needed

        const int logged = m_log->rowCount();
        const QString network = unique("gantry-gui-net-");
        m_networkNames << network;
        name->setText(network);
        QVERIFY(create->isEnabled());
        subnet->setText(u"10.232.0.1/24"_s); // host bits set
        QVERIFY(!create->isEnabled());
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(u"10.232.0.0/24"_s), qPrintable(error->text()));
        subnet->setText(u"10.232.0/24"_s);
        QVERIFY(!create->isEnabled());
        QVERIFY(error->text().contains(u"CIDR"_s));
        create->click();
        QCOMPARE(m_log->rowCount(), logged); // nothing sent
        subnet->setText(u"10.232.0.0/24"_s);
        internal->setChecked(true);
        QVERIFY(create->isEnabled());
        QVERIFY(!error->isVisible());
        create->click();

        QTRY_VERIFY_WITH_TIMEOUT(m_networks->findName(network).isValid(), 3000);
        QCOMPARE(lastCommand(),
                 u"docker network create --subnet 10.232.0.0/24 --internal "_s + network);
        const QModelIndex row = m_networks->findName(network);
        QCOMPARE(m_networks->index(row.row(), NetworkModel::SubnetColumn).data().toString(),
                 u"10.232.0.0/24"_s);
        QCOMPARE(m_networks->index(row.row(), NetworkModel::InternalColumn).data().toString(),
                 u"Yes"_s);
        QTRY_VERIFY(!m_networksPage->findChild<CreateNetworkDialog *>());

        // The same name again: the engine's refusal shows in the dialog, input kept.
        clickTool(m_networksPage, u"Create…"_s);
        QTRY_VERIFY((dialog = m_networksPage->findChild<CreateNetworkDialog *>()));
        name = byAccessibleName<QLineEdit>(dialog, u"Network name"_s);
        name->setText(network);
        byAccessibleName<QPushButton>(dialog, u"Create"_s)->click();
        error = dialog->findChild<QLabel *>(u"networkError"_s);
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 3000);
        QVERIFY2(error->text().contains(u"already exists"_s), qPrintable(error->text()));
        QCOMPARE(name->text(), network);
        QVERIFY(dialog->isVisible());
        dialog->reject();

        // Remove it.
        select(m_networksPage, {m_networks->findName(network)});
        clickTool(m_networksPage, u"Remove"_s);
        ConfirmDialog *confirm = nullptr;
        QTRY_VERIFY((confirm = m_networksPage->findChild<ConfirmDialog *>()));
        QCOMPARE(itemsOf(confirm), QStringList{network});
        confirm->acceptButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!networkExists(network), 5000);
        QCOMPARE(lastCommand(), u"docker network rm "_s + network);
        QTRY_VERIFY(!m_networks->findName(network).isValid());
    }

    void builtInNetworkIsRefusedUpFront()
    {
        QTRY_VERIFY(m_networks->findName(u"bridge"_s).isValid());
        const int logged = m_log->rowCount();
        select(m_networksPage, {m_networks->findName(u"bridge"_s)});
        clickTool(m_networksPage, u"Remove"_s);
        QTRY_VERIFY(m_networksPage->banner()->isVisible());
        const QString text = m_networksPage->banner()->text();
        QVERIFY2(text.contains(u"bridge"_s) && text.contains(u"built-in"_s), qPrintable(text));
        QTest::qWait(100);
        QVERIFY(!m_networksPage->findChild<ConfirmDialog *>());
        QCOMPARE(m_log->rowCount(), logged);
        QVERIFY(networkExists(u"bridge"_s));
    }

    void engineRefusalOfANetworkInUseIsShown()
    {
        const QString network = unique("gantry-gui-busy-");
        m_networkNames << network;
        QVERIFY(testbed::docker({u"network"_s, u"create"_s, u"--internal"_s, network}));
        const QString member = container({u"--network"_s, network}, true);
        QTRY_COMPARE_WITH_TIMEOUT(
            m_networks->findName(network).data(NetworkModel::ContainersRole).toStringList(),
            QStringList{member}, 3000);
        select(m_networksPage, {m_networks->findName(network)});
        clickTool(m_networksPage, u"Remove"_s);
        ConfirmDialog *confirm = nullptr;
        QTRY_VERIFY((confirm = m_networksPage->findChild<ConfirmDialog *>()));
        QVERIFY(itemsOf(confirm).first().contains(member));
        confirm->acceptButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(m_networksPage->banner()->isVisible() &&
                                     m_networksPage->banner()->text().contains(network),
                                 5000);
        const QString text = m_networksPage->banner()->text();
        QVERIFY2(text.contains(u"Not allowed."_s), qPrintable(text)); // the engine's 403
        QVERIFY(networkExists(network));
    }

    void connectAndDisconnectAContainer()
    {
        const QString home = unique("gantry-gui-home-");
        const QString target = unique("gantry-gui-target-");
        for (const QString &n : {home, target}) {
            m_networkNames << n;
            QVERIFY(testbed::docker({u"network"_s, u"create"_s, u"--internal"_s, n}));
        }
        const QString c = container({u"--network"_s, home});
        const QString loner = container({}); // --network none: cannot join another network
        QTRY_VERIFY_WITH_TIMEOUT(m_networks->findName(u"none"_s)
                                     .data(NetworkModel::ContainersRole)
                                     .toStringList()
                                     .contains(loner),
                                 3000);
        QTRY_VERIFY_WITH_TIMEOUT(m_networks->findName(target).isValid(), 3000);
        QTRY_VERIFY_WITH_TIMEOUT(m_networks->findName(home)
                                     .data(NetworkModel::ContainersRole)
                                     .toStringList()
                                     .contains(c),
                                 3000);

        select(m_networksPage, {m_networks->findName(target)});
        QVERIFY(!byAccessibleName<QToolButton>(m_networksPage, u"Disconnect container…"_s)
                     ->isEnabled()); // nobody attached yet
        clickTool(m_networksPage, u"Connect container…"_s);
        NetworkContainerDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_networksPage->findChild<NetworkContainerDialog *>()));
        auto *combo = byAccessibleName<QComboBox>(dialog, u"Container"_s);
        QVERIFY(combo);
        const int at = combo->findText(c);
        QVERIFY(at >= 0);
        QCOMPARE(combo->findText(loner), -1);
        combo->setCurrentIndex(at);
        QCOMPARE(dialog->findChild<QLabel *>(u"networkContainerCommand"_s)->text(),
                 u"docker network connect "_s + target + u' ' + c);
        byAccessibleName<QPushButton>(dialog, u"Connect"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(m_networks->findName(target)
                                     .data(NetworkModel::ContainersRole)
                                     .toStringList()
                                     .contains(c),
                                 3000);
        QCOMPARE(lastCommand(), u"docker network connect "_s + target + u' ' + c);
        QTRY_VERIFY(!m_networksPage->findChild<NetworkContainerDialog *>());

        // And out again.
        select(m_networksPage, {m_networks->findName(target)});
        clickTool(m_networksPage, u"Disconnect container…"_s);
        QTRY_VERIFY((dialog = m_networksPage->findChild<NetworkContainerDialog *>()));
        combo = byAccessibleName<QComboBox>(dialog, u"Container"_s);
        QCOMPARE(combo->count(), 1);
        QCOMPARE(combo->currentText(), c);
        byAccessibleName<QPushButton>(dialog, u"Disconnect"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(m_networks->findName(target)
                                     .data(NetworkModel::ContainersRole)
                                     .toStringList()
                                     .isEmpty(),
                                 3000);
        QCOMPARE(lastCommand(), u"docker network disconnect "_s + target + u' ' + c);
    }

    void everyActionableWidgetHasAnAccessibleName()
    {
        for (QWidget *page :
             {static_cast<QWidget *>(m_volumesPage), static_cast<QWidget *>(m_networksPage)}) {
            const QStringList unnamed = unnamedActionableWidgets(page);
            QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
        }
        const auto check = [](QDialog *dialog) {
            QTRY_VERIFY(dialog->isVisible());
            const QStringList unnamed = unnamedActionableWidgets(dialog);
            QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
            dialog->reject();
        };
        auto *v = new CreateVolumeDialog(m_volumesPage);
        v->open();
        check(v);
        auto *n = new CreateNetworkDialog(m_networksPage);
        n->open();
        check(n);
        auto *d = new NetworkContainerDialog(NetworkContainerDialog::Mode::Disconnect, u"x"_s,
                                             {u"a"_s}, m_networksPage);
        d->open();
        check(d);
    }

private:
    QString lastCommand() const { return m_log->commandAt(m_log->rowCount() - 1); }

    QString volume()
    {
        const QString name = unique("gantry-gui-vol-");
        m_volumeNames << name;
        testbed::docker({u"volume"_s, u"create"_s, name});
        return name;
    }

    QString container(const QStringList &extra, bool start = false)
    {
        const QString name = unique("gantry-gui-c-");
        m_containerNames << name;
        QStringList args{start ? u"run"_s : u"create"_s};
        if (start)
            args << u"-d"_s;
        args << u"--name"_s << name;
        if (!extra.contains(u"--network"_s))
            args << u"--network"_s << u"none"_s;
        args << extra << m_image << u"sleep"_s << u"300"_s;
        testbed::docker(args);
        return name;
    }

    QString m_image;
    DockerClient *m_client = nullptr;
    CommandLog *m_log = nullptr;
    ActionRunner *m_runner = nullptr;
    VolumeModel *m_volumes = nullptr;
    NetworkModel *m_networks = nullptr;
    VolumeNetworkRefresher *m_refresher = nullptr;
    VolumesPage *m_volumesPage = nullptr;
    NetworksPage *m_networksPage = nullptr;
    DetailsPanel *m_details = nullptr;
    QStringList m_containerNames;
    QStringList m_volumeNames;
    QStringList m_networkNames;
};

QTEST_MAIN(TestVolumesNetworksPages)
#include "tst_volumes_networks_pages.moc"
