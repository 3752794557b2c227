#include "server/room/roomaccess.h"

#include "protocol/accesscode.h"
#include "protocol/limits.h"

#include <QCryptographicHash>

#include <algorithm>

namespace tincan {

namespace {

QByteArray digest(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

// Compares two digests of equal length without stopping at the first difference, so the time
// taken says nothing about how much of a guess was right.
bool sameDigest(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

QString addressKey(const QHostAddress &address)
{
    bool mapped = false;
    const quint32 v4 = address.toIPv4Address(&mapped);
    return mapped ? QHostAddress(v4).toString() : address.toString();
}

} // namespace

void RoomAccess::setAccessCode(const QString &code)
{
    const QString normalized = protocol::normalizedAccessCode(code);
    m_codeDigest = normalized.isEmpty() ? QByteArray() : digest(normalized.toUtf8());
}

bool RoomAccess::codeMatches(const QString &code) const
{
    // Digests of equal length are compared, whatever the length of the guess; an over-long
    // guess is not even normalized.
    const QString normalized = code.size() > limits::maxAccessCodeLength
        ? QString()
        : protocol::normalizedAccessCode(code);
    return !normalized.isEmpty() && sameDigest(digest(normalized.toUtf8()), m_codeDigest);
}

RoomAccess::Verdict RoomAccess::check(const QHostAddress &address, const protocol::Hello &hello,
                                      qint64 nowMs)
{
    Verdict verdict;
    if (!m_hostKey.isEmpty() && !hello.hostKey.isEmpty()
        && sameDigest(digest(hello.hostKey.toUtf8()), digest(m_hostKey))) {
        verdict.host = true; // the host's own window: nothing keeps it out of its own room
        return verdict;
    }
    const QString key = addressKey(address);
    if (const auto tries = m_tries.constFind(key);
        tries != m_tries.cend() && tries->blockedUntilMs > nowMs) {
        verdict.refusal = protocol::ErrorCode::AccessBlocked;
        return verdict;
    }
    if (m_bannedAddresses.contains(key)
        || (!hello.resumeToken.isEmpty() && m_bannedTokens.contains(hello.resumeToken))) {
        verdict.refusal = protocol::ErrorCode::Banned;
        return verdict;
    }
    const bool returning = !hello.resumeToken.isEmpty() && m_tokens.contains(hello.resumeToken);
    if (returning)
        return verdict;
    if (codeRequired() && !codeMatches(hello.accessCode)) {
        // No code at all is a first visit, not a guess: the client asks its user for one.
        const bool blocked = !hello.accessCode.isEmpty() && wrongCode(key, nowMs);
        verdict.refusal = blocked ? protocol::ErrorCode::AccessBlocked : protocol::ErrorCode::AccessDenied;
        return verdict;
    }
    if (m_locked)
        verdict.refusal = protocol::ErrorCode::RoomLocked;
    return verdict;
}

bool RoomAccess::wrongCode(const QString &addressKey, qint64 nowMs)
{
    auto it = m_tries.find(addressKey);
    if (it == m_tries.end()) {
        if (m_tries.size() >= limits::accessAddressesTracked) {
            // The address heard from least recently is forgotten (a blocked one only once its
            // block is over, unless every one is blocked).
            auto oldest = m_tries.end();
            for (auto candidate = m_tries.begin(); candidate != m_tries.end(); ++candidate) {
                const bool free = candidate->blockedUntilMs <= nowMs;
                if (oldest == m_tries.end()
                    || (free && oldest->blockedUntilMs > nowMs)
                    || (free == (oldest->blockedUntilMs <= nowMs) && candidate->lastMs < oldest->lastMs))
                    oldest = candidate;
            }
            m_tries.erase(oldest);
        }
        it = m_tries.insert(addressKey, Tries{nowMs, 0, -1, nowMs});
    }
    Tries &tries = *it;
    tries.lastMs = nowMs;
    if (nowMs - tries.windowStartMs >= limits::wrongCodeWindowMs) {
        tries.windowStartMs = nowMs;
        tries.wrong = 0;
    }
    if (++tries.wrong > limits::wrongCodeTries) {
        tries.blockedUntilMs = nowMs + limits::wrongCodeBlockMs;
        tries.wrong = 0;
        tries.windowStartMs = tries.blockedUntilMs;
        return true;
    }
    return false;
}

void RoomAccess::issued(const QString &resumeToken)
{
    if (resumeToken.isEmpty() || m_tokens.contains(resumeToken))
        return;
    m_tokens.insert(resumeToken);
    m_tokenOrder.push_back(resumeToken);
    while (m_tokenOrder.size() > size_t(limits::resumeTokensKept)) {
        m_tokens.remove(m_tokenOrder.front());
        m_tokenOrder.pop_front();
    }
}

bool RoomAccess::ban(const QHostAddress &address, const QString &resumeToken)
{
    if (m_bannedAddresses.size() + m_bannedTokens.size() >= 2 * limits::maxBans)
        return false;
    if (!address.isNull())
        m_bannedAddresses.insert(addressKey(address));
    if (!resumeToken.isEmpty()) {
        m_bannedTokens.insert(resumeToken);
        m_tokens.remove(resumeToken);
    }
    return true;
}

bool RoomAccess::isBanned(const QHostAddress &address) const
{
    return m_bannedAddresses.contains(addressKey(address));
}

} // namespace tincan
