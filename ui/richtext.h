#pragma once

#include <QList>
#include <QString>
#include <QUrl>

namespace tincan {

// Turns a chat message's plain text into the small HTML the message view lays out: escaped,
// line breaks kept, http(s) links made clickable. Nothing the sender typed becomes markup.
class RichText
{
public:
    static QString fromPlainText(const QString &text);
    // The http(s) links in a message's text, in order: the ones fromPlainText makes clickable.
    static QList<QUrl> links(const QString &text);
};

} // namespace tincan
