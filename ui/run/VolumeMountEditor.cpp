#include "run/VolumeMountEditor.h"

#include "style/StatusColors.h"
#include "widgets/RowError.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gantry {

VolumeMountEditor::VolumeMountEditor(QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout)
{
    setObjectName(u"volumeMountEditor"_s);
    auto *add = new QPushButton(tr("Add mount"));
    add->setObjectName(u"addMount"_s);
    add->setAccessibleName(tr("Add mount"));
    connect(add, &QPushButton::clicked, this, &VolumeMountEditor::addRow);

    m_grid->addWidget(new QLabel(tr("Kind")), 0, 0);
    m_grid->addWidget(new QLabel(tr("Host folder or volume")), 0, 1);
    m_grid->addWidget(new QLabel(tr("Path in the container")), 0, 3);
    auto *hint = new QLabel(tr("-v SOURCE:PATH[:ro]. A bind mount shows a host folder inside "
                               "the container; a named volume is storage Docker manages and "
                               "keeps after the container is gone; an anonymous volume has no "
                               "name and is easy to lose."));
    hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(m_grid);
    layout->addWidget(add, 0, Qt::AlignLeft);
    layout->addStretch(1);
}

void VolumeMountEditor::setExistingVolumes(const QStringList &names)
{
    m_volumes = names;
    for (Row &r : m_rows)
        updateRow(r);
}

void VolumeMountEditor::addRow()
{
    const int n = int(m_rows.size());
    const int gridRow = 1 + 2 * n;
    Row row{new QComboBox,
            new QComboBox,
            new QPushButton(tr("Browse…")),
            new QLineEdit,
            new QCheckBox(tr("Read-only")),
            new QPushButton(tr("Remove")),
            new QLabel};
    const QString suffix = QString::number(n + 1);
    row.kind->addItem(tr("Named volume"), int(VolumeMount::Kind::Named));
    row.kind->addItem(tr("Bind mount"), int(VolumeMount::Kind::Bind));
    row.kind->addItem(tr("Anonymous volume"), int(VolumeMount::Kind::Anonymous));
    row.kind->setObjectName(u"mountKind"_s + suffix);
    row.kind->setAccessibleName(tr("Kind of mount %1").arg(n + 1));
    row.source->setEditable(true);
    row.source->setObjectName(u"mountSource"_s + suffix);
    row.source->setAccessibleName(tr("Source of mount %1").arg(n + 1));
    row.browse->setObjectName(u"mountBrowse"_s + suffix);
    row.browse->setAccessibleName(tr("Choose the host folder of mount %1").arg(n + 1));
    row.target->setObjectName(u"mountTarget"_s + suffix);
    row.target->setAccessibleName(tr("Container path of mount %1").arg(n + 1));
    row.target->setPlaceholderText(u"/data"_s);
    row.readOnly->setObjectName(u"mountReadOnly"_s + suffix);
    row.readOnly->setAccessibleName(tr("Mount %1 read-only").arg(n + 1));
    row.remove->setObjectName(u"removeMount"_s + suffix);
    row.remove->setAccessibleName(tr("Remove mount %1").arg(n + 1));
    row.error->setObjectName(u"mountError"_s + suffix);
    row.error->setStyleSheet(StatusColors::textStyleSheet(StatusColors::Error, palette()));
    row.error->setWordWrap(true);
    row.error->hide();

    m_grid->addWidget(row.kind, gridRow, 0);
    m_grid->addWidget(row.source, gridRow, 1);
    m_grid->addWidget(row.browse, gridRow, 2);
    m_grid->addWidget(row.target, gridRow, 3);
    m_grid->addWidget(row.readOnly, gridRow, 4);
    m_grid->addWidget(row.remove, gridRow, 5);
    m_grid->addWidget(row.error, gridRow + 1, 0, 1, 6);

    QComboBox *kind = row.kind;
    QComboBox *source = row.source;
    connect(kind, &QComboBox::currentIndexChanged, this, [this, kind] {
        for (Row &r : m_rows) {
            if (r.kind == kind)
                updateRow(r);
        }
        validate();
    });
    connect(source, &QComboBox::editTextChanged, this, &VolumeMountEditor::validate);
    connect(row.target, &QLineEdit::textChanged, this, &VolumeMountEditor::validate);
    connect(row.readOnly, &QCheckBox::toggled, this, &VolumeMountEditor::validate);
    connect(row.browse, &QPushButton::clicked, this, [this, source] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Host folder to mount"),
                                                              source->currentText());
        if (!dir.isEmpty())
            source->setEditText(dir);
    });
    QPushButton *remove = row.remove;
    connect(remove, &QPushButton::clicked, this, [this, remove] {
        for (int i = 0; i < m_rows.size(); ++i) {
            if (m_rows[i].remove == remove)
                return removeRow(i);
        }
    });
    m_rows.append(row);
    updateRow(m_rows.last());
    validate();
}

