#include "cleanup/PruneOptionsForm.h"

#include "cleanup/PruneRules.h"
#include "style/StatusColors.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gantry {

namespace {

QString objectNameOf(PruneCategory c)
{
    switch (c) {
    case PruneCategory::DanglingImages: return u"pruneDanglingImages"_s;
    case PruneCategory::UnusedImages: return u"pruneUnusedImages"_s;
    case PruneCategory::StoppedContainers: return u"pruneStoppedContainers"_s;
    case PruneCategory::UnusedVolumes: return u"pruneUnusedVolumes"_s;
    case PruneCategory::UnusedNetworks: return u"pruneUnusedNetworks"_s;
    case PruneCategory::BuildCache: return u"pruneBuildCache"_s;
    }
    return {};
}

QString choiceText(PruneCategory c)
{
    switch (c) {
    case PruneCategory::DanglingImages:
        return PruneOptionsForm::tr("Dangling images: untagged and used by no container (docker "
                                    "image prune)");
    case PruneCategory::UnusedImages:
        return PruneOptionsForm::tr("All unused images: tagged or not, used by no container "
                                    "(docker image prune -a)");
    case PruneCategory::StoppedContainers:
        return PruneOptionsForm::tr("Stopped containers (docker container prune)");
    case PruneCategory::UnusedVolumes:
        return PruneOptionsForm::tr("Unused volumes, with the data in them (docker volume prune)");
    case PruneCategory::UnusedNetworks:
        return PruneOptionsForm::tr("Unused networks (docker network prune)");
    case PruneCategory::BuildCache:
        return PruneOptionsForm::tr("Build cache (docker builder prune)");
    }
    return {};
}

} // namespace

PruneOptionsForm::PruneOptionsForm(QWidget *parent)
    : QWidget(parent)
    , m_everything(new QCheckBox(tr("Everything above (docker system prune -a --volumes)")))
    , m_volumeWarning(new QLabel)
{
    setObjectName(u"pruneOptions"_s);
    auto *choices = new QGroupBox(tr("What to remove"));
    auto *choicesLayout = new QVBoxLayout(choices);
    for (PruneCategory c : allPruneCategories) {
        auto *box = new QCheckBox(choiceText(c));
        box->setObjectName(objectNameOf(c));
        box->setAccessibleName(choiceText(c));
        choicesLayout->addWidget(box);
        m_boxes.insert(c, box);
        connect(box, &QCheckBox::toggled, this, &PruneOptionsForm::onToggled);
    }
    m_everything->setObjectName(u"pruneEverything"_s);
    m_everything->setAccessibleName(m_everything->text());
    choicesLayout->addWidget(m_everything);
    connect(m_everything, &QCheckBox::toggled, this, &PruneOptionsForm::onToggled);

    m_volumeWarning->setObjectName(u"pruneVolumeWarning"_s);
    m_volumeWarning->setWordWrap(true);
    m_volumeWarning->setStyleSheet(StatusColors::textStyleSheet(StatusColors::Error, palette()) +
                                   u"; font-weight: bold"_s);
    m_volumeWarning->setText(tr("Removing a volume deletes its data for good: databases, "
                                "uploads, whatever containers wrote there. Untick the volumes "
                                "to keep. Volumes are removed one by one (docker volume rm), "
                                "so that none made after the preview goes."));
    m_volumeWarning->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(choices);
    layout->addWidget(m_volumeWarning);
}

void PruneOptionsForm::setCategories(const QSet<PruneCategory> &categories)
{
    m_filling = true;
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it)
        it.value()->setChecked(categories.contains(it.key()));
    m_everything->setChecked(categories.size() == int(std::size(allPruneCategories)));
    applyRules();
    m_filling = false;
}

QSet<PruneCategory> PruneOptionsForm::categories() const
{
    QSet<PruneCategory> out;
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it) {
        if (it.value()->isChecked())
            out.insert(it.key());
    }
    return out;
}

void PruneOptionsForm::lock()
{
    for (QCheckBox *box : std::as_const(m_boxes))
        box->setEnabled(false);
    m_everything->setEnabled(false);
}

void PruneOptionsForm::onToggled()
{
    if (m_filling)
        return;
    m_filling = true;
    applyRules();
    m_filling = false;
    emit categoriesChanged();
}

void PruneOptionsForm::applyRules()
{
    const bool everything = m_everything->isChecked();
    for (QCheckBox *box : std::as_const(m_boxes)) {
        if (everything)
            box->setChecked(true);
        box->setEnabled(!everything);
    }
    // What a chosen category's prune takes along cannot be left out.
    const QSet<PruneCategory> chosen = categories();
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it) {
        if (takenByAnother(it.key(), chosen)) {
            it.value()->setChecked(true);
            it.value()->setEnabled(false);
        }
    }
    m_volumeWarning->setVisible(m_boxes.value(PruneCategory::UnusedVolumes)->isChecked());
}

} // namespace gantry
