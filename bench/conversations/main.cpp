// tincan_convbench: how fast a host with a long history answers a search, a fresh welcome and a
// page of scrollback (issue #14; docs/BENCHMARKS.md, "Conversations").
//
//   tincan_convbench --data DIR [--create --messages N] [options] -- HOST COMMAND... --data-dir @DATA@
//
// With --create, DIR (empty or missing) gets a history of N messages: the host is started once on
// it (so the file has the host's own schema and identity secret), a person "bench" joins (its id
// and resume token are kept in DIR/bench-person.json), the host is stopped, and the messages are
// bulk-inserted with the search index's insert trigger dropped, then the index is rebuilt in one
// pass ('rebuild'). The host recreates the trigger when it next opens the file.
//
// Then the host is started on DIR and measured over its WebSocket protocol, one request at a
// time: searches, fresh welcomes (hello → welcome; the connect is not counted) and history
// pages (the whole room, and one private conversation of "bench"). One JSON line per request and
// per summary on stdout; the table on stderr. Everything connects to 127.0.0.1 only.

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QWebSocket>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <random>
#include <set>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

QElapsedTimer g_clock; // monotonic; every stamp in this process is read from it
qint64 g_hostPid = 0;

double nowMs()
{
    return double(g_clock.nsecsElapsed()) / 1e6;
}

// Runs the event loop until `done` or `timeoutMs`; false on timeout.
bool waitUntil(const std::function<bool()> &done, double timeoutMs)
{
    const double end = nowMs() + timeoutMs;
    QTimer wake; // so that the time limit is checked even when nothing else happens
    wake.start(20);
    while (!done()) {
        if (nowMs() > end)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    }
    return true;
}

void pause(double ms)
{
    const double end = nowMs() + ms;
    waitUntil([end] { return nowMs() >= end; }, ms + 1000);
}

qint64 procField(qint64 pid, QByteArrayView name) // a "Vm...:   N kB" line of /proc/PID/status
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(name))
            return line.sliced(name.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

double cpuSeconds(qint64 pid) // utime + stime of /proc/PID/stat
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.sliced(text.lastIndexOf(')') + 2).split(' ');
    return double(fields.value(11).toLongLong() + fields.value(12).toLongLong()) / 100.0;
}

// The host's time on a CPU and waiting for one (runnable, in a run queue), in ms, over all its
// threads (/proc/PID/task/*/schedstat, in ns): how much of a request's time the host computed and
// how much it waited for other programs on this shared machine.
struct Sched
{
    double cpuMs = 0;
    double waitMs = 0;
};
Sched hostSched(qint64 pid)
{
    Sched total;
    const QStringList tasks = QDir(u"/proc/%1/task"_s.arg(pid)).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &task : tasks) {
        QFile file(u"/proc/%1/task/%2/schedstat"_s.arg(pid).arg(task));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> fields = file.readAll().simplified().split(' ');
        total.cpuMs += fields.value(0).toDouble() / 1e6;
        total.waitMs += fields.value(1).toDouble() / 1e6;
    }
    return total;
}

double machineBusySeconds() // every CPU's non-idle time, from /proc/stat
{
    QFile stat(u"/proc/stat"_s);
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = stat.readLine().simplified().split(' ');
    double busy = 0;
    for (int i = 1; i < fields.size(); ++i) {
        if (i != 4 && i != 5) // idle, iowait
            busy += fields[i].toDouble();
    }
    return busy / 100.0;
}

double quantile(std::vector<double> v, double q) // nearest rank
{
    if (v.empty())
        return -1;
    std::sort(v.begin(), v.end());
    const size_t rank = size_t(std::ceil(q * double(v.size())));
    return v[std::min(v.size() - 1, rank == 0 ? 0 : rank - 1)];
}

