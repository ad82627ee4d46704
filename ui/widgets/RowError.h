#pragma once

#include <QLabel>
#include <QStringList>

namespace gantry {

// Shows a row's validation error under it (hidden when empty) and collects it for the
// dialog's summary; shared by the row editors of the run dialog.
inline void showRowError(QLabel *label, const QString &error, QStringList &errors)
{
    label->setTextFormat(Qt::PlainText); // errors quote what was typed
    label->setText(error);
    label->setVisible(!error.isEmpty());
    if (!error.isEmpty())
        errors << error;
}

} // namespace gantry
