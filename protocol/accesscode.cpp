#include "protocol/accesscode.h"

#include "protocol/limits.h"

#include <QRandomGenerator>

#include <algorithm>

namespace tincan::protocol {

QString normalizedAccessCode(const QString &code)
{
    QString out;
    out.reserve(code.size());
    for (const QChar c : code) {
        if (c != u'-' && !c.isSpace())
            out.append(c);
    }
    return out.toCaseFolded();
}

AccessCodeProblem checkAccessCode(const QString &code)
{
    for (const QChar c : code) {
        const QChar::Category category = c.category();
        if (category == QChar::Other_Control || category == QChar::Other_Format
            || category == QChar::Other_NotAssigned || c.isNonCharacter())
            return AccessCodeProblem::BadCharacter;
    }
    // Only letters and digits count: a code of six emoji or punctuation marks is hard to read
    // out and to type on a phone.
    const QString normalized = normalizedAccessCode(code);
    const qsizetype length = std::count_if(normalized.cbegin(), normalized.cend(),
                                           [](QChar c) { return c.isLetterOrNumber(); });
    if (length < limits::minAccessCodeLength)
        return AccessCodeProblem::TooShort;
    if (code.size() > limits::maxAccessCodeLength)
        return AccessCodeProblem::TooLong;
    return AccessCodeProblem::None;
}

QString generateAccessCode()
{
    static constexpr char alphabet[] = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    constexpr int alphabetSize = int(sizeof alphabet) - 1;
    QString code;
    for (int i = 0; i < 8; ++i) {
        if (i == 4)
            code.append(u'-');
        code.append(QLatin1Char(alphabet[QRandomGenerator::system()->bounded(alphabetSize)]));
    }
    return code;
}

} // namespace tincan::protocol
