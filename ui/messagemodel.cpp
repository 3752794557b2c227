#include "ui/messagemodel.h"

#include "protocol/nickname.h"
#include "ui/namecolor.h"
#include "ui/namehues.h"
#include "ui/thumbnailcache.h"

#include <QFileInfo>
#include <QImageReader>
#include <QLocale>
#include <QMimeDatabase>
#include <QRegularExpression>

#include <algorithm>

namespace tincan {

MessageModel::MessageModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int MessageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QHash<int, QByteArray> MessageModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(SenderRole, "sender");
    names.insert(TextRole, "text");
    names.insert(TimeRole, "time");
    names.insert(SeqRole, "seq");
    names.insert(ClientMsgIdRole, "clientMsgId");
    names.insert(OwnRole, "own");
    names.insert(PendingRole, "pending");
    names.insert(GroupedRole, "grouped");
    names.insert(MentionRole, "mention");
    names.insert(HueRole, "hue");
    names.insert(DayBreakRole, "dayBreak");
    names.insert(FileRole, "file");
    names.insert(FileNameRole, "fileName");
    names.insert(FileDetailsRole, "fileDetails");
    names.insert(ImageRole, "image");
    names.insert(ImageSizeRole, "imageSize");
    names.insert(ThumbnailRole, "thumbnail");
    names.insert(TransferRole, "transfer");
    names.insert(ProgressRole, "progress");
    names.insert(ProgressTextRole, "progressText");
    names.insert(ProgressRateRole, "progressRate");
    names.insert(CancellableRole, "cancellable");
    names.insert(AuthorRole, "author");
    names.insert(ConversationRole, "conversation");
    names.insert(EditedRole, "edited");
    names.insert(DeletedRole, "deleted");
    names.insert(QuoteSeqRole, "quoteSeq");
    names.insert(QuoteSenderRole, "quoteSender");
    names.insert(QuoteTextRole, "quoteText");
    names.insert(QuoteDeletedRole, "quoteDeleted");
    names.insert(ReactionsRole, "reactions");
    names.insert(HighlightRole, "highlight");
    return names;
}

