#pragma once

#include <QObject>

namespace gantry {

// Tooltips carry engine text (Dockerfile steps, labels, errors) and Qt shows a tooltip as
// rich text when it merely looks like markup; installed on the application, this filter
// shows such a tooltip escaped, so it reads exactly as the engine sent it.
class PlainToolTips : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    // Installs one filter on the application (again is harmless).
    static void install();

    // The rich text that displays `text` literally, or `text` when Qt would show it plainly.
    static QString displayed(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace gantry
