// Build, commit, save/load and export/import through their dialogs, driven as a user would,
// against the test bed.
#include "AccessibilityCheck.h"
#include "MainWindow.h"
#include "TestBed.h"
#include "Workspace.h"
#include "actions/CommandLog.h"
#include "api/ConnectionMonitor.h"
#include "api/DockerClient.h"
#include "containers/ContainersPage.h"
#include "images/ImagesPage.h"
#include "listings/ContainerModel.h"
#include "listings/ImageModel.h"
#include "live/Refresher.h"
#include "transfer/ArchiveDialog.h"
#include "transfer/BuildDialog.h"
#include "transfer/CommitDialog.h"
#include "transfer/ImageTransferController.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTreeView>
#include <QUuid>
#include <QtTest>

using namespace gantry;
using namespace Qt::StringLiterals;

namespace {

void write(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
}

template <typename Model> void select(ResourcePage *page, Model *model, const QString &key)
{
    auto *proxy = static_cast<QSortFilterProxyModel *>(page->view()->model());
    const QModelIndex p = proxy->mapFromSource(model->findKey(key));
    QVERIFY2(p.isValid(), qPrintable(key));
    page->view()->expand(p.parent());
    page->view()->selectionModel()->select(p, QItemSelectionModel::ClearAndSelect |
                                                  QItemSelectionModel::Rows);
}

QAction *pageAction(QWidget *page, const QString &objectName)
{
    return page->findChild<QAction *>(objectName);
}

ArchiveDialog *openArchiveDialog(QWidget *window, ArchiveDialog::Mode mode)
{
    for (ArchiveDialog *d : window->findChildren<ArchiveDialog *>()) {
        if (d->isVisible() && d->mode() == mode)
            return d;
    }
    return nullptr;
}

template <typename T> T *child(QWidget *dialog, const QString &name)
{
    return dialog->findChild<T *>(name);
}

} // namespace

