#pragma once

#include <QString>

namespace gantry {

// Fuzzy matching for the command palette: the pattern's characters must appear in the text in
// order (case ignored), not necessarily side by side. The score favours characters that follow
// each other and characters at the start of a word, then shorter texts; higher is better.
class FuzzyMatch {
public:
    static constexpr int NoMatch = -1'000'000;

    // The best score of `pattern` in `text`, NoMatch when it is not a subsequence. An empty
    // pattern matches everything with score 0.
    static int score(QStringView pattern, QStringView text);
    static bool matches(QStringView pattern, QStringView text)
    {
        return score(pattern, text) != NoMatch;
    }
};

} // namespace gantry
