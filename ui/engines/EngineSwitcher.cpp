#include "engines/EngineSwitcher.h"

#include <QActionGroup>
#include <QMenu>

#include <optional>

using namespace Qt::StringLiterals;

namespace gantry {

namespace {

QString choiceText(const EngineChoice &c)
{
    QString text = c.origin == EngineChoice::Origin::Context ? c.name : c.label();
    if (c.current)
        text = EngineSwitcher::tr("%1 (docker's current context)").arg(text);
    return text + u"  —  "_s + c.url;
}

} // namespace

EngineSwitcher::EngineSwitcher(const QString &engineLabel, QWidget *parent)
    : QToolButton(parent)
    , m_menu(new QMenu(this))
{
    setObjectName(u"engineSwitcher"_s);
    setText(tr("Engine: %1").arg(engineLabel));
    setAccessibleName(tr("Engine: %1").arg(engineLabel));
    setToolTip(tr("The engine this window shows; click to switch engines or to open another "
                  "one in a new window."));
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_menu->setObjectName(u"engineMenu"_s);
    m_menu->setAccessibleName(tr("Engines"));
    setMenu(m_menu);
    connect(m_menu, &QMenu::aboutToShow, this, &EngineSwitcher::aboutToShowMenu);
}

void EngineSwitcher::setChoices(const QList<EngineChoice> &choices, const QString &currentId)
{
    m_menu->clear();
    delete m_group;
    delete m_newWindowMenu;
    m_group = new QActionGroup(this);
    auto *newWindow = m_newWindowMenu = new QMenu(tr("Open in a new window"), m_menu);
    newWindow->setObjectName(u"engineNewWindowMenu"_s);
    newWindow->menuAction()->setObjectName(u"engineNewWindow"_s);
    std::optional<EngineChoice::Origin> section;
    for (const EngineChoice &c : choices) {
        if (section != c.origin) {
            section = c.origin;
            const QString title = c.origin == EngineChoice::Origin::Context ? tr("Docker contexts")
                                  : c.origin == EngineChoice::Origin::DockerHost
                                      ? tr("Environment")
                                      : tr("Saved engines");
            m_menu->addSection(title);
        }
        const QString text = choiceText(c);
        QAction *a = m_menu->addAction(text);
        a->setObjectName(u"engineChoice:"_s + c.id());
        a->setCheckable(true);
        a->setChecked(c.id() == currentId);
        a->setData(c.id());
        m_group->addAction(a);
        connect(a, &QAction::triggered, this, [this, id = c.id(), currentId] {
            if (id != currentId)
                emit switchRequested(id);
        });
        QAction *w = newWindow->addAction(text);
        w->setObjectName(u"engineNewWindow:"_s + c.id());
        connect(w, &QAction::triggered, this, [this, id = c.id()] { emit newWindowRequested(id); });
    }
    m_menu->addSeparator();
    m_menu->addMenu(newWindow);
    QAction *manage = m_menu->addAction(tr("Manage engines…"));
    manage->setObjectName(u"manageEngines"_s);
    connect(manage, &QAction::triggered, this, &EngineSwitcher::manageRequested);
}

} // namespace gantry
