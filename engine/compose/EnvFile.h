#pragma once

#include <QString>

namespace gantry {

// A .env file shown without its secrets: values of keys that look secret (their name holds
// PASSWORD, PASSWD, SECRET, TOKEN or KEY, any case) replaced by asterisks; comments,
// blank lines and other keys as they are.
struct EnvFile {
    static bool looksSecret(const QString &key);
    static QString masked(const QString &text);
    static constexpr const char *kMask = "********";
};

} // namespace gantry
