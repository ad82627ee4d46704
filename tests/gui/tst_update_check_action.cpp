// "Check for update" on the images page (issue 19 item 4) against the test bed's registry:
// a local tag left behind by a newer push is reported outdated in the page's banner; after
// the pull, up to date. The login is this session's (no keychain needed).
#include "TestBed.h"
#include "Workspace.h"
#include "api/ConnectionMonitor.h"
#include "api/DockerClient.h"
#include "images/ImagesPage.h"
#include "registry/CredentialStore.h"
#include "widgets/MessageBanner.h"

#include <QAction>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

using namespace gantry;
using namespace Qt::StringLiterals;

namespace {

bool cli(const QString &config, const QStringList &args)
{
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(u"DOCKER_HOST"_s, testbed::env("GANTRY_TEST_HOST"));
    e.insert(u"DOCKER_CONFIG"_s, config);
    return testbed::docker(args, 120000, e).has_value();
}

// The row of `tag` under `repository` in the page's view.
QModelIndex find(QTreeView *view, const QString &repository, const QString &tag)
{
    QAbstractItemModel *m = view->model();
    for (int r = 0; r < m->rowCount(); ++r) {
        const QModelIndex repo = m->index(r, 0);
        if (repo.data().toString() != repository)
            continue;
        for (int t = 0; t < m->rowCount(repo); ++t)
            if (m->index(t, 0, repo).data().toString() == tag)
                return m->index(t, 0, repo);
    }
    return {};
}

} // namespace

class TestUpdateCheckAction : public QObject {
    Q_OBJECT
private slots:
    void outdatedThenUpToDate()
    {
        if (!testbed::available() || testbed::env("GANTRY_TEST_REGISTRY").isEmpty())
            QFAIL(testbed::missingMessage());
        const QString registry = testbed::env("GANTRY_TEST_REGISTRY");
        const RegistryCredentials login{registry, testbed::env("GANTRY_TEST_REGISTRY_USER"),
                                        testbed::env("GANTRY_TEST_REGISTRY_PASSWORD"), {}};
        QTemporaryDir config, gantryConfig;
        QVERIFY(cli(config.path(), {u"login"_s, u"-u"_s, login.username, u"-p"_s, login.password, registry}));
        const QString tag = testbed::unique("t");
        const QString repo = registry + u"/gantry/update-gui"_s;
        const QString ref = repo + u':' + tag;
        const QString other = registry + u"/gantry/update-gui-other:"_s + tag;
        auto cleanup = qScopeGuard([&] {
            for (const QString &r : {ref, other})
                testbed::docker({u"image"_s, u"rm"_s, u"-f"_s, r});
        });
        for (const QString &r : {ref, other}) {
            const QString maker = testbed::unique("gantry-updgui-");
            QVERIFY(testbed::docker({u"run"_s, u"--name"_s, maker, u"--network"_s, u"none"_s,
                                     testbed::env("GANTRY_TEST_IMAGE"), u"sh"_s, u"-c"_s,
                                     u"head -c 1000 /dev/urandom > /blob"_s}));
            QVERIFY(testbed::docker({u"commit"_s, maker, r}));
            testbed::docker({u"rm"_s, maker});
        }
        QVERIFY(cli(config.path(), {u"push"_s, ref}));
        const QString oldId = testbed::inspect(ref).value(u"Id"_s).toString();
        QVERIFY(testbed::docker({u"tag"_s, other, ref}));
        QVERIFY(cli(config.path(), {u"push"_s, ref}));
        QVERIFY(testbed::docker({u"tag"_s, oldId, ref}));

        DockerClient client(testbed::endpoint());
        ConnectionMonitor monitor(&client);
        auto *store = new CredentialStore(u"gantry-test-update-"_s + tag, gantryConfig.path());
        store->storeForSession(login);
        Workspace workspace(&client, &monitor, nullptr, store);
        workspace.start();
        monitor.start();
        ImagesPage *page = workspace.imagesPage();
        QTreeView *view = page->view();
        QTRY_VERIFY_WITH_TIMEOUT(find(view, repo, tag).isValid(), 20000);
        view->setCurrentIndex(find(view, repo, tag));
        view->selectionModel()->select(find(view, repo, tag),
                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        auto *action = page->findChild<QAction *>(u"checkUpdateAction"_s);
        QVERIFY(action);
        QTRY_VERIFY(action->isEnabled());
        action->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(page->banner()->text().contains(u"A newer image is available"_s), 20000);
        QVERIFY(page->banner()->text().contains(ref));

        QVERIFY(cli(config.path(), {u"pull"_s, ref}));
        action->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(page->banner()->text().contains(u"is up to date"_s), 20000);
    }
};

QTEST_MAIN(TestUpdateCheckAction)
#include "tst_update_check_action.moc"
