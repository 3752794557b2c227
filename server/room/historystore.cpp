#include "server/room/historystore.h"

#include <QAtomicInteger>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

Q_LOGGING_CATEGORY(lcStore, "tincan.server.store", QtWarningMsg)

namespace tincan {

namespace {

QSqlDatabase database(const QString &connectionName)
{
    return QSqlDatabase::database(connectionName, false);
}

protocol::ChatMessage messageFrom(const QSqlQuery &query)
{
    protocol::ChatMessage message;
    message.seq = query.value(0).toLongLong();
    message.ts = query.value(1).toLongLong();
    message.from = query.value(2).toString();
    message.text = query.value(3).toString();
    message.clientMsgId = query.value(4).toString();
    return message;
}

} // namespace

HistoryStore::HistoryStore()
{
    static QAtomicInteger<int> counter;
    m_connectionName = u"tincan-history-"_qs + QString::number(counter.fetchAndAddRelaxed(1));
}

HistoryStore::~HistoryStore()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        database(m_connectionName).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool HistoryStore::open(const QString &filePath)
{
    m_filePath = filePath;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(filePath);
    if (!db.open())
        return fail(QStringLiteral("open"), db.lastError().text());
    m_open = true;
    // WAL with synchronous=NORMAL: a committed message survives the host process being killed.
    const bool ok = exec(QStringLiteral("PRAGMA journal_mode=WAL"))
        && exec(QStringLiteral("PRAGMA synchronous=NORMAL"))
        && exec(QStringLiteral("PRAGMA busy_timeout=2000"))
        && exec(QStringLiteral("CREATE TABLE IF NOT EXISTS messages ("
                               " seq INTEGER PRIMARY KEY,"
                               " ts INTEGER NOT NULL,"
                               " sender TEXT NOT NULL,"
                               " body TEXT NOT NULL,"
                               " client_msg_id TEXT NOT NULL UNIQUE)"));
    if (!ok)
        m_open = false;
    return ok;
}

bool HistoryStore::isOpen() const
{
    return m_open;
}

QString HistoryStore::errorString() const
{
    return m_error;
}

QString HistoryStore::filePath() const
{
    return m_filePath;
}

bool HistoryStore::exec(const QString &statement)
{
    QSqlQuery query(database(m_connectionName));
    if (!query.exec(statement))
        return fail(statement, query.lastError().text());
    return true;
}

bool HistoryStore::fail(const QString &what, const QString &detail)
{
    m_error = detail.isEmpty() ? what : detail;
    qCWarning(lcStore) << "history storage failed:" << what << detail;
    return false;
}

qint64 HistoryStore::lastSeq() const
{
    return number(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM messages"));
}

qint64 HistoryStore::firstSeq() const
{
    return number(QStringLiteral("SELECT COALESCE(MIN(seq), 0) FROM messages"));
}

qint64 HistoryStore::number(const QString &statement) const
{
    if (!m_open)
        return 0;
    QSqlQuery query(database(m_connectionName));
    if (query.exec(statement) && query.next())
        return query.value(0).toLongLong();
    qCWarning(lcStore) << "history could not be read:" << query.lastError().text();
    return 0;
}

bool HistoryStore::append(const QList<protocol::ChatMessage> &messages,
                          QList<std::optional<protocol::ChatMessage>> *existing)
{
    *existing = QList<std::optional<protocol::ChatMessage>>(messages.size(), std::nullopt);
    if (!m_open)
        return fail(QStringLiteral("append"), QStringLiteral("history is not open"));

    QSqlDatabase db = database(m_connectionName);
    if (!db.transaction())
        return fail(QStringLiteral("begin"), db.lastError().text());

    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO messages (seq, ts, sender, body, client_msg_id) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT(client_msg_id) DO NOTHING"));
    QSqlQuery lookup(db);
    lookup.prepare(QStringLiteral(
        "SELECT seq, ts, sender, body, client_msg_id FROM messages WHERE client_msg_id = ?"));

    for (qsizetype i = 0; i < messages.size(); ++i) {
        const protocol::ChatMessage &message = messages[i];
        insert.addBindValue(message.seq);
        insert.addBindValue(message.ts);
        insert.addBindValue(message.from);
        insert.addBindValue(message.text);
        insert.addBindValue(message.clientMsgId);
        if (!insert.exec()) {
            const QString detail = insert.lastError().text();
            db.rollback();
            return fail(QStringLiteral("insert"), detail);
        }
        if (insert.numRowsAffected() == 0) {
            lookup.addBindValue(message.clientMsgId);
            if (lookup.exec() && lookup.next())
                (*existing)[i] = messageFrom(lookup);
            lookup.finish();
        }
    }
    if (!db.commit()) {
        const QString detail = db.lastError().text();
        db.rollback();
        *existing = QList<std::optional<protocol::ChatMessage>>(messages.size(), std::nullopt);
        return fail(QStringLiteral("commit"), detail);
    }
    return true;
}

QList<protocol::ChatMessage> HistoryStore::before(qint64 before, int limit)
{
    return read(QStringLiteral("WHERE seq < ? ORDER BY seq DESC LIMIT ?"), before, limit, true);
}

QList<protocol::ChatMessage> HistoryStore::after(qint64 after, int limit)
{
    return read(QStringLiteral("WHERE seq > ? ORDER BY seq ASC LIMIT ?"), after, limit, false);
}

QList<protocol::ChatMessage> HistoryStore::read(const QString &where, qint64 seq, int limit, bool newestFirst)
{
    QList<protocol::ChatMessage> messages;
    if (!m_open)
        return messages;
    QSqlQuery query(database(m_connectionName));
    query.prepare(u"SELECT seq, ts, sender, body, client_msg_id FROM messages "_qs + where);
    query.addBindValue(seq);
    query.addBindValue(limit);
    if (!query.exec()) {
        fail(QStringLiteral("read"), query.lastError().text());
        return messages;
    }
    while (query.next())
        messages.append(messageFrom(query));
    if (newestFirst)
        std::reverse(messages.begin(), messages.end()); // always handed out oldest first
    return messages;
}

} // namespace tincan
