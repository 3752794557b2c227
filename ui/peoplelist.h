#pragma once

#include <QWidget>

class QLabel;
class QListView;
class QMenu;

namespace tincan {

class RosterModel;

// Who is in the room, under a heading that counts them. Double-clicking someone (or "Message
// privately" in their context menu: right click, the menu key or Shift+F10) starts a private
// conversation; in the host's own window the menu also removes or bans them, after asking.
class PeopleList final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeopleList)

public:
    explicit PeopleList(RosterModel *roster, QWidget *parent = nullptr);

    void setCount(int count);
    // Whether this window is the host's, whose menu can remove people.
    void setModerating(bool moderating);
    bool isModerating() const { return m_moderating; }
    // Opens the menu for the person in `row` (what a right click or the menu key does); null
    // when there is none to show (the user's own entry).
    QMenu *openMenu(int row);

Q_SIGNALS:
    // The user wants to write to this person only.
    void messageRequested(const QString &nick);
    // The host confirmed: remove this person for now (they may come back).
    void kickRequested(const QString &nick);
    // The host confirmed: keep this person out for as long as the chat is hosted.
    void banRequested(const QString &nick);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    QMenu *openMenu(int row, const QPoint &viewportPos);
    // Asks before removing; true when the host says yes.
    bool confirm(const QString &nick, bool ban);

    RosterModel *m_roster;
    int m_count = -1; // none yet: the heading stays empty until the first roster
    bool m_moderating = false;
    QLabel *m_heading;
    QListView *m_view;
};

} // namespace tincan
