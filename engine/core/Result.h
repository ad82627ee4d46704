#pragma once

#include "core/EngineError.h"

#include <optional>
#include <utility>
#include <variant>

namespace gantry {

// The outcome of an engine call: a value or an EngineError, never both.
template <typename T> class Result {
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }
    Result(EngineError error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    const T *operator->() const { return &*m_value; }
    const EngineError &error() const { return m_error; }

private:
    std::optional<T> m_value;
    EngineError m_error;
};

// For calls that only succeed or fail.
using Done = std::monostate;

} // namespace gantry
