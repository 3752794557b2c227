#pragma once

#include <QMenu>

class QActionGroup;

namespace tincan {

// The menu that picks the language Tincan speaks (or the system's): the choice is kept for the
// next starts and applied to the running app at once.
class LanguageMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageMenu)

public:
    explicit LanguageMenu(QWidget *parent = nullptr);

Q_SIGNALS:
    // A language was picked, kept and put in place; `notice` says so, in that language.
    void languageChosen(const QString &notice);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QAction *addLanguage(QActionGroup *group, const QString &chosen, const QString &name, const QString &code);
    void choose(const QString &code);

    QAction *m_system = nullptr;
};

} // namespace tincan