QVariant MessageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &line = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        if (line.kind == Kind::System)
            return line.text;
        if (line.deleted)
            return QString(line.from + QStringLiteral(": ") + tr("message deleted"));
        QString shown = line.text;
        if (line.file)
            shown = line.text.isEmpty() ? line.file->name : line.file->name + u'\n' + line.text;
        return QString(line.from + QStringLiteral(": ") + shown);
    }
    case Qt::AccessibleTextRole: {
        if (line.kind == Kind::System)
            return line.text;
        const QString time = QLocale().toString(QDateTime::fromMSecsSinceEpoch(line.ts).time(), QLocale::ShortFormat);
        QString said = line.text;
        if (line.file) {
            const QString file = tr("file %1, %2").arg(line.file->name, fileDetails(*line.file));
            said = line.text.isEmpty() ? file : file + QStringLiteral(", ") + line.text;
            if (line.transfer != Transfer::None)
                said += QStringLiteral(", ") + progressText(line.progress);
        }
        if (line.deleted)
            said = tr("message deleted");
        else if (line.edited)
            said = tr("%1 (edited)").arg(said);
        if (line.pending)
            return tr("%1, not sent yet: %2").arg(line.from, said);
        return tr("%1 at %2: %3").arg(line.from, time, said);
    }
    case Qt::ToolTipRole:
        return line.kind == Kind::System
            ? QVariant()
            : QVariant(QLocale().toString(QDateTime::fromMSecsSinceEpoch(line.ts), QLocale::LongFormat));
    case KindRole:
        return QVariant::fromValue(line.kind);
    case SenderRole:
        return line.from;
    case TextRole:
        return line.text;
    case TimeRole:
        return QDateTime::fromMSecsSinceEpoch(line.ts);
    case SeqRole:
        return line.pending || line.kind == Kind::System ? qint64(0) : line.seq;
    case ClientMsgIdRole:
        return line.clientMsgId;
    case OwnRole:
        return isOwn(line);
    case PendingRole:
        return line.pending;
    case GroupedRole:
        return groupedWithPrevious(index.row());
    case MentionRole:
        return mentionsMe(line);
    case DayBreakRole:
        return startsDay(index.row());
    case HueRole:
        return m_hues ? m_hues->hue(line.from) : NameColor::hue(line.from);
    case FileRole:
        return line.file ? QVariant::fromValue(*line.file) : QVariant();
    case FileNameRole:
        return line.file ? line.file->name : QString();
    case FileDetailsRole:
        return line.file ? fileDetails(*line.file) : QString();
    case ImageRole:
        if (line.pending)
            return !line.preview.isNull();
        return line.file && line.file->isImage() && line.file->thumb;
    case ImageSizeRole:
        return line.file && line.file->width > 0 && line.file->height > 0
            ? QSize(line.file->width, line.file->height)
            : QSize();
    case ThumbnailRole:
        if (line.pending)
            return line.preview;
        if (line.file && line.file->thumb && m_thumbnails)
            return m_thumbnails->image(line.file->id);
        return QImage();
    case TransferRole:
        return QVariant::fromValue(line.transfer);
    case ProgressRole:
        if (line.transfer == Transfer::None || line.progress.total <= 0)
            return -1.0;
        return double(line.progress.done) / double(line.progress.total);
    case ProgressTextRole:
        if (line.transfer == Transfer::Upload && line.sent)
            return tr("Sent, the host is checking it…");
        if (line.transfer == Transfer::Upload && line.progress.done == 0 && line.progress.bytesPerSecond == 0)
            return tr("Waiting to send…");
        return line.transfer == Transfer::None ? QString() : amountText(line.progress);
    case ProgressRateRole:
        if (line.transfer == Transfer::None || (line.transfer == Transfer::Upload && line.sent))
            return QString();
        return rateText(line.progress);
    case CancellableRole:
        return line.transfer == Transfer::Download || (line.transfer == Transfer::Upload && !line.sent);
    case AuthorRole:
        return line.author;
    case ConversationRole:
        return line.conversation;
    case EditedRole:
        return line.edited && !line.deleted;
    case DeletedRole:
        return line.deleted;
    case QuoteSeqRole:
        return line.reply ? line.reply->seq : qint64(0);
    case QuoteSenderRole:
        return line.reply ? line.reply->from : QString();
    case QuoteTextRole:
        return line.reply ? line.reply->text : QString();
    case QuoteDeletedRole:
        return line.reply && line.reply->deleted;
    case ReactionsRole:
        return line.reactions.isEmpty() ? QVariant() : QVariant::fromValue(chipsOf(line));
    case HighlightRole:
        return m_highlightSeq > 0 && !line.pending && line.kind == Kind::Message && line.seq == m_highlightSeq;
    default:
        return {};
    }
}

QString MessageModel::typeLabel(const QString &mimeType, const QString &name)
{
    static const QMimeDatabase types;
    QMimeType type = types.mimeTypeForName(mimeType);
    if (!type.isValid() || type.isDefault())
        type = types.mimeTypeForFile(name, QMimeDatabase::MatchExtension);
    if (type.isValid() && !type.isDefault() && !type.comment().isEmpty())
        return type.comment();
    const QString suffix = QFileInfo(name).suffix();
    if (!suffix.isEmpty() && suffix.size() <= 8)
        //: A file's kind when the system does not know it; %1 is its extension, like "XYZ".
        return tr("%1 file").arg(suffix.toUpper());
    return tr("File");
}

QString MessageModel::fileDetails(const protocol::FileInfo &file) const
{
    return QLocale().formattedDataSize(file.size, 1) + QStringLiteral(" · ") + typeLabel(file.type, file.name);
}

