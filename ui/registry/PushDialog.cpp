#include "registry/PushDialog.h"

#include "registry/RegistrySpecs.h"
#include "style/StatusColors.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace gantry {

PushDialog::PushDialog(const QString &source, QWidget *parent)
    : TransferDialog(u"pushDialog"_s, tr("Push image"), tr("Push"), parent)
    , m_source(source)
    , m_target(new QLineEdit)
    , m_hint(new QLabel)
{
    m_target->setObjectName(u"pushTarget"_s);
    m_target->setAccessibleName(tr("Push to"));
    m_target->setPlaceholderText(tr("registry/namespace/repository:tag"));
    m_hint->setObjectName(u"pushHint"_s);
    m_hint->setWordWrap(true);
    auto *sourceLabel = new QLabel(source);
    sourceLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form()->addRow(tr("Image:"), sourceLabel);
    form()->addRow(tr("Push to:"), m_target);
    form()->addRow(QString(), m_hint);
    connect(m_target, &QLineEdit::textChanged, this, &PushDialog::validate);
    if (!source.startsWith(u"sha256:"_s))
        m_target->setText(source);
    validate();
}

QString PushDialog::target() const
{
    return m_target->text().trimmed();
}

void PushDialog::setTarget(const QString &target)
{
    m_target->setText(target);
}

bool PushDialog::inputValid() const
{
    return ImageTagSpec::isValidTarget(target());
}

void PushDialog::setInputEnabled(bool enabled)
{
    m_target->setEnabled(enabled);
}

void PushDialog::requestAction()
{
    emit pushRequested(target());
}

void PushDialog::validate()
{
    const QString t = target();
    const bool valid = inputValid();
    QString hint;
    bool problem = false;
    if (t.isEmpty()) {
        hint = tr("Where the image goes: the registry's host (none for Docker Hub), a "
                  "namespace (your user or organisation), the repository and a tag.");
    } else if (!valid) {
        problem = true;
        hint = tr("Not a valid image reference: use lowercase letters, digits and separators "
                  "(. _ -), an optional registry host, and an optional :tag of up to 128 "
                  "characters.");
    } else {
        const QString server = RegistryAuth::registryOf(t);
        if (RegistryAuth::isDockerHub(server)) {
            const QString path = t.startsWith("docker.io/"_L1) ? t.mid(10) : t;
            // Docker Hub puts a name without namespace under "library/", which only
            // Docker itself may push to: say so before the push is denied.
            problem = !path.contains(u'/') || path.startsWith("library/"_L1);
            hint = problem ? tr("Docker Hub needs a namespace you may push to, usually your "
                                "user name: for example yourname/%1.")
                                 .arg(ImageTagSpec::splitReference(path.section(u'/', -1)).first)
                           : tr("To Docker Hub, namespace %1.").arg(path.section(u'/', 0, 0));
        } else {
            hint = tr("To the registry %1.").arg(server);
        }
        if (t != m_source)
            hint += u' ' + tr("The image is tagged with this name first.");
    }
    m_hint->setText(hint);
    m_hint->setStyleSheet(problem ? StatusColors::textStyleSheet(StatusColors::Error, palette())
                                  : QString());
    QStringList lines;
    if (valid && t != m_source)
        lines << shellJoin(ImageTagSpec{m_source, t}.commandLine());
    if (valid)
        lines << shellJoin(PushSpec{t, std::nullopt}.commandLine());
    inputChanged(lines.join(u'\n'));
}

} // namespace gantry