void emitLine(const QJsonObject &line)
{
    std::printf("%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// ---------------------------------------------------------------------------------------------
// The text of the history: words of made-up syllables (some with accents), drawn by a Zipf law
// over a 20,000-word vocabulary, shorter words more frequent, 5–40 words a message.

class Corpus
{
public:
    explicit Corpus(quint64 seed)
        : m_rng(seed)
    {
        const QStringList consonants = u"b c d f g h j k l m n p r s t v w z ch sh th st tr br pl"_s.split(u' ');
        const QStringList vowels = u"a e i o u ai ea ou io é ü"_s.split(u' ');
        std::set<QString> seen;
        std::vector<std::pair<double, QString>> ranked;
        const int syllables[] = {1, 1, 2, 2, 2, 3, 3, 4};
        while (ranked.size() < 20000) {
            const int k = syllables[uniform(8)];
            QString word;
            for (int i = 0; i < k; ++i) {
                word += consonants[uniform(int(consonants.size()))];
                word += vowels[real() < 0.04 ? uniform(int(vowels.size())) : uniform(9)];
            }
            if (real() < 0.3)
                word += u"nrstlmk"_s[uniform(7)];
            if (seen.insert(word).second)
                ranked.emplace_back(double(word.size()) + real() * 6, word);
        }
        std::stable_sort(ranked.begin(), ranked.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        double total = 0;
        for (size_t r = 0; r < ranked.size(); ++r) {
            vocab.push_back(ranked[r].second);
            total += 1.0 / (double(r + 1) + 2.7);
            m_cumulative.push_back(total);
        }
    }

    QString word()
    {
        const double x = real() * m_cumulative.back();
        const auto it = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), x);
        return vocab[size_t(std::min<std::ptrdiff_t>(it - m_cumulative.begin(), std::ptrdiff_t(vocab.size()) - 1))];
    }

    QString text()
    {
        const int n = 5 + uniform(36);
        QString out;
        out.reserve(n * 7);
        for (int i = 0; i < n; ++i) {
            if (i)
                out += u' ';
            out += word();
        }
        return out;
    }

    int uniform(int n) { return int(m_rng() % quint64(n)); }
    double real() { return double(m_rng() >> 11) * 0x1.0p-53; }
    quint64 bits() { return m_rng(); }

    std::vector<QString> vocab; // by rank, most frequent first

private:
    std::mt19937_64 m_rng;
    std::vector<double> m_cumulative;
};

// Zipf weights for picking among n things (rank 1 most often).
class Zipf
{
public:
    Zipf(int n, double s, double q)
    {
        double total = 0;
        for (int r = 1; r <= n; ++r) {
            total += 1.0 / std::pow(double(r) + q, s);
            m_cumulative.push_back(total);
        }
    }
    int pick(Corpus &corpus) const
    {
        const double x = corpus.real() * m_cumulative.back();
        return int(std::upper_bound(m_cumulative.begin(), m_cumulative.end(), x) - m_cumulative.begin())
            % int(m_cumulative.size());
    }

private:
    std::vector<double> m_cumulative;
};

QString personId(Corpus &corpus) // 22 URL-safe characters, the host's form
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    QString id;
    for (int i = 0; i < 22; ++i)
        id += QLatin1Char(alphabet[corpus.uniform(64)]);
    return id;
}

// ---------------------------------------------------------------------------------------------
// The host process and clients.

class Host
{
public:
    explicit Host(QStringList command)
        : m_command(std::move(command))
    {
    }
    ~Host() { stop(); }

    bool start(const QString &dataDir)
    {
        QStringList args;
        for (const QString &arg : m_command)
            args.append(arg == u"@DATA@"_s ? dataDir : arg);
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        port = 0;
        QObject::connect(m_process.get(), &QProcess::readyReadStandardOutput, m_process.get(), [this] {
            const QByteArray more = m_process->readAllStandardOutput();
            if (port != 0)
                return; // keep the pipe drained
            m_output += more;
            const QRegularExpressionMatch match =
                QRegularExpression(u"http://127\\.0\\.0\\.1:(\\d+)/"_s).match(QString::fromUtf8(m_output));
            if (match.hasMatch())
                port = quint16(match.captured(1).toUInt());
        });
        const double started = nowMs();
        m_process->start(args.takeFirst(), args);
        if (!waitUntil([this] { return port != 0 || m_process->state() == QProcess::NotRunning; }, 120000)
            || port == 0) {
            std::fprintf(stderr, "tincan_convbench: the host printed no http://127.0.0.1:PORT/ line\n");
            return false;
        }
        startMs = nowMs() - started;
        pid = m_process->processId();
        return true;
    }

    void stop()
    {
        if (!m_process)
            return;
        QObject::disconnect(m_process.get(), nullptr, nullptr, nullptr);
        m_process->terminate();
        if (!m_process->waitForFinished(10000)) {
            m_process->kill();
            m_process->waitForFinished(2000);
        }
        m_process.reset();
        m_output.clear();
    }

    quint16 port = 0;
    qint64 pid = 0;
    double startMs = 0;

private:
    QStringList m_command;
    std::unique_ptr<QProcess> m_process;
    QByteArray m_output;
};

// One connection. Every frame is kept (with its arrival time) until someone takes it.
class Client final : public QObject
{
public:
    struct Frame
    {
        double atMs;
        int bytes;
        QJsonObject object;
    };

    explicit Client(quint16 port)
    {
        connect(&m_socket, &QWebSocket::connected, this, [this] { connected = true; });
        connect(&m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
            const double at = nowMs(); // before any parsing
            m_inbox.push_back({at, int(text.toUtf8().size()), QJsonDocument::fromJson(text.toUtf8()).object()});
        });
        connect(&m_socket, &QWebSocket::disconnected, this, [this] { closed = true; });
        m_socket.open(QUrl(u"ws://127.0.0.1:%1/ws"_s.arg(port)));
    }

    void send(const QJsonObject &object) { m_socket.sendTextMessage(compact(object)); }
    void close() { m_socket.close(); }

    // The next frame of one of these types (others are dropped), or nothing after timeoutMs.
    std::optional<Frame> next(const QStringList &types, double timeoutMs)
    {
        std::optional<Frame> found;
        waitUntil([&] {
            while (!m_inbox.empty()) {
                Frame frame = std::move(m_inbox.front());
                m_inbox.pop_front();
                if (types.contains(frame.object.value(u"type"_s).toString())) {
                    found = std::move(frame);
                    return true;
                }
            }
            return closed;
        }, timeoutMs);
        return found;
    }

    bool connected = false;
    bool closed = false;

private:
    QWebSocket m_socket;
    std::deque<Frame> m_inbox;
};

