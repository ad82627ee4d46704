#include "swarm/ServiceDialogs.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gantry {

ScaleServiceDialog::ScaleServiceDialog(const ServiceRef &service, int replicas, QWidget *parent)
    : FormDialog(u"scaleError"_s, u"scaleCommand"_s, parent)
    , m_service(service)
    , m_replicas(new QSpinBox)
{
    setObjectName(u"scaleServiceDialog"_s);
    setWindowTitle(tr("Scale %1").arg(service.name));
    setAccessibleName(tr("Scale service"));
    setMinimumWidth(380);
    m_replicas->setObjectName(u"scaleReplicas"_s);
    m_replicas->setAccessibleName(tr("Replicas"));
    m_replicas->setRange(0, 1000);
    m_replicas->setValue(replicas);
    auto *form = new QFormLayout;
    form->addRow(tr("Replicas:"), m_replicas);
    body()->addLayout(form);
    addButtons(tr("Scale"), u"scaleAccept"_s, u"scaleCancel"_s);
    connect(m_replicas, &QSpinBox::valueChanged, this, [this] { revalidate(); });
    revalidate();
}

ServiceScaleSpec ScaleServiceDialog::spec() const
{
    return {m_service, m_replicas->value()};
}

QString ScaleServiceDialog::commandText() const
{
    return shellJoin(spec().commandLine());
}

UpdateImageDialog::UpdateImageDialog(const ServiceRef &service, const QString &image,
                                     QWidget *parent)
    : FormDialog(u"updateImageError"_s, u"updateImageCommand"_s, parent)
    , m_service(service)
    , m_current(image)
    , m_image(new QLineEdit(image))
{
    setObjectName(u"updateImageDialog"_s);
    setWindowTitle(tr("Update the image of %1").arg(service.name));
    setAccessibleName(tr("Update service image"));
    setMinimumWidth(480);
    m_image->setObjectName(u"updateImage"_s);
    m_image->setAccessibleName(tr("New image"));
    auto *note = new QLabel(tr("The tasks are replaced a few at a time, as the service's update "
                               "config says; Roll back returns to the image before."));
    note->setWordWrap(true);
    note->setTextFormat(Qt::PlainText);
    auto *form = new QFormLayout;
    form->addRow(tr("Image:"), m_image);
    body()->addLayout(form);
    body()->addWidget(note);
    addButtons(tr("Update"), u"updateImageAccept"_s, u"updateImageCancel"_s);
    addField({.widget = m_image,
              .validate =
                  [this] {
                      const QString i = m_image->text().trimmed();
                      if (i.isEmpty())
                          return QString();
                      if (!ImageTagSpec::isValidTarget(i))
                          return tr("Not a valid image reference.");
                      if (i == m_current)
                          return tr("The service already runs this image.");
                      return QString();
                  },
              .required = true});
    revalidate();
}

ServiceImageUpdateSpec UpdateImageDialog::spec() const
{
    return {m_service, m_image->text().trimmed()};
}

QString UpdateImageDialog::commandText() const
{
    return isValid() ? shellJoin(spec().commandLine()) : QString();
}

} // namespace gantry
