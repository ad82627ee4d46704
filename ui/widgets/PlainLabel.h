#pragma once

#include <QLabel>

namespace gantry {

// A label for text from outside (engine, files, the tool's command lines): plain text,
// word-wrapped, selectable to copy it.
inline QLabel *plainLabel(const QString &text = {})
{
    auto *label = new QLabel(text);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace gantry