// Opens a connection and says hello; the welcome (or nothing), and the time hello → welcome.
std::unique_ptr<Client> join(quint16 port, const QString &nick, const QString &token, QJsonObject *welcome,
                             double *helloToWelcomeMs, int *bytes = nullptr, Sched *host = nullptr)
{
    auto client = std::make_unique<Client>(port);
    if (!waitUntil([&] { return client->connected || client->closed; }, 10000) || !client->connected)
        return nullptr;
    QJsonObject hello{{u"type"_s, u"hello"_s}, {u"version"_s, 1}, {u"nick"_s, nick}};
    if (!token.isEmpty())
        hello.insert(u"resumeToken"_s, token);
    const Sched before = hostSched(g_hostPid);
    const double sent = nowMs();
    client->send(hello);
    const std::optional<Client::Frame> answer = client->next({u"welcome"_s, u"error"_s}, 10000);
    if (host) {
        const Sched after = hostSched(g_hostPid);
        *host = {after.cpuMs - before.cpuMs, after.waitMs - before.waitMs};
    }
    if (!answer || answer->object.value(u"type"_s) != u"welcome"_s) {
        std::fprintf(stderr, "tincan_convbench: %s was not welcomed: %s\n", qPrintable(nick),
                     answer ? qPrintable(compact(answer->object)) : "no answer");
        return nullptr;
    }
    *welcome = answer->object;
    *helloToWelcomeMs = answer->atMs - sent;
    if (bytes)
        *bytes = answer->bytes;
    return client;
}

// ---------------------------------------------------------------------------------------------

struct Options
{
    QString data;
    bool create = false;
    qint64 messages = 1000000;
    int searches = 100;
    int joins = 100;
    int pages = 100;
    double gapMs = 260; // between requests: under every rate limit (searches: 5/s room-wide)
    quint64 seed = 14;
    QStringList host;
};

class Bench
{
public:
    explicit Bench(Options options)
        : m_options(std::move(options))
        , m_host(m_options.host)
    {
    }

    int run()
    {
        if (m_options.create && !create())
            return 1;
        if (!loadPerson())
            return 1;
        const bool ok = measure();
        m_host.stop();
        verifyFile();
        printTable();
        return ok && m_failures == 0 ? 0 : 1;
    }

private:
    QString historyPath() const { return QDir(m_options.data).filePath(u"history.sqlite"_s); }
    QString personPath() const { return QDir(m_options.data).filePath(u"bench-person.json"_s); }

    // ---- Making the history -----------------------------------------------------------------

