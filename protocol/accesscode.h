#pragma once

#include <QString>

// The room's access code, as people type it and as the host compares it.
namespace tincan::protocol {

// What is compared: without spaces and dashes, case folded ("ab12-CD34" and "AB12cd34" are the
// same code), so a code read off a projector or typed on a phone keyboard works.
QString normalizedAccessCode(const QString &code);

// Why a code the host chooses cannot be used (empty: it can). Codes from clients are never
// checked this way: a wrong one is simply wrong.
enum class AccessCodeProblem { None, TooShort, TooLong, BadCharacter };
AccessCodeProblem checkAccessCode(const QString &code);

// A fresh code that is easy to read aloud and type: eight letters and digits without look-alikes
// (no 0/O, 1/I/L), as two groups of four, like "K7MX-3QPA".
QString generateAccessCode();

} // namespace tincan::protocol
