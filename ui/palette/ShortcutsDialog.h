#pragma once

#include <QDialog>

#include <functional>

class QAction;
class QTreeWidget;

namespace gantry {

// Help > Keyboard shortcuts: every action of a window that has a shortcut, with where it works
// (its menu, or its page: a page's shortcuts work while the focus is in that page), read from
// the actions themselves when the dialog opens, so the list is never out of date.
class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    ShortcutsDialog(QWidget *window, const std::function<QString(const QAction *)> &placeOf);

    QTreeWidget *list() const { return m_list; }

private:
    QTreeWidget *m_list;
};

} // namespace gantry
