#include "containers/LimitsDialog.h"

#include "core/Format.h"
#include "specs/RunSpec.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gantry {

namespace {

constexpr qint64 kMinimumMemory = 6 * 1024 * 1024; // the engine's floor (6 MiB)

QLabel *hintLabel(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

// A limit field: empty is "none" (0); text that does not parse is nullopt.
std::optional<qint64> memoryValue(const QLineEdit *edit)
{
    const QString t = edit->text().trimmed();
    if (t.isEmpty())
        return 0;
    return parseMemory(t);
}

} // namespace

LimitsDialog::LimitsDialog(const ContainerUpdateSpec &current, QWidget *parent)
    : FormDialog(u"limitsError"_s, u"limitsCommand"_s, parent)
    , m_current(current)
    , m_memory(new QLineEdit)
    , m_swap(new QLineEdit)
    , m_cpus(new QLineEdit)
    , m_restart(new QComboBox)
    , m_retries(new QSpinBox)
    , m_memoryHint(hintLabel(u"limitsMemoryHint"_s))
    , m_swapHint(hintLabel(u"limitsSwapHint"_s))
    , m_cpusHint(hintLabel(u"limitsCpusHint"_s))
{
    const QString who = current.name.isEmpty() ? shortId(current.id) : current.name;
    setObjectName(u"limitsDialog"_s);
    setWindowTitle(tr("Change the limits of %1").arg(who));
    setAccessibleName(windowTitle());
    setMinimumWidth(560);

    m_memory->setObjectName(u"limitsMemory"_s);
    m_memory->setAccessibleName(tr("Memory limit"));
    m_memory->setPlaceholderText(tr("no limit (e.g. 512m, 1g)"));
    m_swap->setObjectName(u"limitsSwap"_s);
    m_swap->setAccessibleName(tr("Memory plus swap limit"));
    m_swap->setPlaceholderText(tr("the engine's choice (e.g. 1g; -1: unlimited swap)"));
    m_cpus->setObjectName(u"limitsCpus"_s);
    m_cpus->setAccessibleName(tr("CPU limit"));
    m_cpus->setPlaceholderText(tr("no limit (e.g. 1.5)"));
    m_restart->setObjectName(u"limitsRestart"_s);
    m_restart->setAccessibleName(tr("Restart policy"));
    m_restart->addItem(tr("Never"), u"no"_s);
    m_restart->addItem(tr("Always"), u"always"_s);
    m_restart->addItem(tr("Unless stopped"), u"unless-stopped"_s);
    m_restart->addItem(tr("On failure"), u"on-failure"_s);
    m_retries->setObjectName(u"limitsRetries"_s);
    m_retries->setAccessibleName(tr("Maximum restarts on failure"));
    m_retries->setRange(0, 1000000);
    m_retries->setSpecialValueText(tr("no maximum"));

    if (current.memoryBytes.value_or(0) > 0)
        m_memory->setText(memoryText(*current.memoryBytes));
    if (const qint64 swap = current.memorySwapBytes.value_or(0); swap != 0)
        m_swap->setText(memorySwapText(swap));
    if (current.nanoCpus.value_or(0) > 0)
        m_cpus->setText(cpusText(*current.nanoCpus));
    const auto [policy, retries] = splitRestartPolicy(current.restartPolicy.value_or(u"no"_s));
    m_restart->setCurrentIndex(std::max(0, m_restart->findData(policy)));
    m_retries->setValue(retries);

    auto *intro = new QLabel(tr("These take effect at once, on the running container too; "
                                "nothing else changes. A limit cannot be removed here once set: "
                                "edit and recreate the container for that."));
    intro->setWordWrap(true);
    auto *retriesRow = new QHBoxLayout;
    retriesRow->addWidget(new QLabel(tr("at most")));
    retriesRow->addWidget(m_retries);
    retriesRow->addWidget(new QLabel(tr("restarts", "on-failure:N")), 1);
    auto *form = new QFormLayout;
    form->addRow(tr("Memory (--memory):"), m_memory);
    form->addRow(QString(), m_memoryHint);
    form->addRow(tr("Memory + swap (--memory-swap):"), m_swap);
    form->addRow(QString(), m_swapHint);
    form->addRow(tr("CPUs (--cpus):"), m_cpus);
    form->addRow(QString(), m_cpusHint);
    form->addRow(tr("Restart (--restart):"), m_restart);
    form->addRow(QString(), retriesRow);
    body()->addWidget(intro);
    body()->addLayout(form);
    addButtons(tr("Apply"), u"limitsAccept"_s);

    addField({.widget = m_memory,
              .validate = [this] { return memoryError(); },
              .required = false,
              .hint = m_memoryHint,
              .note = [] { return tr("Units: b, k, m, g (1024 each)."); }});
    addField({.widget = m_swap,
              .validate = [this] { return swapError(); },
              .required = false,
              .hint = m_swapHint,
              .note = [] { return tr("Memory and swap together; -1: swap without limit."); }});
    addField({.widget = m_cpus,
              .validate = [this] { return cpusError(); },
              .required = false,
              .hint = m_cpusHint,
              .note = [] { return tr("1.5: one and a half CPUs' worth of time."); }});
    addField({.widget = m_restart, .validate = {}, .required = false, .hint = nullptr, .note = {}});
    connect(m_retries, &QSpinBox::valueChanged, this, [this] { revalidate(); });
    inputChanged();
    revalidate();
}

QString LimitsDialog::memoryError() const
{
    const std::optional<qint64> memory = memoryValue(m_memory);
    if (!memory)
        return tr("Memory is a number with a unit: 512m, 1g, 1.5g.");
    if (*memory == 0 && m_current.memoryBytes.value_or(0) > 0)
        return tr("The memory limit cannot be removed in place: give a value, or edit and "
                  "recreate the container.");
    if (*memory > 0 && *memory < kMinimumMemory)
        return tr("The engine's smallest memory limit is 6m.");
    return {};
}

QString LimitsDialog::swapError() const
{
    const QString t = m_swap->text().trimmed();
    if (t.isEmpty()) {
        if (m_current.memorySwapBytes.value_or(0) != 0)
            return tr("The swap limit cannot be removed in place: give a value (-1: unlimited).");
        return {};
    }
    if (t == u"-1"_s)
        return {};
    const std::optional<qint64> swap = parseMemory(t);
    if (!swap)
        return tr("Memory + swap is a number with a unit (1g), or -1 for unlimited swap.");
    const qint64 memory = memoryValue(m_memory).value_or(0);
    if (memory == 0)
        return tr("Memory + swap needs a memory limit too.");
    if (*swap < memory)
        return tr("Memory + swap counts the memory too: it must be at least the memory limit.");
    return {};
}

QString LimitsDialog::cpusError() const
{
    const QString t = m_cpus->text().trimmed();
    if (t.isEmpty()) {
        if (m_current.nanoCpus.value_or(0) > 0)
            return tr("The CPU limit cannot be removed in place: give a value, or edit and "
                      "recreate the container.");
        return {};
    }
    if (!parseCpus(t))
        return tr("CPUs is a decimal number: 0.5, 1, 1.5 (at most 9 decimals).");
    return {};
}

ContainerUpdateSpec LimitsDialog::spec() const
{
    ContainerUpdateSpec s;
    s.id = m_current.id;
    s.name = m_current.name;
    s.memoryBytes = memoryValue(m_memory).value_or(0);
    const QString swap = m_swap->text().trimmed();
    s.memorySwapBytes = swap == u"-1"_s ? -1 : (swap.isEmpty() ? 0 : parseMemory(swap).value_or(0));
    s.nanoCpus = m_cpus->text().trimmed().isEmpty() ? 0 : parseCpus(m_cpus->text()).value_or(0);
    s.restartPolicy = joinRestartPolicy(m_restart->currentData().toString(), m_retries->value());
    return s;
}

QString LimitsDialog::commandText() const
{
    if (!isValid())
        return {};
    const ContainerUpdateSpec u = update();
    return u.isEmpty() ? tr("Nothing changed yet.") : shellJoin(u.commandLine());
}

void LimitsDialog::inputChanged()
{
    m_retries->setEnabled(m_restart->currentData().toString() == u"on-failure"_s);
}

void LimitsDialog::submit()
{
    const ContainerUpdateSpec u = update();
    if (u.isEmpty())
        accept(); // nothing to change
    else
        emit updateRequested(u);
}

} // namespace gantry
