#pragma once

class QPlainTextEdit;
class QString;

namespace gantry {

// Appends a tool's output as plain text; the view follows the end only if it was there.
void appendFollowingEnd(QPlainTextEdit *view, const QString &text);

} // namespace gantry
