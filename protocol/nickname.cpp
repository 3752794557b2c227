#include "protocol/nickname.h"

#include "protocol/limits.h"

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/uspoof.h>

#include <memory>

namespace tincan::protocol {

namespace {

// Calls `check` for each code point; stops at the first that returns true.
template <typename Check>
bool anyCodePoint(const QString &text, Check check)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        if (check(c))
            return true;
    }
    return false;
}

// Characters that take up no room or show as an empty cell: a name padded with them looks like
// another name, and a name of only them looks like no name.
bool showsAsNothing(char32_t c)
{
    return u_hasBinaryProperty(UChar32(c), UCHAR_DEFAULT_IGNORABLE_CODE_POINT) // incl. Hangul fillers
        || c == 0x2800                                                           // Braille blank
        || c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0;
}

bool isForbiddenInName(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Other_Control:      // C0/C1 controls, including newlines and tabs
    case QChar::Other_Format:       // bidi overrides and isolates, zero-width characters
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
    case QChar::Other_Surrogate:    // a lone surrogate: broken UTF-16
    case QChar::Other_NotAssigned:
    case QChar::Other_PrivateUse:
        return true;
    default:
        return showsAsNothing(c);
    }
}

bool isVisible(char32_t c)
{
    if (showsAsNothing(c) || u_isUWhiteSpace(UChar32(c)))
        return false;
    switch (QChar::category(c)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Other_NotAssigned:
    case QChar::Separator_Space:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
    case QChar::Mark_NonSpacing:    // a combining mark alone has nothing to sit on
    case QChar::Mark_Enclosing:
        return false;
    default:
        return true;
    }
}

// ICU's spoof checker, made once per thread (it is not thread-safe to share while in use).
USpoofChecker *spoofChecker()
{
    struct Closer
    {
        void operator()(USpoofChecker *checker) const { uspoof_close(checker); }
    };
    thread_local std::unique_ptr<USpoofChecker, Closer> checker = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<USpoofChecker, Closer> made(uspoof_open(&status));
        return U_SUCCESS(status) ? std::move(made) : nullptr;
    }();
    return checker.get();
}

const UChar *utf16(const QString &text)
{
    return reinterpret_cast<const UChar *>(text.utf16());
}

} // namespace

NickProblem checkNick(const QString &raw, QString *normalized)
{
    const QString nick = raw.trimmed();
    if (normalized)
        *normalized = nick;
    if (nick.isEmpty())
        return NickProblem::Empty;
    if (nick.size() > limits::maxNickLength)
        return NickProblem::TooLong;
    if (hasForbiddenNameCharacter(nick))
        return NickProblem::BadCharacter;
    return hasVisibleCharacter(nick) ? NickProblem::None : NickProblem::Invisible;
}

bool hasForbiddenNameCharacter(const QString &text)
{
    return anyCodePoint(text, isForbiddenInName);
}

bool hasVisibleCharacter(const QString &text)
{
    return anyCodePoint(text, isVisible);
}

QString nickKey(const QString &nick)
{
    // NFKC with full case folding (and default-ignorables removed), then the skeleton.
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *folding = unorm2_getNFKCCasefoldInstance(&status);
    QString folded(nick.size() * 3 + 8, Qt::Uninitialized);
    int32_t length = U_SUCCESS(status)
        ? unorm2_normalize(folding, utf16(nick), int32_t(nick.size()),
                           reinterpret_cast<UChar *>(folded.data()), int32_t(folded.size()), &status)
        : 0;
    if (U_FAILURE(status))
        return nick.toCaseFolded();
    folded.truncate(length);

    USpoofChecker *checker = spoofChecker();
    if (!checker)
        return folded;
    QString skeleton(folded.size() * 4 + 8, Qt::Uninitialized);
    length = uspoof_getSkeleton(checker, 0, utf16(folded), int32_t(folded.size()),
                                reinterpret_cast<UChar *>(skeleton.data()), int32_t(skeleton.size()),
                                &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) {
        status = U_ZERO_ERROR;
        skeleton.resize(length);
        length = uspoof_getSkeleton(checker, 0, utf16(folded), int32_t(folded.size()),
                                    reinterpret_cast<UChar *>(skeleton.data()), int32_t(skeleton.size()),
                                    &status);
    }
    if (U_FAILURE(status))
        return folded;
    skeleton.truncate(length);
    return skeleton;
}

QString suggestNick(const QString &taken, const std::function<bool(const QString &)> &isTaken)
{
    for (int n = 2;; ++n) {
        const QString suffix = u' ' + QString::number(n);
        QString base = taken.left(limits::maxNickLength - suffix.size());
        // Never cut a surrogate pair in half.
        if (!base.isEmpty() && base.back().isHighSurrogate())
            base.chop(1);
        const QString candidate = base.trimmed() + suffix;
        if (!isTaken(candidate))
            return candidate;
    }
}

TextProblem checkText(const QString &text)
{
    if (text.size() > limits::maxTextLength)
        return TextProblem::TooLong;
    // C0 and C1 controls other than newline and tab: a NUL, an escape sequence, a bell. They
    // show as nothing useful and cost six bytes each in every JSON answer that repeats them.
    const bool control = anyCodePoint(text, [](char32_t c) {
        return (c < 0x20 && c != u'\n' && c != u'\t') || (c >= 0x7F && c <= 0x9F);
    });
    if (control)
        return TextProblem::BadCharacter;
    return hasVisibleCharacter(text) ? TextProblem::None : TextProblem::Empty;
}

} // namespace tincan::protocol
