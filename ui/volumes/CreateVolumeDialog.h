#pragma once

#include "specs/VolumeNetworkSpecs.h"
#include "widgets/FormDialog.h"

class QLineEdit;

namespace gantry {

// Asks for a new volume's name (optional: the engine makes one up) and driver. Validates
// as the user types; an engine error is shown in place and what was typed is kept.
class CreateVolumeDialog : public FormDialog {
    Q_OBJECT
public:
    explicit CreateVolumeDialog(QWidget *parent = nullptr);

    VolumeCreateSpec spec() const;

signals:
    void createRequested(const gantry::VolumeCreateSpec &spec);

protected:
    QString commandText() const override;
    void submit() override { emit createRequested(spec()); }

private:
    QLineEdit *m_name;
    QLineEdit *m_driver;
};

} // namespace gantry
