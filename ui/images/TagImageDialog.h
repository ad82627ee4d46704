#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace gantry {

// Asks for the new reference of an image (docker tag SOURCE TARGET). Validates as the
// user types; an engine error is shown in place and the text is kept.
class TagImageDialog : public QDialog {
    Q_OBJECT
public:
    TagImageDialog(const QString &source, QWidget *parent = nullptr);

    QString target() const;
    void setTarget(const QString &target);
    void showError(const QString &message); // keeps the dialog and what was typed
    void setBusy(bool busy);

signals:
    void tagRequested(const QString &target);

private:
    void validate();

    QLineEdit *m_target;
    QLabel *m_error;
    QLabel *m_command;
    QPushButton *m_ok;
    QString m_source;
};

} // namespace gantry