void VolumeMountEditor::updateRow(Row &row)
{
    const auto kind = VolumeMount::Kind(row.kind->currentData().toInt());
    const QString text = row.source->currentText();
    row.source->blockSignals(true);
    row.source->clear();
    if (kind == VolumeMount::Kind::Named)
        row.source->addItems(m_volumes);
    row.source->setEditText(kind == VolumeMount::Kind::Anonymous ? QString() : text);
    row.source->blockSignals(false);
    row.source->setEnabled(kind != VolumeMount::Kind::Anonymous);
    row.browse->setVisible(kind == VolumeMount::Kind::Bind);
    // The engine refuses a read-only anonymous volume (-v /x:ro).
    row.readOnly->setEnabled(kind != VolumeMount::Kind::Anonymous);
    if (kind == VolumeMount::Kind::Anonymous)
        row.readOnly->setChecked(false);
    row.source->lineEdit()->setPlaceholderText(
        kind == VolumeMount::Kind::Bind ? tr("/home/me/project") : tr("volume name"));
}

void VolumeMountEditor::removeRow(int index)
{
    const Row row = m_rows.takeAt(index);
    for (QWidget *w : std::initializer_list<QWidget *>{row.kind, row.source, row.browse, row.target,
                                                       row.readOnly, row.remove, row.error})
        w->deleteLater();
    validate();
}

void VolumeMountEditor::setMounts(const QList<VolumeMount> &mounts)
{
    while (!m_rows.isEmpty())
        removeRow(int(m_rows.size()) - 1);
    for (const VolumeMount &m : mounts) {
        addRow();
        Row &r = m_rows.last();
        r.kind->setCurrentIndex(r.kind->findData(int(m.kind)));
        r.source->setEditText(m.source);
        r.target->setText(m.target);
        r.readOnly->setChecked(m.readOnly);
    }
    validate();
}

std::optional<VolumeMount> VolumeMountEditor::rowMount(const Row &row, QString *error) const
{
    VolumeMount m;
    m.kind = VolumeMount::Kind(row.kind->currentData().toInt());
    m.source =
        m.kind == VolumeMount::Kind::Anonymous ? QString() : row.source->currentText().trimmed();
    m.target = row.target->text().trimmed();
    m.readOnly = row.readOnly->isChecked();
    if (!m.target.startsWith(u'/')) {
        *error = tr("The path in the container must be absolute, like /data.");
        return std::nullopt;
    }
    if (m.kind == VolumeMount::Kind::Bind) {
        if (!m.source.startsWith(u'/')) {
            *error = tr("A bind mount needs an absolute host path.");
            return std::nullopt;
        }
        if (!QFileInfo::exists(m.source)) {
            *error = tr("%1 does not exist on this machine.").arg(m.source);
            return std::nullopt;
        }
    }
    if (m.kind == VolumeMount::Kind::Named && !isValidContainerName(m.source)) {
        *error = tr("A volume name uses letters, digits and . _ - (at least two characters).");
        return std::nullopt;
    }
    return m;
}

void VolumeMountEditor::validate()
{
    m_errors.clear();
    QStringList targets;
    for (const Row &row : std::as_const(m_rows)) {
        QString error;
        const auto m = rowMount(row, &error);
        if (m && targets.contains(m->target))
            error = tr("%1 is mounted twice.").arg(m->target);
        if (m)
            targets << m->target;
        showRowError(row.error, error, m_errors);
    }
    emit changed();
}

QList<VolumeMount> VolumeMountEditor::mounts() const
{
    QList<VolumeMount> out;
    for (const Row &row : m_rows) {
        QString error;
        if (const auto m = rowMount(row, &error))
            out << *m;
    }
    return out;
}

} // namespace gantry
