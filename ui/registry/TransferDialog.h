#pragma once

#include "widgets/JobDialog.h"

class QFormLayout;

namespace gantry {

class CommandLog;
class RegistryTransfer;
class TransferProgressView;

// What the pull and push dialogs share, over JobDialog: a form the subclass fills, the
// command line, and the layers' progress of the transfer. Cancel stops a transfer in
// flight and the dialog stays to say so; closing the dialog stops it too.
class TransferDialog : public JobDialog {
    Q_OBJECT
public:
    ~TransferDialog() override;

    // Shows the transfer's progress until it finishes (then done or the error); its log
    // line ends with it.
    void follow(RegistryTransfer *transfer, CommandLog *log = nullptr, quint64 line = 0);
    void showDone(const QString &message);
    bool isTransferring() const { return isRunning(); }

    TransferProgressView *progressView() const { return m_progress; }
    QPushButton *actionButton() const { return startButton(); }
    QPushButton *cancelButton() const { return closeButton(); }

protected:
    TransferDialog(const QString &objectName, const QString &title, const QString &actionText,
                   QWidget *parent);

    QFormLayout *form() const { return m_form; }
    // The subclass validates its fields; the dialog enables the action button from it.
    virtual bool inputValid() const = 0;
    virtual void requestAction() = 0;
    // Call when the input changed: refreshes the action button and the command shown.
    void inputChanged(const QString &commandLine);

    bool isIncomplete() const override { return !inputValid(); }
    QString commandText() const override { return m_commandText; }

private:
    QFormLayout *m_form;
    TransferProgressView *m_progress;
    QString m_commandText;
};

} // namespace gantry
