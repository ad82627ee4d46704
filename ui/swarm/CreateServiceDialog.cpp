#include "swarm/CreateServiceDialog.h"

#include "specs/RunSpec.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gantry {

namespace {

// Items of a list field: separated by commas or white space.
QStringList items(const QLineEdit *edit)
{
    static const QRegularExpression sep(uR"([,\s]+)"_s);
    return edit->text().split(sep, Qt::SkipEmptyParts);
}

QStringList lines(const QPlainTextEdit *edit)
{
    QStringList out;
    for (const QString &l : edit->toPlainText().split(u'\n')) {
        if (!l.trimmed().isEmpty())
            out << l.trimmed();
    }
    return out;
}

} // namespace

CreateServiceDialog::CreateServiceDialog(QWidget *parent)
    : FormDialog(u"serviceError"_s, u"serviceCommand"_s, parent)
    , m_name(new QLineEdit)
    , m_image(new QLineEdit)
    , m_command(new QLineEdit)
    , m_mode(new QComboBox)
    , m_replicas(spin(u"serviceReplicas"_s, tr("Replicas"), 0, 1000, 1))
    , m_ports(new QLineEdit)
    , m_mounts(new QLineEdit)
    , m_env(new QPlainTextEdit)
    , m_constraints(new QLineEdit)
    , m_cpus(new QLineEdit)
    , m_memory(new QLineEdit)
    , m_restart(new QComboBox)
    , m_maxAttempts(spin(u"serviceRestartAttempts"_s, tr("Restart attempts"), 0, 1000, 0))
    , m_parallelism(spin(u"serviceUpdateParallelism"_s, tr("Update parallelism"), 0, 100, 1))
    , m_delay(spin(u"serviceUpdateDelay"_s, tr("Update delay"), 0, 3600, 0))
    , m_order(new QComboBox)
    , m_failureAction(new QComboBox)
{
    setObjectName(u"createServiceDialog"_s);
    setWindowTitle(tr("Create service"));
    setAccessibleName(windowTitle());
    setMinimumWidth(560);

    const auto name = [](QWidget *w, const QString &object, const QString &accessible) {
        w->setObjectName(object);
        w->setAccessibleName(accessible);
    };
    name(m_name, u"serviceName"_s, tr("Service name"));
    name(m_image, u"serviceImage"_s, tr("Image"));
    name(m_command, u"serviceCommandArgs"_s, tr("Command"));
    name(m_mode, u"serviceMode"_s, tr("Mode"));
    name(m_ports, u"servicePorts"_s, tr("Published ports"));
    name(m_mounts, u"serviceMounts"_s, tr("Mounts"));
    name(m_env, u"serviceEnv"_s, tr("Environment"));
    name(m_constraints, u"serviceConstraints"_s, tr("Placement constraints"));
    name(m_cpus, u"serviceCpus"_s, tr("CPU limit"));
    name(m_memory, u"serviceMemory"_s, tr("Memory limit"));
    name(m_restart, u"serviceRestart"_s, tr("Restart condition"));
    name(m_order, u"serviceUpdateOrder"_s, tr("Update order"));
    name(m_failureAction, u"serviceUpdateFailure"_s, tr("On update failure"));

    m_image->setPlaceholderText(tr("e.g. nginx:1.25 (used as it is here: never resolved)"));
    m_command->setPlaceholderText(tr("Optional: what to run instead of the image's command"));
    m_mode->addItem(tr("Replicated: this many tasks"), u"replicated"_s);
    m_mode->addItem(tr("Global: one task on every node"), u"global"_s);
    m_ports->setPlaceholderText(tr("e.g. 8080:80, 53/udp"));
    m_mounts->setPlaceholderText(tr("e.g. data:/var/lib/data, /srv/conf:/etc/app:ro"));
    m_env->setPlaceholderText(tr("KEY=value, one per line"));
    m_env->setMaximumHeight(70);
    m_constraints->setPlaceholderText(tr("e.g. node.role==manager"));
    m_cpus->setPlaceholderText(tr("e.g. 0.5"));
    m_memory->setPlaceholderText(tr("e.g. 256m"));
    m_restart->addItem(tr("always (any exit)"), u"any"_s);
    m_restart->addItem(tr("on failure"), u"on-failure"_s);
    m_restart->addItem(tr("never"), u"none"_s);
    m_delay->setSuffix(tr(" s"));
    m_order->addItem(tr("stop the old task first"), u"stop-first"_s);
    m_order->addItem(tr("start the new task first"), u"start-first"_s);
    m_failureAction->addItem(tr("pause"), u"pause"_s);
    m_failureAction->addItem(tr("roll back"), u"rollback"_s);
    m_failureAction->addItem(tr("continue"), u"continue"_s);

    auto *mode = new QHBoxLayout;
    mode->addWidget(m_mode, 1);
    mode->addWidget(m_replicas);
    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Image:"), m_image);
    form->addRow(tr("Command:"), m_command);
    form->addRow(tr("Mode:"), mode);
    form->addRow(tr("Ports:"), m_ports);
    form->addRow(tr("Mounts:"), m_mounts);
    form->addRow(tr("Environment:"), m_env);
    form->addRow(tr("Constraints:"), m_constraints);
    auto *limits = new QHBoxLayout;
    limits->addWidget(m_cpus);
    limits->addWidget(m_memory);
    form->addRow(tr("CPUs, memory:"), limits);
    auto *restart = new QHBoxLayout;
    restart->addWidget(m_restart, 1);
    restart->addWidget(m_maxAttempts);
    form->addRow(tr("Restart:"), restart);
    body()->addLayout(form);

    auto *update = new QGroupBox(tr("Rolling updates"));
    auto *uform = new QFormLayout(update);
    uform->addRow(tr("Tasks at a time:"), m_parallelism);
    uform->addRow(tr("Delay between them:"), m_delay);
    uform->addRow(tr("Order:"), m_order);
    uform->addRow(tr("On failure:"), m_failureAction);
    body()->addWidget(update);
    m_maxAttempts->setSpecialValueText(tr("no limit"));
    m_parallelism->setSpecialValueText(tr("all at once"));
    addButtons(tr("Create"), u"serviceCreateAccept"_s, u"serviceCreateCancel"_s);

    addField({.widget = m_name, .validate = [this] { return nameError(); }, .required = true});
    addField({.widget = m_image,
              .validate =
                  [this] {
                      const QString i = m_image->text().trimmed();
                      return i.isEmpty() || ImageTagSpec::isValidTarget(i)
                                 ? QString()
                                 : tr("Not a valid image reference.");
                  },
              .required = true});
    addField({.widget = m_command, .validate = [this] { return commandError(); }});
    addField({.widget = m_mode});
    addField({.widget = m_ports, .validate = [this] { return portsError(); }});
    addField({.widget = m_mounts, .validate = [this] { return mountsError(); }});
    addField({.widget = m_env, .validate = [this] { return envError(); }});
    addField({.widget = m_constraints, .validate = [this] { return constraintsError(); }});
    addField({.widget = m_cpus, .validate = [this] { return cpusError(); }});
    addField({.widget = m_memory, .validate = [this] { return memoryError(); }});
    addField({.widget = m_restart});
    addField({.widget = m_order});
    addField({.widget = m_failureAction});
    for (QSpinBox *s : {m_replicas, m_maxAttempts, m_parallelism, m_delay})
        connect(s, &QSpinBox::valueChanged, this, [this] { revalidate(); });
    revalidate();
}

