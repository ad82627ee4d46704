#include "images/ImageActions.h"

#include "actions/ActionRunner.h"
#include "images/ImagesPage.h"
#include "images/TagImageDialog.h"
#include "listings/ImageModel.h"
#include "live/Refresher.h"
#include "widgets/ConfirmDialog.h"
#include "widgets/DialogAction.h"
#include "widgets/MessageBanner.h"

#include <QCheckBox>
#include <QHash>

using namespace Qt::StringLiterals;

namespace gantry {

ImageActions::ImageActions(ImagesPage *page, ActionRunner *runner, Refresher *refresher,
                           QObject *parent)
    : QObject(parent)
    , m_page(page)
    , m_runner(runner)
    , m_refresher(refresher)
{
    connect(page, &ImagesPage::removeRequested, this, &ImageActions::remove);
    connect(page, &ImagesPage::tagRequested, this, &ImageActions::tag);
}

void ImageActions::remove()
{
    const QList<ImagesPage::Selected> selected = m_page->selectedImages();
    if (selected.isEmpty())
        return;
    // Removing a tag of an image that keeps other tags only untags it: the engine deletes
    // nothing and refuses nothing, whoever uses the image.
    QHash<QString, int> chosenTags;
    for (const ImagesPage::Selected &s : selected)
        if (!s.reference.startsWith(u"sha256:"_s))
            ++chosenTags[s.id];
    const auto untagOnly = [&](const ImagesPage::Selected &s) {
        return !s.reference.startsWith(u"sha256:"_s) && chosenTags.value(s.id) < s.tags;
    };
    QStringList items;
    bool anyUsed = false;
    int untags = 0;
    for (const ImagesPage::Selected &s : selected) {
        const QString name = s.reference.startsWith(u"sha256:"_s)
                                 ? tr("untagged image %1").arg(ImageModel::shortId(s.reference))
                                 : s.reference;
        if (untagOnly(s)) {
            ++untags;
            items << tr("%1 — only this tag goes: the image keeps its other tags").arg(name);
            continue;
        }
        items << (s.usedBy > 0 ? tr("%1 — used by %n container(s)", "", s.usedBy).arg(name) : name);
        anyUsed |= s.usedBy > 0;
    }
    const int n = int(selected.size());
    const QString question =
        untags == n ? tr("Remove %n tag(s)? Each image keeps its other tags: nothing is deleted "
                         "and the containers that use it are not affected.",
                         "", n)
                    : tr("Remove %n image(s)? Each tag goes; layers that no other image uses are "
                         "deleted and must be pulled or built again.",
                         "", n);
    auto *dialog = new ConfirmDialog(
        tr("Remove images"), question, items,
        untags == n ? tr("Remove %n tag(s)", "", n) : tr("Remove %n image(s)", "", n), m_page);
    QCheckBox *force = dialog->addOption(
        u"forceRemoveImages"_s,
        tr("Force (docker image rm -f): also remove images used by stopped containers, and "
           "an image ID that has several tags"));
    if (anyUsed)
        dialog->setNote(tr("An image used by a container is refused by the engine unless "
                           "forced; a running container's image cannot be removed at all."));
    connect(dialog, &QDialog::accepted, this, [this, selected, force] {
        QList<Action> actions;
        for (const ImagesPage::Selected &s : selected)
            actions << ImageRemoveSpec{s.reference, force->isChecked(), false}.action();
        m_runner->run(actions, this, [this](const QList<ActionRunner::Outcome> &outcomes) {
            const QStringList failures = failureLines(outcomes);
            if (failures.isEmpty())
                m_page->banner()->hide();
            else
                m_page->banner()->showMessage(
                    MessageBanner::Level::Error,
                    tr("%n image(s) could not be removed:", "", int(failures.size())) + u'\n' +
                        failures.join(u'\n'));
            m_refresher->refresh(Refresher::All);
        });
    });
    dialog->open();
}

void ImageActions::tag()
{
    const QList<ImagesPage::Selected> selected = m_page->selectedImages();
    if (selected.size() != 1)
        return;
    const ImagesPage::Selected image = selected.first();
    auto *dialog = new TagImageDialog(image.reference, m_page);
    if (!image.reference.startsWith(u"sha256:"_s))
        dialog->setTarget(image.reference);
    connect(dialog, &TagImageDialog::tagRequested, this,
            [this, dialog, image](const QString &target) {
                runFromDialog(m_runner, ImageTagSpec{image.reference, target}.action(), dialog,
                              [this] { m_refresher->refresh(Refresher::Images); });
            });
    dialog->open();
}

} // namespace gantry
