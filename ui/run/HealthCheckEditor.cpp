#include "run/HealthCheckEditor.h"

#include "widgets/ErrorLabel.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace gantry {

namespace {

constexpr qint64 kMinimumDuration = 1000000; // the engine's floor: 1 ms

} // namespace

HealthCheckEditor::HealthCheckEditor(QWidget *parent)
    : QWidget(parent)
    , m_disabled(new QCheckBox(tr("No health check, not even the image's (--no-healthcheck)")))
    , m_command(new QLineEdit)
    , m_interval(durationField(u"runHealthInterval"_s, tr("Health check interval"),
                               tr("the image's, else 30s")))
    , m_timeout(durationField(u"runHealthTimeout"_s, tr("Health check timeout"),
                              tr("the image's, else 30s")))
    , m_startPeriod(durationField(u"runHealthStartPeriod"_s, tr("Health check start period"),
                                  tr("the image's, else 0s")))
    , m_retries(new QSpinBox)
{
    setObjectName(u"healthCheckEditor"_s);
    m_disabled->setObjectName(u"runNoHealthcheck"_s);
    m_disabled->setAccessibleName(tr("No health check"));
    m_command->setObjectName(u"runHealthCmd"_s);
    m_command->setAccessibleName(tr("Health check command"));
    m_command->setPlaceholderText(
        tr("the image's HEALTHCHECK, if any (e.g. wget -q -O- localhost)"));
    m_retries->setObjectName(u"runHealthRetries"_s);
    m_retries->setAccessibleName(tr("Health check retries"));
    m_retries->setRange(0, 1000000);
    m_retries->setSpecialValueText(tr("the image's, else 3"));

    auto *intro = new QLabel(
        tr("The engine runs the command in the container every interval; exit code 0 means "
           "healthy. After as many failures in a row as the retries, the container is "
           "unhealthy. Durations: 30s, 1m30s, 500ms."));
    intro->setWordWrap(true);
    auto *form = new QFormLayout(this);
    form->addRow(intro);
    form->addRow(tr("Command (--health-cmd):"), m_command);
    form->addRow(tr("Interval (--health-interval):"), m_interval.edit);
    form->addRow(QString(), m_interval.error);
    form->addRow(tr("Timeout (--health-timeout):"), m_timeout.edit);
    form->addRow(QString(), m_timeout.error);
    form->addRow(tr("Start period (--health-start-period):"), m_startPeriod.edit);
    form->addRow(QString(), m_startPeriod.error);
    form->addRow(tr("Retries (--health-retries):"), m_retries);
    form->addRow(QString(), m_disabled);

    connect(m_command, &QLineEdit::textChanged, this, &HealthCheckEditor::validate);
    for (const Duration *d : {&m_interval, &m_timeout, &m_startPeriod})
        connect(d->edit, &QLineEdit::textChanged, this, &HealthCheckEditor::validate);
    connect(m_retries, &QSpinBox::valueChanged, this, &HealthCheckEditor::validate);
    connect(m_disabled, &QCheckBox::toggled, this, &HealthCheckEditor::validate);
    validate();
}

HealthCheckEditor::Duration HealthCheckEditor::durationField(const QString &objectName,
                                                             const QString &accessibleName,
                                                             const QString &placeholder)
{
    Duration d{new QLineEdit, errorLabel(objectName + u"Error"_s)};
    d.edit->setObjectName(objectName);
    d.edit->setAccessibleName(accessibleName);
    d.edit->setPlaceholderText(placeholder);
    return d;
}

QString HealthCheckEditor::durationError(const QLineEdit *edit) const
{
    const QString t = edit->text().trimmed();
    if (t.isEmpty())
        return {};
    const std::optional<qint64> ns = parseDuration(t);
    if (!ns)
        return tr("A duration is a number with a unit: 30s, 1m30s, 500ms, 1h.");
    if (*ns > 0 && *ns < kMinimumDuration)
        return tr("At least 1ms (or 0 for the default).");
    return {};
}

void HealthCheckEditor::validate()
{
    const bool off = m_disabled->isChecked();
    m_command->setEnabled(!off);
    m_retries->setEnabled(!off);
    for (const Duration *d : {&m_interval, &m_timeout, &m_startPeriod}) {
        d->edit->setEnabled(!off);
        const QString error = off ? QString() : durationError(d->edit);
        d->error->setText(error);
        d->error->setVisible(!error.isEmpty());
    }
    emit changed();
}

void HealthCheckEditor::setSpec(const HealthCheckSpec &s)
{
    m_disabled->setChecked(s.disabled);
    m_command->setText(s.command);
    m_interval.edit->setText(s.intervalNs > 0 ? durationText(s.intervalNs) : QString());
    m_timeout.edit->setText(s.timeoutNs > 0 ? durationText(s.timeoutNs) : QString());
    m_startPeriod.edit->setText(s.startPeriodNs > 0 ? durationText(s.startPeriodNs) : QString());
    m_retries->setValue(s.retries);
    validate();
}

HealthCheckSpec HealthCheckEditor::spec() const
{
    HealthCheckSpec s;
    if (m_disabled->isChecked()) {
        s.disabled = true;
        return s;
    }
    s.command = m_command->text().trimmed();
    const auto ns = [](const QLineEdit *e) { return parseDuration(e->text()).value_or(0); };
    s.intervalNs = ns(m_interval.edit);
    s.timeoutNs = ns(m_timeout.edit);
    s.startPeriodNs = ns(m_startPeriod.edit);
    s.retries = m_retries->value();
    return s;
}

QStringList HealthCheckEditor::errors() const
{
    if (m_disabled->isChecked())
        return {};
    QStringList out;
    const std::pair<const Duration *, QString> fields[] = {
        {&m_interval, tr("Health check interval: %1")},
        {&m_timeout, tr("Health check timeout: %1")},
        {&m_startPeriod, tr("Health check start period: %1")}};
    for (const auto &[d, format] : fields) {
        if (const QString e = durationError(d->edit); !e.isEmpty())
            out << format.arg(e);
    }
    return out;
}

} // namespace gantry
