#pragma once

#include <QDialog>
#include <QPointer>

class QFormLayout;
class QLabel;
class QPushButton;

namespace gantry {

class RegistryTransfer;
class TransferProgressView;

// What the pull and push dialogs share: a form the subclass fills, the command line, an
// error shown in place (the input is kept), the progress of the transfer, and a Cancel
// button that stops a transfer in flight (closing the dialog does too).
class TransferDialog : public QDialog {
    Q_OBJECT
public:
    ~TransferDialog() override;

    // Shows the transfer's progress until it finishes (then done or the error).
    void follow(RegistryTransfer *transfer);
    void setBusy(bool busy);
    void showError(const QString &message);
    void showDone(const QString &message);
    bool isTransferring() const;

    TransferProgressView *progressView() const { return m_progress; }
    QPushButton *actionButton() const { return m_action; }
    QPushButton *cancelButton() const { return m_cancel; }

    void reject() override;

protected:
    TransferDialog(const QString &objectName, const QString &title, const QString &actionText,
                   QWidget *parent);

    QFormLayout *form() const { return m_form; }
    // The subclass validates its fields; the dialog enables the action button from it.
    virtual bool inputValid() const = 0;
    virtual void setInputEnabled(bool enabled) = 0;
    virtual void requestAction() = 0;
    // Call when the input changed: refreshes the action button and the command shown.
    void inputChanged(const QString &commandLine);

private:
    QFormLayout *m_form;
    QLabel *m_command;
    QLabel *m_error;
    TransferProgressView *m_progress;
    QPushButton *m_action;
    QPushButton *m_cancel;
    QPointer<RegistryTransfer> m_transfer;
    bool m_busy = false;
    bool m_closeWhenStopped = false;
};

} // namespace gantry
