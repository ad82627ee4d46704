#pragma once

#include "swarm/ServiceSpecs.h"
#include "widgets/FormDialog.h"

class QLineEdit;
class QSpinBox;

namespace gantry {

// docker service scale: how many replicas, the command line following the value.
class ScaleServiceDialog : public FormDialog {
    Q_OBJECT
public:
    ScaleServiceDialog(const ServiceRef &service, int replicas, QWidget *parent = nullptr);
    ServiceScaleSpec spec() const;

signals:
    void createRequested(const gantry::ServiceScaleSpec &spec);

protected:
    QString commandText() const override;
    void submit() override { emit createRequested(spec()); }

private:
    ServiceRef m_service;
    QSpinBox *m_replicas;
};

// docker service update --image: a rolling update to another image.
class UpdateImageDialog : public FormDialog {
    Q_OBJECT
public:
    UpdateImageDialog(const ServiceRef &service, const QString &image, QWidget *parent = nullptr);
    ServiceImageUpdateSpec spec() const;

signals:
    void createRequested(const gantry::ServiceImageUpdateSpec &spec);

protected:
    QString commandText() const override;
    void submit() override { emit createRequested(spec()); }

private:
    ServiceRef m_service;
    QString m_current;
    QLineEdit *m_image;
};

} // namespace gantry
