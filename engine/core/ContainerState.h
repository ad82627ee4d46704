#pragma once

#include <QString>

namespace gantry {

// A container's state as the engine reports it ("State" of a summary, "State.Status" of an
// inspect), parsed once so callers compare kinds instead of words. The engine's word is kept
// for showing and for states this build does not know.
class ContainerState {
public:
    enum Kind { Unknown, Created, Running, Paused, Restarting, Removing, Exited, Dead };

    ContainerState() = default;
    ContainerState(Kind kind);
    // Implicit on purpose: every place holding the engine's word (summaries, test data,
    // signals carrying the word) becomes a parsed state without a call at each site.
    ContainerState(const QString &word);

    static ContainerState parse(const QString &word) { return ContainerState(word); }
    static QString toString(Kind kind); // the engine's word: "running", "exited"...

    Kind kind() const { return m_kind; }
    QString toString() const { return m_word; }
    bool isEmpty() const { return m_word.isEmpty(); } // no state known (or no container)
    // Running, paused or restarting: what `docker ps` lists, `docker system df` counts as
    // active and a prune leaves alone.
    bool isActive() const { return m_kind == Running || m_kind == Paused || m_kind == Restarting; }

    friend bool operator==(const ContainerState &a, const ContainerState &b)
    {
        return a.m_kind == b.m_kind && (a.m_kind != Unknown || a.m_word == b.m_word);
    }
    friend bool operator==(const ContainerState &a, Kind kind) { return a.m_kind == kind; }

private:
    Kind m_kind = Unknown;
    QString m_word;
};

} // namespace gantry
