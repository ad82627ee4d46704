#pragma once

#include "core/EngineError.h"

#include <QDialog>
#include <QPointer>

#include <functional>

class QLabel;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

namespace gantry {

class CommandLog;

// What the dialogs that run a long engine job share (build, save/load, export/import, commit,
// pull/push): a start button enabled while the input is valid, a busy state with progress
// (a bar and a line saying the step), Cancel that cancels the engine call, the error shown
// in place with the input kept, closing the dialog = cancel (it goes once the job stopped),
// and the job's command-log line ended when the job ends, even when the dialog is destroyed
// in the middle of it.
class JobDialog : public QDialog {
    Q_OBJECT
public:
    // Object names of the parts; an empty status or progress name keeps that part hidden.
    struct Names {
        QString error = {}, command = {}, status = {}, progress = {}, start = {}, close = {};
        QString progressAccessibleName = {};
        // The start button deletes things: placed as destructive, and Enter presses close.
        bool destructiveStart = false;
    };

    ~JobDialog() override;

    bool isBusy() const { return m_busy; }
    bool isRunning() const { return bool(m_cancelJob); }
    void setBusy(bool busy);
    void setStatus(const QString &text);
    // Progress as a fraction (total <= 0: unknown, the bar keeps moving).
    void setFraction(qint64 done, qint64 total);
    // Step `step` of `count` (1-based) with what it does.
    void setStep(int step, int count, const QString &text);
    void showError(const QString &message);
    void showSuccess(const QString &message);

    // A job in flight: Cancel and closing call `cancel`; its log line (when `log` is given)
    // ends with finishJob(), or as cancelled when the dialog goes first (then `job` no longer
    // calls back into the dialog).
    void startJob(QObject *job, std::function<void()> cancel, CommandLog *log = nullptr,
                  quint64 line = 0);
    // The job ended: its log line ends, an error is shown, the dialog is idle again.
    void finishJob(const EngineError &error);
    // startJob() for an object with cancel() and finished(const EngineError &).
    template <typename Job> void follow(Job *job, CommandLog *log = nullptr, quint64 line = 0)
    {
        QPointer<Job> guard(job);
        startJob(
            job,
            [guard] {
                if (guard)
                    guard->cancel();
            },
            log, line);
        connect(job, &Job::finished, this, &JobDialog::finishJob);
    }

    QPushButton *startButton() const { return m_start; }
    QPushButton *closeButton() const { return m_close; }
    QLabel *errorLabel() const { return m_error; }
    QLabel *commandLabel() const { return m_command; }
    QLabel *statusLabel() const { return m_status; }
    QProgressBar *progressBar() const { return m_progress; }

    // Escape or the window's close button while working: cancel, then close.
    void reject() override;

signals:
    void startRequested();
    // Cancel was asked for (by the button or by closing) while busy.
    void cancelRequested();

protected:
    JobDialog(const Names &names, const QString &startText, QWidget *parent);

    QVBoxLayout *body() const { return m_body; } // the input, above the error
    QVBoxLayout *tail() const { return m_tail; } // under the progress: output, stretch
    // The text of the close button while idle ("Close", or "Cancel" before anything ran).
    void setIdleCloseText(const QString &text);

    // Re-checks the input: the problem is shown, the command line refreshed, start enabled.
    void revalidate();
    // Blocks start without saying anything (nothing chosen yet).
    virtual bool isIncomplete() const { return false; }
    virtual QString firstProblem() const { return {}; }
    virtual QString commandText() const { return {}; }
    virtual void setInputEnabled(bool enabled) = 0;
    // How a failure reads; a cancel reads cancelledText() when there is one.
    virtual QString failureText(const EngineError &error) const;
    virtual QString cancelledText() const { return {}; }
    virtual void busyChanged(bool busy) { Q_UNUSED(busy) }

private:
    void cancelJob();
    void endLogLine(const EngineError &error);

    QVBoxLayout *m_body;
    QVBoxLayout *m_tail;
    QLabel *m_error;
    QLabel *m_command;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_start;
    QPushButton *m_close;
    QString m_idleCloseText;
    QPointer<QObject> m_job;
    std::function<void()> m_cancelJob;
    QPointer<CommandLog> m_log;
    quint64 m_line = 0;
    bool m_busy = false;
    bool m_closeWhenStopped = false;
    bool m_destroying = false;
};

} // namespace gantry
