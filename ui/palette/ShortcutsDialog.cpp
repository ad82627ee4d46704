#include "palette/ShortcutsDialog.h"

#include "palette/PaletteEntry.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace gantry {

ShortcutsDialog::ShortcutsDialog(QWidget *window,
                                 const std::function<QString(const QAction *)> &placeOf)
    : QDialog(window)
    , m_list(new QTreeWidget)
{
    setObjectName(u"shortcutsDialog"_s);
    setWindowTitle(tr("Keyboard shortcuts"));
    auto *note = new QLabel(tr("Ctrl+K finds any action, page or object by typing a few of its "
                               "letters. A page's shortcuts work while the focus is in that "
                               "page; Ctrl+Tab leaves a terminal."));
    note->setWordWrap(true);
    m_list->setObjectName(u"shortcutsList"_s);
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Action"), tr("Shortcut")});
    m_list->setRootIsDecorated(false);
    m_list->setIndentation(12);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);

    struct Row {
        QString place, text, keys;
    };
    QList<Row> rows;
    for (const QAction *action : window->findChildren<QAction *>()) {
        if (action->shortcuts().isEmpty() || action->text().isEmpty() ||
            !PaletteEntries::inWindow(action))
            continue;
        QStringList keys;
        for (const QKeySequence &k : action->shortcuts())
            keys << k.toString(QKeySequence::NativeText);
        rows.append({placeOf ? placeOf(action) : QString(), PaletteEntries::plainText(action),
                     keys.join(u", "_s)});
    }
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        // The window's own (no place) last.
        return std::tuple(a.place.isEmpty(), a.place, a.text) <
               std::tuple(b.place.isEmpty(), b.place, b.text);
    });
    // One group per place (a menu, a page, a dock), its actions under it.
    QTreeWidgetItem *group = nullptr;
    for (const Row &r : rows) {
        const QString place = r.place.isEmpty() ? tr("Window") : r.place;
        if (!group || group->text(0) != place) {
            group = new QTreeWidgetItem(m_list, {place});
            group->setFirstColumnSpanned(true);
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            group->setExpanded(true);
        }
        new QTreeWidgetItem(group, {r.text, r.keys});
    }
    m_list->expandAll();
    for (int c = 0; c < 2; ++c)
        m_list->resizeColumnToContents(c);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(620, 560);
}

} // namespace gantry
