#include "images/TagImageDialog.h"

#include "specs/ActionSpecs.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gantry {

TagImageDialog::TagImageDialog(const QString &source, QWidget *parent)
    : FormDialog(u"tagError"_s, u"tagCommand"_s, parent)
    , m_target(new QLineEdit)
    , m_source(source)
{
    setObjectName(u"tagImageDialog"_s);
    setWindowTitle(tr("Tag image"));
    setAccessibleName(windowTitle());

    m_target->setObjectName(u"tagTarget"_s);
    m_target->setAccessibleName(tr("New tag"));
    m_target->setPlaceholderText(tr("registry/namespace/repository:tag"));

    auto *sourceLabel = new QLabel(source);
    sourceLabel->setTextFormat(Qt::PlainText); // the engine's name for the image
    auto *form = new QFormLayout;
    form->addRow(tr("Image:"), sourceLabel);
    form->addRow(tr("New tag:"), m_target);
    body()->addLayout(form);
    addButtons(tr("Tag"), u"tagAccept"_s);

    addField({.widget = m_target,
              .validate =
                  [this] {
                      const QString t = target();
                      return t.isEmpty() || ImageTagSpec::isValidTarget(t)
                                 ? QString()
                                 : tr("Not a valid image reference: use lowercase letters, "
                                      "digits and separators (. _ -), an optional registry "
                                      "host, and an optional :tag of up to 128 characters.");
                  },
              .required = true});
    revalidate();
}

QString TagImageDialog::target() const
{
    return m_target->text().trimmed();
}

void TagImageDialog::setTarget(const QString &target)
{
    m_target->setText(target);
}

QString TagImageDialog::commandText() const
{
    return isValid() ? shellJoin(ImageTagSpec{m_source, target()}.commandLine()) : QString();
}

} // namespace gantry
