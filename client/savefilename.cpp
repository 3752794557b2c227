#include "client/savefilename.h"

#include <QStringView>
#include <QTextBoundaryFinder>

using namespace Qt::StringLiterals;

namespace tincan {

namespace {

// Bytes a name may have on the file systems people use (ext4, APFS, NTFS counts UTF-16 units:
// 255 bytes of UTF-8 are never more than 255 of those).
constexpr qsizetype maxNameBytes = 255;
// A longer "extension" is more likely a sentence that happens to have a dot.
constexpr qsizetype maxExtensionLength = 16;

bool isRefused(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        break;
    }
    // Path separators everywhere, and what Windows does not allow in a name.
    return c < 0x80 && QByteArrayView("/\\:*?\"<>|").contains(char(c));
}

bool isTrimmed(QChar c)
{
    return c.isSpace() || c == u'.';
}

QString trimEnds(const QString &name)
{
    qsizetype begin = 0;
    qsizetype end = name.size();
    while (begin < end && isTrimmed(name.at(begin)))
        ++begin;
    while (end > begin && isTrimmed(name.at(end - 1)))
        --end;
    return name.mid(begin, end - begin);
}

bool isDeviceName(const QString &name)
{
    // Windows takes the part before the first dot, spaces at its end ignored.
    const QString stem = name.section(u'.', 0, 0).trimmed().toUpper();
    if (stem == "CON"_L1 || stem == "PRN"_L1 || stem == "AUX"_L1 || stem == "NUL"_L1)
        return true;
    if (stem.size() == 4 && (stem.startsWith("COM"_L1) || stem.startsWith("LPT"_L1)))
        return stem.at(3) >= u'1' && stem.at(3) <= u'9';
    return false;
}

// `text` cut to at most `bytes` of UTF-8, between whole characters (grapheme clusters).
QString cutToBytes(const QString &text, qsizetype bytes)
{
    if (text.toUtf8().size() <= bytes)
        return text;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    qsizetype fits = 0;
    for (qsizetype at = finder.toNextBoundary(); at > 0; at = finder.toNextBoundary()) {
        if (QStringView(text).left(at).toUtf8().size() > bytes)
            break;
        fits = at;
    }
    return text.left(fits);
}

} // namespace

QString saveFileName(const QString &name, const QString &fallback)
{
    QString clean;
    clean.reserve(name.size());
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar unit = name.at(i);
        char32_t c = unit.unicode();
        qsizetype units = 1;
        if (unit.isHighSurrogate() && i + 1 < name.size() && name.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(unit, name.at(i + 1));
            units = 2;
        }
        // A lone surrogate is Other_Surrogate: refused like the rest.
        if (isRefused(c))
            clean += u'_';
        else
            clean += QStringView(name).mid(i, units);
        i += units - 1;
    }
    clean = trimEnds(clean);
    if (clean.isEmpty())
        return fallback;
    if (isDeviceName(clean))
        clean.prepend(u'_');

    if (clean.toUtf8().size() > maxNameBytes) {
        const qsizetype dot = clean.lastIndexOf(u'.');
        QString extension = dot > 0 ? clean.mid(dot) : QString();
        if (extension.size() > maxExtensionLength + 1 || extension.contains(u' '))
            extension.clear();
        const QString stem = extension.isEmpty() ? clean : clean.left(dot);
        clean = trimEnds(cutToBytes(stem, maxNameBytes - extension.toUtf8().size())) + extension;
        if (trimEnds(clean).isEmpty() || clean.startsWith(u'.'))
            return fallback;
    }
    return clean;
}

} // namespace tincan
