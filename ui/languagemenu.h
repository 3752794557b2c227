#pragma once

#include <QMenu>

class QActionGroup;

namespace tincan {

// The menu that picks the language Tincan speaks from its next start (or the system's).
class LanguageMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageMenu)

public:
    explicit LanguageMenu(QWidget *parent = nullptr);

Q_SIGNALS:
    // A language was picked and kept; `notice` tells the user when it takes effect.
    void languageChosen(const QString &notice);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QAction *addLanguage(QActionGroup *group, const QString &chosen, const QString &name, const QString &code);

    QAction *m_system = nullptr;
};

} // namespace tincan
