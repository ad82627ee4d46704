// The keychain queue gives up on a job that never answers, and moves on.
#include "registry/Keychain.h"

#include <QtTest>

using namespace gantry;
using namespace Qt::StringLiterals;

namespace {

// A keychain whose first job hangs for ever (a stuck Secret Service); the others answer.
class HangingKeychain : public Keychain {
public:
    using Keychain::Keychain;
    int started = 0;
    std::function<void(const Outcome &)> hung;

protected:
    void run(Op, const QString &key, const QByteArray &,
             std::function<void(const Outcome &)> finish) override
    {
        ++started;
        if (key == u"hang"_s) {
            hung = std::move(finish); // kept, to answer late
            return;
        }
        QTimer::singleShot(0, this, [finish] { finish(Outcome{Status::Ok, "answer", {}}); });
    }
};

} // namespace

class TestKeychainTimeout : public QObject {
    Q_OBJECT

private slots:
    void jobThatNeverAnswersTimesOut()
    {
        HangingKeychain keychain(u"gantry-test"_s);
        keychain.setJobTimeout(200);
        std::optional<Keychain::Outcome> first;
        std::optional<Keychain::Outcome> second;
        QElapsedTimer clock;
        clock.start();
        keychain.read(u"hang"_s, this, [&](const Keychain::Outcome &o) { first = o; });
        keychain.read(u"next"_s, this, [&](const Keychain::Outcome &o) { second = o; });
        QTRY_VERIFY_WITH_TIMEOUT(first.has_value(), 5000);
        QVERIFY(clock.elapsed() >= 150);
        QCOMPARE(first->status, Keychain::Status::Unavailable);
        QVERIFY2(first->message.contains(u"did not answer"_s), qPrintable(first->message));
        // The queue goes on with the next job.
        QTRY_VERIFY_WITH_TIMEOUT(second.has_value(), 5000);
        QCOMPARE(second->status, Keychain::Status::Ok);
        QCOMPARE(second->data, QByteArray("answer"));
        // A late answer of the job given up changes nothing and reaches nobody.
        int calls = 0;
        keychain.read(u"third"_s, this, [&](const Keychain::Outcome &) { ++calls; });
        keychain.hung(Keychain::Outcome{Keychain::Status::Ok, "late", {}});
        QTRY_COMPARE(calls, 1);
        QCOMPARE(first->status, Keychain::Status::Unavailable);
        QTest::qWait(50);
        QCOMPARE(calls, 1);
    }

    void answeringJobIsNotTimedOut()
    {
        HangingKeychain keychain(u"gantry-test"_s);
        keychain.setJobTimeout(100);
        QList<Keychain::Outcome> got;
        keychain.read(u"quick"_s, this, [&](const Keychain::Outcome &o) { got << o; });
        QTRY_COMPARE(got.size(), 1);
        QCOMPARE(got.first().status, Keychain::Status::Ok);
        QTest::qWait(250); // the finished job's timer must not answer a second time
        QCOMPARE(got.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestKeychainTimeout)
#include "tst_keychain_timeout.moc"
