#pragma once

#include "specs/VolumeNetworkSpecs.h"
#include "widgets/FormDialog.h"

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace gantry {

// Asks for a new network: name, driver (bridge, overlay, macvlan), an optional subnet in
// CIDR notation, internal, attachable. Validates as the user types; an engine error is
// shown in place and what was entered is kept.
class CreateNetworkDialog : public FormDialog {
    Q_OBJECT
public:
    explicit CreateNetworkDialog(QWidget *parent = nullptr);

    NetworkCreateSpec spec() const;

signals:
    void createRequested(const gantry::NetworkCreateSpec &spec);

protected:
    QString commandText() const override;
    void submit() override { emit createRequested(spec()); }

private:
    QString nameError() const;
    QString subnetError() const;

    QLineEdit *m_name;
    QComboBox *m_driver;
    QLineEdit *m_subnet;
    QCheckBox *m_internal;
    QCheckBox *m_attachable;
};

} // namespace gantry
