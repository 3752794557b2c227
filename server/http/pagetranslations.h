#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace tincan {

// The browser page's string tables in other languages, made from the same compiled-in
// translations as the desktop app. The page (resources/web/strings.js) has the English table
// built in; this class knows its keys, the Qt source text of each (shared with the desktop
// window where the sentence is the same) and how its {name} parameters map to %1, %2, %n.
class PageTranslations final
{
public:
    // The page's table for a Language code ("de", "pt_BR") as a JSON object of key -> text.
    // A plural entry is an object of sample count -> text ({"1": "…", "2": "…", …}); the page
    // takes the text of a sample in the same plural category as its count. Keys the language
    // has no translation for are left out (the page falls back to English). Empty when the
    // language's translation file cannot be loaded.
    static QByteArray json(const QString &code);

    // Every key of the page's table, in the order of strings.js.
    static QStringList keys();
};

} // namespace tincan
