// The shared dialog bases on their own, with small subclasses: no engine, no test bed.
#include "AccessibilityCheck.h"
#include "actions/CommandLog.h"
#include "api/DockerClient.h"
#include "widgets/FormDialog.h"
#include "widgets/JobDialog.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocalServer>
#include <QLocalSocket>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace gantry;

namespace {

// A name (required, lowercase) and a port (own hint line: its error, else a note).
class NameForm : public FormDialog {
public:
    NameForm()
        : FormDialog(u"formError"_s, u"formCommand"_s, nullptr)
    {
        setAttribute(Qt::WA_DeleteOnClose, false); // always on the stack
        name->setObjectName(u"formName"_s);
        name->setAccessibleName(u"Name"_s);
        port->setObjectName(u"formPort"_s);
        port->setAccessibleName(u"Port"_s);
        port->setText(u"80"_s);
        auto *form = new QFormLayout;
        form->addRow(u"Name:"_s, name);
        form->addRow(u"Port:"_s, port);
        form->addRow(QString(), portHint);
        body()->addLayout(form);
        addButtons(u"Create"_s, u"formAccept"_s, u"formCancel"_s);
        addField({.widget = name,
                  .validate =
                      [this] {
                          const QString t = name->text().trimmed();
                          return t == t.toLower() ? QString() : u"Lowercase only."_s;
                      },
                  .required = true});
        addField({.widget = port,
                  .validate =
                      [this] {
                          bool ok = false;
                          const int p = port->text().toInt(&ok);
                          return ok && p > 0 && p < 65536 ? QString() : u"Not a port."_s;
                      },
                  .hint = portHint,
                  .note = [this] { return u"Port %1."_s.arg(port->text()); }});
        revalidate();
    }

    QLineEdit *name = new QLineEdit;
    QLineEdit *port = new QLineEdit;
    QLabel *portHint = new QLabel;
    int submitted = 0;

protected:
    QString commandText() const override
    {
        return isValid() ? u"make "_s + name->text().trimmed() : QString();
    }
    void submit() override
    {
        ++submitted;
        setBusy(true);
    }
};

// Stands for an engine job: cancel() ends it as the engine's calls do, with Cancelled.
class FakeJob : public QObject {
    Q_OBJECT
public:
    int cancels = 0;
    void cancel()
    {
        ++cancels;
        emit finished(EngineError(EngineError::Kind::Cancelled, u"Cancelled by the user"_s));
    }
    void succeed() { emit finished(EngineError()); }
    void fail(const QString &why) { emit finished(EngineError(EngineError::Kind::Conflict, why)); }

signals:
    void finished(const gantry::EngineError &error);
};

class FileJobDialog : public JobDialog {
public:
    // On the stack unless told otherwise: a stack dialog must not delete itself on close.
    explicit FileJobDialog(bool onHeap = false)
        : JobDialog({.error = u"jobError"_s,
                     .command = u"jobCommand"_s,
                     .status = u"jobStatus"_s,
                     .progress = u"jobProgress"_s,
                     .start = u"jobStart"_s,
                     .close = u"jobClose"_s},
                    u"Start"_s, nullptr)
    {
        if (!onHeap)
            setAttribute(Qt::WA_DeleteOnClose, false);
        file->setObjectName(u"jobFile"_s);
        file->setAccessibleName(u"File"_s);
        body()->addWidget(file);
        connect(file, &QLineEdit::textChanged, this, &FileJobDialog::revalidate);
        revalidate();
    }

    QLineEdit *file = new QLineEdit;

protected:
    bool isIncomplete() const override { return file->text().isEmpty(); }
    QString firstProblem() const override
    {
        return file->text().endsWith(u".tar"_s) ? QString() : u"Not a tar file."_s;
    }
    QString commandText() const override { return u"docker save -o "_s + file->text(); }
    void setInputEnabled(bool enabled) override { file->setEnabled(enabled); }
    QString cancelledText() const override { return u"Cancelled; nothing was written."_s; }
};

CommandLog::Status statusOf(const CommandLog &log, int row)
{
    return log.index(row).data(CommandLog::StatusRole).value<CommandLog::Status>();
}

} // namespace

