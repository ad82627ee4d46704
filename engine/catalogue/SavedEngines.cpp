#include "catalogue/SavedEngines.h"

#include "transport/Endpoint.h"

#include <QFileInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace gantry {

QList<SavedEngine> SavedEngines::list() const
{
    QList<SavedEngine> out;
    const int n = m_settings->beginReadArray(u"engines/saved"_s);
    for (int i = 0; i < n; ++i) {
        m_settings->setArrayIndex(i);
        SavedEngine e;
        e.name = m_settings->value(u"name"_s).toString();
        e.url = m_settings->value(u"url"_s).toString();
        e.caFile = m_settings->value(u"ca"_s).toString();
        e.certFile = m_settings->value(u"cert"_s).toString();
        e.keyFile = m_settings->value(u"key"_s).toString();
        e.skipTlsVerify = m_settings->value(u"skipTlsVerify"_s).toBool();
        if (!e.name.isEmpty() && !e.url.isEmpty())
            out.append(e);
    }
    m_settings->endArray();
    return out;
}

void SavedEngines::setList(const QList<SavedEngine> &engines)
{
    m_settings->remove(u"engines/saved"_s);
    m_settings->beginWriteArray(u"engines/saved"_s, int(engines.size()));
    for (int i = 0; i < engines.size(); ++i) {
        m_settings->setArrayIndex(i);
        const SavedEngine &e = engines[i];
        m_settings->setValue(u"name"_s, e.name);
        m_settings->setValue(u"url"_s, e.url);
        m_settings->setValue(u"ca"_s, e.caFile);
        m_settings->setValue(u"cert"_s, e.certFile);
        m_settings->setValue(u"key"_s, e.keyFile);
        m_settings->setValue(u"skipTlsVerify"_s, e.skipTlsVerify);
    }
    m_settings->endArray();
}

QString SavedEngines::lastEngine() const
{
    return m_settings->value(u"engines/last"_s).toString();
}

void SavedEngines::setLastEngine(const QString &id)
{
    m_settings->setValue(u"engines/last"_s, id);
}

QString SavedEngines::nameProblem(const QString &name, const QStringList &takenNames)
{
    if (name.trimmed().isEmpty())
        return tr("Give the engine a name.");
    if (takenNames.contains(name.trimmed()))
        return tr("Another saved engine has this name.");
    return {};
}

QString SavedEngines::urlProblem(const QString &text)
{
    const QString url = text.trimmed();
    if (url.isEmpty())
        return tr("Enter the engine's address, for example unix:///var/run/docker.sock, "
                  "tcp://host:2376 or ssh://user@host.");
    if (!url.startsWith(u"unix://"_s) && !url.startsWith(u"tcp://"_s) &&
        !url.startsWith(u"ssh://"_s))
        return tr("The address starts with unix://, tcp:// or ssh://.");
    if (const Result<Endpoint> e = Endpoint::parse(url); !e)
        return e.error().message();
    return {};
}

QString SavedEngines::tlsFileProblem(const QString &path)
{
    if (path.isEmpty())
        return {};
    const QFileInfo info(path);
    if (!info.exists())
        return tr("%1 does not exist.").arg(path);
    if (!info.isFile())
        return tr("%1 is not a file.").arg(path);
    if (!info.isReadable())
        return tr("%1 cannot be read (permission denied).").arg(path);
    return {};
}

} // namespace gantry
