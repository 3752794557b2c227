#pragma once

#include <QString>

namespace tincan {

// A name from the network made safe to save under on Windows, macOS and Linux: no path
// separators or characters a file system refuses, no control, format or bidi characters (they
// are replaced by "_"), no leading or trailing dots and spaces, no Windows device name (CON,
// PRN, AUX, NUL, COM1–9, LPT1–9, with or without an extension), at most 255 bytes of UTF-8
// with the extension kept; `fallback` when nothing usable is left.
QString saveFileName(const QString &name, const QString &fallback = QStringLiteral("file"));

} // namespace tincan