class TestImageTransferDialogs : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (!testbed::available())
            QFAIL(testbed::missingMessage());
        m_image = testbed::env("GANTRY_TEST_IMAGE");
        m_prefix = u"gantry-dlg-"_s + QUuid::createUuid().toString(QUuid::Id128).left(6);
        m_client = new DockerClient(testbed::endpoint(), this);
        m_monitor = new ConnectionMonitor(m_client, this);
        m_workspace = new Workspace(m_client, m_monitor, this);
        m_workspace->start();
        m_monitor->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_workspace->refresher()->isFirstRefreshDone(), 10000);
    }

    void cleanupTestCase()
    {
        for (const QString &c : std::as_const(m_containers))
            testbed::docker({u"rm"_s, u"-f"_s, c});
        for (const QString &i : std::as_const(m_images))
            testbed::docker({u"rmi"_s, u"-f"_s, i});
        delete m_workspace;
    }

    void buildValidatesAsTypedThenBuilds()
    {
        QTemporaryDir dir;
        BuildDialog *dialog = m_workspace->imageTransfers()->build();
        QVERIFY(unnamedActionableWidgets(dialog).isEmpty());
        auto *folder = child<QLineEdit>(dialog, u"buildContext"_s);
        auto *tags = child<QLineEdit>(dialog, u"buildTags"_s);
        auto *args = child<QPlainTextEdit>(dialog, u"buildArgs"_s);
        auto *error = child<QLabel>(dialog, u"buildError"_s);
        auto *build = child<QPushButton>(dialog, u"buildAccept"_s);
        const int logged = m_workspace->commandLog()->rowCount();

        folder->setText(dir.filePath(u"missing"_s));
        QVERIFY(!build->isEnabled());
        QVERIFY(error->text().contains(u"does not exist"_s));
        folder->setText(dir.path());
        QVERIFY(error->text().contains(u"Dockerfile"_s));
        write(dir.filePath(u"Dockerfile"_s), "FROM " + m_image.toUtf8() +
                                                 "\nARG WHO\nRUN echo \"hello $WHO\" > /hello\n"
                                                 "CMD [\"cat\", \"/hello\"]\n");
        folder->setText(dir.path() + u'/'); // re-validate
        QVERIFY(build->isEnabled());
        tags->setText(u"Not:A:Tag"_s);
        QVERIFY(!build->isEnabled());
        QVERIFY(error->text().contains(u"Not:A:Tag"_s));
        const QString tag = m_prefix + u"/built:1"_s;
        m_images << tag;
        tags->setText(tag);
        args->setPlainText(u"1WHO=x"_s);
        QVERIFY(!build->isEnabled());
        args->setPlainText(u"WHO=gantry"_s);
        QVERIFY(build->isEnabled());
        const QString line = child<QLabel>(dialog, u"buildCommand"_s)->text();
        QCOMPARE(line,
                 u"docker build -t "_s + tag + u" --build-arg WHO=gantry "_s + dir.path() + u'/');
        QCOMPARE(m_workspace->commandLog()->rowCount(), logged); // nothing sent yet

        build->click();
        auto *status = child<QLabel>(dialog, u"buildStatus"_s);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(u"Built image"_s), 60000);
        QVERIFY(
            child<QPlainTextEdit>(dialog, u"buildOutput"_s)->toPlainText().contains(u"Step 3/4"_s));
        QCOMPARE(m_workspace->commandLog()->commandAt(m_workspace->commandLog()->rowCount() - 1),
                 line);
        QTRY_VERIFY(m_workspace->imageModel()->findKey(tag).isValid());
        const auto out = testbed::docker({u"run"_s, u"--rm"_s, u"--network"_s, u"none"_s, tag});
        QVERIFY(out);
        QCOMPARE(*out, QByteArray("hello gantry\n"));
        dialog->close();
    }

    void failingBuildNamesTheStepAndKeepsTheFields()
    {
        QTemporaryDir dir;
        write(dir.filePath(u"Dockerfile"_s),
              "FROM " + m_image.toUtf8() + "\nRUN echo building; exit 7\n");
        BuildDialog *dialog = m_workspace->imageTransfers()->build(dir.path());
        const QString tag = m_prefix + u"/broken:1"_s;
        child<QLineEdit>(dialog, u"buildTags"_s)->setText(tag);
        child<QPushButton>(dialog, u"buildAccept"_s)->click();
        auto *error = child<QLabel>(dialog, u"buildError"_s);
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 60000);
        QVERIFY2(error->text().startsWith(u"Step 2/2 (RUN echo building; exit 7) failed"_s),
                 qPrintable(error->text()));
        QVERIFY(error->text().contains(u"non-zero code: 7"_s));
        QCOMPARE(child<QLineEdit>(dialog, u"buildTags"_s)->text(), tag);
        QVERIFY(child<QPushButton>(dialog, u"buildAccept"_s)->isEnabled());
        QVERIFY(child<QLineEdit>(dialog, u"buildTags"_s)->isEnabled());
        dialog->close();
    }

    void commitFromTheContainersPage()
    {
        const QString name = m_prefix + u"-src"_s;
        m_containers << name;
        QVERIFY(testbed::docker({u"run"_s, u"--name"_s, name, u"--network"_s, u"none"_s, m_image,
                                 u"sh"_s, u"-c"_s, u"echo committed > /f"_s}));
        ContainersPage *page = m_workspace->containersPage();
        m_workspace->containersPage()->findChild<QCheckBox *>()->setChecked(true); // show all
        QTRY_VERIFY(!idOf(name).isEmpty());
        select(page, m_workspace->containerModel(), idOf(name));
        QAction *commit = pageAction(page, u"commitContainerAction"_s);
        QTRY_VERIFY(commit->isEnabled());
        commit->trigger();
        CommitDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_workspace->window()->findChild<CommitDialog *>()));
        QVERIFY(unnamedActionableWidgets(dialog).isEmpty());
        auto *ok = child<QPushButton>(dialog, u"commitAccept"_s);
        auto *changes = child<QPlainTextEdit>(dialog, u"commitChanges"_s);
        changes->setPlainText(u"RUN rm -rf /"_s);
        QVERIFY(!ok->isEnabled());
        QVERIFY(child<QLabel>(dialog, u"commitError"_s)->text().contains(u"RUN"_s));
        changes->setPlainText(u"CMD [\"cat\", \"/f\"]"_s);
        const QString ref = m_prefix + u"/committed:1"_s;
        m_images << ref;
        child<QLineEdit>(dialog, u"commitReference"_s)->setText(ref);
        QVERIFY(ok->isEnabled());
        const QString line = child<QLabel>(dialog, u"commitCommand"_s)->text();
        QCOMPARE(line, u"docker commit -c 'CMD [\"cat\", \"/f\"]' "_s + name + u' ' + ref);
        QPointer<CommitDialog> guard(dialog);
        ok->click();
        QTRY_VERIFY_WITH_TIMEOUT(guard.isNull(), 30000); // closes on success
        const auto out = testbed::docker({u"run"_s, u"--rm"_s, u"--network"_s, u"none"_s, ref});
        QVERIFY(out);
        QCOMPARE(*out, QByteArray("committed\n"));
        QTRY_VERIFY(m_workspace->imageModel()->findKey(ref).isValid());
    }

    void saveThenLoad()
    {
        const QString ref = m_prefix + u"/saved:1"_s;
        QVERIFY(testbed::docker({u"tag"_s, m_image, ref}));
        m_images << ref;
        QTRY_VERIFY(m_workspace->imageModel()->findKey(ref).isValid());
        select(m_workspace->imagesPage(), m_workspace->imageModel(), ref);
        QAction *save = pageAction(m_workspace->imagesPage(), u"saveImageAction"_s);
        QTRY_VERIFY(save->isEnabled());
        save->trigger();
        ArchiveDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = openArchiveDialog(m_workspace->window(), ArchiveDialog::Mode::Save)));
        QVERIFY2(unnamedActionableWidgets(dialog).isEmpty(),
                 qPrintable(unnamedActionableWidgets(dialog).join(u", "_s)));
        QVERIFY(child<QLabel>(dialog, u"archiveExplanation"_s)->text().contains(u"layer"_s));
        QTemporaryDir dir;
        const QString file = dir.filePath(u"saved.tar"_s);
        child<QLineEdit>(dialog, u"archiveFile"_s)
            ->setText(dir.filePath(u"no/such/folder/x.tar"_s));
        QVERIFY(!child<QPushButton>(dialog, u"archiveStart"_s)->isEnabled());
        child<QLineEdit>(dialog, u"archiveFile"_s)->setText(file);
        QCOMPARE(child<QLabel>(dialog, u"archiveCommand"_s)->text(),
                 u"docker save -o "_s + file + u' ' + ref);
        child<QPushButton>(dialog, u"archiveStart"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QLabel>(dialog, u"archiveStatus"_s)->text().startsWith(u"Saved to"_s), 30000);
        QVERIFY(QFileInfo(file).size() > 100000);
        dialog->close();
        delete dialog;

        QVERIFY(testbed::docker({u"rmi"_s, ref}));
        QTRY_VERIFY(!m_workspace->imageModel()->findKey(ref).isValid());
        dialog = m_workspace->imageTransfers()->load();
        child<QLineEdit>(dialog, u"archiveFile"_s)->setText(dir.filePath(u"absent.tar"_s));
        QVERIFY(!child<QPushButton>(dialog, u"archiveStart"_s)->isEnabled());
        child<QLineEdit>(dialog, u"archiveFile"_s)->setText(file);
        child<QPushButton>(dialog, u"archiveStart"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QLabel>(dialog, u"archiveStatus"_s)->text() == u"Loaded: "_s + ref + u'.', 30000);
        QTRY_VERIFY(m_workspace->imageModel()->findKey(ref).isValid());
        dialog->close();
    }

    void exportThenImport()
    {
        const QString name = m_prefix + u"-exp"_s;
        m_containers << name;
        QVERIFY(testbed::docker({u"run"_s, u"--name"_s, name, u"--network"_s, u"none"_s, m_image,
                                 u"sh"_s, u"-c"_s, u"echo flat > /exported"_s}));
        m_workspace->containersPage()->findChild<QCheckBox *>()->setChecked(true);
        QTRY_VERIFY(!idOf(name).isEmpty());
        select(m_workspace->containersPage(), m_workspace->containerModel(), idOf(name));
        QAction *exp = pageAction(m_workspace->containersPage(), u"exportContainerAction"_s);
        QTRY_VERIFY(exp->isEnabled());
        exp->trigger();
        ArchiveDialog *dialog = nullptr;
        QTRY_VERIFY(
            (dialog = openArchiveDialog(m_workspace->window(), ArchiveDialog::Mode::Export)));
        QVERIFY(child<QLabel>(dialog, u"archiveExplanation"_s)->text().contains(u"flattened"_s));
        QTemporaryDir dir;
        const QString file = dir.filePath(u"fs.tar"_s);
        child<QLineEdit>(dialog, u"archiveFile"_s)->setText(file);

        // Cancelled at once: nothing is written.
        child<QPushButton>(dialog, u"archiveStart"_s)->click();
        child<QPushButton>(dialog, u"archiveClose"_s)->click();
        QTRY_VERIFY(child<QLabel>(dialog, u"archiveError"_s)->text().startsWith(u"Cancelled"_s));
        QVERIFY(dialog->isVisible());
        QVERIFY(!QFile::exists(file));

        // Closed for good mid-export (the window going away): the log's line ends too.
        CommandLog *log = m_workspace->commandLog();
        child<QPushButton>(dialog, u"archiveStart"_s)->click();
        const int line = log->rowCount() - 1;
        delete dialog;
        QCOMPARE(log->index(line).data(CommandLog::StatusRole).value<CommandLog::Status>(),
                 CommandLog::Status::Failed);
        QVERIFY(!QFile::exists(file));
        exp->trigger();
        QTRY_VERIFY(
            (dialog = openArchiveDialog(m_workspace->window(), ArchiveDialog::Mode::Export)));
        child<QLineEdit>(dialog, u"archiveFile"_s)->setText(file);

        child<QPushButton>(dialog, u"archiveStart"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QLabel>(dialog, u"archiveStatus"_s)->text().startsWith(u"Exported to"_s), 30000);
        QVERIFY(QFile::exists(file));
        dialog->close();
        delete dialog;

        dialog = m_workspace->imageTransfers()->importArchive();
        QVERIFY(unnamedActionableWidgets(dialog).isEmpty());
        const QString ref = m_prefix + u"/imported:1"_s;
        m_images << ref;
        child<QLineEdit>(dialog, u"archiveFile"_s)->setText(file);
        child<QLineEdit>(dialog, u"importReference"_s)->setText(u"not valid!"_s);
        QVERIFY(!child<QPushButton>(dialog, u"archiveStart"_s)->isEnabled());
        child<QLineEdit>(dialog, u"importReference"_s)->setText(ref);
        QCOMPARE(child<QLabel>(dialog, u"archiveCommand"_s)->text(),
                 u"docker import -c 'CMD [\"sh\"]' "_s + file + u' ' + ref);
        child<QPushButton>(dialog, u"archiveStart"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QLabel>(dialog, u"archiveStatus"_s)->text().startsWith(u"Imported as image"_s),
            30000);
        const auto out = testbed::docker(
            {u"run"_s, u"--rm"_s, u"--network"_s, u"none"_s, ref, u"cat"_s, u"/exported"_s});
        QVERIFY(out);
        QCOMPARE(*out, QByteArray("flat\n"));
        dialog->close();
    }

private:
    QString idOf(const QString &name) const
    {
        const auto out = testbed::docker({u"inspect"_s, u"-f"_s, u"{{.Id}}"_s, name});
        const QString id = out ? QString::fromUtf8(*out).trimmed() : QString();
        return m_workspace->containerModel()->findKey(id).isValid() ? id : QString();
    }

    DockerClient *m_client = nullptr;
    ConnectionMonitor *m_monitor = nullptr;
    Workspace *m_workspace = nullptr;
    QString m_image;
    QString m_prefix;
    QStringList m_containers;
    QStringList m_images;
};

QTEST_MAIN(TestImageTransferDialogs)
#include "tst_image_transfer_dialogs.moc"
