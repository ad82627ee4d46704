#pragma once

#include "specs/VolumeNetworkSpecs.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace gantry {

// Asks for a new network: name, driver (bridge, overlay, macvlan), an optional subnet in
// CIDR notation, internal, attachable. Validates as the user types; an engine error is
// shown in place and what was entered is kept.
class CreateNetworkDialog : public QDialog {
    Q_OBJECT
public:
    explicit CreateNetworkDialog(QWidget *parent = nullptr);

    NetworkCreateSpec spec() const;
    void showError(const QString &message); // keeps the dialog and what was entered
    void setBusy(bool busy);

signals:
    void createRequested(const gantry::NetworkCreateSpec &spec);

private:
    bool isValid() const;
    void validate();

    QLineEdit *m_name;
    QComboBox *m_driver;
    QLineEdit *m_subnet;
    QCheckBox *m_internal;
    QCheckBox *m_attachable;
    QLabel *m_error;
    QLabel *m_command;
    QPushButton *m_ok;
    bool m_busy = false;
};

} // namespace gantry
