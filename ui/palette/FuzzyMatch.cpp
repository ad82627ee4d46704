#include "palette/FuzzyMatch.h"

#include <QVarLengthArray>

#include <algorithm>

namespace gantry {

namespace {

constexpr int kMatch = 1;         // each character found
constexpr int kConsecutive = 8;   // right after the previous one
constexpr int kWordStart = 8;     // first letter of a word ("Run image": R, i)
constexpr int kTextStart = 4;     // first letter of the text
constexpr int kGap = 1;           // each character skipped between two found ones
constexpr int kLeadingGapMax = 3; // characters skipped before the first one, counted up to this

bool isWordStart(QStringView text, qsizetype i)
{
    if (i == 0)
        return true;
    const QChar prev = text[i - 1];
    const QChar c = text[i];
    if (!prev.isLetterOrNumber())
        return c.isLetterOrNumber();
    return prev.isLower() && c.isUpper(); // camelCase
}

} // namespace

int FuzzyMatch::score(QStringView pattern, QStringView text)
{
    // Spaces in the pattern separate nothing: "run img" is "runimg".
    QVarLengthArray<QChar, 64> p;
    for (const QChar c : pattern) {
        if (!c.isSpace())
            p.append(c.toCaseFolded());
    }
    if (p.isEmpty())
        return 0;
    const qsizetype n = text.size();
    if (p.size() > n)
        return NoMatch;
    QVarLengthArray<QChar, 128> t(n);
    QVarLengthArray<int, 128> bonus(n);
    for (qsizetype j = 0; j < n; ++j) {
        t[j] = text[j].toCaseFolded();
        bonus[j] = kMatch + (isWordStart(text, j) ? kWordStart : 0) + (j == 0 ? kTextStart : 0);
    }
    // best[j]: the best score of p[0..i] with p[i] found at t[j] (NoMatch if impossible).
    QVarLengthArray<int, 128> prev(n), best(n);
    for (qsizetype j = 0; j < n; ++j)
        prev[j] = t[j] == p[0] ? bonus[j] - int(std::min<qsizetype>(j, kLeadingGapMax)) : NoMatch;
    for (qsizetype i = 1; i < p.size(); ++i) {
        // farther: the best of prev[k] - kGap * (j - k - 1) over k < j - 1, kept as j moves.
        int farther = NoMatch;
        for (qsizetype j = 0; j < n; ++j) {
            int from = NoMatch;
            if (j >= 1 && prev[j - 1] != NoMatch)
                from = prev[j - 1] + kConsecutive;
            if (farther != NoMatch)
                from = std::max(from, farther);
            best[j] = (t[j] == p[i] && from != NoMatch) ? from + bonus[j] : NoMatch;
            // Before moving on: k = j - 1 becomes "farther" for j + 1, and every older one
            // is one more character away.
            if (farther != NoMatch)
                farther -= kGap;
            if (j >= 1 && prev[j - 1] != NoMatch)
                farther = std::max(farther, prev[j - 1] - kGap);
        }
        std::swap(prev, best);
    }
    int top = NoMatch;
    for (qsizetype j = 0; j < n; ++j)
        top = std::max(top, prev[j]);
    if (top == NoMatch)
        return NoMatch;
    // Between equals, the shorter text (the closer one) first.
    return top * 64 - int(std::min<qsizetype>(n, 63));
}

} // namespace gantry
