#pragma once

#include "specs/ContainerUpdateSpec.h"
#include "widgets/FormDialog.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace gantry {

// Memory, memory + swap, CPUs and the restart policy of an existing container, changed in
// place (docker update). Prefilled with what the container has; only what the user changed
// is sent and written on the line. Checked as typed; the engine's refusal (a limit below
// what the container uses now, swap below memory...) is shown in place.
class LimitsDialog : public FormDialog {
    Q_OBJECT
public:
    LimitsDialog(const ContainerUpdateSpec &current, QWidget *parent = nullptr);

    // Every field as typed (only meaningful when valid).
    ContainerUpdateSpec spec() const;
    // What differs from the container: the update sent.
    ContainerUpdateSpec update() const { return spec().changedFrom(m_current); }

signals:
    void updateRequested(const gantry::ContainerUpdateSpec &update);

protected:
    QString commandText() const override;
    void submit() override;
    void inputChanged() override;

private:
    QString memoryError() const;
    QString swapError() const;
    QString cpusError() const;

    ContainerUpdateSpec m_current;
    QLineEdit *m_memory;
    QLineEdit *m_swap;
    QLineEdit *m_cpus;
    QComboBox *m_restart;
    QSpinBox *m_retries;
    QLabel *m_memoryHint;
    QLabel *m_swapHint;
    QLabel *m_cpusHint;
};

} // namespace gantry
