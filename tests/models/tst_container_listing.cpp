#include "Fixtures.h"
#include "api/Parsers.h"
#include "listings/ContainerModel.h"
#include "listings/ImageModel.h"
#include "live/ContainerListing.h"
#include "live/Refresher.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace gantry;
using namespace Qt::StringLiterals;

namespace {

// The recorded listing with `edit` applied to the container named `name`.
QByteArray edited(const QString &name, const std::function<void(QJsonObject &)> &edit)
{
    QJsonArray list = QJsonDocument::fromJson(fixture("containers_v1.41.json")).array();
    for (qsizetype i = 0; i < list.size(); ++i) {
        QJsonObject o = list[i].toObject();
        if (o.value("Names"_L1).toArray().first().toString() == u'/' + name) {
            edit(o);
            list[i] = o;
        }
    }
    return QJsonDocument(list).toJson(QJsonDocument::Compact);
}

// What a model emits: the changed rows (by key, column 0 of each range) and anything else.
struct Emitted {
    explicit Emitted(ContainerModel *m)
        : model(m)
    {
        QObject::connect(m, &QAbstractItemModel::dataChanged,
                         [this](const QModelIndex &from, const QModelIndex &to) {
                             for (int r = from.row(); r <= to.row(); ++r)
                                 rows.append(model->nodeAt(model->index(r, 0, from.parent()))->key);
                         });
        QObject::connect(m, &QAbstractItemModel::rowsInserted, [this] { ++other; });
        QObject::connect(m, &QAbstractItemModel::rowsRemoved, [this] { ++other; });
        QObject::connect(m, &QAbstractItemModel::modelReset, [this] { ++other; });
        QObject::connect(m, &QAbstractItemModel::layoutChanged, [this] { ++other; });
    }
    QStringList sorted() const
    {
        QStringList s = rows;
        s.sort();
        return s;
    }
    ContainerModel *model;
    QStringList rows;
    int other = 0;
};

// The same listing applied twice: through ContainerListing (the refresher's way) and through
// setContainers() (the full diff). Both models must end equal, with the same rows signalled.
struct Both {
    ContainerModel batched, full;
    ImageModel images;
    QList<ContainerSummary> baseline;

    void load(const QByteArray &json)
    {
        ContainerListing l = ContainerListing::prepare(json, baseline);
        QVERIFY(!l.error.isError());
        l.apply(&batched, &images, baseline);
        full.setContainers(parse::containers(json).value());
    }
    static QStringList dump(const ContainerModel &m)
    {
        QStringList out;
        for (int r = 0; r < m.rowCount(); ++r) {
            const QModelIndex top = m.index(r, 0);
            out.append(m.data(top, ContainerModel::IdRole).toString() + u' ' +
                       m.data(m.index(r, ContainerModel::StatusColumn)).toString() + u' ' +
                       m.data(m.index(r, ContainerModel::StateColumn)).toString());
            for (int c = 0; c < m.rowCount(top); ++c)
                out.append(u"  "_s + m.data(m.index(c, 0, top), ContainerModel::IdRole).toString() +
                           u' ' + m.data(m.index(c, ContainerModel::StatusColumn, top)).toString());
        }
        out.sort();
        return out;
    }
};

} // namespace

class TestContainerListing : public QObject {
    Q_OBJECT
private slots:
    void unchangedListingSharesAndSignalsNothing()
    {
        Both m;
        m.load(fixture("containers_v1.41.json"));
        const ContainerListing again =
            ContainerListing::prepare(fixture("containers_v1.41.json"), m.baseline);
        QVERIFY(again.unchanged);
        QVERIFY(again.changed.isEmpty());
        // Equal entries take the baseline's data: nothing left to free twice or compare deeply.
        QCOMPARE(again.list.size(), m.baseline.size());
        for (qsizetype i = 0; i < again.list.size(); ++i)
            QVERIFY(again.list[i].id.constData() == m.baseline[i].id.constData());
    }

