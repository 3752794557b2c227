// Linked into every test executable: the tests speak English, with its plural forms ("1 person
// connected"), whatever the language of the machine they run on, as `tincan --lang en` would;
// and they keep their settings and data apart from the user's (QStandardPaths' test mode).
#include "translations/language.h"

#include <QCoreApplication>
#include <QStandardPaths>

namespace {

void speakEnglish()
{
    QStandardPaths::setTestModeEnabled(true);
    tincan::Language::install(QStringLiteral("en"));
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(speakEnglish)
