// Engines in the window: the switcher lists docker's contexts (made by the real CLI in a
// temporary DOCKER_CONFIG), DOCKER_HOST and the saved engines; switching replaces the session
// in place (the old window, its streams and client gone, the geometry kept, the choice
// remembered); a second window runs beside the first; the Manage engines dialog validates as
// typed, pings, saves, and saves as a docker context; a plain tcp:// engine lists containers
// under a permanent "not encrypted" warning.
#include "AccessibilityCheck.h"
#include "MainWindow.h"
#include "TestBed.h"
#include "Workspace.h"
#include "api/ConnectionMonitor.h"
#include "api/DockerClient.h"
#include "catalogue/DockerContexts.h"
#include "containers/ContainersPage.h"
#include "details/DetailsPanel.h"
#include "engines/EngineEditDialog.h"
#include "engines/EngineSession.h"
#include "engines/EngineSessions.h"
#include "engines/EngineSwitcher.h"
#include "engines/EnginesDialog.h"
#include "engines/SaveContextDialog.h"
#include "listings/ContainerModel.h"
#include "terminal/TerminalPanel.h"
#include "transfer/BuildDialog.h"
#include "transfer/ImageTransferController.h"
#include "widgets/ConfirmDialog.h"
#include "widgets/MessageBanner.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace gantry;
using namespace Qt::StringLiterals;

