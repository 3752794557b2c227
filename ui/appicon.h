#pragma once

#include <QIcon>

namespace tincan {

// Tincan's icon (two cans and a string), drawn in code so it is sharp at every size; with a
// badge for the tray when there are unread messages.
class AppIcon
{
public:
    static QIcon icon(int unread = 0);
    static QPixmap pixmap(int size, qreal devicePixelRatio, int unread = 0);
};

} // namespace tincan