QSpinBox *CreateServiceDialog::spin(const QString &objectName, const QString &accessibleName,
                                    int min, int max, int value)
{
    auto *s = new QSpinBox;
    s->setObjectName(objectName);
    s->setAccessibleName(accessibleName);
    s->setRange(min, max);
    s->setValue(value);
    return s;
}

void CreateServiceDialog::setImage(const QString &image)
{
    m_image->setText(image);
}

void CreateServiceDialog::inputChanged()
{
    m_replicas->setEnabled(m_mode->currentData().toString() == u"replicated"_s);
    m_maxAttempts->setEnabled(m_restart->currentData().toString() != u"none"_s);
}

ServiceCreateSpec CreateServiceDialog::spec() const
{
    ServiceCreateSpec s;
    s.name = m_name->text().trimmed();
    s.image = m_image->text().trimmed();
    s.args = shellSplit(m_command->text());
    s.global = m_mode->currentData().toString() == u"global"_s;
    s.replicas = m_replicas->value();
    for (const QString &p : items(m_ports)) {
        if (const auto port = ServicePort::parse(p))
            s.ports << *port;
    }
    for (const QString &m : items(m_mounts)) {
        if (const auto mount = ServiceMount::parse(m))
            s.mounts << *mount;
    }
    s.env = lines(m_env);
    for (const QString &c : m_constraints->text().split(u',', Qt::SkipEmptyParts)) {
        if (!c.trimmed().isEmpty())
            s.constraints << c.trimmed();
    }
    s.cpus = m_cpus->text().trimmed().toDouble();
    if (const auto bytes = parseMemory(m_memory->text().trimmed()))
        s.memoryBytes = *bytes;
    s.restartCondition = m_restart->currentData().toString();
    s.restartMaxAttempts = s.restartCondition == u"none"_s ? 0 : m_maxAttempts->value();
    s.updateParallelism = m_parallelism->value();
    s.updateDelaySeconds = m_delay->value();
    s.updateOrder = m_order->currentData().toString();
    s.updateFailureAction = m_failureAction->currentData().toString();
    return s;
}

