#pragma once

#include "catalogue/EngineCatalogue.h"

#include <QToolButton>

class QActionGroup;
class QMenu;

namespace gantry {

// The status bar's engine button: names the engine the window is on; its menu lists the
// docker contexts (docker's current one marked), DOCKER_HOST and the saved engines, checks
// the window's own, and offers "Open in a new window" and "Manage engines…". Passive: the
// choices come in, the user's intent goes out as signals.
class EngineSwitcher : public QToolButton {
    Q_OBJECT
public:
    explicit EngineSwitcher(const QString &engineLabel, QWidget *parent = nullptr);

    void setChoices(const QList<EngineChoice> &choices, const QString &currentId);
    QMenu *engineMenu() const { return m_menu; }

signals:
    void aboutToShowMenu(); // fill it now with setChoices()
    void switchRequested(const QString &choiceId);
    void newWindowRequested(const QString &choiceId);
    void manageRequested();

private:
    QMenu *m_menu;
    // What the last setChoices() made beside the menu's actions, replaced by the next one.
    QActionGroup *m_group = nullptr;
    QMenu *m_newWindowMenu = nullptr;
};

} // namespace gantry
