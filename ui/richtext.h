#pragma once

#include <QString>

namespace tincan {

// Turns a chat message's plain text into the small HTML the message view lays out: escaped,
// line breaks kept, http(s) links made clickable. Nothing the sender typed becomes markup.
class RichText
{
public:
    static QString fromPlainText(const QString &text);
};

} // namespace tincan
