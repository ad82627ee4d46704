#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

namespace gantry {

// Picks a container to connect to a network, or to disconnect from it. An engine error is
// shown in place and the choice is kept.
class NetworkContainerDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Connect, Disconnect };

    NetworkContainerDialog(Mode mode, const QString &network, const QStringList &containers,
                           QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    QString container() const;
    bool force() const;
    void showError(const QString &message);
    void setBusy(bool busy);

signals:
    void submitted(const QString &container, bool force);

private:
    void updateCommand();

    Mode m_mode;
    QString m_network;
    QComboBox *m_container;
    QCheckBox *m_force = nullptr;
    QLabel *m_error;
    QLabel *m_command;
    QPushButton *m_ok;
};

} // namespace gantry
