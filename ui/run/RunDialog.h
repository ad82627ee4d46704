#pragma once

#include "specs/RunSpec.h"

#include <QDialog>
#include <QSet>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace gantry {

class HealthCheckEditor;
class PortMappingEditor;
class VolumeMountEditor;

// Everything `docker run` is used for, with the exact command line kept in sync below.
// Input is validated where it is typed; Run is only sent when all is valid; an engine
// error is shown in the dialog, which keeps every field.
class RunDialog : public QDialog {
    Q_OBJECT
public:
    explicit RunDialog(QWidget *parent = nullptr);

    void setImages(const QStringList &references);  // completion for the image field
    void setTakenNames(const QSet<QString> &names); // names of existing containers
    void setNetworks(const QStringList &names);
    void setVolumes(const QStringList &names);
    void setPublishedPorts(const QSet<QString> &protoPorts); // "tcp/8080" taken by others
    void setOwnPorts(const QSet<QString> &protoPorts);       // those of the container recreated

    void setSpec(const RunSpec &spec);
    RunSpec spec() const;
    // For "edit and recreate": the container's own name is not "taken".
    void setRecreating(const QString &ownName);

    QStringList errors() const; // empty when the spec can be sent
    // The docker line as shown, copied and logged: values loaded from an env file are
    // hidden (docker run --env-file keeps them off the command line too).
    QString commandLine() const;
    QStringList commandArgs(const RunSpec &spec) const; // the same, as words
    // Adds the variables of an env file (KEY=VALUE lines) to the environment; false, with
    // the reason shown, when it cannot be read.
    bool loadEnvFile(const QString &path);
    void showError(const QString &message);
    void setBusy(bool busy);
    // While false, Cancel, Escape and the window's close button do nothing.
    void setClosable(bool closable);

    void reject() override;

    PortMappingEditor *ports() const { return m_ports; }
    VolumeMountEditor *mounts() const { return m_mounts; }
    HealthCheckEditor *health() const { return m_health; }

signals:
    void runRequested(const gantry::RunSpec &spec);

private:
    QWidget *generalTab();
    QWidget *environmentTab();
    QWidget *resourcesTab();
    void update();
    void chooseEnvFile();

    QTabWidget *m_tabs;
    QComboBox *m_image;
    QLineEdit *m_name;
    QLineEdit *m_command;
    QLineEdit *m_entrypoint;
    QLineEdit *m_workdir;
    QLineEdit *m_user;
    QCheckBox *m_interactive;
    QCheckBox *m_tty;
    QCheckBox *m_autoRemove;
    QPlainTextEdit *m_env;
    QPlainTextEdit *m_labels;
    PortMappingEditor *m_ports;
    VolumeMountEditor *m_mounts;
    HealthCheckEditor *m_health;
    QLabel *m_attachNote;
    QComboBox *m_restart;
    QComboBox *m_network;
    QLineEdit *m_memory;
    QDoubleSpinBox *m_cpus;
    QCheckBox *m_privileged;
    QLabel *m_privilegedWarning;
    QLineEdit *m_capAdd;
    QLineEdit *m_capDrop;
    QCheckBox *m_readOnly;
    QLabel *m_nameError;
    QLabel *m_fieldErrors;
    QLabel *m_engineError;
    QPlainTextEdit *m_preview;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QSet<QString> m_taken;
    QSet<QString> m_envFileKeys; // their values stay off the screen and the log
    QString m_ownName;
    bool m_closable = true;
};

} // namespace gantry
