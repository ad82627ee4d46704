#include "core/ContainerState.h"

#include <array>

using namespace Qt::StringLiterals;

namespace gantry {

namespace {

struct Word {
    ContainerState::Kind kind;
    QLatin1StringView word;
};

constexpr std::array<Word, 7> words{{
    {ContainerState::Created, "created"_L1},
    {ContainerState::Running, "running"_L1},
    {ContainerState::Paused, "paused"_L1},
    {ContainerState::Restarting, "restarting"_L1},
    {ContainerState::Removing, "removing"_L1},
    {ContainerState::Exited, "exited"_L1},
    {ContainerState::Dead, "dead"_L1},
}};

} // namespace

ContainerState::ContainerState(Kind kind)
    : m_kind(kind)
    , m_word(toString(kind))
{
}

ContainerState::ContainerState(const QString &word)
    : m_word(word)
{
    for (const Word &w : words) {
        if (word == w.word) {
            m_kind = w.kind;
            break;
        }
    }
}

QString ContainerState::toString(Kind kind)
{
    for (const Word &w : words) {
        if (w.kind == kind)
            return w.word;
    }
    return {};
}

} // namespace gantry