    void stateChangeSignalsOnlyThatRowAndItsProject()
    {
        Both m;
        QAbstractItemModelTester tester(&m.batched,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.load(fixture("containers_v1.41.json"));
        Emitted batched(&m.batched), full(&m.full);
        const QByteArray next = edited(u"shop-db-1"_s, [](QJsonObject &o) {
            o.insert("State"_L1, u"exited"_s);
            o.insert("Status"_L1, u"Exited (0) 1 second ago"_s);
        });
        const ContainerListing l = ContainerListing::prepare(next, m.baseline);
        QVERIFY(l.inPlace && !l.unchanged);
        QCOMPARE(l.changed.size(), 1);
        m.load(next);
        QCOMPARE(batched.other, 0);
        QCOMPARE(batched.sorted(), full.sorted());
        QCOMPARE(batched.rows.size(), 2); // the container and its project's running count
        QVERIFY(batched.rows.contains(u"project:shop"_s));
        QCOMPARE(Both::dump(m.batched), Both::dump(m.full));
        QCOMPARE(m.batched.data(m.batched.findKey(u"project:shop"_s), ContainerModel::SortRole),
                 m.full.data(m.full.findKey(u"project:shop"_s), ContainerModel::SortRole));
    }

    void statusTextOnlySignalsThatRow()
    {
        Both m;
        m.load(fixture("containers_v1.41.json"));
        Emitted batched(&m.batched), full(&m.full);
        m.load(edited(u"udp"_s, [](QJsonObject &o) { o.insert("Status"_L1, u"Up 2 hours"_s); }));
        QCOMPARE(batched.other, 0);
        QCOMPARE(batched.rows.size(), 1);
        QCOMPARE(batched.sorted(), full.sorted());
        QCOMPARE(Both::dump(m.batched), Both::dump(m.full));
    }

    void containersComingOrGoingTakeTheFullDiff()
    {
        Both m;
        m.load(fixture("containers_v1.41.json"));
        // One gone.
        QJsonArray list = QJsonDocument::fromJson(fixture("containers_v1.41.json")).array();
        list.removeAt(0);
        const QByteArray fewer = QJsonDocument(list).toJson(QJsonDocument::Compact);
        QVERIFY(!ContainerListing::prepare(fewer, m.baseline).inPlace);
        Emitted gone(&m.batched);
        m.load(fewer);
        QCOMPARE(gone.other, 1); // rowsRemoved
        QCOMPARE(Both::dump(m.batched), Both::dump(m.full));
        // Same count, one replaced by a new one, and one listed twice: never "in place".
        QJsonObject fresh = list[0].toObject();
        fresh.insert("Id"_L1, u"f00d"_s);
        QJsonArray swapped = list;
        swapped[1] = fresh;
        QVERIFY(!ContainerListing::prepare(QJsonDocument(swapped).toJson(), m.baseline).inPlace);
        QJsonArray twice = list;
        twice[1] = list[0];
        QVERIFY(!ContainerListing::prepare(QJsonDocument(twice).toJson(), m.baseline).inPlace);
    }

    void movedToAnotherProjectTakesTheFullDiff()
    {
        Both m;
        m.load(fixture("containers_v1.41.json"));
        const QByteArray moved = edited(u"udp"_s, [](QJsonObject &o) {
            o.insert("Labels"_L1, QJsonObject{{"com.docker.compose.project"_L1, u"shop"_s}});
        });
        const ContainerListing l = ContainerListing::prepare(moved, m.baseline);
        QVERIFY(l.inPlace); // same containers, but updateContainers() refuses: a row moves
        QVERIFY(!m.batched.updateContainers(l.changed));
        m.load(moved);
        QCOMPARE(Both::dump(m.batched), Both::dump(m.full));
        QVERIFY(m.batched.findKey(u"project:shop"_s).isValid());
        QCOMPARE(m.batched.rowCount(m.batched.findKey(u"project:shop"_s)), 4);
    }

    void unknownContainerIsRefusedAndNothingChanges()
    {
        ContainerModel model;
        model.setContainers(parse::containers(fixture("containers_v1.41.json")).value());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        ContainerSummary ghost;
        ghost.id = u"ghost"_s;
        QVERIFY(!model.updateContainers({ghost}));
        QCOMPARE(changed.size(), 0);
    }

    void imageUsageComesWithTheBatch()
    {
        const ContainerListing l = ContainerListing::prepare(fixture("containers_v1.41.json"), {});
        QCOMPARE(l.usage, ImageModel::usageOf(l.list));
        QVERIFY(!l.usage.isEmpty());
    }

    void malformedListingIsAnErrorAndChangesNothing()
    {
        Both m;
        m.load(fixture("containers_v1.41.json"));
        const QList<ContainerSummary> before = m.baseline;
        const ContainerListing l = ContainerListing::prepare("[{\"Id\":", m.baseline);
        QCOMPARE(l.error.kind(), EngineError::Kind::Protocol);
        QVERIFY(l.list.isEmpty());
        QCOMPARE(m.baseline, before);
    }

    // The refresher keeps a digest of the last listing, not its bytes: equal bytes give equal
    // digests, and any one byte changed, added or removed gives another.
    void listingDigestTellsEveryByte()
    {
        const QByteArray listing = fixture("containers_v1.41.json");
        QVERIFY(listing.size() > 100);
        const Refresher::Digest d = Refresher::digest(listing);
        QCOMPARE(Refresher::digest(QByteArray(listing.constData(), listing.size())), d);
        for (qsizetype at : {qsizetype(0), listing.size() / 2, listing.size() - 1}) {
            QByteArray changed = listing;
            changed[at] = char(changed[at] ^ 1);
            QVERIFY(Refresher::digest(changed) != d);
        }
        QVERIFY(Refresher::digest(listing + ' ') != d);
        QVERIFY(Refresher::digest(listing.chopped(1)) != d);
        QVERIFY(Refresher::digest(QByteArray()) != d);
    }
};

QTEST_MAIN(TestContainerListing)
#include "tst_container_listing.moc"
