#pragma once

#include "registry/TransferDialog.h"

class QLabel;
class QLineEdit;

namespace gantry {

// docker push: asks where to (registry/namespace/repository:tag, validated as typed),
// tags the image with that name first when it does not have it yet, then shows the
// layers' progress. A refusal names its cause (not logged in, wrong namespace).
class PushDialog : public TransferDialog {
    Q_OBJECT
public:
    explicit PushDialog(const QString &source, QWidget *parent = nullptr);

    const QString &source() const { return m_source; }
    QString target() const;
    void setTarget(const QString &target);

signals:
    void pushRequested(const QString &target);

protected:
    bool inputValid() const override;
    void setInputEnabled(bool enabled) override;
    void requestAction() override;

private:
    void validate();

    QString m_source;
    QLineEdit *m_target;
    QLabel *m_hint;
};

} // namespace gantry