class TestDialogBases : public QObject {
    Q_OBJECT
private slots:
    void formValidationBlocksOkAndShowsTheHint()
    {
        NameForm dialog;
        dialog.show();
        QVERIFY(unnamedActionableWidgets(&dialog).isEmpty());
        auto *error = dialog.findChild<QLabel *>(u"formError"_s);
        auto *command = dialog.findChild<QLabel *>(u"formCommand"_s);
        QVERIFY(error && command);
        // Nothing typed in a required field: OK blocked, but nothing is wrong yet.
        QVERIFY(!dialog.okButton()->isEnabled());
        QVERIFY(!error->isVisible());
        QCOMPARE(dialog.portHint->text(), u"Port 80."_s);

        dialog.name->setText(u"Web"_s);
        QVERIFY(!dialog.okButton()->isEnabled());
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), u"Lowercase only."_s);
        QVERIFY(command->text().isEmpty());
        dialog.okButton()->click();
        QCOMPARE(dialog.submitted, 0);

        dialog.name->setText(u"web"_s);
        QVERIFY(dialog.okButton()->isEnabled());
        QVERIFY(!error->isVisible());
        QCOMPARE(command->text(), u"make web"_s);

        // A field with its own line says its error there, not in the dialog's.
        dialog.port->setText(u"99999"_s);
        QCOMPARE(dialog.portHint->text(), u"Not a port."_s);
        QVERIFY(!error->isVisible());
        QVERIFY(!dialog.okButton()->isEnabled());
        dialog.port->setText(u"8080"_s);
        QCOMPARE(dialog.portHint->text(), u"Port 8080."_s);
        QVERIFY(dialog.okButton()->isEnabled());
    }

    void formEngineErrorShownInPlaceWithFieldsKept()
    {
        NameForm dialog;
        dialog.show();
        dialog.name->setText(u"web"_s);
        dialog.okButton()->click();
        QCOMPARE(dialog.submitted, 1);
        QVERIFY(dialog.isBusy());
        QVERIFY(!dialog.name->isEnabled());
        QVERIFY(!dialog.okButton()->isEnabled());
        dialog.okButton()->click(); // not twice
        QCOMPARE(dialog.submitted, 1);

        dialog.showError(u"Conflict: the name is taken"_s);
        auto *error = dialog.findChild<QLabel *>(u"formError"_s);
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), u"Conflict: the name is taken"_s);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.name->text(), u"web"_s);
        QCOMPARE(dialog.port->text(), u"80"_s);
        QVERIFY(dialog.name->isEnabled());
        QVERIFY(dialog.okButton()->isEnabled());

        // What is typed next replaces the error about what had been sent.
        dialog.name->setText(u"web2"_s);
        QVERIFY(!error->isVisible());
    }

    void jobStartBlockedWhileInvalid()
    {
        FileJobDialog dialog;
        dialog.show();
        QVERIFY(unnamedActionableWidgets(&dialog).isEmpty());
        auto *error = dialog.errorLabel();
        QVERIFY(!dialog.startButton()->isEnabled());
        QVERIFY(!error->isVisible()); // nothing chosen yet is no error
        QSignalSpy started(&dialog, &JobDialog::startRequested);
        dialog.file->setText(u"/tmp/x.zip"_s);
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), u"Not a tar file."_s);
        QVERIFY(!dialog.startButton()->isEnabled());
        dialog.file->setText(u"/tmp/x.tar"_s);
        QVERIFY(!error->isVisible());
        QCOMPARE(dialog.commandLabel()->text(), u"docker save -o /tmp/x.tar"_s);
        dialog.startButton()->click();
        QCOMPARE(started.size(), 1);
    }

    void jobBusyShowsProgressAndEndsTheLogLine()
    {
        CommandLog log;
        FileJobDialog dialog;
        dialog.show();
        dialog.file->setText(u"/tmp/x.tar"_s);
        auto *job = new FakeJob;
        const quint64 line = log.append(u"docker save -o /tmp/x.tar"_s);
        dialog.follow(job, &log, line);
        QVERIFY(dialog.isBusy() && dialog.isRunning());
        QVERIFY(!dialog.file->isEnabled());
        QVERIFY(!dialog.startButton()->isEnabled());
        QCOMPARE(dialog.closeButton()->text(), u"Cancel"_s);
        QCOMPARE(dialog.closeButton()->accessibleName(), u"Cancel"_s);
        QVERIFY(dialog.progressBar()->isVisible());
        dialog.setStep(2, 4, u"Step 2 of 4: RUN make"_s);
        QCOMPARE(dialog.progressBar()->maximum(), 4);
        QCOMPARE(dialog.progressBar()->value(), 1);
        QCOMPARE(dialog.statusLabel()->text(), u"Step 2 of 4: RUN make"_s);
        QCOMPARE(statusOf(log, 0), CommandLog::Status::Running);

        job->succeed();
        QCOMPARE(statusOf(log, 0), CommandLog::Status::Succeeded);
        QVERIFY(!dialog.isBusy() && !dialog.isRunning());
        QVERIFY(!dialog.progressBar()->isVisible());
        QCOMPARE(dialog.closeButton()->text(), u"Close"_s);
        QVERIFY(dialog.file->isEnabled());
        delete job;
    }

    void jobErrorShownInPlaceWithInputKept()
    {
        CommandLog log;
        FileJobDialog dialog;
        dialog.show();
        dialog.file->setText(u"/tmp/x.tar"_s);
        FakeJob job;
        dialog.follow(&job, &log, log.append(u"docker save"_s));
        job.fail(u"no space left on device"_s);
        QVERIFY(dialog.errorLabel()->isVisible());
        QVERIFY2(dialog.errorLabel()->text().contains(u"no space left on device"_s),
                 qPrintable(dialog.errorLabel()->text()));
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.file->text(), u"/tmp/x.tar"_s);
        QVERIFY(dialog.file->isEnabled());
        QVERIFY(dialog.startButton()->isEnabled());
        QCOMPARE(statusOf(log, 0), CommandLog::Status::Failed);
    }

    void cancelAbortsTheJobAndTheDialogStays()
    {
        CommandLog log;
        FileJobDialog dialog;
        dialog.show();
        dialog.file->setText(u"/tmp/x.tar"_s);
        FakeJob job;
        QSignalSpy cancelAsked(&dialog, &JobDialog::cancelRequested);
        dialog.follow(&job, &log, log.append(u"docker save"_s));
        dialog.closeButton()->click();
        QCOMPARE(job.cancels, 1);
        QCOMPARE(cancelAsked.size(), 1);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.errorLabel()->text(), u"Cancelled; nothing was written."_s);
        QVERIFY(dialog.errorLabel()->isVisible());
        QCOMPARE(dialog.file->text(), u"/tmp/x.tar"_s);
        QCOMPARE(statusOf(log, 0), CommandLog::Status::Failed);
        // Idle again: the button closes.
        dialog.closeButton()->click();
        QVERIFY(!dialog.isVisible());
    }

    void cancelAbortsTheEngineCallInFlight()
    {
        // An engine that takes the request and never answers: only an abort ends the call.
        QTemporaryDir dir;
        QLocalServer engine;
        QVERIFY(engine.listen(dir.filePath(u"engine.sock"_s)));
        QList<QLocalSocket *> connections;
        connect(&engine, &QLocalServer::newConnection, this, [&] {
            while (QLocalSocket *s = engine.nextPendingConnection())
                connections << s;
        });
        Endpoint endpoint;
        endpoint.socketPath = engine.fullServerName();
        DockerClient client(endpoint);
        CommandLog log;
        FileJobDialog dialog;
        dialog.show();
        dialog.file->setText(u"/tmp/x.tar"_s);
        std::optional<EngineError> outcome;
        Request request;
        request.method = "POST";
        request.path = u"/v1.41/commit?container=web"_s;
        request.timeoutMs = 0;
        Reply *reply = client.perform(request, &dialog, [&](Result<Done> r) {
            outcome = r ? EngineError() : r.error();
            dialog.finishJob(*outcome);
        });
        QPointer<Reply> guard(reply);
        dialog.startJob(
            reply,
            [guard] {
                if (guard)
                    guard->cancel();
            },
            &log, log.append(u"docker commit web"_s));
        QTRY_VERIFY(!connections.isEmpty()); // the call is in flight
        QVERIFY(!outcome);
        dialog.closeButton()->click();
        QTRY_VERIFY(outcome.has_value());
        QCOMPARE(outcome->kind(), EngineError::Kind::Cancelled);
        QCOMPARE(statusOf(log, 0), CommandLog::Status::Failed);
        QCOMPARE(dialog.errorLabel()->text(), u"Cancelled; nothing was written."_s);
        QVERIFY(!dialog.isBusy());
    }

    void closingCancelsThenCloses()
    {
        CommandLog log;
        auto *dialog = new FileJobDialog(true); // deletes itself on close, as dialogs do
        QPointer<FileJobDialog> guard(dialog);
        dialog->show();
        dialog->file->setText(u"/tmp/x.tar"_s);
        FakeJob job;
        dialog->follow(&job, &log, log.append(u"docker save"_s));
        QTest::keyClick(dialog, Qt::Key_Escape);
        QCOMPARE(job.cancels, 1);
        QCOMPARE(statusOf(log, 0), CommandLog::Status::Failed);
        QTRY_VERIFY(guard.isNull());

        // The window's close button too.
        dialog = new FileJobDialog(true);
        guard = dialog;
        dialog->show();
        dialog->file->setText(u"/tmp/x.tar"_s);
        FakeJob other;
        dialog->follow(&other, &log, log.append(u"docker save"_s));
        dialog->close();
        QCOMPARE(other.cancels, 1);
        QCOMPARE(statusOf(log, 1), CommandLog::Status::Failed);
        QTRY_VERIFY(guard.isNull());
    }

    void destroyedMidJobEndsTheLogLineAndCancels()
    {
        CommandLog log;
        FakeJob job;
        auto *dialog = new FileJobDialog;
        dialog->show();
        dialog->file->setText(u"/tmp/x.tar"_s);
        dialog->follow(&job, &log, log.append(u"docker save"_s));
        delete dialog;
        QCOMPARE(job.cancels, 1);
        QCOMPARE(statusOf(log, 0), CommandLog::Status::Failed);
        QVERIFY(log.index(0).data(CommandLog::ErrorRole).toString().contains(u"closed"_s));
        job.succeed(); // a late word from the job reaches nothing
        QCOMPARE(statusOf(log, 0), CommandLog::Status::Failed);
    }

    void busyWithoutAJobCloses()
    {
        // Busy before any engine job started (a lookup): nothing to cancel, Cancel closes.
        FileJobDialog dialog;
        dialog.show();
        dialog.setBusy(true);
        QVERIFY(!dialog.isRunning());
        dialog.closeButton()->click();
        QVERIFY(!dialog.isVisible());
    }
};

QTEST_MAIN(TestDialogBases)
#include "tst_dialog_bases.moc"
