#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class QSettings;

namespace gantry {

// An engine the user saved in Gantry's own settings: a name, a URL and where its TLS files
// are (paths only: no secret is ever stored).
struct SavedEngine {
    QString name;
    QString url;
    QString caFile, certFile, keyFile;
    bool skipTlsVerify = false;

    friend bool operator==(const SavedEngine &, const SavedEngine &) = default;
};

// Reads and writes the saved engines and the last engine chosen in a QSettings.
class SavedEngines {
    Q_DECLARE_TR_FUNCTIONS(SavedEngines)

public:
    explicit SavedEngines(QSettings *settings)
        : m_settings(settings)
    {
    }

    QList<SavedEngine> list() const;
    void setList(const QList<SavedEngine> &engines);

    // The id (EngineChoice::id()) of the engine chosen last; empty when none.
    QString lastEngine() const;
    void setLastEngine(const QString &id);

    // What is wrong with a field, as the user types it; empty when it is fine.
    static QString nameProblem(const QString &name, const QStringList &takenNames);
    static QString urlProblem(const QString &url);
    static QString tlsFileProblem(const QString &path);

private:
    QSettings *m_settings;
};

} // namespace gantry
