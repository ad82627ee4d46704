// Text from outside (Dockerfile steps, engine and registry errors, labels) reaches the
// screen as text: markup in it is shown literally, never rendered.
#include "MainWindow.h"
#include "TestBed.h"
#include "Workspace.h"
#include "api/ConnectionMonitor.h"
#include "api/DockerClient.h"
#include "live/Refresher.h"
#include "registry/LoginDialog.h"
#include "registry/RegistryController.h"
#include "run/RunController.h"
#include "run/RunDialog.h"
#include "swarm/TaskModel.h"
#include "transfer/BuildDialog.h"
#include "transfer/ImageTransferController.h"
#include "widgets/ConfirmDialog.h"
#include "widgets/ErrorLabel.h"
#include "widgets/MessageBanner.h"
#include "widgets/PlainToolTips.h"
#include "widgets/RowError.h"

#include <QHelpEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QToolTip>
#include <QTreeView>
#include <QTreeWidget>
#include <QUuid>
#include <QtTest>

using namespace gantry;
using namespace Qt::StringLiterals;

namespace {

using testbed::unique;

const QString kMarkup = u"<font color=green>Build OK</font>"_s;

template <typename T> T *child(QObject *w, const QString &name)
{
    T *c = w->findChild<T *>(name);
    if (!c)
        qWarning("no child %s", qPrintable(name));
    return c;
}

// Shown literally: plain text format, and the tags are in what is displayed.
bool literal(const QLabel *label, const QString &tags)
{
    return label && label->textFormat() == Qt::PlainText && label->text().contains(tags);
}

} // namespace

class TestUntrustedText : public QObject {
    Q_OBJECT
private slots:
    void sharedLabelsArePlainText()
    {
        MessageBanner banner;
        banner.showMessage(MessageBanner::Level::Error, kMarkup);
        QVERIFY(literal(child<QLabel>(&banner, u"messageBannerText"_s), kMarkup));

        QLabel error;
        setUpErrorLabel(&error, u"someError"_s);
        error.setText(kMarkup);
        QVERIFY(literal(&error, kMarkup));

        QLabel row;
        QStringList errors;
        showRowError(&row, kMarkup, errors);
        QVERIFY(literal(&row, kMarkup));

        auto *confirm = new ConfirmDialog(u"Remove"_s, u"Remove <b>x</b>?"_s, {}, u"Remove"_s);
        bool found = false;
        for (QLabel *l : confirm->findChildren<QLabel *>())
            found = found || literal(l, u"Remove <b>x</b>?"_s);
        QVERIFY(found);
        delete confirm;
    }

    // Qt shows a tooltip as rich text when it looks like markup; an item's tooltip (a
    // Dockerfile step in the history, a label value) is shown escaped.
    void toolTipsShowMarkupLiterally()
    {
        PlainToolTips::install();
        QTreeWidget tree;
        auto *item = new QTreeWidgetItem(&tree, {u"step"_s});
        item->setToolTip(0, u"/bin/sh -c echo '<b>x</b>'"_s);
        tree.resize(300, 200);
        tree.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tree));
        const QPoint at = tree.visualItemRect(item).center();
        QHelpEvent help(QEvent::ToolTip, at, tree.viewport()->mapToGlobal(at));
        QApplication::sendEvent(tree.viewport(), &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY2(QToolTip::text().contains(u"&lt;b&gt;x&lt;/b&gt;"_s),
                 qPrintable(QToolTip::text()));
        QToolTip::hideText();
        QCOMPARE(PlainToolTips::displayed(u"no markup"_s), u"no markup"_s);
    }

    // A model's tooltip from the engine (a swarm task's error) goes through the same filter.
    void modelToolTipsShowMarkupLiterally()
    {
        PlainToolTips::install();
        TaskModel model;
        TaskSummary t;
        t.id = u"t1"_s;
        t.slot = 1;
        t.state = u"failed"_s;
        t.error = u"<b>x</b>"_s;
        model.setTasks({t});
        QTreeView view;
        view.setModel(&model);
        view.resize(900, 200);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QModelIndex index;
        for (int row = 0; row < model.rowCount() && !index.isValid(); ++row) {
            const QModelIndex i = model.index(row, TaskModel::ErrorColumn);
            if (i.data(Qt::ToolTipRole).toString() == u"<b>x</b>"_s)
                index = i;
        }
        QVERIFY(index.isValid());
        view.scrollTo(index);
        const QPoint at = view.visualRect(index).center();
        QHelpEvent help(QEvent::ToolTip, at, view.viewport()->mapToGlobal(at));
        QApplication::sendEvent(view.viewport(), &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY2(QToolTip::text().contains(u"&lt;b&gt;x&lt;/b&gt;"_s),
                 qPrintable(QToolTip::text()));
        QToolTip::hideText();
    }

    void initTestCase()
    {
        if (!testbed::available())
            QFAIL(testbed::missingMessage());
        m_image = testbed::env("GANTRY_TEST_IMAGE");
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
        delete m_workspace;
    }

    void failingBuildStepIsShownLiterally()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(u"Dockerfile"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("FROM " + m_image.toUtf8() + "\nRUN echo '" + kMarkup.toUtf8() + "' && false\n");
        f.close();
        BuildDialog *dialog = m_workspace->imageTransfers()->build(dir.path());
        child<QLineEdit>(dialog, u"buildTags"_s)->setText(unique("gantry-markup-") + u":1"_s);
        child<QPushButton>(dialog, u"buildAccept"_s)->click();
        auto *error = child<QLabel>(dialog, u"buildError"_s);
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 60000);
        QVERIFY2(literal(error, kMarkup), qPrintable(error->text()));
        auto *status = child<QLabel>(dialog, u"buildStatus"_s);
        QCOMPARE(status->textFormat(), Qt::PlainText);
        dialog->close();
    }

    // The engine quotes the command it could not start.
    void engineErrorIsShownLiterally()
    {
        RunDialog *dialog = m_workspace->runController()->runNew(m_image);
        const QString name = unique("gantry-markup-");
        m_containers << name;
        child<QLineEdit>(dialog, u"runName"_s)->setText(name);
        child<QLineEdit>(dialog, u"runCommand"_s)->setText(u"'<b>nope</b>'"_s);
        child<QPushButton>(dialog, u"runAccept"_s)->click();
        auto *error = child<QLabel>(dialog, u"engineError"_s);
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisibleTo(dialog), 30000);
        QVERIFY2(literal(error, u"<b>nope</b>"_s), qPrintable(error->text()));
        dialog->reject();
    }

    void registryErrorIsPlainText()
    {
        const QString registry = testbed::env("GANTRY_TEST_REGISTRY");
        if (registry.isEmpty())
            QFAIL(testbed::missingMessage());
        LoginDialog *dialog = m_workspace->registryController()->openLogin(registry);
        child<QLineEdit>(dialog, u"loginUser"_s)->setText(u"nobody"_s);
        child<QLineEdit>(dialog, u"loginPassword"_s)->setText(u"<b>wrong</b>"_s);
        child<QPushButton>(dialog, u"loginAccept"_s)->click();
        auto *error = child<QLabel>(dialog, u"loginError"_s);
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 20000);
        QCOMPARE(error->textFormat(), Qt::PlainText);
        QVERIFY(!error->text().isEmpty());
        dialog->reject();
    }

private:
    QString m_image;
    QStringList m_containers;
    DockerClient *m_client = nullptr;
    ConnectionMonitor *m_monitor = nullptr;
    Workspace *m_workspace = nullptr;
};

QTEST_MAIN(TestUntrustedText)
#include "tst_untrusted_text.moc"
