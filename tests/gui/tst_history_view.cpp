#include "AccessibilityCheck.h"
#include "details/HistoryView.h"
#include "listings/HistoryModel.h"
#include "widgets/MessageBanner.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeView>
#include <QtTest>

using namespace gantry;
using namespace Qt::StringLiterals;

namespace {

QList<HistoryEntry> layers()
{
    auto entry = [](qint64 size, const QString &createdBy, const QString &created) {
        HistoryEntry e;
        e.id = u"<missing>"_s;
        e.size = size;
        e.createdBy = createdBy;
        e.created = QDateTime::fromString(created, Qt::ISODate);
        return e;
    };
    return {
        entry(0, u"/bin/sh -c #(nop)  CMD [\"httpd\"]"_s, u"2024-03-11T09:40:02Z"_s),
        entry(2000, u"/bin/sh -c echo hi > /index.html"_s, u"2024-03-11T09:40:01Z"_s),
        entry(1000000, u"/bin/sh -c #(nop) COPY dir:3a9b in /srv "_s, u"2024-03-11T09:40:00Z"_s),
        entry(900, u"/bin/sh -c touch /x"_s, u"2024-03-10T17:00:00Z"_s),
    };
}

QStringList column(QTreeView *tree, int c)
{
    QStringList out;
    for (int row = 0; row < tree->model()->rowCount(); ++row)
        out << tree->model()->index(row, c).data().toString();
    return out;
}

} // namespace

class TestHistoryView : public QObject {
    Q_OBJECT
private slots:
    void layersNewestFirstThenSortedByValue()
    {
        HistoryView view;
        view.resize(900, 400);
        view.show();
        auto *tree = byAccessibleName<QTreeView>(&view, u"Image history (layers)"_s);
        QVERIFY(tree);
        QVERIFY(!tree->rootIsDecorated());
        QVERIFY(tree->isSortingEnabled());
        auto *explanation = view.findChild<QLabel *>(u"historyExplanation"_s);
        QVERIFY(explanation && explanation->isVisible());
        QCOMPARE(explanation->text(), u"Each line is a layer, newest first: the Dockerfile step "
                                      "that made it and what it added."_s);

        view.setEntries(layers());
        QCOMPARE(column(tree, HistoryModel::CreatedByColumn),
                 (QStringList{u"CMD [\"httpd\"]"_s, u"RUN echo hi > /index.html"_s,
                              u"COPY dir:3a9b in /srv"_s, u"RUN touch /x"_s}));

        QHeaderView *header = tree->header();
        const int x = header->sectionViewportPosition(HistoryModel::SizeColumn) +
                      header->sectionSize(HistoryModel::SizeColumn) / 2;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        QCOMPARE(tree->header()->sortIndicatorSection(), int(HistoryModel::SizeColumn));
        QCOMPARE(column(tree, HistoryModel::SizeColumn),
                 (QStringList{u"0 bytes"_s, u"900 bytes"_s, u"2.0 kB"_s, u"1.0 MB"_s}));
    }

    void errorAndAccessibility()
    {
        HistoryView view;
        view.resize(900, 400); // room for every column: no scroll bars
        view.show();
        view.setEntries(layers());
        view.setError(u"No such image: shop-web"_s);
        auto *error = view.findChild<MessageBanner *>(u"historyError"_s);
        QVERIFY(error && error->isVisible());
        QCOMPARE(error->text(), u"No such image: shop-web"_s);
        auto *tree = byAccessibleName<QTreeView>(&view, u"Image history (layers)"_s);
        QCOMPARE(tree->model()->rowCount(), 0);
        const QStringList unnamed = unnamedActionableWidgets(&view);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));

        view.setEntries(layers());
        QVERIFY(!error->isVisible());
        QCOMPARE(tree->model()->rowCount(), 4);
    }
};

QTEST_MAIN(TestHistoryView)
#include "tst_history_view.moc"
