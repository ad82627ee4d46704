#include "registry/PullDialog.h"

#include "registry/RegistrySpecs.h"
#include "style/StatusColors.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace gantry {

PullDialog::PullDialog(QWidget *parent)
    : TransferDialog(u"pullDialog"_s, tr("Pull image"), tr("Pull"), parent)
    , m_reference(new QLineEdit)
    , m_hint(new QLabel)
{
    m_reference->setObjectName(u"pullReference"_s);
    m_reference->setAccessibleName(tr("Image to pull"));
    m_reference->setPlaceholderText(tr("registry/namespace/repository:tag"));
    m_hint->setObjectName(u"pullHint"_s);
    m_hint->setWordWrap(true);
    form()->addRow(tr("Image:"), m_reference);
    form()->addRow(QString(), m_hint);
    connect(m_reference, &QLineEdit::textChanged, this, &PullDialog::validate);
    validate();
}

QString PullDialog::reference() const
{
    return m_reference->text().trimmed();
}

void PullDialog::setReference(const QString &reference)
{
    m_reference->setText(reference);
}

bool PullDialog::inputValid() const
{
    return PullSpec::isValidReference(reference());
}

void PullDialog::setInputEnabled(bool enabled)
{
    m_reference->setEnabled(enabled);
}

void PullDialog::requestAction()
{
    emit pullRequested(reference());
}

void PullDialog::validate()
{
    const QString ref = reference();
    const bool valid = inputValid();
    if (ref.isEmpty()) {
        m_hint->setText(tr("For example busybox:latest, or myregistry:5000/team/app:1.0."));
    } else if (!valid) {
        m_hint->setText(tr("Not a valid image reference: use lowercase letters, digits and "
                           "separators (. _ -), an optional registry host, and an optional "
                           ":tag or @sha256:digest."));
    } else {
        const PullSpec spec{ref, std::nullopt};
        const auto [repo, tag] = spec.repositoryAndTag();
        const QString where = RegistryAuth::displayName(RegistryAuth::registryOf(ref));
        m_hint->setText(
            ref.contains(u'@') || ref.section(u'/', -1).contains(u':')
                ? tr("From %1.").arg(where)
                : tr("From %1; no tag given, so the tag %2 is pulled.").arg(where, tag));
    }
    m_hint->setStyleSheet(ref.isEmpty() || valid
                              ? QString()
                              : StatusColors::textStyleSheet(StatusColors::Error, palette()));
    inputChanged(valid ? shellJoin(PullSpec{ref, std::nullopt}.commandLine()) : QString());
}

} // namespace gantry
