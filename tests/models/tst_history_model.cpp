#include "listings/HistoryModel.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QtTest>

using namespace gantry;
using namespace Qt::StringLiterals;

namespace {

HistoryEntry entry(const QString &id, qint64 size, const QString &createdBy,
                   const QDateTime &created, const QString &comment = {})
{
    HistoryEntry e;
    e.id = id;
    e.size = size;
    e.createdBy = createdBy;
    e.created = created;
    e.comment = comment;
    return e;
}

QDateTime at(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate);
}

// A `docker history` of an image built FROM an imported busybox, newest layer first.
QList<HistoryEntry> layers()
{
    return {
        entry(u"sha256:5e1f"_s, 0, u"/bin/sh -c #(nop)  CMD [\"httpd\" \"-f\" \"-p\" \"80\"]"_s,
              at(u"2024-03-11T09:40:02Z"_s)),
        entry(u"<missing>"_s, 2000,
              u"/bin/sh -c mkdir -p /srv/www \t&&  echo hi > /srv/www/index.html"_s,
              at(u"2024-03-11T09:40:01Z"_s)),
        entry(u"<missing>"_s, 1000000, u"/bin/sh -c #(nop) COPY dir:3a9b in /srv/www "_s,
              at(u"2024-03-11T09:40:00Z"_s)),
        entry(u"<missing>"_s, 900, u"|1 VERSION=1.2 /bin/sh -c echo $VERSION > /version"_s,
              at(u"2024-03-10T17:00:00Z"_s)),
        entry(u"sha256:0b9f"_s, 1290000, u""_s, at(u"2024-02-29T08:15:00Z"_s),
              u"Imported from -"_s),
    };
}

QList<qint64> sizesInProxyOrder(const QSortFilterProxyModel &proxy)
{
    QList<qint64> sizes;
    for (int row = 0; row < proxy.rowCount(); ++row)
        sizes
            << proxy.index(row, HistoryModel::SizeColumn).data(HistoryModel::SortRole).toLongLong();
    return sizes;
}

} // namespace

class TestHistoryModel : public QObject {
    Q_OBJECT
private slots:
    void testerWhileSettingEntries()
    {
        HistoryModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.setEntries(layers());
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.columnCount(), 4);
        model.setEntries(layers().mid(2));
        QCOMPARE(model.rowCount(), 3);
        model.setEntries({});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(resets.size(), 3);
        QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    }

    void headers()
    {
        HistoryModel model;
        QStringList titles;
        for (int c = 0; c < model.columnCount(); ++c)
            titles << model.headerData(c, Qt::Horizontal).toString();
        QCOMPARE(titles, (QStringList{u"Created by"_s, u"Size"_s, u"Created"_s, u"Comment"_s}));
    }

    void stepText_data()
    {
        QTest::addColumn<QString>("createdBy");
        QTest::addColumn<QString>("shown");
        QTest::newRow("nop CMD") << u"/bin/sh -c #(nop)  CMD [\"/bin/sh\"]"_s
                                 << u"CMD [\"/bin/sh\"]"_s;
        QTest::newRow("nop ADD") << u"/bin/sh -c #(nop) ADD file:9a8b in / "_s
                                 << u"ADD file:9a8b in /"_s;
        QTest::newRow("shell is RUN")
            << u"/bin/sh -c apk add --no-cache curl"_s << u"RUN apk add --no-cache curl"_s;
        QTest::newRow("multi-line RUN")
            << u"/bin/sh -c set -eux; \t\n    mkdir /data; \\\n    chown 1000 /data"_s
            << u"RUN set -eux; mkdir /data; chown 1000 /data"_s;
        QTest::newRow("build args")
            << u"|2 A=1 B=x y /bin/sh -c make install"_s << u"RUN make install"_s;
        QTest::newRow("buildkit RUN") << u"RUN /bin/sh -c npm ci # buildkit"_s << u"RUN npm ci"_s;
        QTest::newRow("buildkit other") << u"WORKDIR /app"_s << u"WORKDIR /app"_s;
        QTest::newRow("buildkit COPY") << u"COPY . . # buildkit"_s << u"COPY . ."_s;
        QTest::newRow("imported") << u""_s << u""_s;
    }

    void stepText()
    {
        QFETCH(QString, createdBy);
        QFETCH(QString, shown);
        QCOMPARE(HistoryModel::stepText(createdBy), shown);
    }

    void displayAndRawValues()
    {
        HistoryModel model;
        model.setEntries(layers());
        const QModelIndex run = model.index(1, HistoryModel::CreatedByColumn);
        QCOMPARE(run.data().toString(),
                 u"RUN mkdir -p /srv/www && echo hi > /srv/www/index.html"_s);
        QVERIFY(run.data(Qt::ToolTipRole).toString().contains(u"\t&&  echo"_s)); // the original

        QCOMPARE(model.index(3, HistoryModel::SizeColumn).data().toString(), u"900 bytes"_s);
        QCOMPARE(model.index(1, HistoryModel::SizeColumn).data().toString(), u"2.0 kB"_s);
        QCOMPARE(model.index(2, HistoryModel::SizeColumn).data().toString(), u"1.0 MB"_s);
        QCOMPARE(model.index(2, HistoryModel::SizeColumn).data(HistoryModel::SortRole),
                 QVariant(qint64(1000000)));

        const QModelIndex created = model.index(4, HistoryModel::CreatedColumn);
        QCOMPARE(created.data(HistoryModel::SortRole).toDateTime(), at(u"2024-02-29T08:15:00Z"_s));
        QVERIFY(created.data().toString().contains(u"2024"_s));
        QCOMPARE(model.index(4, HistoryModel::CommentColumn).data().toString(),
                 u"Imported from -"_s);
    }

    void proxySortsSizesByValue()
    {
        HistoryModel model;
        model.setEntries(layers());
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(HistoryModel::SortRole);

        proxy.sort(HistoryModel::SizeColumn, Qt::AscendingOrder);
        QCOMPARE(sizesInProxyOrder(proxy), (QList<qint64>{0, 900, 2000, 1000000, 1290000}));
        // As text, "1.0 MB" < "1.3 MB" < "2.0 kB" < "900 bytes": the order must not be that.
        QStringList shown;
        for (int row = 1; row < 4; ++row)
            shown << proxy.index(row, HistoryModel::SizeColumn).data().toString();
        QCOMPARE(shown, (QStringList{u"900 bytes"_s, u"2.0 kB"_s, u"1.0 MB"_s}));

        proxy.sort(HistoryModel::SizeColumn, Qt::DescendingOrder);
        QCOMPARE(sizesInProxyOrder(proxy), (QList<qint64>{1290000, 1000000, 2000, 900, 0}));

        proxy.sort(HistoryModel::CreatedColumn, Qt::AscendingOrder);
        QCOMPARE(sizesInProxyOrder(proxy), (QList<qint64>{1290000, 900, 1000000, 2000, 0}));

        proxy.sort(-1); // back to the engine's order, newest first
        QCOMPARE(sizesInProxyOrder(proxy), (QList<qint64>{0, 2000, 1000000, 900, 1290000}));
    }
};

QTEST_GUILESS_MAIN(TestHistoryModel)
#include "tst_history_model.moc"
