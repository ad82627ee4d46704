#include "TestBed.h"
#include "api/DockerClient.h"
#include "listings/ContainerModel.h"
#include "listings/ImageModel.h"
#include "live/Refresher.h"

#include <QScopeGuard>
#include <QSemaphore>
#include <QThreadPool>
#include <QUuid>
#include <QtTest>

using namespace gantry;
using namespace Qt::StringLiterals;

class TestRefresher : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (!testbed::available())
            QFAIL(testbed::missingMessage());
        m_image = testbed::env("GANTRY_TEST_IMAGE");
    }

    void init()
    {
        m_client = std::make_unique<DockerClient>(testbed::endpoint());
        m_containers = std::make_unique<ContainerModel>();
        m_images = std::make_unique<ImageModel>();
        m_refresher =
            std::make_unique<Refresher>(m_client.get(), m_containers.get(), m_images.get());
        m_resets =
            std::make_unique<QSignalSpy>(m_containers.get(), &QAbstractItemModel::modelReset);
    }

    void cleanup()
    {
        QCOMPARE(m_resets->size(), 0); // never a reset, whatever happened
        m_refresher.reset();
        for (const QString &n : std::as_const(m_names))
            testbed::docker({u"rm"_s, u"-f"_s, n});
        m_names.clear();
    }

    void subscribesBeforeTheFirstListing()
    {
        int listedWhenSubscribed = -1;
        connect(m_refresher.get(), &Refresher::streamStateChanged, this, [&](bool up) {
            if (up && listedWhenSubscribed < 0)
                listedWhenSubscribed = listings();
        });
        QSignalSpy first(m_refresher.get(), &Refresher::firstRefreshDone);
        m_refresher->start();
        QVERIFY(first.wait(10000));
        QCOMPARE(listedWhenSubscribed, 0);
        QVERIFY(m_containers->isLoaded() && m_images->isLoaded());
        QVERIFY(m_images->findKey(m_image).isValid());
    }

    void anEventRefreshesOnlyWhatItTouches()
    {
        startAndWait();
        const int containersBefore = m_refresher->listingCount(Refresher::Containers);
        const int imagesBefore = m_refresher->listingCount(Refresher::Images);

        const QString id = create();
        QTRY_VERIFY_WITH_TIMEOUT(m_containers->findKey(id).isValid(), 1000);
        QVERIFY(m_refresher->listingCount(Refresher::Containers) > containersBefore);
        QCOMPARE(m_refresher->listingCount(Refresher::Images), imagesBefore);

        const int containersNow = m_refresher->listingCount(Refresher::Containers);
        const QString tag =
            u"gantry-refresh/t-"_s + QUuid::createUuid().toString(QUuid::Id128).left(8) + u":1"_s;
        QVERIFY(testbed::docker({u"tag"_s, m_image, tag}));
        QTRY_VERIFY_WITH_TIMEOUT(m_images->findKey(tag).isValid(), 1000);
        QCOMPARE(m_refresher->listingCount(Refresher::Containers), containersNow);
        QVERIFY(testbed::docker({u"image"_s, u"rm"_s, tag}));
        QTRY_VERIFY_WITH_TIMEOUT(!m_images->findKey(tag).isValid(), 1000);
    }

    void aBurstOfEventsIsDebounced()
    {
        startAndWait();
        const int before = m_refresher->listingCount(Refresher::Containers);
        QStringList ids;
        for (int i = 0; i < 8; ++i)
            ids << create(); // each docker create is an event
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(ids.begin(), ids.end(),
                        [&](const QString &id) { return m_containers->findKey(id).isValid(); }),
            2000);
        QVERIFY2(m_refresher->listingCount(Refresher::Containers) - before < 8,
                 "fewer listings than events");
    }

    void noPollingWhileHidden()
    {
        m_refresher->setPollIntervals(100, 100);
        startAndWait();
        m_refresher->setActive(false);
        QTest::qWait(50);
        const int before = listings();
        QTest::qWait(600); // nothing happens on the engine: only a poll would list
        QCOMPARE(listings(), before);
        m_refresher->setActive(true);
        QTRY_VERIFY_WITH_TIMEOUT(listings() > before, 1000);
    }

    // Last: it restarts the test bed's engine.
    void reListsEverythingAfterTheStreamCameBack()
    {
        m_refresher->setPollIntervals(60000, 60000); // only the reconnection may list
        startAndWait();
        QSignalSpy stream(m_refresher.get(), &Refresher::streamStateChanged);
        QVERIFY(testbed::script(u"kill-dockerd"_s));
        QTRY_COMPARE_WITH_TIMEOUT(stream.size(), 1, 10000);
        QCOMPARE(stream.first().first().toBool(), false);

        QVERIFY(testbed::script(u"start-dockerd"_s));
        // Made while nobody listens to events: only a full re-list can show it.
        const QString id = create();
        const int containersBefore = m_refresher->listingCount(Refresher::Containers);
        const int imagesBefore = m_refresher->listingCount(Refresher::Images);
        QTRY_VERIFY_WITH_TIMEOUT(m_refresher->isStreamUp(), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(m_containers->findKey(id).isValid(), 3000);
        QVERIFY(m_refresher->listingCount(Refresher::Containers) > containersBefore);
        QVERIFY(m_refresher->listingCount(Refresher::Images) > imagesBefore);
    }

    // Listings parsed off the GUI thread (all of them here) land in the models; a parse still
    // waiting when a newer listing arrives is dropped, and the newer one is what shows.
    void offThreadParsesAndDropsTheOverTakenOne()
    {
        m_refresher->setOffThreadBytes(0);
        m_refresher->setMaxStaleMs(60000); // what was applied a minute ago is fresh enough
        startAndWait();
        QVERIFY(m_refresher->offThreadParses() >= 2); // the first containers and images
        QCOMPARE(m_refresher->droppedParses(), 0);
        const QString before = create();
        QTRY_VERIFY_WITH_TIMEOUT(m_containers->findKey(before).isValid(), 3000);

        // Hold the listing thread so that the next parses wait behind it.
        QThreadPool *pool = Refresher::listingPool();
        const int threads = pool->maxThreadCount();
        pool->waitForDone();
        pool->setMaxThreadCount(1);
        QSemaphore hold;
        bool held = true;
        const auto restore = qScopeGuard([&] {
            if (held)
                hold.release();
            pool->waitForDone();
            pool->setMaxThreadCount(threads);
        });
        pool->start([&hold] { hold.acquire(); });
        const int started = m_refresher->offThreadParses();
        const QString middle = create(); // in every later listing
        m_refresher->refresh(Refresher::Containers);
        QTRY_VERIFY_WITH_TIMEOUT(m_refresher->offThreadParses() >= started + 1, 3000);
        create(); // only in the second listing, which waits and is then replaced
        m_refresher->refresh(Refresher::Containers);
        QTRY_VERIFY_WITH_TIMEOUT(m_refresher->hasWaitingListing(Refresher::Containers), 3000);
        const QString after = create(); // only in the third, which replaces the second
        const int arrived = m_refresher->arrivedListings(Refresher::Containers);
        m_refresher->refresh(Refresher::Containers);
        QTRY_VERIFY_WITH_TIMEOUT(m_refresher->arrivedListings(Refresher::Containers) > arrived,
                                 3000);
        // Three listings, one parse: the others wait instead of queueing more parses.
        QCOMPARE(m_refresher->offThreadParses(), started + 1);
        QVERIFY(m_refresher->hasWaitingListing(Refresher::Containers));
        QVERIFY(!m_containers->findKey(middle).isValid()); // nothing applied while held
        QCOMPARE(m_refresher->droppedParses(), 0);
        hold.release();
        held = false;
        QTRY_VERIFY_WITH_TIMEOUT(m_containers->findKey(after).isValid(), 3000);
        QCOMPARE(m_refresher->droppedParses(), 1);
        QCOMPARE(m_refresher->offThreadParses(), started + 2); // the held one, then the last
        QVERIFY(m_containers->findKey(middle).isValid());
        QVERIFY(m_containers->findKey(before).isValid());
    }

    // A steady flow of listings must not starve the views: an overtaken parse is applied
    // anyway when nothing was applied for maxStaleMs, then the waiting listing follows.
    void anOvertakenParseIsAppliedWhenTheViewIsStale()
    {
        m_refresher->setOffThreadBytes(0);
        m_refresher->setMaxStaleMs(0);
        startAndWait();
        QThreadPool *pool = Refresher::listingPool();
        const int threads = pool->maxThreadCount();
        pool->waitForDone();
        pool->setMaxThreadCount(1);
        QSemaphore hold;
        bool held = true;
        const auto restore = qScopeGuard([&] {
            if (held)
                hold.release();
            pool->waitForDone();
            pool->setMaxThreadCount(threads);
        });
        pool->start([&hold] { hold.acquire(); });
        const int started = m_refresher->offThreadParses();
        const QString middle = create();
        m_refresher->refresh(Refresher::Containers);
        QTRY_VERIFY_WITH_TIMEOUT(m_refresher->offThreadParses() >= started + 1, 3000);
        const QString after = create();
        m_refresher->refresh(Refresher::Containers);
        QTRY_VERIFY_WITH_TIMEOUT(m_refresher->hasWaitingListing(Refresher::Containers), 3000);
        bool middleFirst = false;
        QObject watching;
        connect(m_containers.get(), &QAbstractItemModel::rowsInserted, &watching, [&] {
            if (m_containers->findKey(middle).isValid() && !m_containers->findKey(after).isValid())
                middleFirst = true;
        });
        hold.release();
        held = false;
        QTRY_VERIFY_WITH_TIMEOUT(m_containers->findKey(after).isValid(), 3000);
        QVERIFY(middleFirst); // the overtaken listing was shown, not dropped
        QCOMPARE(m_refresher->droppedParses(), 0);
    }

private:
    int listings() const
    {
        return m_refresher->listingCount(Refresher::Containers) +
               m_refresher->listingCount(Refresher::Images);
    }

    void startAndWait()
    {
        QSignalSpy first(m_refresher.get(), &Refresher::firstRefreshDone);
        m_refresher->start();
        QVERIFY(first.wait(10000));
        QTRY_VERIFY(m_refresher->isStreamUp());
    }

    QString create()
    {
        const QString name =
            u"gantry-refresh-"_s + QUuid::createUuid().toString(QUuid::Id128).left(10);
        m_names << name;
        const auto out = testbed::docker(
            {u"create"_s, u"--network"_s, u"none"_s, u"--name"_s, name, m_image, u"true"_s});
        return out ? QString::fromUtf8(*out).trimmed() : QString();
    }

    QString m_image;
    QStringList m_names;
    std::unique_ptr<DockerClient> m_client;
    std::unique_ptr<ContainerModel> m_containers;
    std::unique_ptr<ImageModel> m_images;
    std::unique_ptr<Refresher> m_refresher;
    std::unique_ptr<QSignalSpy> m_resets;
};

QTEST_GUILESS_MAIN(TestRefresher)
#include "tst_refresher.moc"
