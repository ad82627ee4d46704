#pragma once

#include <QString>

#include <compare>
#include <optional>

namespace gantry {

// An Engine API version such as 1.41, chosen from the `Api-Version` header of `/_ping`.
class ApiVersion {
public:
    constexpr ApiVersion() = default;
    constexpr ApiVersion(int major, int minor)
        : m_major(major)
        , m_minor(minor)
    {
    }

    static std::optional<ApiVersion> parse(QStringView text);

    // v1.41 (Docker 20.10) is the oldest engine we support and test against.
    static constexpr ApiVersion baseline() { return {1, 41}; }
    // The newest version whose shapes we parse; never ask for more than this.
    static constexpr ApiVersion newestKnown() { return {1, 47}; }
    // min(server, newestKnown): talk the server's language unless it is newer than ours.
    static ApiVersion negotiate(ApiVersion server);

    int major() const { return m_major; }
    int minor() const { return m_minor; }
    QString toString() const;   // "1.41"
    QString pathPrefix() const; // "/v1.41"

    friend constexpr auto operator<=>(const ApiVersion &, const ApiVersion &) = default;

private:
    int m_major = 1;
    int m_minor = 41;
};

} // namespace gantry
