#pragma once

#include <QWidget>

class QLabel;
class QListView;

namespace tincan {

class RosterModel;

// Who is in the room, under a heading that counts them.
class PeopleList final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeopleList)

public:
    explicit PeopleList(RosterModel *roster, QWidget *parent = nullptr);

    void setCount(int count);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    int m_count = -1; // none yet: the heading stays empty until the first roster
    QLabel *m_heading;
    QListView *m_view;
};

} // namespace tincan
