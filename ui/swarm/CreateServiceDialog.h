#pragma once

#include "swarm/ServiceSpecs.h"
#include "widgets/FormDialog.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace gantry {

// Asks for a new swarm service, as `docker service create`: name, image and command,
// replicated (how many) or global, published ports, mounts, environment, placement
// constraints, limits, restart policy and rolling update config. Every field is checked as
// typed; the command line follows; an engine error is shown in place, nothing typed lost.
class CreateServiceDialog : public FormDialog {
    Q_OBJECT
public:
    explicit CreateServiceDialog(QWidget *parent = nullptr);

    ServiceCreateSpec spec() const;
    void setImage(const QString &image);

signals:
    void createRequested(const gantry::ServiceCreateSpec &spec);

protected:
    QString commandText() const override;
    void submit() override { emit createRequested(spec()); }
    void inputChanged() override;

private:
    QString nameError() const;
    QString portsError() const;
    QString mountsError() const;
    QString envError() const;
    QString constraintsError() const;
    QString cpusError() const;
    QString memoryError() const;
    QString commandError() const;
    QSpinBox *spin(const QString &objectName, const QString &accessibleName, int min, int max,
                   int value);

    QLineEdit *m_name;
    QLineEdit *m_image;
    QLineEdit *m_command;
    QComboBox *m_mode;
    QSpinBox *m_replicas;
    QLineEdit *m_ports;
    QLineEdit *m_mounts;
    QPlainTextEdit *m_env;
    QLineEdit *m_constraints;
    QLineEdit *m_cpus;
    QLineEdit *m_memory;
    QComboBox *m_restart;
    QSpinBox *m_maxAttempts;
    QSpinBox *m_parallelism;
    QSpinBox *m_delay;
    QComboBox *m_order;
    QComboBox *m_failureAction;
};

} // namespace gantry
