#include "TlsFiles.h"

#include <QFile>
#include <QProcess>

using namespace Qt::StringLiterals;

bool makeTlsFiles(const QString &dir)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(u"openssl"_s, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                           u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-keyout"_s,
                           u"key.pem"_s, u"-out"_s, u"cert.pem"_s, u"-days"_s, u"2"_s, u"-subj"_s,
                           u"/CN=127.0.0.1"_s, u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return false;
    QFile::remove(dir + u"/ca.pem"_s);
    return QFile::copy(dir + u"/cert.pem"_s, dir + u"/ca.pem"_s);
}
