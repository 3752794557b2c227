#include "ui/languagemenu.h"

#include "translations/language.h"

#include <QActionGroup>
#include <QEvent>
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
    // The windows are built in the language chosen as the app starts, so a choice here is
    // kept for the next start rather than applied now.
    connect(action, &QAction::triggered, this, [this, name, code] {
        QSettings settings;
        if (code.isEmpty())
            settings.remove(Language::settingsKey);
        else
            settings.setValue(Language::settingsKey, code);
        Q_EMIT languageChosen(code.isEmpty() ? tr("Tincan will speak the system's language from its next start.")
                                             : tr("Tincan will speak %1 from its next start.").arg(name));
    });
    return action;
}

} // namespace tincan
