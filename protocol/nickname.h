#pragma once

#include <QString>

#include <functional>

// The rules for nicknames and message text (docs/PROTOCOL.md), shared by host and clients so a
// client can refuse locally with the same words the host would use.
namespace tincan::protocol {

enum class NickProblem { None, Empty, TooLong, BadCharacter };
enum class TextProblem { None, Empty, TooLong };

// Trims the name and checks it; `normalized` receives the trimmed name.
NickProblem checkNick(const QString &raw, QString *normalized = nullptr);
// The key two names collide on: case-folded.
QString nickKey(const QString &nick);
// A free name like "Ann 2" for a taken "Ann", within the length limit.
QString suggestNick(const QString &taken, const std::function<bool(const QString &)> &isTaken);

TextProblem checkText(const QString &text);

// True when the text has a character no name may have: control, format (bidi overrides,
// zero-width), line or paragraph separators, private-use, unassigned, or a lone surrogate.
bool hasForbiddenNameCharacter(const QString &text);

} // namespace tincan::protocol
