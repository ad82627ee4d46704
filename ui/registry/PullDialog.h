#pragma once

#include "registry/TransferDialog.h"

class QLabel;
class QLineEdit;

namespace gantry {

// docker pull: asks for an image reference (validated as typed), then shows the layers'
// progress. The login stored for the image's registry is used (RegistryController).
class PullDialog : public TransferDialog {
    Q_OBJECT
public:
    explicit PullDialog(QWidget *parent = nullptr);

    QString reference() const;
    void setReference(const QString &reference);

signals:
    void pullRequested(const QString &reference);

protected:
    bool inputValid() const override;
    void setInputEnabled(bool enabled) override;
    void requestAction() override;

private:
    void validate();

    QLineEdit *m_reference;
    QLabel *m_hint;
};

} // namespace gantry
