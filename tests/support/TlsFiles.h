#pragma once

#include <QString>

// Writes ca.pem, cert.pem and key.pem into dir: a throwaway self-signed certificate for
// 127.0.0.1 made by openssl (the certificate is its own CA). True when openssl succeeded.
bool makeTlsFiles(const QString &dir);
