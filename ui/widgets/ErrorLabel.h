#pragma once

#include <QLabel>

namespace gantry {

// Makes `label` the place where a dialog says what is wrong: red, word-wrapped, selectable
// (to copy the engine's message), plain text, hidden until it has something to say.
inline void setUpErrorLabel(QLabel *label, const QString &objectName)
{
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText); // engine, registry and build messages are not markup
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setStyleSheet(QStringLiteral("color: #b91c1c"));
    label->hide();
}

} // namespace gantry