QString MessageModel::amountText(const TransferProgress &progress)
{
    const QLocale locale;
    //: A transfer's progress: %1 and %2 are amounts of data, like "2.1 MB of 8 MB".
    return tr("%1 of %2").arg(locale.formattedDataSize(progress.done, 1), locale.formattedDataSize(progress.total, 1));
}

QString MessageModel::rateText(const TransferProgress &progress)
{
    QStringList parts;
    if (progress.bytesPerSecond > 0) {
        //: A transfer's speed; %1 is an amount of data, like "1.2 MB".
        parts.append(tr("%1/s").arg(QLocale().formattedDataSize(progress.bytesPerSecond, 1)));
    }
    const int left = progress.secondsLeft;
    if (left >= 0 && progress.done < progress.total) {
        if (left < 60)
            parts.append(tr("%n second(s) left", nullptr, std::max(1, left)));
        else if (left < 3600)
            parts.append(tr("%n minute(s) left", nullptr, (left + 30) / 60));
        else
            parts.append(tr("%n hour(s) left", nullptr, (left + 1800) / 3600));
    }
    return parts.join(QStringLiteral(" · "));
}

QString MessageModel::progressText(const TransferProgress &progress)
{
    const QString rate = rateText(progress);
    return rate.isEmpty() ? amountText(progress) : amountText(progress) + QStringLiteral(" · ") + rate;
}

bool MessageModel::isOwn(const Row &line) const
{
    if (line.kind != Kind::Message)
        return false;
    // By person id: someone who takes this user's old name later is not this user.
    if (!line.author.isEmpty() && !line.pending)
        return !m_ownId.isEmpty() && line.author == m_ownId;
    if (line.pending || (!line.clientMsgId.isEmpty() && m_ownIds.contains(line.clientMsgId)))
        return true;
    return !m_ownNick.isEmpty() && protocol::nickKey(line.from) == protocol::nickKey(m_ownNick);
}

bool MessageModel::mentionsMe(const Row &line) const
{
    if (line.kind != Kind::Message || m_ownNick.isEmpty() || isOwn(line))
        return false;
    // The name as a whole word (or words), in any case.
    const QRegularExpression pattern(QStringLiteral("(?<![\\w@])@?") + QRegularExpression::escape(m_ownNick)
                                         + QStringLiteral("(?!\\w)"),
                                     QRegularExpression::CaseInsensitiveOption
                                         | QRegularExpression::UseUnicodePropertiesOption);
    return pattern.match(line.text).hasMatch();
}

bool MessageModel::groupedWithPrevious(int row) const
{
    if (row <= 0)
        return false;
    const Row &line = m_rows.at(row);
    const Row &previous = m_rows.at(row - 1);
    return line.kind == Kind::Message && previous.kind == Kind::Message && line.from == previous.from
        && line.ts - previous.ts < groupWindowMs && line.ts >= previous.ts && !startsDay(row);
}

bool MessageModel::startsDay(int row) const
{
    const Row &line = m_rows.at(row);
    if (line.pending)
        return false; // waiting to be sent: shown at the end, dated when the host takes it
    if (row == 0)
        return true;
    const auto day = [](qint64 ts) { return QDateTime::fromMSecsSinceEpoch(ts).date(); };
    return day(line.ts) != day(m_rows.at(row - 1).ts);
}

void MessageModel::setOwnNick(const QString &nick)
{
    if (nick == m_ownNick)
        return;
    m_ownNick = nick;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), {OwnRole, MentionRole});
}

void MessageModel::setOwnId(const QString &id)
{
    if (id == m_ownId)
        return;
    m_ownId = id;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), {OwnRole, MentionRole, ReactionsRole});
}

QList<MessageModel::Chip> MessageModel::chipsOf(const Row &line) const
{
    QList<Chip> chips;
    for (const protocol::Reaction &reaction : line.reactions) {
        Chip chip;
        chip.emoji = reaction.emoji;
        chip.count = reaction.count;
        for (const protocol::Reactor &person : reaction.people) {
            chip.people.append(person.nick);
            chip.mine |= !m_ownId.isEmpty() && person.id == m_ownId;
        }
        chips.append(chip);
    }
    return chips;
}

