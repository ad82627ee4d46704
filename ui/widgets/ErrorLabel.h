#pragma once

#include "style/StatusColors.h"

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
    label->setStyleSheet(StatusColors::textStyleSheet(StatusColors::Error, label->palette()));
    label->hide();
}

// A new label set up so.
inline QLabel *errorLabel(const QString &objectName)
{
    auto *label = new QLabel;
    setUpErrorLabel(label, objectName);
    return label;
}

} // namespace gantry