namespace {

template <typename T> T *child(QObject *w, const QString &name)
{
    T *c = w->findChild<T *>(name);
    if (!c)
        qWarning("no child %s", qPrintable(name));
    return c;
}

QAction *menuAction(QMenu *menu, const QString &name)
{
    for (QAction *a : menu->actions()) {
        if (a->objectName() == name)
            return a;
    }
    return nullptr;
}

// GANTRY_SCREENSHOT_DIR set (under xvfb-run): pictures of the windows, dialogs and menu.
void snap(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("GANTRY_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(300);
    w->grab().save(dir + u'/' + name + u".png"_s);
}

bool lists(EngineSession *s, const QString &containerId)
{
    return s->workspace()->containerModel()->findKey(containerId).isValid();
}

} // namespace

class TestEngineSwitcher : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // GANTRY_SCREENSHOT_QM=path/gantry_fr.qm: the pictures in that language.
        if (const QString qm = qEnvironmentVariable("GANTRY_SCREENSHOT_QM"); !qm.isEmpty()) {
            auto *translator = new QTranslator(this);
            QVERIFY(translator->load(qm));
            QCoreApplication::installTranslator(translator);
        }
        if (!testbed::available())
            QFAIL(testbed::missingMessage());
        QVERIFY(m_dir.isValid());
        m_config = m_dir.filePath(u"docker-config"_s);
        QVERIFY(QDir().mkpath(m_config));
        const QString sock = testbed::endpoint().socketPath;
        QVERIFY(cli(
            {u"context"_s, u"create"_s, u"testbed"_s, u"--docker"_s, u"host=unix://"_s + sock}));
        QVERIFY(cli({u"context"_s, u"create"_s, u"gone"_s, u"--docker"_s,
                     u"host=unix://"_s + m_dir.filePath(u"gone.sock"_s)}));
        QVERIFY(cli({u"context"_s, u"use"_s, u"testbed"_s}));
        m_name = testbed::unique("gantry-engines-");
        const auto id = testbed::docker(
            {u"create"_s, u"--name"_s, m_name, testbed::env("GANTRY_TEST_IMAGE"), u"true"_s});
        QVERIFY(id);
        m_id = QString::fromUtf8(id->trimmed());
        const auto running =
            testbed::docker({u"run"_s, u"-d"_s, u"--name"_s, m_name + u"-running"_s,
                             testbed::env("GANTRY_TEST_IMAGE"), u"sleep"_s, u"300"_s});
        QVERIFY(running);
        m_runningId = QString::fromUtf8(running->trimmed());
    }

    void cleanupTestCase()
    {
        if (!m_name.isEmpty())
            testbed::docker({u"rm"_s, u"-f"_s, m_name, m_name + u"-running"_s});
    }

    void init()
    {
        // The pictures in another language check what they show by eye, not by text.
        if (!qEnvironmentVariableIsEmpty("GANTRY_SCREENSHOT_QM") &&
            QString::fromLatin1(QTest::currentTestFunction()) != u"translatedPictures"_s)
            QSKIP("GANTRY_SCREENSHOT_QM: pictures only");
        m_settings =
            std::make_unique<QSettings>(m_dir.filePath(u"gantry.ini"_s), QSettings::IniFormat);
        m_settings->clear();
    }

    void switchesInPlaceAndRemembers()
    {
        EngineSessions sessions(inputs(), m_settings.get());
        EngineSession *first = sessions.open(
            EngineCatalogue::startEndpoint(inputs(), SavedEngines(m_settings.get())).value());
        QCOMPARE(first->choiceId(), u"context:testbed"_s); // docker's current context
        QTRY_VERIFY(lists(first, m_id));
        EngineSwitcher *switcher = first->switcher();
        QVERIFY(switcher->isVisibleTo(first->window()));
        QVERIFY2(switcher->text().contains(u"testbed"_s), qPrintable(switcher->text()));
        QVERIFY(!switcher->accessibleName().isEmpty());
        QVERIFY(first->window()->windowTitle().contains(u"testbed"_s));

        // The menu: contexts (docker's current marked, this window's checked), then actions.
        emit switcher->aboutToShowMenu();
        QMenu *menu = switcher->engineMenu();
        QAction *testbedAction = menuAction(menu, u"engineChoice:context:testbed"_s);
        QAction *goneAction = menuAction(menu, u"engineChoice:context:gone"_s);
        QVERIFY(testbedAction && goneAction);
        QVERIFY(testbedAction->isChecked());
        QVERIFY(testbedAction->text().contains(u"docker's current context"_s));
        QVERIFY(!goneAction->text().contains(u"current"_s));
        QVERIFY(menuAction(menu, u"engineChoice:context:default"_s));
        QVERIFY(menuAction(menu, u"manageEngines"_s));
        QVERIFY(menuAction(menu, u"engineNewWindow"_s));
        if (!qEnvironmentVariableIsEmpty("GANTRY_SCREENSHOT_DIR")) {
            snap(first->window(), u"engine-window"_s);
            menu->popup(switcher->mapToGlobal(QPoint(0, 0)));
            snap(menu, u"engine-menu"_s);
            menu->hide();
            goneAction = menuAction(menu, u"engineChoice:context:gone"_s); // menu refilled
        }

        first->window()->setGeometry(130, 140, 1000, 640);
        first->window()->showPage(u"imagesPage"_s);
        const QRect before = first->window()->geometry();
        QPointer<EngineSession> old(first);
        QPointer<Workspace> oldWorkspace(first->workspace());
        goneAction->trigger();
        QCOMPARE(sessions.sessions().size(), 1);
        EngineSession *second = sessions.sessions().first();
        QVERIFY(second != first);
        QTRY_VERIFY(!old); // deleted once control returns to the event loop
        QVERIFY(!oldWorkspace);
        QCOMPARE(second->choiceId(), u"context:gone"_s);
        QCOMPARE(second->window()->geometry(), before);
        QCOMPARE(second->window()->currentPage()->objectName(), u"imagesPage"_s);
        QCOMPARE(SavedEngines(m_settings.get()).lastEngine(), u"context:gone"_s);
        // The new engine is listed (here: nothing, and why).
        QTRY_COMPARE(second->monitor()->state(), ConnectionMonitor::State::Unreachable);
        const QString banner = second->window()->banner()->text();
        QVERIFY2(banner.contains(u"docker context \"gone\""_s), qPrintable(banner));
        QVERIFY(banner.contains(u"does not exist"_s));
        QVERIFY(!lists(second, m_id));
        snap(second->window(), u"engine-gone"_s);

        // The next start opens the engine chosen last.
        const Result<Endpoint> next =
            EngineCatalogue::startEndpoint(inputs(), SavedEngines(m_settings.get()));
        QCOMPARE(next->url(), u"unix://"_s + m_dir.filePath(u"gone.sock"_s));

        // And back: listed again.
        EngineSession *third = sessions.switchEngine(second, u"context:testbed"_s);
        QVERIFY(third);
        QTRY_VERIFY(lists(third, m_id));
        QCOMPARE(third->window()->geometry(), before);
        QTRY_COMPARE(sessions.sessions().size(), 1);

        // An engine gone from the list (or an address that cannot be used): said in place.
        QVERIFY(!sessions.switchEngine(third, u"saved:nowhere"_s));
        QVERIFY(!sessions.openInNewWindow(u"saved:nowhere"_s, third));
        QVERIFY(third->window()->banner()->text().contains(u"no longer in the list"_s));
        QCOMPARE(sessions.sessions(), QList<EngineSession *>{third});
    }

    void switchingDuringStreamsIsClean()
    {
        // Logs and events streaming when the engine changes: no callback reaches a dead
        // object (ASan watches), the new session lists the engine.
        EngineSessions sessions(inputs(), m_settings.get());
        EngineSession *s = sessions.open(endpointOf(u"context:testbed"_s));
        QTRY_VERIFY(lists(s, m_id));
        // The details follow the container: its logs stream too.
        ContainerModel *model = s->workspace()->containerModel();
        const ContainerSummary *c = model->container(model->findKey(m_id));
        QVERIFY(c);
        s->workspace()->details()->showContainer(c->id, c->names.value(0), c->state);
        // A terminal (a hijacked connection) in a running container, and the stats page's
        // streams.
        QTRY_VERIFY(lists(s, m_runningId));
        emit s->workspace()->containersPage()->terminalRequested(m_runningId);
        QCOMPARE(s->workspace()->details()->terminalPanel()->count(), 1);
        s->window()->showPage(u"statsPage"_s);
        QTest::qWait(300);
        for (int i = 0; i < 6; ++i) {
            s = sessions.switchEngine(s, i % 2 ? u"context:testbed"_s : u"context:default"_s);
            QVERIFY(s);
            QTest::qWait(i * 20); // some switches mid-connection, some after
        }
        QTRY_VERIFY(lists(s, m_id));
        QTRY_COMPARE(sessions.sessions().size(), 1);
    }

    void switchingDuringABuild()
    {
        // A transfer (a build streaming its context and output) when the engine changes:
        // stopped with its window, nothing calls back into it.
        QTemporaryDir context;
        QFile dockerfile(context.filePath(u"Dockerfile"_s));
        QVERIFY(dockerfile.open(QIODevice::WriteOnly));
        dockerfile.write("FROM " + testbed::env("GANTRY_TEST_IMAGE").toUtf8() +
                         "\nRUN echo started; sleep 20\n");
        dockerfile.close();
        EngineSessions sessions(inputs(), m_settings.get());
        EngineSession *s = sessions.open(endpointOf(u"context:testbed"_s));
        QTRY_COMPARE(s->monitor()->state(), ConnectionMonitor::State::Connected);
        BuildDialog *dialog = s->workspace()->imageTransfers()->build(context.path());
        QPointer<BuildDialog> alive(dialog);
        QTRY_VERIFY(child<QPushButton>(dialog, u"buildAccept"_s)->isEnabled());
        child<QPushButton>(dialog, u"buildAccept"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QPlainTextEdit>(dialog, u"buildOutput"_s)->toPlainText().contains(u"started"_s),
            20000);
        EngineSession *next = sessions.switchEngine(s, u"context:gone"_s);
        QVERIFY(next);
        QTRY_VERIFY(!alive);
        QTRY_COMPARE(next->monitor()->state(), ConnectionMonitor::State::Unreachable);
    }

    void openInANewWindow()
    {
        EngineSessions sessions(inputs(), m_settings.get());
        EngineSession *first = sessions.open(endpointOf(u"context:gone"_s));
        emit first->switcher()->aboutToShowMenu();
        QMenu *newWindow =
            first->switcher()->engineMenu()->findChild<QMenu *>(u"engineNewWindowMenu"_s);
        QVERIFY(newWindow);
        QAction *open = menuAction(newWindow, u"engineNewWindow:context:testbed"_s);
        QVERIFY(open);
        open->trigger();
        QCOMPARE(sessions.sessions().size(), 2);
        EngineSession *second = sessions.sessions().last();
        QVERIFY(first->window()->isVisible() && second->window()->isVisible());
        QCOMPARE(second->window()->pos(), first->window()->pos() + QPoint(40, 40));
        QTRY_VERIFY(lists(second, m_id));
        QVERIFY(!lists(first, m_id));
        QPointer<EngineSession> closed(first);
        QVERIFY(first->window()->close());
        QTRY_VERIFY(!closed);
        QCOMPARE(sessions.sessions(), QList<EngineSession *>{second});
        QVERIFY(second->window()->isVisible());
        // The last window closed: no session left (the application, in exec(), quits then).
        QVERIFY(QGuiApplication::quitOnLastWindowClosed());
        QVERIFY(second->window()->close());
        QTRY_VERIFY(sessions.sessions().isEmpty());
    }

    void manageEngines()
    {
        EngineSessions sessions(inputs(), m_settings.get());
        EngineSession *s = sessions.open(endpointOf(u"context:gone"_s));
        EnginesDialog *dialog = sessions.manageEngines(s->window());
        QVERIFY(dialog->isVisible());
        QVERIFY(!child<QPushButton>(dialog, u"engineRemove"_s)->isEnabled());
        EngineEditDialog *edit = dialog->addEngine();
        auto *name = child<QLineEdit>(edit, u"engineName"_s);
        auto *url = child<QLineEdit>(edit, u"engineUrl"_s);
        auto *ca = child<QLineEdit>(edit, u"engineCa"_s);
        QPushButton *save = edit->okButton();
        QVERIFY(!save->isEnabled());
        name->setText(u"tcp bed"_s);
        url->setText(u"ftp://x"_s);
        QVERIFY(!save->isEnabled());
        QVERIFY(child<QLabel>(edit, u"engineUrlHint"_s)->text().contains(u"tcp://"_s));
        url->setText(testbed::env("GANTRY_TEST_TCP_HOST"));
        QVERIFY(save->isEnabled());
        ca->setText(m_dir.filePath(u"missing-ca.pem"_s));
        QVERIFY(!save->isEnabled());
        QVERIFY(child<QLabel>(edit, u"engineCaHint"_s)->text().contains(u"does not exist"_s));
        QVERIFY(!child<QPushButton>(edit, u"enginePing"_s)->isEnabled());
        ca->clear();
        QVERIFY(child<QPushButton>(edit, u"enginePing"_s)->isEnabled());
        QVERIFY(save->isEnabled());
        QStringList unnamed = unnamedActionableWidgets(edit);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));

        // Ping: the API version, or why not, in place.
        child<QPushButton>(edit, u"enginePing"_s)->click();
        QTRY_VERIFY2(edit->pingResult()->text().contains(u"API 1."_s),
                     qPrintable(edit->pingResult()->text()));
        snap(edit, u"engine-edit-ping"_s);
        url->setText(u"unix://"_s + m_dir.filePath(u"nothing.sock"_s));
        QVERIFY(edit->pingResult()->text().isEmpty()); // a new address: the old answer goes
        child<QPushButton>(edit, u"enginePing"_s)->click();
        child<QPushButton>(edit, u"enginePing"_s)->click(); // the first one is dropped
        QTRY_VERIFY2(edit->pingResult()->text().contains(u"does not exist"_s),
                     qPrintable(edit->pingResult()->text()));
        snap(edit, u"engine-edit-ping-error"_s);
        url->setText(testbed::env("GANTRY_TEST_TCP_HOST"));
        save->click();
        QTRY_COMPARE(dialog->list()->count(), 1);
        const QList<SavedEngine> saved = SavedEngines(m_settings.get()).list();
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved[0].url, testbed::env("GANTRY_TEST_TCP_HOST"));
        QVERIFY(sessions.catalogue().find(u"saved:tcp bed"_s));

        // Renamed: still the engine chosen last.
        SavedEngines(m_settings.get()).setLastEngine(u"saved:tcp bed"_s);
        dialog->list()->setCurrentRow(0);
        EngineEditDialog *rename = dialog->editEngine();
        child<QLineEdit>(rename, u"engineName"_s)->setText(u"tcp bed 2"_s);
        rename->okButton()->click();
        QCOMPARE(SavedEngines(m_settings.get()).list().value(0).name, u"tcp bed 2"_s);
        QCOMPARE(SavedEngines(m_settings.get()).lastEngine(), u"saved:tcp bed 2"_s);
        QCOMPARE(SavedEngines(m_settings.get()).list().size(), 1);

        // Save as docker context: the line shown, the context written.
        dialog->list()->setCurrentRow(0);
        SaveContextDialog *context = dialog->saveAsContext();
        QVERIFY(context);
        QCOMPARE(child<QLineEdit>(context, u"contextName"_s)->text(), u"tcp-bed-2"_s);
        child<QLineEdit>(context, u"contextName"_s)->setText(u"gone"_s);
        QVERIFY(!context->okButton()->isEnabled()); // taken
        child<QLineEdit>(context, u"contextName"_s)->setText(u"tcp-bed"_s);
        QVERIFY(context->okButton()->isEnabled());
        const QString line = child<QLabel>(context, u"saveContextCommand"_s)->text();
        QCOMPARE(line, u"docker context create tcp-bed --docker host="_s +
                           testbed::env("GANTRY_TEST_TCP_HOST"));
        snap(context, u"engine-save-context"_s);
        unnamed = unnamedActionableWidgets(context);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
        context->okButton()->click();
        QTRY_VERIFY(child<QLabel>(dialog, u"enginesStatus"_s)->text().contains(u"tcp-bed"_s));
        const auto inspect = cliOut({u"context"_s, u"inspect"_s, u"tcp-bed"_s});
        QVERIFY(inspect && inspect->contains(testbed::env("GANTRY_TEST_TCP_HOST").toUtf8()));
        QVERIFY(cli({u"context"_s, u"rm"_s, u"tcp-bed"_s}));

        snap(dialog, u"engine-manage"_s);
        unnamed = unnamedActionableWidgets(dialog);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
        child<QPushButton>(dialog, u"engineRemove"_s)->click();
        auto *confirm = child<ConfirmDialog>(dialog, u"engineRemoveConfirm"_s);
        QVERIFY(confirm && confirm->isVisible());
        QCOMPARE(dialog->list()->count(), 1); // nothing gone while it asks
        confirm->acceptButton()->click();
        QCOMPARE(dialog->list()->count(), 0);
        QVERIFY(SavedEngines(m_settings.get()).list().isEmpty());
    }

    void plainTcpEngineListsAndWarns()
    {
        SavedEngines(m_settings.get())
            .setList({{u"tcp bed"_s, testbed::env("GANTRY_TEST_TCP_HOST"), {}, {}, {}, false}});
        EngineSessions sessions(inputs(), m_settings.get());
        EngineSession *s = sessions.open(endpointOf(u"saved:tcp bed"_s));
        QTRY_VERIFY(lists(s, m_id));
        MessageBanner *warning = s->window()->securityBanner();
        QVERIFY(warning->isVisibleTo(s->window()));
        QVERIFY2(warning->text().contains(u"not encrypted"_s), qPrintable(warning->text()));
        QVERIFY(warning->accessibleName().contains(u"not encrypted"_s));
        QVERIFY(s->switcher()->text().contains(u"tcp bed"_s));
        QTest::qWait(500);
        QVERIFY(warning->isVisibleTo(s->window())); // permanent
        snap(s->window(), u"engine-tcp"_s);
    }

    void translatedPictures()
    {
        // Pictures in another language, on demand (GANTRY_SCREENSHOT_QM and _DIR set, under
        // xvfb-run); nothing to check otherwise.
        if (qEnvironmentVariableIsEmpty("GANTRY_SCREENSHOT_QM"))
            return;
        SavedEngines(m_settings.get())
            .setList({{u"tcp bed"_s, testbed::env("GANTRY_TEST_TCP_HOST"), {}, {}, {}, false}});
        EngineSessions sessions(inputs(), m_settings.get());
        EngineSession *s = sessions.open(endpointOf(u"saved:tcp bed"_s));
        QTRY_VERIFY(lists(s, m_id));
        snap(s->window(), u"engine-tcp"_s);
        emit s->switcher()->aboutToShowMenu();
        s->switcher()->engineMenu()->popup(s->switcher()->mapToGlobal(QPoint(0, 0)));
        snap(s->switcher()->engineMenu(), u"engine-menu"_s);
        s->switcher()->engineMenu()->hide();
        EnginesDialog *dialog = sessions.manageEngines(s->window());
        dialog->list()->setCurrentRow(0);
        snap(dialog, u"engine-manage"_s);
        EngineEditDialog *edit = dialog->editEngine();
        child<QPushButton>(edit, u"enginePing"_s)->click();
        QTest::qWait(500);
        child<QLineEdit>(edit, u"engineCa"_s)->setText(m_dir.filePath(u"missing.pem"_s));
        QTest::qWait(500);
        snap(edit, u"engine-edit"_s);
        edit->reject();
        snap(dialog->saveAsContext(), u"engine-save-context"_s);
    }

