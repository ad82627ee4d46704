#include "run/PortMappingEditor.h"

#include "style/StatusColors.h"
#include "widgets/RowError.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTcpServer>
#include <QUdpSocket>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gantry {

PortMappingEditor::PortMappingEditor(QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout)
    , m_publishAll(new QCheckBox(tr("Publish all exposed ports on random host ports (-P)")))
{
    setObjectName(u"portMappingEditor"_s);
    m_publishAll->setObjectName(u"publishAll"_s);
    m_publishAll->setAccessibleName(tr("Publish all exposed ports"));
    connect(m_publishAll, &QCheckBox::toggled, this, &PortMappingEditor::changed);

    auto *add = new QPushButton(tr("Add port"));
    add->setObjectName(u"addPort"_s);
    add->setAccessibleName(tr("Add port"));
    connect(add, &QPushButton::clicked, this, &PortMappingEditor::addRow);

    m_grid->addWidget(new QLabel(tr("Host IP")), 0, 0);
    m_grid->addWidget(new QLabel(tr("Host port")), 0, 1);
    m_grid->addWidget(new QLabel(tr("Container port")), 0, 2);
    m_grid->addWidget(new QLabel(tr("Protocol")), 0, 3);

    auto *hint = new QLabel(tr("-p HOST_IP:HOST_PORT:CONTAINER_PORT/PROTOCOL. An empty host port "
                               "lets the engine pick one; 127.0.0.1 keeps the port private to "
                               "this machine."));
    hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(m_grid);
    layout->addWidget(add, 0, Qt::AlignLeft);
    layout->addWidget(m_publishAll);
    layout->addStretch(1);
}

void PortMappingEditor::setPublishedElsewhere(const QSet<QString> &protoPorts)
{
    m_publishedElsewhere = protoPorts;
    validate();
}

void PortMappingEditor::setOwnPorts(const QSet<QString> &protoPorts)
{
    m_own = protoPorts;
    validate();
}

void PortMappingEditor::addRow()
{
    const int n = int(m_rows.size());
    const int gridRow = 1 + 2 * n;
    Row row{new QLineEdit,
            new QLineEdit,
            new QLineEdit,
            new QComboBox,
            new QPushButton(tr("Free port")),
            new QPushButton(tr("Remove")),
            new QLabel};
    const QString suffix = QString::number(n + 1);
    row.hostIp->setObjectName(u"hostIp"_s + suffix);
    row.hostIp->setAccessibleName(tr("Host IP of port %1").arg(n + 1));
    row.hostIp->setPlaceholderText(tr("all interfaces"));
    row.hostPort->setObjectName(u"hostPort"_s + suffix);
    row.hostPort->setAccessibleName(tr("Host port of port %1").arg(n + 1));
    row.hostPort->setPlaceholderText(tr("any"));
    row.containerPort->setObjectName(u"containerPort"_s + suffix);
    row.containerPort->setAccessibleName(tr("Container port of port %1").arg(n + 1));
    row.protocol->setObjectName(u"protocol"_s + suffix);
    row.protocol->setAccessibleName(tr("Protocol of port %1").arg(n + 1));
    row.protocol->addItems({u"tcp"_s, u"udp"_s, u"sctp"_s});
    row.freePort->setObjectName(u"freePort"_s + suffix);
    row.freePort->setAccessibleName(tr("Pick a free host port for port %1").arg(n + 1));
    row.remove->setObjectName(u"removePort"_s + suffix);
    row.remove->setAccessibleName(tr("Remove port %1").arg(n + 1));
    row.error->setObjectName(u"portError"_s + suffix);
    row.error->setStyleSheet(StatusColors::textStyleSheet(StatusColors::Error, palette()));
    row.error->setWordWrap(true);
    row.error->hide();

    m_grid->addWidget(row.hostIp, gridRow, 0);
    m_grid->addWidget(row.hostPort, gridRow, 1);
    m_grid->addWidget(row.containerPort, gridRow, 2);
    m_grid->addWidget(row.protocol, gridRow, 3);
    m_grid->addWidget(row.freePort, gridRow, 4);
    m_grid->addWidget(row.remove, gridRow, 5);
    m_grid->addWidget(row.error, gridRow + 1, 0, 1, 6);

    for (QLineEdit *e : {row.hostIp, row.hostPort, row.containerPort})
        connect(e, &QLineEdit::textChanged, this, &PortMappingEditor::validate);
    connect(row.protocol, &QComboBox::currentIndexChanged, this, &PortMappingEditor::validate);
    QLineEdit *hostPort = row.hostPort;
    QLineEdit *hostIp = row.hostIp;
    QComboBox *protocol = row.protocol;
    connect(row.freePort, &QPushButton::clicked, this, [this, hostPort, hostIp, protocol] {
        for (int port = 8080; port < 65535; ++port) {
            const QString key = protocol->currentText() + u'/' + QString::number(port);
            bool taken = m_publishedElsewhere.contains(key);
            for (const Row &r : std::as_const(m_rows))
                taken |=
                    r.hostPort != hostPort && r.hostPort->text().trimmed() == QString::number(port);
            if (!taken && isPortFree(hostIp->text().trimmed(), port, protocol->currentText())) {
                hostPort->setText(QString::number(port));
                return;
            }
        }
    });
    QPushButton *remove = row.remove;
    connect(remove, &QPushButton::clicked, this, [this, remove] {
        for (int i = 0; i < m_rows.size(); ++i) {
            if (m_rows[i].remove == remove)
                return removeRow(i);
        }
    });
    m_rows.append(row);
    validate();
}

