#pragma once

#include <QtTest>

// Recorded engine JSON under tests/fixtures (recorded from dockerd 20.10, API 1.41; the
// *_v1.44 / *_v1.52 files are the same data in the newer shapes of the API reference).
QByteArray fixture(const char *name);

// A scratch file of a test, written or read whole: false or empty when that fails.
bool writeFile(const QString &path, const QByteArray &bytes);
QByteArray readFile(const QString &path);
