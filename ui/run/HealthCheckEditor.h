#pragma once

#include "specs/HealthCheckSpec.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace gantry {

// The run dialog's health check: the command the engine runs in the container to probe it
// (--health-cmd, through the container's shell), how often, how long it may take, after how
// many failures the container is unhealthy, the grace period after start, or no health
// check at all (--no-healthcheck). Durations are checked as they are typed (30s, 1m30s,
// 500ms); left empty, the image's or the engine's defaults apply.
class HealthCheckEditor : public QWidget {
    Q_OBJECT
public:
    explicit HealthCheckEditor(QWidget *parent = nullptr);

    void setSpec(const HealthCheckSpec &spec);
    HealthCheckSpec spec() const; // the valid fields
    // Empty when every field is valid; else one message per problem.
    QStringList errors() const;

signals:
    void changed();

private:
    struct Duration {
        QLineEdit *edit;
        QLabel *error;
    };
    Duration durationField(const QString &objectName, const QString &accessibleName,
                           const QString &placeholder);
    QString durationError(const QLineEdit *edit) const;
    void validate();

    QCheckBox *m_disabled;
    QLineEdit *m_command;
    Duration m_interval;
    Duration m_timeout;
    Duration m_startPeriod;
    QSpinBox *m_retries;
};

} // namespace gantry
