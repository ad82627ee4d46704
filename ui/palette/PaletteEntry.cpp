#include "palette/PaletteEntry.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QDialog>
#include <QPersistentModelIndex>
#include <QPointer>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace gantry {

QString PaletteEntries::plainText(const QAction *action)
{
    QString text = action->text();
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'&' && i + 1 < text.size())
            ++i; // "&x" is x, "&&" is &
        out += text[i];
    }
    return out;
}

bool PaletteEntries::inWindow(const QAction *action)
{
    const auto *owner = qobject_cast<const QWidget *>(action->parent());
    return !owner || !qobject_cast<const QDialog *>(owner->window());
}

QList<PaletteEntry> PaletteEntries::actions(const QWidget *root,
                                            const std::function<QString(const QAction *)> &placeOf,
                                            const std::function<void(const QAction *)> &beforeRun)
{
    QList<PaletteEntry> out;
    for (QAction *action : root->findChildren<QAction *>()) {
        if (action->isSeparator() || action->menu() || !action->isEnabled() ||
            !action->isVisible() || action->text().isEmpty())
            continue;
        if (!inWindow(action))
            continue;
        PaletteEntry e;
        e.text = plainText(action);
        if (e.text.endsWith(u"…"_s))
            e.text.chop(1);
        QStringList detail;
        if (const QString place = placeOf ? placeOf(action) : QString(); !place.isEmpty())
            detail << place;
        if (!action->shortcut().isEmpty())
            detail << action->shortcut().toString(QKeySequence::NativeText);
        e.detail = detail.join(u"  ·  "_s);
        e.icon = action->icon();
        e.run = [guard = QPointer<QAction>(action), beforeRun] {
            if (guard && beforeRun)
                beforeRun(guard);
            if (guard && guard->isEnabled())
                guard->trigger();
        };
        out << e;
    }
    return out;
}

namespace {

void addRows(const QAbstractItemModel *model, const QModelIndex &parent, const QString &kind,
             int textRole, int idRole, const QIcon &icon,
             const std::function<void(const QPersistentModelIndex &)> &reveal,
             QList<PaletteEntry> &out)
{
    for (int r = 0; r < model->rowCount(parent); ++r) {
        const QModelIndex index = model->index(r, 0, parent);
        PaletteEntry e;
        e.text = index.data(textRole).toString();
        if (e.text.isEmpty())
            e.text = index.data(Qt::DisplayRole).toString();
        QString id = index.data(idRole).toString();
        if (id.startsWith(u"sha256:"_s))
            id.remove(0, 7);
        id.truncate(12);
        if (!id.isEmpty())
            e.other << id;
        e.detail = id.isEmpty() ? kind : kind + u"  ·  "_s + id;
        e.icon = icon;
        e.run = [reveal, persistent = QPersistentModelIndex(index)] {
            if (persistent.isValid())
                reveal(persistent);
        };
        if (!e.text.isEmpty())
            out << e;
        if (model->hasChildren(index))
            addRows(model, index, kind, textRole, idRole, icon, reveal, out);
    }
}

} // namespace

QList<PaletteEntry>
PaletteEntries::rows(const QAbstractItemModel *model, const QString &kind, int textRole, int idRole,
                     const QIcon &icon,
                     const std::function<void(const QPersistentModelIndex &)> &reveal)
{
    QList<PaletteEntry> out;
    if (model)
        addRows(model, {}, kind, textRole, idRole, icon, reveal, out);
    return out;
}

} // namespace gantry
