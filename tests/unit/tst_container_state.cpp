#include "core/ContainerState.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace gantry;

class TstContainerState : public QObject {
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("active");
        QTest::newRow("created") << u"created"_s << int(ContainerState::Created) << false;
        QTest::newRow("running") << u"running"_s << int(ContainerState::Running) << true;
        QTest::newRow("paused") << u"paused"_s << int(ContainerState::Paused) << true;
        QTest::newRow("restarting") << u"restarting"_s << int(ContainerState::Restarting) << true;
        QTest::newRow("removing") << u"removing"_s << int(ContainerState::Removing) << false;
        QTest::newRow("exited") << u"exited"_s << int(ContainerState::Exited) << false;
        QTest::newRow("dead") << u"dead"_s << int(ContainerState::Dead) << false;
        QTest::newRow("empty") << QString() << int(ContainerState::Unknown) << false;
        QTest::newRow("new word") << u"hibernating"_s << int(ContainerState::Unknown) << false;
        QTest::newRow("case matters") << u"Running"_s << int(ContainerState::Unknown) << false;
    }
    void parse()
    {
        QFETCH(QString, word);
        QFETCH(int, kind);
        QFETCH(bool, active);
        const ContainerState state = ContainerState::parse(word);
        QCOMPARE(int(state.kind()), kind);
        QCOMPARE(state.isActive(), active);
        QCOMPARE(state.toString(), word); // the engine's word is kept for showing
        QCOMPARE(state.isEmpty(), word.isEmpty());
    }

    void toStringRoundTrips()
    {
        for (int k = ContainerState::Created; k <= ContainerState::Dead; ++k) {
            const auto kind = ContainerState::Kind(k);
            const QString word = ContainerState::toString(kind);
            QVERIFY(!word.isEmpty());
            QCOMPARE(ContainerState::parse(word).kind(), kind);
            QCOMPARE(ContainerState(kind).toString(), word);
        }
        QVERIFY(ContainerState::toString(ContainerState::Unknown).isEmpty());
    }

    void comparisons()
    {
        QVERIFY(ContainerState(u"running"_s) == ContainerState::Running);
        QVERIFY(!(ContainerState(u"exited"_s) == ContainerState::Running));
        QVERIFY(ContainerState(u"paused"_s) == ContainerState(ContainerState::Paused));
        // Two unknown states are the same only with the same word.
        QVERIFY(ContainerState(u"a"_s) == ContainerState(u"a"_s));
        QVERIFY(!(ContainerState(u"a"_s) == ContainerState(u"b"_s)));
        QVERIFY(!(ContainerState() == ContainerState(u"b"_s)));
    }
};

QTEST_APPLESS_MAIN(TstContainerState)
#include "tst_container_state.moc"
