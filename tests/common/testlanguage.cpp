// Linked into every test executable: the tests speak English, with its plural forms ("1 person
// connected"), whatever the language of the machine they run on, as `tincan --lang en` would.
#include "translations/language.h"

#include <QCoreApplication>

namespace {

void speakEnglish()
{
    tincan::Language::install(QStringLiteral("en"));
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(speakEnglish)
