#pragma once

#include "specs/RunSpec.h"

#include <QSet>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace gantry {

// Rows of published ports (host IP, host port or range, container port or range,
// protocol) and "publish all exposed". Validates as the user types: ranges of equal
// length, 1-65535, no host port twice, none already published by another container or in
// use on this machine; "Free port" picks one that is not.
class PortMappingEditor : public QWidget {
    Q_OBJECT
public:
    explicit PortMappingEditor(QWidget *parent = nullptr);

    // Host ports other containers publish ("tcp/8080"), so conflicts show before running.
    void setPublishedElsewhere(const QSet<QString> &protoPorts);
    // Host ports the container being recreated publishes: its replacement takes them over,
    // so they are not "in use on this machine" although its own proxy listens on them.
    void setOwnPorts(const QSet<QString> &protoPorts);

    void setMappings(const QList<PortMapping> &mappings);
    QList<PortMapping> mappings() const; // the valid rows
    bool publishAll() const;
    void setPublishAll(bool all);
    // Empty when every row is valid; else one message per problem.
    QStringList errors() const;
    int rowCount() const { return int(m_rows.size()); }

    // True when nothing listens on that port of this machine (a bind test).
    static bool isPortFree(const QString &hostIp, int port, const QString &protocol);

signals:
    void changed();

public slots:
    void addRow();

private:
    struct Row {
        QLineEdit *hostIp;
        QLineEdit *hostPort;
        QLineEdit *containerPort;
        QComboBox *protocol;
        QPushButton *freePort;
        QPushButton *remove;
        QLabel *error;
    };
    void removeRow(int index);
    void validate();
    std::optional<PortMapping> rowMapping(const Row &row, QString *error) const;

    QGridLayout *m_grid;
    QCheckBox *m_publishAll;
    QList<Row> m_rows;
    QSet<QString> m_publishedElsewhere;
    QSet<QString> m_own;
    QStringList m_errors;
};

} // namespace gantry