void MessageModel::takeState(Row &line, const protocol::ChatMessage &message) const
{
    line.text = message.deleted ? QString() : message.text;
    line.file = message.deleted ? std::nullopt : message.file;
    line.author = message.author;
    // Private: the other person of the two (the sender, unless this user sent it).
    line.conversation = message.to.isEmpty() ? QString()
        : (!m_ownId.isEmpty() && message.author == m_ownId ? message.to : message.author);
    line.reply = message.deleted ? std::nullopt : message.reply;
    line.edited = message.edited > 0;
    line.deleted = message.deleted;
    line.reactions = message.deleted ? QList<protocol::Reaction>() : message.reactions;
}

bool MessageModel::updateMessage(const protocol::ChatMessage &message)
{
    bool shown = false;
    const protocol::Quote quote = protocol::quoteOf(message);
    for (int row = 0; row < m_rows.size(); ++row) {
        Row &line = m_rows[row];
        if (line.kind != Kind::Message || line.pending)
            continue;
        if (line.seq == message.seq) {
            const QString from = line.from;
            takeState(line, message);
            line.from = message.from.isEmpty() ? from : message.from;
            shown = true;
            Q_EMIT dataChanged(index(row), index(row));
        } else if (line.reply && line.reply->seq == message.seq && line.reply != quote) {
            line.reply = quote;
            Q_EMIT dataChanged(index(row), index(row));
        }
    }
    return shown;
}

void MessageModel::setHighlightedSeq(qint64 seq)
{
    const int before = rowOfSeq(m_highlightSeq);
    m_highlightSeq = seq;
    if (before >= 0)
        Q_EMIT dataChanged(index(before), index(before), {HighlightRole});
    const int now = rowOfSeq(seq);
    if (now >= 0)
        Q_EMIT dataChanged(index(now), index(now), {HighlightRole});
}

qint64 MessageModel::oldestSeq() const
{
    for (const Row &line : m_rows) {
        if (line.kind == Kind::Message && !line.pending && line.seq > 0)
            return line.seq;
    }
    return 0;
}

void MessageModel::setThumbnails(ThumbnailCache *thumbnails)
{
    if (m_thumbnails)
        disconnect(m_thumbnails, nullptr, this, nullptr);
    m_thumbnails = thumbnails;
    if (!m_thumbnails)
        return;
    connect(m_thumbnails, &ThumbnailCache::loaded, this, [this](const QString &fileId) {
        for (int row = 0; row < m_rows.size(); ++row) {
            if (m_rows.at(row).file && m_rows.at(row).file->id == fileId)
                Q_EMIT dataChanged(index(row), index(row), {ThumbnailRole});
        }
    });
}

void MessageModel::setNameHues(const NameHues *hues)
{
    if (m_hues)
        disconnect(m_hues, nullptr, this, nullptr);
    m_hues = hues;
    const auto repaint = [this] {
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), {HueRole});
    };
    if (m_hues)
        connect(m_hues, &NameHues::changed, this, repaint);
    repaint();
}

int MessageModel::confirmedCount() const
{
    int count = int(m_rows.size());
    while (count > 0 && m_rows.at(count - 1).pending)
        --count;
    return count;
}

int MessageModel::pendingCount() const
{
    return int(m_rows.size()) - confirmedCount();
}

qint64 MessageModel::newestSeq() const
{
    for (qsizetype i = m_rows.size() - 1; i >= 0; --i) {
        if (!m_rows.at(i).pending && m_rows.at(i).seq > 0)
            return m_rows.at(i).seq;
    }
    return 0;
}

int MessageModel::rowOfSeq(qint64 seq) const
{
    if (!m_seqs.contains(seq))
        return -1;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).kind == Kind::Message && !m_rows.at(i).pending && m_rows.at(i).seq == seq)
            return i;
    }
    return -1;
}

