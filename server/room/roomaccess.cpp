#include "server/room/roomaccess.h"

#include "protocol/accesscode.h"
#include "protocol/limits.h"
#include "server/clientaddress.h"

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

} // namespace

QString RoomAccess::addressKey(const QHostAddress &address)
{
    return clientAddress(address).toString();
}

void RoomAccess::setHostKey(const QString &key)
{
    m_hostKeyDigest = key.isEmpty() ? QByteArray() : digest(key.toUtf8());
}

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
    if (!m_hostKeyDigest.isEmpty() && !hello.hostKey.isEmpty()
        && sameDigest(digest(hello.hostKey.toUtf8()), m_hostKeyDigest)) {
        verdict.host = true; // the host's own window: nothing keeps it out of its own room
        return verdict;
    }
    const QString key = addressKey(address);
    const Person *person = hello.resumeToken.isEmpty() ? nullptr : personFor(hello.resumeToken);
    if (m_bannedAddresses.contains(key) || (person && person->banned)) {
        verdict.refusal = protocol::ErrorCode::Banned;
        return verdict;
    }
    if (person)
        return verdict; // back, not new
    // Locked first: a guess is never confirmed by a locked room.
    if (m_locked) {
        verdict.refusal = protocol::ErrorCode::RoomLocked;
        return verdict;
    }
    if (const auto tries = m_tries.constFind(key);
        tries != m_tries.cend() && tries->blockedUntilMs > nowMs) {
        verdict.refusal = protocol::ErrorCode::AccessBlocked;
        return verdict;
    }
    if (!codeRequired())
        return verdict;
    // No code at all is a first visit, not a guess: the client asks its user for one.
    if (hello.accessCode.isEmpty()) {
        verdict.refusal = protocol::ErrorCode::AccessDenied;
        return verdict;
    }
    // Many wrong codes room-wide (from many addresses, say a whole IPv6 network's): no code is
    // compared for a while, the right one included, so guessing gains nothing.
    if (TokenBucket probe = m_roomTries; !probe.take(nowMs)) {
        verdict.refusal = protocol::ErrorCode::RateLimited;
        return verdict;
    }
    if (!codeMatches(hello.accessCode)) {
        m_roomTries.take(nowMs);
        verdict.refusal = wrongCode(key, nowMs) ? protocol::ErrorCode::AccessBlocked
                                                : protocol::ErrorCode::AccessDenied;
    }
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

const RoomAccess::Person *RoomAccess::personFor(const QString &token) const
{
    const auto owner = m_tokenOwner.constFind(token);
    if (owner == m_tokenOwner.cend())
        return nullptr;
    const auto person = m_people.constFind(*owner);
    return person == m_people.cend() ? nullptr : &*person;
}

void RoomAccess::dropPerson(quint64 id)
{
    const auto person = m_people.constFind(id);
    if (person == m_people.cend())
        return;
    m_tokenOwner.remove(person->current);
    m_tokenOwner.remove(person->previous);
    m_people.erase(person);
}

void RoomAccess::issued(const QString &resumeToken, const QString &helloToken)
{
    if (resumeToken.isEmpty())
        return;
    quint64 id = 0;
    if (const auto owner = m_tokenOwner.constFind(helloToken);
        !helloToken.isEmpty() && owner != m_tokenOwner.cend() && m_people.contains(*owner)) {
        id = *owner;
    } else {
        id = ++m_nextPerson;
        m_people.insert(id, Person{});
    }
    Person &person = m_people[id];
    // Seen now: to the back of the line of people to forget (an earlier place in the line is
    // skipped when its turn comes).
    person.seen = ++m_seenCount;
    m_peopleOrder.push_back({id, person.seen});
    // Valid afterwards: the new token and the one this hello came with (the new one's welcome
    // may be lost on the way). Any other is retired, so nobody can gather tokens to outlive a
    // kick or a ban.
    const QString kept = m_tokenOwner.value(helloToken, 0) == id ? helloToken : QString();
    for (const QString &old : {person.current, person.previous}) {
        if (!old.isEmpty() && old != kept)
            m_tokenOwner.remove(old);
    }
    person.previous = kept;
    person.current = resumeToken;
    m_tokenOwner.insert(resumeToken, id);
    while (m_people.size() > limits::resumeTokensKept && !m_peopleOrder.empty()) {
        const auto [oldest, seen] = m_peopleOrder.front();
        m_peopleOrder.pop_front();
        const auto candidate = m_people.constFind(oldest);
        // A ban stays (bounded by maxBans); a place in line the person has left is skipped.
        if (candidate != m_people.cend() && candidate->seen == seen && !candidate->banned)
            dropPerson(oldest);
    }
    // The line holds one place per hello; once mostly stale places, it is made again.
    if (m_peopleOrder.size() > 2 * size_t(m_people.size()) + 1024) {
        std::vector<std::pair<quint64, quint64>> places;
        for (auto it = m_people.cbegin(); it != m_people.cend(); ++it)
            places.push_back({it->seen, it.key()});
        std::sort(places.begin(), places.end());
        m_peopleOrder.clear();
        for (const auto &[seenAt, owner] : places)
            m_peopleOrder.push_back({owner, seenAt});
    }
}

bool RoomAccess::ban(const QHostAddress &address, const QString &resumeToken)
{
    if (m_bans >= limits::maxBans)
        return false;
    ++m_bans;
    if (!address.isNull())
        m_bannedAddresses.insert(addressKey(address));
    if (const auto owner = m_tokenOwner.constFind(resumeToken);
        !resumeToken.isEmpty() && owner != m_tokenOwner.cend()) {
        const auto person = m_people.find(*owner);
        if (person != m_people.end())
            person->banned = true;
    }
    return true;
}

void RoomAccess::forget(const QString &resumeToken)
{
    if (const auto owner = m_tokenOwner.constFind(resumeToken);
        !resumeToken.isEmpty() && owner != m_tokenOwner.cend()) {
        dropPerson(*owner);
    }
}

bool RoomAccess::isBannedToken(const QString &resumeToken) const
{
    const Person *person = resumeToken.isEmpty() ? nullptr : personFor(resumeToken);
    return person && person->banned;
}

bool RoomAccess::isBanned(const QHostAddress &address) const
{
    return m_bannedAddresses.contains(addressKey(address));
}

} // namespace tincan
