#pragma once

#include <QString>
#include <QStringList>

namespace tincan {

// The languages Tincan speaks (translations compiled in as :/i18n/tincan_<code>.qm), which one
// fits a user, and switching the running app to it.
class Language final
{
public:
    // Where the user's choice is kept (QSettings), overriding the system's language.
    static const QString settingsKey;

    // Codes of the shipped languages, e.g. "de", "en", "pt_BR", "zh_CN", sorted.
    static QStringList available();

    // The first of `wanted` (BCP 47 tags like "de-AT" or POSIX names like "pt_BR") that Tincan
    // speaks, as an available() code; empty when none is. Any country of a language matches
    // it, but Chinese only in the same script (Simplified is not offered to "zh-TW").
    static QString match(const QStringList &wanted);

    // match() for the system's UI languages, else English.
    static QString system();

    // The language's name in itself ("Deutsch", "português (Brasil)").
    static QString nativeName(const QString &code);

    // "pt_BR" -> "pt-BR", as browsers and HTTP spell it.
    static QString toBcp47(const QString &code);

    // Replaces the translators of the running application with the ones for `code` (Tincan's
    // own and, when present, Qt's for standard dialogs). False for an unknown language.
    static bool install(const QString &code);

    // The code install() last put in place; empty before the first call.
    static QString current();

    // The compiled-in translation file of a language.
    static QString translationFile(const QString &code);
};

} // namespace tincan