    bool create()
    {
        QDir().mkpath(m_options.data);
        if (QFileInfo::exists(historyPath())) {
            std::fprintf(stderr, "tincan_convbench: %s exists already (use it without --create)\n",
                         qPrintable(historyPath()));
            return false;
        }
        // The host makes the file (its schema, its identity secret) and a person to measure as.
        if (!m_host.start(m_options.data))
            return false;
        QJsonObject welcome;
        double ms = 0;
        std::unique_ptr<Client> bench = join(m_host.port, u"bench"_s, {}, &welcome, &ms);
        if (!bench)
            return false;
        m_personId = welcome.value(u"id"_s).toString();
        m_token = welcome.value(u"resumeToken"_s).toString();
        bench->close();
        waitUntil([&] { return bench->closed; }, 3000);
        bench.reset();
        m_host.stop();
        if (m_personId.size() != 22 || m_token.isEmpty()) {
            std::fprintf(stderr, "tincan_convbench: the welcome had no id or resumeToken\n");
            return false;
        }

        Corpus corpus(m_options.seed);
        // 200 people: "bench" (the host's id for it) and 199 made up. 50 of them write in the
        // room (Zipf-ish activity); 2,000 pairs of them talk privately (Zipf traffic), the
        // busiest pair being bench and person 1.
        std::vector<QString> people{m_personId};
        while (people.size() < 200)
            people.push_back(personId(corpus));
        m_withId = people[1];
        auto nick = [](size_t i) { return i == 0 ? u"bench"_s : u"user%1"_s.arg(i, 3, 10, QLatin1Char('0')); };
        const Zipf authors(50, 0.8, 1);
        std::vector<std::pair<size_t, size_t>> pairs{{0, 1}};
        std::set<std::pair<size_t, size_t>> seenPairs{{0, 1}};
        while (pairs.size() < 2000) {
            size_t a = size_t(corpus.uniform(200));
            size_t b = size_t(corpus.uniform(200));
            if (a == b)
                continue;
            if (seenPairs.insert({std::min(a, b), std::max(a, b)}).second)
                pairs.emplace_back(a, b);
        }
        const Zipf pairTraffic(2000, 1.0, 1);

        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bulk"_s);
        db.setDatabaseName(historyPath());
        if (!db.open()) {
            std::fprintf(stderr, "tincan_convbench: %s\n", qPrintable(db.lastError().text()));
            return false;
        }
        bool ok = true;
        {
            QSqlQuery sql(db);
            auto exec = [&](const QString &statement) {
                if (!sql.exec(statement)) {
                    std::fprintf(stderr, "tincan_convbench: %s: %s\n", qPrintable(statement),
                                 qPrintable(sql.lastError().text()));
                    ok = false;
                }
                return ok;
            };
            // A bench file: no journal while it is filled (the host puts WAL back on its next open).
            exec(u"PRAGMA journal_mode=DELETE"_s) && exec(u"PRAGMA journal_mode=OFF"_s)
                && exec(u"PRAGMA synchronous=OFF"_s) && exec(u"PRAGMA cache_size=-524288"_s)
                && exec(u"DROP TRIGGER IF EXISTS messages_fts_insert"_s);
            if (!ok)
                return false;

            const double insertStart = nowMs();
            QSqlQuery insert(db);
            insert.prepare(u"INSERT INTO messages (seq, ts, sender, body, client_msg_id, file, author, recipient,"
                           " to_nick, conversation, reply_to, quote, deleted, changed)"
                           " VALUES (?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
            const QVariant nullText(QMetaType::fromType<QString>());
            const QVariant nullNumber(QMetaType::fromType<qlonglong>());
            struct Recent
            {
                qint64 seq;
                size_t author;
                QString text;
            };
            std::deque<Recent> recentRoom; // what replies quote
            qint64 ts = QDateTime::currentMSecsSinceEpoch() - m_options.messages * 30000;
            qint64 privateCount = 0, benchPrivate = 0, withPrivate = 0, replies = 0, deleted = 0;
            exec(u"BEGIN"_s);
            for (qint64 seq = 1; ok && seq <= m_options.messages; ++seq) {
                ts += corpus.uniform(60001);
                QString text = corpus.text();
                size_t author;
                std::optional<size_t> recipient;
                if (corpus.real() < 0.02) {
                    auto [a, b] = pairs[size_t(pairTraffic.pick(corpus))];
                    if (corpus.real() < 0.5)
                        std::swap(a, b);
                    author = a;
                    recipient = b;
                    ++privateCount;
                    if (a == 0 || b == 0)
                        ++benchPrivate;
                    if ((a == 0 && b == 1) || (a == 1 && b == 0))
                        ++withPrivate;
                } else {
                    author = size_t(authors.pick(corpus));
                }
                const bool isDeleted = corpus.real() < 0.005;
                std::optional<Recent> quoted;
                if (!recipient && !isDeleted && !recentRoom.empty() && corpus.real() < 0.03)
                    quoted = recentRoom[size_t(corpus.uniform(int(recentRoom.size())))];
                QString clientId = QString::number(corpus.bits(), 16).rightJustified(16, u'0')
                    + QString::number(corpus.bits(), 16).rightJustified(16, u'0');

                insert.bindValue(0, seq);
                insert.bindValue(1, ts);
                insert.bindValue(2, nick(author));
                insert.bindValue(3, isDeleted ? u""_s : text);
                insert.bindValue(4, clientId);
                insert.bindValue(5, people[author]);
                insert.bindValue(6, recipient ? QVariant(people[*recipient]) : nullText);
                insert.bindValue(7, recipient ? QVariant(nick(*recipient)) : nullText);
                insert.bindValue(8, recipient ? QVariant(std::min(people[author], people[*recipient]) + u':'
                                                         + std::max(people[author], people[*recipient]))
                                              : nullText);
                insert.bindValue(9, quoted ? QVariant(quoted->seq) : nullNumber);
                insert.bindValue(10, quoted ? QVariant(compact(QJsonObject{{u"seq"_s, quoted->seq},
                                                                           {u"from"_s, nick(quoted->author)},
                                                                           {u"author"_s, people[quoted->author]},
                                                                           {u"text"_s, quoted->text.left(140)}}))
                                            : nullText);
                insert.bindValue(11, isDeleted ? 1 : 0);
                insert.bindValue(12, isDeleted ? QVariant(seq) : nullNumber);
                if (!insert.exec()) {
                    std::fprintf(stderr, "tincan_convbench: insert: %s\n", qPrintable(insert.lastError().text()));
                    ok = false;
                    break;
                }
                replies += quoted ? 1 : 0;
                deleted += isDeleted ? 1 : 0;
                if (!recipient && !isDeleted) {
                    recentRoom.push_back({seq, author, text});
                    if (recentRoom.size() > 50)
                        recentRoom.pop_front();
                }
                if (seq % 100000 == 0) {
                    exec(u"COMMIT"_s) && exec(u"BEGIN"_s);
                    std::fprintf(stderr, "  %lld messages (%.0f s)\n", seq, (nowMs() - insertStart) / 1000);
                }
            }
            exec(u"COMMIT"_s);
            insert.finish();
            const double insertSeconds = (nowMs() - insertStart) / 1000;
            if (!ok)
                return false;
            std::fprintf(stderr, "Inserted %lld messages in %.1f s; rebuilding the search index\n",
                         m_options.messages, insertSeconds);
            const double rebuildStart = nowMs();
            exec(u"INSERT INTO messages_fts (messages_fts) VALUES ('rebuild')"_s);
            const double rebuildSeconds = (nowMs() - rebuildStart) / 1000;
            // Every seq up to the last was handed out (HistoryStore::reserveSeq's meaning).
            sql.prepare(u"INSERT INTO meta (key, value) VALUES ('reserved_seq', ?) "
                        "ON CONFLICT(key) DO UPDATE SET value = MAX(value, excluded.value)"_s);
            sql.addBindValue(m_options.messages);
            ok = ok && sql.exec();
            exec(u"PRAGMA journal_mode=WAL"_s);
            sql.finish();
            if (!ok)
                return false;
            emitLine({{u"phase"_s, u"create"_s},
                      {u"messages"_s, m_options.messages},
                      {u"private"_s, privateCount},
                      {u"private_of_bench"_s, benchPrivate},
                      {u"private_bench_with"_s, withPrivate},
                      {u"replies"_s, replies},
                      {u"deleted"_s, deleted},
                      {u"insert_seconds"_s, insertSeconds},
                      {u"fts_rebuild_seconds"_s, rebuildSeconds},
                      {u"file_mb"_s, double(QFileInfo(historyPath()).size()) / 1e6}});
            std::fprintf(stderr, "Search index rebuilt in %.1f s; the file is %.0f MB\n", rebuildSeconds,
                         double(QFileInfo(historyPath()).size()) / 1e6);
            m_created = true;
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"bulk"_s);

        QFile person(personPath());
        if (!person.open(QIODevice::WriteOnly))
            return false;
        person.write(QJsonDocument(QJsonObject{{u"id"_s, m_personId},
                                               {u"resumeToken"_s, m_token},
                                               {u"with"_s, m_withId},
                                               {u"messages"_s, m_options.messages},
                                               {u"seed"_s, qint64(m_options.seed)}})
                         .toJson());
        return true;
    }

    bool loadPerson()
    {
        QFile file(personPath());
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "tincan_convbench: %s is missing (make the folder with --create)\n",
                         qPrintable(personPath()));
            return false;
        }
        const QJsonObject person = QJsonDocument::fromJson(file.readAll()).object();
        m_personId = person.value(u"id"_s).toString();
        m_token = person.value(u"resumeToken"_s).toString();
        m_withId = person.value(u"with"_s).toString();
        m_messages = person.value(u"messages"_s).toInteger();
        m_seed = quint64(person.value(u"seed"_s).toInteger());
        return !m_token.isEmpty() && m_messages > 0;
    }

    // ---- Measuring ----------------------------------------------------------------------------

    struct Phase
    {
        double hostCpu = 0, selfCpu = 0, busy = 0, startMs = 0;
    };
    Phase beginPhase() const
    {
        return {cpuSeconds(m_host.pid), cpuSeconds(QCoreApplication::applicationPid()), machineBusySeconds(), nowMs()};
    }

    // `phase`: the CPU used meanwhile (nullptr: a part of a phase, no CPU figures).
    void summarize(const QString &measure, const std::vector<double> &ms, double targetMs, const Phase *phase,
                   const QString &label)
    {
        QJsonObject line{{u"phase"_s, u"summary"_s},
                         {u"measure"_s, measure},
                         {u"n"_s, qint64(ms.size())},
                         {u"p50_ms"_s, quantile(ms, 0.5)},
                         {u"p95_ms"_s, quantile(ms, 0.95)},
                         {u"max_ms"_s, quantile(ms, 1.0)}};
        if (const auto cpu = m_cpu.find(measure); cpu != m_cpu.end()) {
            line.insert(u"host_cpu_p50_ms"_s, quantile(cpu->second, 0.5));
            line.insert(u"host_cpu_p95_ms"_s, quantile(cpu->second, 0.95));
            line.insert(u"host_wait_p50_ms"_s, quantile(m_wait[measure], 0.5));
            line.insert(u"host_wait_p95_ms"_s, quantile(m_wait[measure], 0.95));
        }
        if (phase) {
            const double seconds = (nowMs() - phase->startMs) / 1000;
            const double host = cpuSeconds(m_host.pid) - phase->hostCpu;
            const double self = cpuSeconds(QCoreApplication::applicationPid()) - phase->selfCpu;
            const double busy = machineBusySeconds() - phase->busy;
            line.insert(u"host_cpu_ms_per_request"_s, ms.empty() ? -1 : 1000 * host / double(ms.size()));
            // what everything else on this shared machine used meanwhile (of 200 %)
            line.insert(u"others_cpu_pct"_s, 100 * (busy - host - self) / seconds);
        }
        if (targetMs > 0) {
            line.insert(u"target_p95_ms"_s, targetMs);
            line.insert(u"met"_s, !ms.empty() && quantile(ms, 0.95) <= targetMs);
        }
        emitLine(line);
        m_summaries.push_back({label, line});
    }

    void record(const QString &measure, const Sched &host)
    {
        m_cpu[measure].push_back(host.cpuMs);
        m_wait[measure].push_back(host.waitMs);
    }

    bool measure()
    {
        const qint64 n = m_messages;
        Corpus corpus(m_seed);  // the same vocabulary as the history's
        std::mt19937_64 rng(m_seed * 7 + 1);
        auto below = [&rng](qint64 k) { return qint64(rng() % quint64(k)); };

        if (!m_host.start(m_options.data))
            return false;
        g_hostPid = m_host.pid;
        pause(500);
        const qint64 rssStart = procField(m_host.pid, "VmRSS:");
        emitLine({{u"phase"_s, u"host-start"_s},
                  {u"messages"_s, n},
                  {u"exec_to_listening_ms"_s, m_host.startMs},
                  {u"rss_kb"_s, rssStart}});

        // The people who ask: bench (resumed: the same person as in the history, with its private
        // messages) and four new ones, so that searches stay under each person's 1 per second.
        QJsonObject welcome;
        double ms = 0;
        std::vector<std::unique_ptr<Client>> askers;
        askers.push_back(join(m_host.port, u"bench"_s, m_token, &welcome, &ms));
        if (!askers.back())
            return false;
        if (welcome.value(u"id"_s).toString() != m_personId) {
            std::fprintf(stderr, "tincan_convbench: the resumed bench person has another id\n");
            return false;
        }
        Client *bench = askers.back().get();
        for (int i = 1; i <= 4; ++i) {
            askers.push_back(join(m_host.port, u"searcher%1"_s.arg(i), {}, &welcome, &ms));
            if (!askers.back())
                return false;
        }

        // 1. Search.
        struct Query
        {
            QString category;
            QString text;
            qint64 before = -1; // -1: none; -2: the last result of the query before it
        };
        std::vector<Query> queries;
        const auto &vocab = corpus.vocab;
        auto pick = [&](size_t from, size_t to) { return vocab[from + size_t(below(qint64(to - from)))]; };
        const int perKind = std::max(1, m_options.searches / 5);
        for (int i = 0; i < perKind; ++i) {
            queries.push_back({u"rare"_s, i % 5 == 4 ? u"zzqx%1nothere"_s.arg(i) : pick(10000, 20000)});
            queries.push_back({u"common"_s, pick(0, 100)});
            queries.push_back({u"two-word"_s, (below(2) ? pick(0, 100) : pick(0, 3000)) + u' '
                                                  + (below(10) < 7 ? pick(0, 6000) : pick(10000, 20000))});
            const QString word = pick(0, 5000);
            queries.push_back({u"prefix"_s, word.left(2 + int(below(3)))});
            // Paging: half "more results" of a common word (before = the last seq of its first
            // page), half a jump deep into the history.
            if (i % 2 == 0) {
                queries.push_back({u"paging"_s, pick(0, 300), -2});
            } else {
                queries.push_back({u"paging"_s, below(2) ? pick(0, 300) : pick(300, 6000), 1 + below(n)});
            }
        }
        std::vector<double> searchMs;
        std::map<QString, std::vector<double>> byCategory;
        Phase phase = beginPhase();
        double lastSend = 0;
        int turn = 0;
        for (Query &query : queries) {
            Client *asker = askers[size_t(turn++ % int(askers.size()))].get();
            if (query.before == -2) {
                // First page, untimed (it is a search like the others), then the next page.
                pause(std::max(0.0, lastSend + m_options.gapMs - nowMs()));
                asker->send({{u"type"_s, u"search"_s}, {u"query"_s, query.text}, {u"limit"_s, 20}});
                const auto first = asker->next({u"search-results"_s, u"error"_s}, 30000);
                const QJsonArray found = first ? first->object.value(u"messages"_s).toArray() : QJsonArray();
                query.before = found.isEmpty() ? n + 1 : found.last().toObject().value(u"seq"_s).toInteger();
                lastSend = nowMs();
                asker = askers[size_t(turn++ % int(askers.size()))].get();
            }
            QJsonObject request{{u"type"_s, u"search"_s}, {u"query"_s, query.text}, {u"limit"_s, 20}};
            if (query.before > 0)
                request.insert(u"before"_s, query.before);
            std::optional<Client::Frame> answer;
            double sent = 0;
            Sched host;
            for (int attempt = 0; attempt < 5; ++attempt) {
                pause(std::max(0.0, lastSend + m_options.gapMs - nowMs()));
                const Sched before = hostSched(m_host.pid);
                sent = lastSend = nowMs();
                asker->send(request);
                answer = asker->next({u"search-results"_s, u"error"_s}, 30000);
                const Sched after = hostSched(m_host.pid);
                host = {after.cpuMs - before.cpuMs, after.waitMs - before.waitMs};
                if (!answer || answer->object.value(u"code"_s) != u"rate-limited"_s)
                    break;
                ++m_rateLimited;
                pause(1100);
            }
            if (!answer || answer->object.value(u"type"_s) != u"search-results"_s) {
                std::fprintf(stderr, "tincan_convbench: search \"%s\": %s\n", qPrintable(query.text),
                             answer ? qPrintable(compact(answer->object)) : "no answer");
                ++m_failures;
                continue;
            }
            const double took = answer->atMs - sent;
            searchMs.push_back(took);
            byCategory[query.category].push_back(took);
            record(u"search"_s, host);
            record(u"search:"_s + query.category, host);
            emitLine({{u"phase"_s, u"search"_s},
                      {u"category"_s, query.category},
                      {u"query"_s, query.text},
                      {u"before"_s, query.before},
                      {u"ms"_s, took},
                      {u"host_cpu_ms"_s, host.cpuMs},
                      {u"host_wait_ms"_s, host.waitMs},
                      {u"hits"_s, answer->object.value(u"messages"_s).toArray().size()},
                      {u"hasMore"_s, answer->object.value(u"hasMore"_s).toBool()},
                      {u"bytes"_s, answer->bytes}});
        }
        summarize(u"search"_s, searchMs, 100, &phase, u"search (all)"_s);
        for (const auto &[category, values] : byCategory)
            summarize(u"search:"_s + category, values, -1, nullptr, u"  "_s + category);

        // 2. Fresh welcomes: a new person each time, no token; from hello to welcome.
        std::vector<double> welcomeMs;
        phase = beginPhase();
        for (int i = 0; i < m_options.joins; ++i) {
            pause(std::max(0.0, lastSend + 50 - nowMs()));
            double took = 0;
            int bytes = 0;
            QJsonObject answer;
            Sched host;
            std::unique_ptr<Client> guest = join(m_host.port, u"guest%1"_s.arg(i), {}, &answer, &took, &bytes, &host);
            lastSend = nowMs();
            if (!guest) {
                ++m_failures;
                continue;
            }
            welcomeMs.push_back(took);
            record(u"welcome"_s, host);
            emitLine({{u"phase"_s, u"welcome"_s},
                      {u"ms"_s, took},
                      {u"host_cpu_ms"_s, host.cpuMs},
                      {u"host_wait_ms"_s, host.waitMs},
                      {u"history"_s, answer.value(u"history"_s).toArray().size()},
                      {u"lastSeq"_s, answer.value(u"lastSeq"_s).toInteger()},
                      {u"bytes"_s, bytes}});
            guest->close();
            waitUntil([&] { return guest->closed; }, 3000);
        }
        summarize(u"welcome"_s, welcomeMs, 50, &phase, u"fresh welcome"_s);

        // 3. Scrollback: a page of 100 before a random seq, as bench (the room and its private
        // messages), then pages of bench's busiest private conversation.
        auto pages = [&](const QString &measure, const QString &with, double target, const QString &label) {
            std::vector<double> values;
            const Phase pagePhase = beginPhase();
            for (int i = 0; i < m_options.pages; ++i) {
                const qint64 before = 2 + below(n);
                QJsonObject request{{u"type"_s, u"history"_s}, {u"before"_s, before}, {u"limit"_s, 100}};
                if (!with.isEmpty())
                    request.insert(u"with"_s, with);
                pause(std::max(0.0, lastSend + m_options.gapMs - nowMs()));
                const Sched start = hostSched(m_host.pid);
                const double sent = lastSend = nowMs();
                bench->send(request);
                const auto answer = bench->next({u"history"_s, u"error"_s}, 30000);
                const Sched end = hostSched(m_host.pid);
                const Sched host{end.cpuMs - start.cpuMs, end.waitMs - start.waitMs};
                if (!answer || answer->object.value(u"type"_s) != u"history"_s) {
                    std::fprintf(stderr, "tincan_convbench: history: %s\n",
                                 answer ? qPrintable(compact(answer->object)) : "no answer");
                    ++m_failures;
                    continue;
                }
                const double took = answer->atMs - sent;
                values.push_back(took);
                record(measure, host);
                emitLine({{u"phase"_s, measure},
                          {u"before"_s, before},
                          {u"ms"_s, took},
                          {u"host_cpu_ms"_s, host.cpuMs},
                          {u"host_wait_ms"_s, host.waitMs},
                          {u"messages"_s, answer->object.value(u"messages"_s).toArray().size()},
                          {u"hasMore"_s, answer->object.value(u"hasMore"_s).toBool()},
                          {u"bytes"_s, answer->bytes}});
            }
            summarize(measure, values, target, &pagePhase, label);
        };
        pages(u"history"_s, {}, 20, u"scrollback page"_s);
        if (!m_withId.isEmpty())
            pages(u"history-with"_s, m_withId, 20, u"  private (with)"_s);

        m_rssAfter = procField(m_host.pid, "VmRSS:");
        m_hwm = procField(m_host.pid, "VmHWM:");
        m_rssStart = rssStart;
        emitLine({{u"phase"_s, u"memory"_s},
                  {u"rss_start_kb"_s, rssStart},
                  {u"rss_after_kb"_s, m_rssAfter},
                  {u"hwm_kb"_s, m_hwm},
                  {u"rate_limited"_s, m_rateLimited},
                  {u"failures"_s, m_failures}});
        for (auto &asker : askers)
            asker->close();
        pause(200);
        askers.clear();
        return true;
    }

    // The host put the search index's insert trigger back, and the history is whole.
    void verifyFile()
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
        db.setDatabaseName(historyPath());
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            QSqlQuery sql(db);
            const bool trigger = sql.exec(u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger'"
                                          " AND name = 'messages_fts_insert'"_s)
                && sql.next() && sql.value(0).toInt() == 1;
            const qint64 count = sql.exec(u"SELECT COUNT(*) FROM messages"_s) && sql.next() ? sql.value(0).toLongLong() : -1;
            sql.finish();
            emitLine({{u"phase"_s, u"verify"_s}, {u"insert_trigger"_s, trigger}, {u"messages"_s, count}});
            if (!trigger || count < m_messages) {
                std::fprintf(stderr, "tincan_convbench: after the run: insert trigger %s, %lld messages\n",
                             trigger ? "present" : "MISSING", count);
                ++m_failures;
            }
            db.close();
        }
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"check"_s);
    }

    void printTable() const
    {
        std::fprintf(stderr, "\nConversations (%lld messages in history; one request at a time, %0.f ms apart)\n",
                     m_messages, m_options.gapMs);
        std::fprintf(stderr, "%-20s %5s %9s %9s %9s %15s %15s %8s   %s\n", "measure", "n", "p50", "p95", "max",
                     "host CPU p50/95", "CPU wait p50/95", "others", "target (p95)");
        for (const auto &[label, line] : m_summaries) {
            QString target = u"-"_s;
            if (line.contains(u"target_p95_ms"_s))
                target = u"<= %1 ms: %2"_s.arg(line.value(u"target_p95_ms"_s).toDouble())
                             .arg(line.value(u"met"_s).toBool() ? u"met"_s : u"NOT MET"_s);
            const QString others = line.contains(u"others_cpu_pct"_s)
                ? u"%1%"_s.arg(line.value(u"others_cpu_pct"_s).toDouble(), 0, 'f', 0)
                : u"-"_s;
            const QString hostCpu = u"%1/%2"_s.arg(line.value(u"host_cpu_p50_ms"_s).toDouble(), 0, 'f', 1)
                                        .arg(line.value(u"host_cpu_p95_ms"_s).toDouble(), 0, 'f', 1);
            const QString wait = u"%1/%2"_s.arg(line.value(u"host_wait_p50_ms"_s).toDouble(), 0, 'f', 1)
                                     .arg(line.value(u"host_wait_p95_ms"_s).toDouble(), 0, 'f', 1);
            std::fprintf(stderr, "%-20s %5lld %7.1fms %7.1fms %7.1fms %15s %15s %8s   %s\n", qPrintable(label),
                         line.value(u"n"_s).toInteger(), line.value(u"p50_ms"_s).toDouble(),
                         line.value(u"p95_ms"_s).toDouble(), line.value(u"max_ms"_s).toDouble(), qPrintable(hostCpu),
                         qPrintable(wait), qPrintable(others), qPrintable(target));
        }
        std::fprintf(stderr, "host CPU and CPU wait: ms per request (from /proc/PID/task/*/schedstat); others: "
                             "other programs' CPU meanwhile, of 200 %%\n");
        std::fprintf(stderr, "host RSS: %.1f MB after start, %.1f MB after the run (peak %.1f MB)\n",
                     double(m_rssStart) / 1024, double(m_rssAfter) / 1024, double(m_hwm) / 1024);
        if (m_rateLimited || m_failures)
            std::fprintf(stderr, "rate-limited answers (retried): %d; failed requests or checks: %d\n",
                         m_rateLimited, m_failures);
    }

    Options m_options;
    Host m_host;
    QString m_personId;
    QString m_token;
    QString m_withId;
    qint64 m_messages = 0;
    quint64 m_seed = 0;
    bool m_created = false;
    int m_rateLimited = 0;
    int m_failures = 0;
    qint64 m_rssStart = 0, m_rssAfter = 0, m_hwm = 0;
    std::vector<std::pair<QString, QJsonObject>> m_summaries;
    std::map<QString, std::vector<double>> m_cpu, m_wait; // per request: the host's CPU, and its wait for one
};

} // namespace