int MessageModel::insertionRow(qint64 seq, int sub) const
{
    const auto end = m_rows.cbegin() + confirmedCount();
    // Fast path: new messages almost always go last.
    if (end == m_rows.cbegin() || std::make_pair((end - 1)->seq, (end - 1)->sub) < std::make_pair(seq, sub))
        return confirmedCount();
    const auto it = std::lower_bound(m_rows.cbegin(), end, std::make_pair(seq, sub),
                                     [](const Row &line, const std::pair<qint64, int> &key) {
                                         return std::make_pair(line.seq, line.sub) < key;
                                     });
    return int(it - m_rows.cbegin());
}

void MessageModel::touchRow(int row)
{
    if (row >= 0 && row < m_rows.size())
        Q_EMIT dataChanged(index(row), index(row), {GroupedRole, DayBreakRole});
}

void MessageModel::insertRow(int row, Row line)
{
    beginInsertRows({}, row, row);
    m_rows.insert(row, std::move(line));
    endInsertRows();
    touchRow(row + 1);
}

void MessageModel::removeRowAt(int row)
{
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    touchRow(row);
}

int MessageModel::pendingRow(const QString &clientMsgId) const
{
    if (clientMsgId.isEmpty())
        return -1;
    for (int i = int(m_rows.size()) - 1; i >= 0 && m_rows.at(i).pending; --i) {
        if (m_rows.at(i).clientMsgId == clientMsgId)
            return i;
    }
    return -1;
}

int MessageModel::addMessages(const QList<protocol::ChatMessage> &messages)
{
    int added = 0;
    for (const protocol::ChatMessage &message : messages) {
        const int pending = pendingRow(message.clientMsgId);
        if (pending >= 0)
            removeRowAt(pending);
        if (message.seq > 0 && m_seqs.contains(message.seq)) {
            // The host's own copy of a line made from an ack: it knows the author and the rest.
            const int row = rowOfSeq(message.seq);
            if (row >= 0 && m_rows.at(row).fromAck) {
                m_rows[row].fromAck = false;
                updateMessage(message);
            }
            continue;
        }
        if (message.seq <= 0)
            continue;
        m_seqs.insert(message.seq);
        Row line;
        line.kind = Kind::Message;
        line.seq = message.seq;
        line.ts = message.ts;
        line.from = message.from;
        line.text = message.text;
        line.clientMsgId = message.clientMsgId;
        takeState(line, message);
        insertRow(insertionRow(line.seq, 0), std::move(line));
        ++added;
    }
    return added;
}

void MessageModel::addPending(const QString &clientMsgId, const QString &text, const QString &conversation,
                              const std::optional<protocol::Quote> &reply)
{
    m_ownIds.insert(clientMsgId);
    Row line;
    line.kind = Kind::Message;
    line.ts = QDateTime::currentMSecsSinceEpoch();
    line.from = m_ownNick;
    line.text = text;
    line.clientMsgId = clientMsgId;
    line.pending = true;
    line.conversation = conversation;
    line.reply = reply;
    insertRow(int(m_rows.size()), std::move(line));
}

namespace {

// A small picture of an image file the user is sending, or a null image for any other file and
// for images too large to decode quickly here.
QImage previewOf(const QString &path, QSize *fullSize)
{
    constexpr qint64 maxPreviewFileBytes = 64 * 1024 * 1024;
    constexpr qint64 maxPreviewPixels = 40'000'000;
    if (path.isEmpty() || QFileInfo(path).size() > maxPreviewFileBytes)
        return {};
    QImageReader reader(path);
    reader.setAutoTransform(true);
    reader.setAllocationLimit(256);
    QSize size = reader.size();
    if (!size.isValid() || qint64(size.width()) * size.height() > maxPreviewPixels)
        return {};
    if (reader.transformation() & QImageIOHandler::TransformationRotate90)
        size.transpose();
    *fullSize = size;
    const int edge = 640; // twice what a line shows, for high-density screens
    if (size.width() > edge || size.height() > edge)
        reader.setScaledSize(reader.size().scaled(edge, edge, Qt::KeepAspectRatio));
    return reader.read();
}

} // namespace

