#include "swarm/ClusterTab.h"

#include "specs/ActionSpecs.h"
#include "swarm/ClusterSpecs.h"

#include <QApplication>
#include <QClipboard>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gantry {

ClusterTab::ClusterTab(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"clusterTab"_s);
    auto *tokens = new QGroupBox(tr("Join tokens"), this);
    auto *form = new QFormLayout(tokens);
    auto *intro = new QLabel(tr("Whoever has a token can join this swarm: as a worker, or as a "
                                "manager with full control. Rotate a token that may have "
                                "leaked: the old one is refused from then on (nodes already "
                                "in the swarm stay)."),
                             tokens);
    intro->setWordWrap(true);
    form->addRow(intro);
    m_worker = addTokenRow(false, form);
    m_manager = addTokenRow(true, form);

    auto *leaveBox = new QGroupBox(tr("Leave"), this);
    auto *leaveLayout = new QVBoxLayout(leaveBox);
    m_leave = new QPushButton(tr("Leave the swarm…"), leaveBox);
    m_leave->setObjectName(u"swarmLeaveButton"_s);
    m_leave->setAccessibleName(tr("Leave the swarm"));
    auto *leaveRow = new QHBoxLayout;
    leaveRow->addWidget(m_leave);
    leaveRow->addStretch(1);
    leaveLayout->addLayout(leaveRow);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tokens);
    layout->addWidget(leaveBox);
    layout->addStretch(1);
    connect(m_leave, &QPushButton::clicked, this, &ClusterTab::leaveRequested);
}

ClusterTab::TokenRow ClusterTab::addTokenRow(bool manager, QFormLayout *form)
{
    const QString role = manager ? u"Manager"_s : u"Worker"_s;
    TokenRow r;
    r.token = new QLineEdit(this);
    r.token->setReadOnly(true);
    r.token->setObjectName(u"swarm"_s + role + u"Token"_s);
    r.token->setAccessibleName(manager ? tr("Manager join token") : tr("Worker join token"));
    r.copy = new QPushButton(tr("Copy"), this);
    r.copy->setObjectName(u"copy"_s + role + u"TokenButton"_s);
    r.copy->setAccessibleName(manager ? tr("Copy the manager join command")
                                      : tr("Copy the worker join command"));
    r.copy->setToolTip(tr("Copies the docker swarm join command line with this token"));
    r.rotate = new QPushButton(tr("Rotate…"), this);
    r.rotate->setObjectName(u"rotate"_s + role + u"TokenButton"_s);
    r.rotate->setAccessibleName(manager ? tr("Rotate the manager join token")
                                        : tr("Rotate the worker join token"));
    r.command = new QLineEdit(this);
    r.command->setReadOnly(true);
    r.command->setFrame(false);
    r.command->setObjectName(u"swarm"_s + role + u"JoinCommand"_s);
    r.command->setAccessibleName(manager ? tr("Manager join command") : tr("Worker join command"));
    auto *row = new QHBoxLayout;
    row->addWidget(r.token, 1);
    row->addWidget(r.copy);
    row->addWidget(r.rotate);
    form->addRow(manager ? tr("Manager:") : tr("Worker:"), row);
    form->addRow(r.command);
    const QLineEdit *command = r.command;
    connect(r.copy, &QPushButton::clicked, this,
            [command] { QApplication::clipboard()->setText(command->text()); });
    connect(r.rotate, &QPushButton::clicked, this,
            [this, manager] { emit rotateRequested(manager); });
    return r;
}

void ClusterTab::setTokens(const QString &worker, const QString &manager,
                           const QString &managerAddress)
{
    const auto fill = [&managerAddress](const TokenRow &r, const QString &token) {
        r.token->setText(token);
        r.command->setText(
            token.isEmpty()
                ? QString()
                : shellJoin(
                      SwarmJoinSpec{.token = token, .managerAddress = managerAddress}.commandLine(
                          true)));
        r.token->setCursorPosition(0); // the start of each shows, as the CLI prints them
        r.command->setCursorPosition(0);
        r.copy->setEnabled(!token.isEmpty());
        r.rotate->setEnabled(!token.isEmpty());
    };
    fill(m_worker, worker);
    fill(m_manager, manager);
}

QString ClusterTab::workerToken() const
{
    return m_worker.token->text();
}

QString ClusterTab::managerToken() const
{
    return m_manager.token->text();
}

} // namespace gantry
