// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace eipdesk::test {

struct TsMessage;

// What is wrong with one translated message, as readable lines (empty: nothing).
// Checks: finished, not empty, not vanished/obsolete, the same %1..%9 and %n placeholders as
// the source in every form, an accelerator when the source has one, the same HTML tags.
QStringList translationProblems(const TsMessage& message);

// The placeholders (%1..%9, %L1, %n) of a text, sorted, duplicates removed.
QStringList placeholdersOf(const QString& text);
// The HTML tags of a text (such as "<b>", "</b>", "<br>"), sorted.
QStringList htmlTagsOf(const QString& text);
// True when the text has an accelerator ("&File", "Save(&S)"), not counting "&&".
bool hasAccelerator(const QString& text);

} // namespace eipdesk::test