void MessageModel::addPendingFile(const QString &clientMsgId, const QString &name, qint64 size,
                                  const QString &caption, const QString &localPath)
{
    m_ownIds.insert(clientMsgId);
    Row line;
    line.kind = Kind::Message;
    line.ts = QDateTime::currentMSecsSinceEpoch();
    line.from = m_ownNick;
    line.text = caption;
    line.clientMsgId = clientMsgId;
    line.pending = true;
    protocol::FileInfo file;
    file.name = name;
    file.size = size;
    QSize imageSize;
    line.preview = previewOf(localPath, &imageSize);
    if (!line.preview.isNull()) {
        file.width = imageSize.width();
        file.height = imageSize.height();
    }
    line.file = file;
    line.transfer = Transfer::Upload;
    line.progress = {0, size, 0, -1};
    insertRow(int(m_rows.size()), std::move(line));
}

void MessageModel::touchTransfer(int row)
{
    Q_EMIT dataChanged(index(row), index(row),
                       {TransferRole, ProgressRole, ProgressTextRole, CancellableRole, Qt::AccessibleTextRole});
}

void MessageModel::setUploadProgress(const QString &clientMsgId, const TransferProgress &progress)
{
    const int row = pendingRow(clientMsgId);
    if (row < 0 || m_rows.at(row).transfer != Transfer::Upload)
        return;
    m_rows[row].progress = progress;
    touchTransfer(row);
}

void MessageModel::setUploadSent(const QString &clientMsgId)
{
    const int row = pendingRow(clientMsgId);
    if (row < 0 || m_rows.at(row).transfer != Transfer::Upload)
        return;
    m_rows[row].sent = true;
    m_rows[row].progress.done = m_rows.at(row).progress.total;
    touchTransfer(row);
}

void MessageModel::setDownloadProgress(const QString &fileId, const TransferProgress &progress)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        Row &line = m_rows[row];
        if (line.pending || !line.file || line.file->id != fileId)
            continue;
        line.transfer = Transfer::Download;
        line.progress = progress;
        touchTransfer(row);
    }
}

void MessageModel::endDownload(const QString &fileId)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        Row &line = m_rows[row];
        if (line.pending || !line.file || line.file->id != fileId || line.transfer != Transfer::Download)
            continue;
        line.transfer = Transfer::None;
        line.progress = {};
        touchTransfer(row);
    }
}

void MessageModel::acknowledge(const QString &clientMsgId, qint64 seq, qint64 ts)
{
    const int pending = pendingRow(clientMsgId);
    // A file's line waits for its message, which says where the file is.
    if (pending < 0 || m_rows.at(pending).file)
        return;
    protocol::ChatMessage message;
    message.seq = seq;
    message.ts = ts;
    message.from = m_rows.at(pending).from;
    message.text = m_rows.at(pending).text;
    message.clientMsgId = clientMsgId;
    message.author = m_ownId;
    message.to = m_rows.at(pending).conversation;
    message.reply = m_rows.at(pending).reply;
    addMessages({message});
    const int row = rowOfSeq(seq);
    if (row >= 0)
        m_rows[row].fromAck = true;
}

QString MessageModel::pendingText(const QString &clientMsgId) const
{
    const int pending = pendingRow(clientMsgId);
    return pending >= 0 ? m_rows.at(pending).text : QString();
}

void MessageModel::removePending(const QString &clientMsgId)
{
    const int pending = pendingRow(clientMsgId);
    if (pending >= 0)
        removeRowAt(pending);
}

void MessageModel::addSystemLine(const QString &text)
{
    Row line;
    line.kind = Kind::System;
    line.seq = newestSeq();
    line.sub = m_nextSub++;
    line.ts = QDateTime::currentMSecsSinceEpoch();
    line.text = text;
    insertRow(confirmedCount(), std::move(line));
}

} // namespace tincan
