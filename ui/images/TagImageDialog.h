#pragma once

#include "widgets/FormDialog.h"

class QLineEdit;

namespace gantry {

// Asks for the new reference of an image (docker tag SOURCE TARGET). Validates as the
// user types; an engine error is shown in place and the text is kept.
class TagImageDialog : public FormDialog {
    Q_OBJECT
public:
    TagImageDialog(const QString &source, QWidget *parent = nullptr);

    QString target() const;
    void setTarget(const QString &target);

signals:
    void tagRequested(const QString &target);

protected:
    QString commandText() const override;
    void submit() override { emit tagRequested(target()); }

private:
    QLineEdit *m_target;
    QString m_source;
};

} // namespace gantry
