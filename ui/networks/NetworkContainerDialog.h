#pragma once

#include "widgets/FormDialog.h"

class QCheckBox;
class QComboBox;

namespace gantry {

// Picks a container to connect to a network, or to disconnect from it. An engine error is
// shown in place and the choice is kept.
class NetworkContainerDialog : public FormDialog {
    Q_OBJECT
public:
    enum class Mode { Connect, Disconnect };

    NetworkContainerDialog(Mode mode, const QString &network, const QStringList &containers,
                           QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    QString container() const;
    bool force() const;

signals:
    void submitted(const QString &container, bool force);

protected:
    QString commandText() const override;
    void submit() override { emit submitted(container(), force()); }

private:
    Mode m_mode;
    QString m_network;
    QComboBox *m_container;
    QCheckBox *m_force = nullptr;
};

} // namespace gantry