void PortMappingEditor::removeRow(int index)
{
    const Row row = m_rows.takeAt(index);
    for (QWidget *w :
         std::initializer_list<QWidget *>{row.hostIp, row.hostPort, row.containerPort, row.protocol,
                                          row.freePort, row.remove, row.error})
        w->deleteLater();
    validate();
}

void PortMappingEditor::setMappings(const QList<PortMapping> &mappings)
{
    while (!m_rows.isEmpty())
        removeRow(int(m_rows.size()) - 1);
    for (const PortMapping &m : mappings) {
        addRow();
        Row &r = m_rows.last();
        r.hostIp->setText(m.hostIp);
        if (m.hostPort)
            r.hostPort->setText(m.hostPortEnd ? u"%1-%2"_s.arg(m.hostPort).arg(m.hostPortEnd)
                                              : QString::number(m.hostPort));
        r.containerPort->setText(m.containerPortEnd
                                     ? u"%1-%2"_s.arg(m.containerPort).arg(m.containerPortEnd)
                                     : QString::number(m.containerPort));
        r.protocol->setCurrentText(m.protocol);
    }
    validate();
}

bool PortMappingEditor::publishAll() const
{
    return m_publishAll->isChecked();
}

void PortMappingEditor::setPublishAll(bool all)
{
    m_publishAll->setChecked(all);
}

std::optional<PortMapping> PortMappingEditor::rowMapping(const Row &row, QString *error) const
{
    const QString ip = row.hostIp->text().trimmed();
    const QString host = row.hostPort->text().trimmed();
    const QString inside = row.containerPort->text().trimmed();
    if (inside.isEmpty()) {
        *error = tr("Which port inside the container?");
        return std::nullopt;
    }
    QString text = inside + u'/' + row.protocol->currentText();
    if (!host.isEmpty() || !ip.isEmpty())
        text = host + u':' + text;
    if (!ip.isEmpty())
        text = (ip.contains(u':') ? u'[' + ip + u']' : ip) + u':' + text;
    const std::optional<PortMapping> m = parsePortMapping(text);
    if (!m)
        *error = tr("Ports are whole numbers from 1 to 65535; a host range and a container "
                    "range must have the same length; the host IP must be an address.");
    return m;
}

void PortMappingEditor::validate()
{
    m_errors.clear();
    QSet<QString> seen;
    for (const Row &row : std::as_const(m_rows)) {
        QString error;
        const std::optional<PortMapping> m = rowMapping(row, &error);
        if (m && m->hostPort) {
            const int last = m->hostPortEnd ? m->hostPortEnd : m->hostPort;
            for (int p = m->hostPort; p <= last && error.isEmpty(); ++p) {
                const QString key = m->protocol + u'/' + QString::number(p);
                if (seen.contains(key))
                    error = tr("Host port %1/%2 is used twice.").arg(p).arg(m->protocol);
                else if (m_publishedElsewhere.contains(key))
                    error = tr("Host port %1/%2 is already published by another container: use "
                               "\"Free port\".")
                                .arg(p)
                                .arg(m->protocol);
                else if (!m_own.contains(key) && !isPortFree(m->hostIp, p, m->protocol))
                    error = tr("Host port %1/%2 is in use on this machine: use \"Free port\".")
                                .arg(p)
                                .arg(m->protocol);
                seen.insert(key);
            }
        }
        showRowError(row.error, error, m_errors);
    }
    emit changed();
}

QList<PortMapping> PortMappingEditor::mappings() const
{
    QList<PortMapping> out;
    for (const Row &row : m_rows) {
        QString error;
        if (const auto m = rowMapping(row, &error))
            out << *m;
    }
    return out;
}

QStringList PortMappingEditor::errors() const
{
    return m_errors;
}

bool PortMappingEditor::isPortFree(const QString &hostIp, int port, const QString &protocol)
{
    const QHostAddress address(hostIp.isEmpty() ? u"0.0.0.0"_s : hostIp);
    if (protocol == u"udp"_s) {
        QUdpSocket socket;
        return socket.bind(address, quint16(port));
    }
    QTcpServer server;
    return server.listen(address, quint16(port));
}

} // namespace gantry