int main(int argc, char *argv[])
{
    g_clock.start();
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Measures search, welcome and scrollback against a Tincan host with a long history."_s);
    parser.addHelpOption();
    const QCommandLineOption data(u"data"_s, u"The host's data folder."_s, u"DIR"_s);
    const QCommandLineOption create(u"create"_s, u"Make the history first (DIR empty or missing)."_s);
    const QCommandLineOption messages(u"messages"_s, u"Messages to make (1000000)."_s, u"N"_s, u"1000000"_s);
    const QCommandLineOption searches(u"searches"_s, u"Searches to time (100)."_s, u"N"_s, u"100"_s);
    const QCommandLineOption joins(u"joins"_s, u"Fresh welcomes to time (100)."_s, u"N"_s, u"100"_s);
    const QCommandLineOption pages(u"pages"_s, u"History pages to time, of each kind (100)."_s, u"N"_s, u"100"_s);
    const QCommandLineOption seed(u"seed"_s, u"Seed of the made-up history (14)."_s, u"N"_s, u"14"_s);
    parser.addOptions({data, create, messages, searches, joins, pages, seed});
    parser.addPositionalArgument(u"command"_s, u"The host's command, after --; @DATA@ is its data folder."_s);
    parser.process(app);

    Options options;
    options.data = parser.value(data);
    options.create = parser.isSet(create);
    options.messages = parser.value(messages).toLongLong();
    options.searches = parser.value(searches).toInt();
    options.joins = parser.value(joins).toInt();
    options.pages = parser.value(pages).toInt();
    options.seed = parser.value(seed).toULongLong();
    options.host = parser.positionalArguments();
    if (options.data.isEmpty() || options.host.isEmpty() || !options.host.contains(u"@DATA@"_s)
        || options.messages < 1000 || options.searches < 5 || options.joins < 1 || options.pages < 1) {
        std::fprintf(stderr, "usage: tincan_convbench --data DIR [--create [--messages N]] [options] -- "
                             "HOST COMMAND ... @DATA@ ...\n");
        return 2;
    }
    return Bench(options).run();
}
