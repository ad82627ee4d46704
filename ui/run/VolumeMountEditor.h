#pragma once

#include "specs/RunSpec.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace gantry {

// Rows of mounts: a bind mount of a host folder (chooser; a missing one is flagged), a
// named volume (existing ones offered; a new name is created by the engine) or an
// anonymous volume; read-only; the container path must be absolute.
class VolumeMountEditor : public QWidget {
    Q_OBJECT
public:
    explicit VolumeMountEditor(QWidget *parent = nullptr);

    void setExistingVolumes(const QStringList &names);
    void setMounts(const QList<VolumeMount> &mounts);
    QList<VolumeMount> mounts() const; // the valid rows
    QStringList errors() const { return m_errors; }
    int rowCount() const { return int(m_rows.size()); }

signals:
    void changed();

public slots:
    void addRow();

private:
    struct Row {
        QComboBox *kind;
        QComboBox *source; // editable: a host path or a volume name
        QPushButton *browse;
        QLineEdit *target;
        QCheckBox *readOnly;
        QPushButton *remove;
        QLabel *error;
    };
    void removeRow(int index);
    void validate();
    void updateRow(Row &row);
    std::optional<VolumeMount> rowMount(const Row &row, QString *error) const;

    QGridLayout *m_grid;
    QList<Row> m_rows;
    QStringList m_volumes;
    QStringList m_errors;
};

} // namespace gantry
