#pragma once

#include <QIcon>
#include <QString>
#include <QStringList>

#include <functional>

class QAbstractItemModel;
class QAction;
class QPersistentModelIndex;
class QWidget;

namespace gantry {

// One thing the command palette can find and run: an action, a page, an object.
struct PaletteEntry {
    QString text;      // shown, and matched first
    QStringList other; // also matched (a short ID...), not shown
    QString detail;    // shown beside: where it is, its shortcut, what kind of object
    QIcon icon;
    std::function<void()> run;
};

namespace PaletteEntries {

// An action's text as shown: without its mnemonic's "&" ("&&" stays one "&").
QString plainText(const QAction *action);

// False for an action of a dialog (opened from the window, not part of it).
bool inWindow(const QAction *action);

// Every enabled, visible action with a text under `root` (menus, toolbars, pages), once each.
// placeOf names where an action lives (shown beside it with its shortcut); beforeRun, when
// given, is called with the action just before it is triggered (to show its page, so that it
// acts on what the user sees).
QList<PaletteEntry> actions(const QWidget *root,
                            const std::function<QString(const QAction *)> &placeOf,
                            const std::function<void(const QAction *)> &beforeRun = {});

// Every row of a (tree) model: its text from `textRole` of column 0 (the display text when
// that is empty), its ID from `idRole` (matched, shown short beside `kind`); run reveals it.
QList<PaletteEntry> rows(const QAbstractItemModel *model, const QString &kind, int textRole,
                         int idRole, const QIcon &icon,
                         const std::function<void(const QPersistentModelIndex &)> &reveal);

} // namespace PaletteEntries

} // namespace gantry
