// SPDX-License-Identifier: GPL-3.0-or-later
#include "TranslationChecks.h"

#include "TsCatalog.h"

#include <QRegularExpression>

namespace eipdesk::test {

namespace {

QStringList sortedUnique(QStringList list) {
    list.sort();
    list.removeDuplicates();
    return list;
}

QStringList matchesOf(const QRegularExpression& pattern, const QString& text) {
    QStringList found;
    auto it = pattern.globalMatch(text);
    while (it.hasNext())
        found << it.next().captured(0);
    return found;
}

void checkText(const TsMessage& message, const QString& text, const QString& where,
               QStringList& problems) {
    if (text.trimmed().isEmpty() && !message.source.trimmed().isEmpty()) {
        problems << QStringLiteral("empty %1").arg(where);
        return;
    }
    const QStringList want = placeholdersOf(message.source);
    const QStringList got = placeholdersOf(text);
    if (want != got)
        problems << QStringLiteral("%1 has placeholders [%2], the source [%3]")
                        .arg(where, got.join(QLatin1Char(' ')), want.join(QLatin1Char(' ')));
    if (hasAccelerator(message.source) && !hasAccelerator(text))
        problems << QStringLiteral("%1 lost the accelerator (use the \"(&X)\" suffix)").arg(where);
    if (htmlTagsOf(message.source) != htmlTagsOf(text))
        problems << QStringLiteral("%1 does not have the same HTML tags").arg(where);
}

} // namespace

QStringList placeholdersOf(const QString& text) {
    static const QRegularExpression pattern(QStringLiteral("%L?[1-9]|%n"));
    return sortedUnique(matchesOf(pattern, text));
}

QStringList htmlTagsOf(const QString& text) {
    static const QRegularExpression pattern(QStringLiteral("</?[a-zA-Z][^<>]*>"));
    QStringList tags = matchesOf(pattern, text);
    tags.sort();
    return tags;
}

bool hasAccelerator(const QString& text) {
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i; // a literal "&&"
            continue;
        }
        if (text.at(i + 1).isLetterOrNumber())
            return true;
    }
    return false;
}

QStringList translationProblems(const TsMessage& message) {
    QStringList problems;
    if (message.type == QLatin1String("unfinished"))
        problems << QStringLiteral("unfinished");
    else if (!message.type.isEmpty())
        problems
            << QStringLiteral("marked %1 (run the update_translations target)").arg(message.type);
    if (message.numerus) {
        if (message.forms.isEmpty())
            problems << QStringLiteral("no numerus form");
        for (qsizetype i = 0; i < message.forms.size(); ++i)
            checkText(message, message.forms.at(i), QStringLiteral("numerus form %1").arg(i),
                      problems);
    } else {
        checkText(message, message.translation, QStringLiteral("translation"), problems);
    }
    return problems;
}

} // namespace eipdesk::test
