#pragma once

#include "specs/VolumeNetworkSpecs.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace gantry {

// Asks for a new volume's name (optional: the engine makes one up) and driver. Validates
// as the user types; an engine error is shown in place and what was typed is kept.
class CreateVolumeDialog : public QDialog {
    Q_OBJECT
public:
    explicit CreateVolumeDialog(QWidget *parent = nullptr);

    VolumeCreateSpec spec() const;
    void showError(const QString &message); // keeps the dialog and what was typed
    void setBusy(bool busy);

signals:
    void createRequested(const gantry::VolumeCreateSpec &spec);

private:
    bool isValid() const;
    void validate();

    QLineEdit *m_name;
    QLineEdit *m_driver;
    QLabel *m_error;
    QLabel *m_command;
    QPushButton *m_ok;
    bool m_busy = false;
};

} // namespace gantry
