#include "AccessibilityCheck.h"
#include "TestBed.h"
#include "actions/CommandLog.h"
#include "api/DockerClient.h"
#include "cleanup/PruneController.h"
#include "cleanup/PruneDialog.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QUuid>
#include <QtTest>

using namespace gantry;
using namespace Qt::StringLiterals;

namespace {

using testbed::unique;

bool volumeExists(const QString &name)
{
    return testbed::docker({u"volume"_s, u"inspect"_s, name}).has_value();
}

} // namespace

// A removal stopped half-way, on the test bed: three volumes go one by one (volume removals
// are never a prune call), and the run is stopped right after the first one was sent. The
// run stops between two removals: the first volume goes, the other two stay, and each of
// the three command-log lines ends, whether the dialog stayed, was closed or was destroyed.
class TestPruneCancel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (!testbed::available())
            QFAIL(testbed::missingMessage());
        m_client = new DockerClient(testbed::endpoint(), this);
        m_log = new CommandLog(this);
        m_window = new QWidget;
        m_window->resize(900, 800);
        m_window->show();
        m_prune = new PruneController(m_client, m_log, m_window, this);
        connect(m_prune, &PruneController::pruned, this, [this] { ++m_pruned; });
    }

    void cleanupTestCase()
    {
        for (const QString &v : std::as_const(m_volumes))
            testbed::docker({u"volume"_s, u"rm"_s, u"-f"_s, v});
        delete m_window;
    }

    void cancelStopsBetweenRemovals()
    {
        QPointer<PruneDialog> dialog = startRemovingThree();
        QVERIFY(dialog);
        QPushButton *close = dialog->findChild<QPushButton *>(u"pruneClose"_s);
        QCOMPARE(close->text(), u"Cancel"_s);
        QVERIFY(close->isEnabled()); // a removal in flight can be stopped
        close->click();

        auto *summary = dialog->summaryView();
        QTRY_VERIFY_WITH_TIMEOUT(summary->isVisible(), 60000);
        QVERIFY(dialog); // Cancel stops the run; the dialog stays to say what went
        QVERIFY(!dialog->isRunning());
        QCOMPARE(close->text(), u"Close"_s);
        auto *error = dialog->findChild<QLabel *>(u"pruneError"_s);
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(u"cancelled"_s), qPrintable(error->text()));

        const QStringList gone = removedOfOurs();
        QCOMPARE(gone.size(), 1);
        const QString text = summary->toPlainText();
        for (const QString &v : std::as_const(m_current)) {
            // Named in the summary either way: removed, or not removed because of the cancel.
            QVERIFY2(text.contains(v), qPrintable(text));
        }
        QVERIFY2(text.contains(u"cancelled"_s), qPrintable(text));
        verifyLogEnded(1);
        QCOMPARE(m_pruned, 1);

        const QStringList unnamed = unnamedActionableWidgets(dialog);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
        close->click();
        QTRY_VERIFY(!dialog);
    }

    // Closing the window while it removes = Cancel, then the dialog goes by itself.
    void closingStopsTheRunAndGoes()
    {
        QPointer<PruneDialog> dialog = startRemovingThree();
        QVERIFY(dialog);
        dialog->close();
        QVERIFY(dialog); // not before the removal in flight has ended
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, 60000);
        QTRY_COMPARE(m_pruned, 2);
        QCOMPARE(removedOfOurs().size(), 1);
        verifyLogEnded(1);
    }

    // Destroyed in the middle: nothing calls back into it, and the log lines still end.
    void destroyedMidRunEndsTheLog()
    {
        QPointer<PruneDialog> dialog = startRemovingThree();
        QVERIFY(dialog);
        delete dialog.data();
        QTRY_COMPARE_WITH_TIMEOUT(m_pruned, 3, 60000);
        QTest::qWait(100); // a late call back into the dialog would crash here
        QCOMPARE(removedOfOurs().size(), 1);
        verifyLogEnded(1);
    }

private:
    // Three new unused volumes, previewed and only they ticked; Remove pressed. Returns the
    // dialog with the first removal sent.
    PruneDialog *startRemovingThree()
    {
        m_current.clear();
        for (int i = 0; i < 3; ++i) {
            const QString v = unique("gantry-prune-cancel-");
            m_current << v;
            m_volumes << v;
            if (!testbed::docker({u"volume"_s, u"create"_s, v}))
                return nullptr;
        }
        PruneDialog *dialog = m_prune->open({PruneCategory::UnusedVolumes});
        if (!QTest::qWaitFor([&] { return dialog->hasPreview() && !dialog->isComputing(); }, 60000))
            return nullptr;
        // Other unused volumes of the test bed stay.
        QTreeWidget *tree = dialog->itemsView();
        int ours = 0;
        for (int g = 0; g < tree->topLevelItemCount(); ++g) {
            for (int r = 0; r < tree->topLevelItem(g)->childCount(); ++r) {
                QTreeWidgetItem *item = tree->topLevelItem(g)->child(r);
                const bool mine = m_current.contains(item->data(0, PruneDialog::IdRole).toString());
                ours += mine;
                item->setCheckState(0, mine ? Qt::Checked : Qt::Unchecked);
            }
        }
        if (ours != 3 || !QTest::qWaitFor([&] {
                return dialog->acceptButton()->isEnabled() &&
                       dialog->acceptButton()->text().startsWith(u"Remove 3 volume"_s);
            }))
            return nullptr;
        m_logged = m_log->rowCount();
        dialog->acceptButton()->click();
        // The first removal is on its way, the progress says which step runs.
        if (!dialog->isRunning())
            return nullptr;
        const QString status = dialog->findChild<QLabel *>(u"pruneProgressText"_s)->text();
        if (!status.contains(u"1 of 3"_s)) {
            qWarning().noquote() << "status:" << status;
            return nullptr;
        }
        return dialog;
    }

    QStringList removedOfOurs() const
    {
        QStringList gone;
        for (const QString &v : m_current) {
            if (!volumeExists(v))
                gone << v;
        }
        return gone;
    }

    // The run's lines: the first `done` succeeded, the rest ended as not carried out.
    void verifyLogEnded(int done)
    {
        QCOMPARE(m_log->rowCount(), m_logged + 3);
        for (int i = 0; i < 3; ++i) {
            const auto status =
                m_log->index(m_logged + i).data(CommandLog::StatusRole).value<CommandLog::Status>();
            QCOMPARE(status, i < done ? CommandLog::Status::Succeeded : CommandLog::Status::Failed);
        }
    }

    DockerClient *m_client = nullptr;
    CommandLog *m_log = nullptr;
    QWidget *m_window = nullptr;
    PruneController *m_prune = nullptr;
    QStringList m_volumes; // every volume made, removed at the end
    QStringList m_current; // the three of the running case
    int m_logged = 0;
    int m_pruned = 0;
};

QTEST_MAIN(TestPruneCancel)
#include "tst_prune_cancel.moc"