private:
    Endpoint endpointOf(const QString &id) const
    {
        const EngineCatalogue catalogue(inputs(), SavedEngines(m_settings.get()));
        const EngineChoice *choice = catalogue.find(id);
        if (!choice || !choice->endpoint())
            qFatal("no engine %s", qPrintable(id));
        return choice->endpoint().value();
    }
    EndpointInputs inputs() const
    {
        EndpointInputs in;
        in.env.insert(u"DOCKER_CONFIG"_s, m_config);
        in.homeDir = m_dir.path();
        in.defaultSocket = m_dir.filePath(u"default.sock"_s);
        return in;
    }
    std::optional<QByteArray> cliOut(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"DOCKER_CONFIG"_s, m_config);
        env.remove(u"DOCKER_HOST"_s);
        p.setProcessEnvironment(env);
        p.start(u"docker"_s, args);
        if (!p.waitForFinished(30000) || p.exitCode() != 0)
            return std::nullopt;
        return p.readAllStandardOutput();
    }
    bool cli(const QStringList &args) { return cliOut(args).has_value(); }

    QTemporaryDir m_dir;
    QString m_config;
    QString m_name;
    QString m_id;
    QString m_runningId;
    std::unique_ptr<QSettings> m_settings;
};

QTEST_MAIN(TestEngineSwitcher)
#include "tst_engine_switcher.moc"
