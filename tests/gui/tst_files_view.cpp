// The Files tab driven as a user would, by accessible names, against a stopped container of
// the test bed: browse, view a text file, download and upload, with the docker cp line shown;
// and the tab inside the details panel follows the selection. GANTRY_SCREENSHOT=path saves a
// picture of it.
#include "AccessibilityCheck.h"
#include "TestBed.h"
#include "api/DockerClient.h"
#include "details/DetailsPanel.h"
#include "details/FilesView.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

using namespace gantry;
using namespace Qt::StringLiterals;

namespace {

QModelIndex rowNamed(QTreeView *list, const QString &name)
{
    QAbstractItemModel *m = list->model();
    for (int r = 0; r < m->rowCount(); ++r)
        if (m->index(r, 0).data().toString() == name)
            return m->index(r, 0);
    return {};
}

QStringList names(QTreeView *list)
{
    QStringList out;
    for (int r = 0; r < list->model()->rowCount(); ++r)
        out << list->model()->index(r, 0).data().toString();
    return out;
}

} // namespace

class TestFilesView : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (!testbed::available())
            QFAIL(testbed::missingMessage());
        m_client = testbed::connectedClient(this);
        QVERIFY(m_client);
        m_name = testbed::unique("gantry-filesview-");
        QVERIFY(testbed::docker(
            {u"run"_s, u"--name"_s, m_name, testbed::env("GANTRY_TEST_IMAGE"), u"sh"_s, u"-c"_s,
             u"mkdir -p /data/sub && printf 'line one\\nline two\\n' > /data/notes.txt"
             " && chmod 640 /data/notes.txt && ln -s notes.txt /data/link"
             " && mkdir /big && dd if=/dev/zero of=/big/zeros bs=1048576 count=96 2>/dev/null"_s}));
        m_id = testbed::inspect(m_name).value(u"Id"_s).toString();
    }

    void cleanupTestCase() { testbed::docker({u"rm"_s, u"-f"_s, m_name}); }

    void browseViewDownloadUpload()
    {
        FilesView view(m_client);
        view.resize(900, 600);
        view.setContainer(m_id, m_name);
        view.show();
        auto *list = byAccessibleName<QTreeView>(&view, u"Files of the folder"_s);
        auto *path = byAccessibleName<QLineEdit>(&view, u"Folder in the container"_s);
        QVERIFY(list && path);
        QTRY_VERIFY(names(list).contains(u"data"_s));
        QCOMPARE(path->text(), u"/"_s);
        QVERIFY(unnamedActionableWidgets(&view).isEmpty());

        // Into /data by double-click (activation), then the columns.
        list->setCurrentIndex(rowNamed(list, u"data"_s));
        emit list->activated(list->currentIndex());
        QTRY_COMPARE(names(list).size(), 3);
        QCOMPARE(path->text(), u"/data"_s);
        const QModelIndex notes = rowNamed(list, u"notes.txt"_s);
        QCOMPARE(notes.siblingAtColumn(1).data().toString().isEmpty(), false);
        QCOMPARE(notes.siblingAtColumn(2).data().toString(), u"-rw-r-----"_s);
        QCOMPARE(rowNamed(list, u"link"_s).siblingAtColumn(4).data().toString(), u"notes.txt"_s);

        // View: plain text.
        list->setCurrentIndex(notes);
        auto *viewButton = byAccessibleName<QPushButton>(&view, u"View"_s);
        QVERIFY(viewButton && viewButton->isEnabled());
        viewButton->click();
        auto *preview = byAccessibleName<QPlainTextEdit>(&view, u"File contents"_s);
        QTRY_COMPARE(preview->toPlainText(), u"line one\nline two\n"_s);
        if (const QString shot = qEnvironmentVariable("GANTRY_SCREENSHOT"); !shot.isEmpty()) {
            QTest::qWait(200);
            view.grab().save(shot);
        }

        // Another folder asked for, its listing not there yet: View still means the selected
        // row of the folder shown.
        view.openFolder(u"/bin"_s);
        QCOMPARE(view.folder(), u"/data"_s);
        preview->clear();
        viewButton->click();
        QTRY_COMPARE(preview->toPlainText(), u"line one\nline two\n"_s);
        view.openFolder(u"/data"_s);

        // Download: the docker cp line shown, the file on disk.
        QTemporaryDir dest;
        auto *status = view.findChild<QLabel *>(u"filesStatus"_s);
        auto *command = view.findChild<QLabel *>(u"filesCommand"_s);
        view.download(u"/data/notes.txt"_s, dest.path());
        QCOMPARE(command->text(), u"docker cp "_s + m_name + u":/data/notes.txt "_s + dest.path());
        QTRY_VERIFY(QFile::exists(dest.filePath(u"notes.txt"_s)));
        QTRY_VERIFY(status->text().contains(u"downloaded"_s));
        QVERIFY(!status->property("error").toBool());

        // Up, then an upload into /data/sub: listed once done.
        auto *up = byAccessibleName<QPushButton>(&view, u"Up"_s);
        up->click();
        QTRY_COMPARE(path->text(), u"/"_s);
        view.openFolder(u"/data/sub"_s);
        QCOMPARE(path->text(), u"/data/sub"_s);
        QTRY_COMPARE(view.folder(), u"/data/sub"_s); // listed
        view.upload(dest.filePath(u"notes.txt"_s));
        QCOMPARE(command->text(),
                 u"docker cp "_s + dest.filePath(u"notes.txt"_s) + u' ' + m_name + u":/data/sub"_s);
        QTRY_VERIFY(names(list).contains(u"notes.txt"_s));

        // Two files dropped on the view: uploaded one after the other.
        QStringList dropped;
        for (const QString &n : {u"dropped-1.txt"_s, u"dropped-2.txt"_s}) {
            QFile f(dest.filePath(n));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(n.toUtf8());
            dropped << f.fileName();
        }
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(dropped.at(0)), QUrl::fromLocalFile(dropped.at(1))});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton,
                              Qt::NoModifier);
        QCoreApplication::sendEvent(&view, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&view, &drop);
        QTRY_VERIFY_WITH_TIMEOUT(names(list).contains(u"dropped-1.txt"_s) &&
                                     names(list).contains(u"dropped-2.txt"_s),
                                 20000);

        // An error in place, in plain text.
        view.openFolder(u"/no/such/<b>folder</b>"_s);
        QTRY_VERIFY(status->property("error").toBool());
        QCOMPARE(status->textFormat(), Qt::PlainText);
    }

    // The view closed in the middle of a download: the job stops silently (no finished() into
    // the half-destroyed view: AddressSanitizer would see it) and takes its staging folder.
    void closedDuringDownload()
    {
        QTemporaryDir dest;
        auto *view = new FilesView(m_client);
        view->setContainer(m_id, m_name);
        view->download(u"/big/zeros"_s, dest.path());
        QVERIFY(!QDir(dest.path())
                     .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)
                     .isEmpty());
        auto *status = view->findChild<QLabel *>(u"filesStatus"_s);
        QTest::qWait(100);
        QVERIFY(!status->text().contains(u"downloaded"_s)); // still under way
        delete view;
        QTest::qWait(200);
        QVERIFY(QDir(dest.path())
                    .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)
                    .isEmpty());
    }

    // The tab in the details panel: enabled for a container, disabled for an image.
    void tabFollowsSelection()
    {
        DetailsPanel panel(m_client);
        FilesView *files = panel.filesView();
        const int tab = panel.indexOf(files);
        QVERIFY(tab >= 0);
        QCOMPARE(panel.tabText(tab - 1), u"Health"_s);  // after the streams and Health,
        QCOMPARE(panel.tabText(tab + 1), u"History"_s); // before the image's layers
        QVERIFY(!panel.isTabEnabled(tab));
        panel.showContainer(m_id, m_name, ContainerState(u"exited"_s));
        QVERIFY(panel.isTabEnabled(tab));
        panel.show();
        panel.setCurrentIndex(tab);
        auto *list = files->findChild<QTreeView *>(u"filesList"_s);
        QTRY_VERIFY(names(list).contains(u"data"_s));
        panel.showImage(testbed::env("GANTRY_TEST_IMAGE"));
        QVERIFY(!panel.isTabEnabled(tab));
    }

private:
    DockerClient *m_client = nullptr;
    QString m_name;
    QString m_id;
};

QTEST_MAIN(TestFilesView)
#include "tst_files_view.moc"