QString CreateServiceDialog::commandText() const
{
    return isValid() ? shellJoin(spec().commandLine()) : QString();
}

QString CreateServiceDialog::nameError() const
{
    const QString n = m_name->text().trimmed();
    if (n.isEmpty() || ServiceCreateSpec::isValidName(n))
        return {};
    return tr("Not a valid service name: a letter or digit, then letters, digits, '_', '.' or "
              "'-', 63 characters at most.");
}

QString CreateServiceDialog::commandError() const
{
    if (!m_command->text().trimmed().isEmpty() && shellSplit(m_command->text()).isEmpty())
        return tr("A quote is left open in the command.");
    return {};
}

QString CreateServiceDialog::portsError() const
{
    for (const QString &p : items(m_ports)) {
        if (!ServicePort::parse(p))
            return tr("Not a port to publish: %1 (write PUBLISHED:TARGET, TARGET, with /udp "
                      "for UDP).")
                .arg(p);
    }
    return {};
}

QString CreateServiceDialog::mountsError() const
{
    for (const QString &m : items(m_mounts)) {
        if (!ServiceMount::parse(m))
            return tr("Not a mount: %1 (write VOLUME:/path, /host/path:/path or /path, "
                      "with :ro to make it read-only).")
                .arg(m);
    }
    return {};
}

QString CreateServiceDialog::envError() const
{
    static const QRegularExpression re(uR"(^[^=\s][^=]*=.*$)"_s);
    for (const QString &l : lines(m_env)) {
        if (!re.match(l).hasMatch())
            return tr("Not an environment variable: %1 (write KEY=value).").arg(l);
    }
    return {};
}

QString CreateServiceDialog::constraintsError() const
{
    for (const QString &c : m_constraints->text().split(u',', Qt::SkipEmptyParts)) {
        if (!c.trimmed().isEmpty() && !ServiceCreateSpec::isValidConstraint(c))
            return tr("Not a constraint: %1 (write e.g. node.role==manager or "
                      "node.labels.zone!=east).")
                .arg(c.trimmed());
    }
    return {};
}

QString CreateServiceDialog::cpusError() const
{
    const QString t = m_cpus->text().trimmed();
    if (t.isEmpty())
        return {};
    bool ok = false;
    const double v = t.toDouble(&ok);
    return ok && v > 0 && v <= 1024 ? QString() : tr("Not a number of CPUs: %1.").arg(t);
}

QString CreateServiceDialog::memoryError() const
{
    const QString t = m_memory->text().trimmed();
    if (t.isEmpty() || parseMemory(t).value_or(0) >= 4 * 1024 * 1024)
        return {};
    return tr("Not a memory limit (4m at least): %1.").arg(t);
}

} // namespace gantry
