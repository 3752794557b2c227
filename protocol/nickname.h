#pragma once

#include <QString>

#include <functional>

// The rules for nicknames and message text (docs/PROTOCOL.md), shared by host and clients so a
// client can refuse locally with the same words the host would use.
namespace tincan::protocol {

enum class NickProblem { None, Empty, TooLong, BadCharacter, Invisible };
enum class TextProblem { None, Empty, TooLong, BadCharacter };

// Trims the name and checks it; `normalized` receives the trimmed name.
NickProblem checkNick(const QString &raw, QString *normalized = nullptr);
// The key two names collide on: names that a reader could take for one another have the same
// key. It is ICU's confusable skeleton (Unicode TR 39) of the name after NFKC and full case
// folding, so "Anna" and "Аnna" (Cyrillic А), "Straße" and "STRASSE", "José" composed and
// decomposed, and fullwidth "Ａｎｎ" and "Ann" each share a key.
QString nickKey(const QString &nick);
// A free name like "Ann 2" for a taken "Ann", within the length limit.
QString suggestNick(const QString &taken, const std::function<bool(const QString &)> &isTaken);

// Message text: up to maxTextLength UTF-16 units, something visible in it, and no control
// characters other than newline and tab.
TextProblem checkText(const QString &text);

// True when the text has a character no name may have: control, format (bidi overrides,
// zero-width), line or paragraph separators, private-use, unassigned, a lone surrogate, or one
// that shows as nothing (Hangul fillers, the blank Braille pattern, other default-ignorables).
bool hasForbiddenNameCharacter(const QString &text);
// True when something in the text can be seen: a character that is not white space, not a
// control or format character and does not show as blank.
bool hasVisibleCharacter(const QString &text);

} // namespace tincan::protocol
