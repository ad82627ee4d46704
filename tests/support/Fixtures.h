#pragma once

#include <QtTest>

// Recorded engine JSON under tests/fixtures (recorded from dockerd 20.10, API 1.41; the
// *_v1.44 / *_v1.52 files are the same data in the newer shapes of the API reference).
QByteArray fixture(const char *name);
