#include "engines/EnginesDialog.h"

#include "engines/EngineEditDialog.h"
#include "engines/SaveContextDialog.h"
#include "widgets/ConfirmDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gantry {

EnginesDialog::EnginesDialog(QSettings *settings, const QString &dockerConfigDir, QWidget *parent)
    : QDialog(parent)
    , m_saved(settings)
    , m_configDir(dockerConfigDir)
    , m_list(new QListWidget)
    , m_add(new QPushButton(tr("&Add…")))
    , m_edit(new QPushButton(tr("&Edit…")))
    , m_remove(new QPushButton(tr("&Remove")))
    , m_saveContext(new QPushButton(tr("Save as docker &context…")))
    , m_status(new QLabel)
{
    setObjectName(u"enginesDialog"_s);
    setWindowTitle(tr("Manage engines"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_list->setObjectName(u"savedEnginesList"_s);
    m_list->setAccessibleName(tr("Saved engines"));
    m_add->setObjectName(u"engineAdd"_s);
    m_add->setAccessibleName(tr("Add an engine"));
    m_edit->setObjectName(u"engineEdit"_s);
    m_edit->setAccessibleName(tr("Edit the engine"));
    m_remove->setObjectName(u"engineRemove"_s);
    m_remove->setAccessibleName(tr("Remove the engine"));
    m_saveContext->setObjectName(u"engineSaveContext"_s);
    m_saveContext->setAccessibleName(tr("Save as docker context"));
    m_status->setObjectName(u"enginesStatus"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);

    auto *intro = new QLabel(tr("Engines saved here are listed beside docker's contexts in "
                                "the window's engine menu. Gantry keeps their addresses and "
                                "the paths of their TLS files, no secret."));
    intro->setWordWrap(true);
    auto *buttons = new QVBoxLayout;
    for (QPushButton *b : {m_add, m_edit, m_remove, m_saveContext})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(buttons);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    close->button(QDialogButtonBox::Close)->setObjectName(u"enginesClose"_s);
    close->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(row, 1);
    layout->addWidget(m_status);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &EnginesDialog::addEngine);
    connect(m_edit, &QPushButton::clicked, this, &EnginesDialog::editEngine);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &EnginesDialog::editEngine);
    connect(m_remove, &QPushButton::clicked, this, &EnginesDialog::removeEngine);
    connect(m_saveContext, &QPushButton::clicked, this, &EnginesDialog::saveAsContext);
    connect(m_list, &QListWidget::currentRowChanged, this, &EnginesDialog::updateButtons);
    reload();
    resize(620, 380);
}

void EnginesDialog::reload()
{
    const int row = m_list->currentRow();
    m_engines = m_saved.list();
    m_list->clear();
    for (const SavedEngine &e : std::as_const(m_engines)) {
        auto *item = new QListWidgetItem(e.name + u"  —  "_s + e.url, m_list);
        item->setData(Qt::AccessibleTextRole, QString(e.name + u' ' + e.url));
    }
    m_list->setCurrentRow(qMin(row, int(m_engines.size()) - 1));
    updateButtons();
}

void EnginesDialog::updateButtons()
{
    const bool selected = selectedRow() >= 0;
    m_edit->setEnabled(selected);
    m_remove->setEnabled(selected);
    m_saveContext->setEnabled(selected);
}

int EnginesDialog::selectedRow() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_engines.size() ? row : -1;
}

QStringList EnginesDialog::namesExcept(int row) const
{
    QStringList names;
    for (int i = 0; i < m_engines.size(); ++i) {
        if (i != row)
            names << m_engines[i].name;
    }
    return names;
}

EngineEditDialog *EnginesDialog::addEngine()
{
    auto *dialog = new EngineEditDialog({}, namesExcept(-1), this);
    dialog->setSaver([this](const SavedEngine &e) {
        QList<SavedEngine> engines = m_saved.list();
        engines << e;
        return m_saved.setList(engines);
    });
    connect(dialog, &EngineEditDialog::saved, this, [this](const SavedEngine &e) {
        reload();
        const QList<SavedEngine> engines = m_saved.list();
        m_list->setCurrentRow(int(engines.size()) - 1);
        m_status->setText(tr("Saved \"%1\".").arg(e.name));
    });
    dialog->show();
    return dialog;
}

EngineEditDialog *EnginesDialog::editEngine()
{
    const int row = selectedRow();
    if (row < 0)
        return nullptr;
    const QString oldName = m_engines[row].name;
    auto *dialog = new EngineEditDialog(m_engines[row], namesExcept(row), this);
    dialog->setSaver([this, oldName](const SavedEngine &e) {
        QList<SavedEngine> engines = m_saved.list();
        for (SavedEngine &old : engines) {
            if (old.name == oldName)
                old = e;
        }
        return m_saved.setList(engines);
    });
    connect(dialog, &EngineEditDialog::saved, this, [this, oldName](const SavedEngine &e) {
        // A renamed engine chosen last stays the one opened at the next start.
        if (m_saved.lastEngine() == u"saved:"_s + oldName)
            m_saved.setLastEngine(u"saved:"_s + e.name);
        reload();
        m_status->setText(tr("Saved \"%1\".").arg(e.name));
    });
    dialog->show();
    return dialog;
}

ConfirmDialog *EnginesDialog::removeEngine()
{
    const int row = selectedRow();
    if (row < 0)
        return nullptr;
    const SavedEngine gone = m_engines[row];
    auto *confirm = new ConfirmDialog(
        tr("Remove a saved engine"),
        tr("Remove this engine from Gantry's list? Its name, address and TLS file paths are "
           "forgotten; the engine, its files and docker's contexts are untouched."),
        {gone.name + u"  —  "_s + gone.url}, tr("Remove from the list"), this);
    confirm->setObjectName(u"engineRemoveConfirm"_s);
    connect(confirm, &QDialog::accepted, this, [this, gone] {
        QList<SavedEngine> engines = m_saved.list();
        engines.removeAll(gone);
        if (const QString error = m_saved.setList(engines); !error.isEmpty()) {
            m_status->setText(tr("\"%1\" was not removed: %2").arg(gone.name, error));
            return;
        }
        // Not the one to open at the next start any more.
        m_saved.forgetLastEngine(u"saved:"_s + gone.name);
        reload();
        m_status->setText(tr("Removed \"%1\" from Gantry's list (%2). The engine and its "
                             "files are untouched.")
                              .arg(gone.name, gone.url));
    });
    confirm->open();
    return confirm;
}

SaveContextDialog *EnginesDialog::saveAsContext()
{
    const int row = selectedRow();
    if (row < 0)
        return nullptr;
    auto *dialog = new SaveContextDialog(m_engines[row], m_configDir, this);
    connect(dialog, &SaveContextDialog::created, this, [this](const QString &name) {
        m_status->setText(tr("Created the docker context \"%1\".").arg(name));
    });
    dialog->show();
    return dialog;
}

} // namespace gantry
