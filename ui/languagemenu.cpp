#include "ui/languagemenu.h"

#include "translations/language.h"

#include <QActionGroup>
#include <QEvent>
#include <QLocale>
#include <QSettings>

namespace tincan {

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(parent)
{
    auto *group = new QActionGroup(this);
    const QString chosen = QSettings().value(Language::settingsKey).toString();
    m_system = addLanguage(group, chosen, QString(), QString());
    addSeparator();
    const QStringList codes = Language::available();
    for (const QString &code : codes)
        addLanguage(group, chosen, Language::nativeName(code), code);
    retranslate();
}

void LanguageMenu::retranslate()
{
    setTitle(tr("&Language"));
    m_system->setText(tr("System Language"));
}

void LanguageMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

QAction *LanguageMenu::addLanguage(QActionGroup *group, const QString &chosen, const QString &name,
                                   const QString &code)
{
    QAction *action = addAction(name);
    action->setCheckable(true);
    action->setChecked(code == chosen);
    group->addAction(action);
    connect(action, &QAction::triggered, this, [this, code] { choose(code); });
    return action;
}

// An empty `code` is the system's language.
void LanguageMenu::choose(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(Language::settingsKey);
    else
        settings.setValue(Language::settingsKey, code);
    const QString spoken = code.isEmpty() ? Language::system() : code;
    // Only compiled-in languages are listed, so this fails only in a broken build; the app then
    // goes on in the language it had, and the choice still counts from the next start.
    if (!Language::install(spoken))
        return;
    // Dates and numbers match the language, as they do when it is chosen at start (main.cpp).
    QLocale::setDefault(code.isEmpty() ? QLocale::system() : QLocale(code));
    // Every window hears QEvent::LanguageChange and says its texts again; this notice is already
    // in the new language.
    Q_EMIT languageChosen(code.isEmpty()
                              ? tr("Tincan now speaks the system's language (%1).").arg(Language::nativeName(spoken))
                              : tr("Tincan now speaks %1.").arg(Language::nativeName(code)));
}

} // namespace tincan
