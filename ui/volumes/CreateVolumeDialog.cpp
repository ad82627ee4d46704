#include "volumes/CreateVolumeDialog.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gantry {

namespace {
bool isValidDriver(const QString &driver)
{
    // local, or a plugin reference such as vieux/sshfs:latest.
    static const QRegularExpression re(uR"(^[a-zA-Z0-9][a-zA-Z0-9_.:/@-]*$)"_s);
    return re.match(driver).hasMatch();
}
} // namespace

CreateVolumeDialog::CreateVolumeDialog(QWidget *parent)
    : FormDialog(u"volumeError"_s, u"volumeCommand"_s, parent)
    , m_name(new QLineEdit)
    , m_driver(new QLineEdit(u"local"_s))
{
    setObjectName(u"createVolumeDialog"_s);
    setWindowTitle(tr("Create volume"));
    setAccessibleName(windowTitle());
    setMinimumWidth(440);

    m_name->setObjectName(u"volumeName"_s);
    m_name->setAccessibleName(tr("Volume name"));
    m_name->setPlaceholderText(tr("Leave empty for a generated name"));
    m_driver->setObjectName(u"volumeDriver"_s);
    m_driver->setAccessibleName(tr("Volume driver"));
    m_driver->setToolTip(tr("local keeps the data under the engine's data directory; a plugin "
                            "(e.g. vieux/sshfs) stores it elsewhere"));

    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Driver:"), m_driver);
    body()->addLayout(form);
    addButtons(tr("Create"), u"volumeCreateAccept"_s, u"volumeCreateCancel"_s);

    addField({.widget = m_name, .validate = [this] {
                  return VolumeCreateSpec::isValidName(spec().name)
                             ? QString()
                             : tr("Not a valid volume name: start with a letter or digit, then "
                                  "use letters, digits, '_', '.' or '-' (two characters at "
                                  "least). Leave it empty for a generated name.");
              }});
    addField({.widget = m_driver, .validate = [this] {
                  return isValidDriver(spec().driver)
                             ? QString()
                             : tr("Name a volume driver: local, or an installed plugin.");
              }});
    revalidate();
}

VolumeCreateSpec CreateVolumeDialog::spec() const
{
    VolumeCreateSpec s;
    s.name = m_name->text().trimmed();
    s.driver = m_driver->text().trimmed();
    return s;
}

QString CreateVolumeDialog::commandText() const
{
    return isValid() ? shellJoin(spec().commandLine()) : QString();
}

} // namespace gantry
