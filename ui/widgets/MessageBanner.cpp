#include "widgets/MessageBanner.h"

#include "style/StatusColors.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace gantry {

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_action(new QPushButton(this))
{
    setObjectName(u"messageBanner"_s);
    setFrameShape(QFrame::StyledPanel);
    m_text->setObjectName(u"messageBannerText"_s);
    m_text->setTextFormat(Qt::PlainText); // banners quote engine errors and names
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_action->setObjectName(u"messageBannerAction"_s);

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action, 0, Qt::AlignTop);
    connect(m_action, &QPushButton::clicked, this, &MessageBanner::actionTriggered);
    hide();
}

void MessageBanner::showMessage(Level level, const QString &text, const QString &actionText)
{
    static constexpr StatusColors::Status statuses[] = {StatusColors::Info, StatusColors::Warning,
                                                        StatusColors::Error};
    setStyleSheet(u"gantry--MessageBanner { background: %1; border-radius: 4px; }"_s.arg(
        StatusColors::background(statuses[int(level)], palette()).name()));
    m_text->setText(text);
    setAccessibleName(text);
    m_action->setText(actionText);
    m_action->setAccessibleName(actionText);
    m_action->setVisible(!actionText.isEmpty());
    show();
}

QString MessageBanner::text() const
{
    return m_text->text();
}

} // namespace gantry
