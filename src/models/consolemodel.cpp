#include "consolemodel.h"

namespace coro {

namespace {
constexpr int kFrameMs = 16;
} // namespace

ConsoleModel::ConsoleModel(QObject *parent) : QAbstractListModel(parent)
{
    m_frame.setSingleShot(true);
    m_frame.setInterval(kFrameMs);
    connect(&m_frame, &QTimer::timeout, this, &ConsoleModel::flush);
}

int ConsoleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

QVariant ConsoleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Line &line = m_lines.at(index.row());
    switch (role) {
    case TextRole:
        return line.text;
    case StreamRole:
        switch (line.stream) {
        case Stream::Stdout:
            return QStringLiteral("stdout");
        case Stream::Stderr:
            return QStringLiteral("stderr");
        case Stream::Image:
            return QStringLiteral("image");
        case Stream::Note:
            return QStringLiteral("note");
        }
        return {};
    case ImageRole:
        return line.image;
    default:
        return {};
    }
}

QHash<int, QByteArray> ConsoleModel::roleNames() const
{
    return {{TextRole, "text"}, {StreamRole, "stream"}, {ImageRole, "image"}};
}

void ConsoleModel::append(Stream stream, const QString &text)
{
    if (text.isEmpty())
        return;
    if (!m_pending.isEmpty() && m_pending.last().first == stream)
        m_pending.last().second += text;
    else
        m_pending.append({stream, text});
    if (!m_frame.isActive())
        m_frame.start();
}

void ConsoleModel::appendImage(const QUrl &url, const QString &name)
{
    flush();
    QList<Line> rows{{Stream::Image, name, url, false, false}};
    insert(std::move(rows), false);
}

void ConsoleModel::appendNote(const QString &text)
{
    flush();
    QList<Line> rows{{Stream::Note, text, {}, false, false}};
    insert(std::move(rows), false);
}

void ConsoleModel::clear()
{
    m_frame.stop();
    m_pending.clear();
    m_dropped = 0;
    m_overflowRow = -1;
    beginResetModel();
    m_lines.clear();
    endResetModel();
    Q_EMIT countChanged();
}

void ConsoleModel::flush()
{
    m_frame.stop();
    if (m_pending.isEmpty())
        return;
    const auto pending = std::exchange(m_pending, {});
    QList<Line> added;
    bool lastChanged = false;
    for (const auto &[stream, text] : pending) {
        if (m_lines.size() + added.size() >= kMaxRows) {
            m_dropped += text.count(QLatin1Char('\n')) + (text.endsWith(QLatin1Char('\n')) ? 0 : 1);
            continue;
        }
        qsizetype at = 0;
        while (true) {
            const qsizetype newline = text.indexOf(QLatin1Char('\n'), at);
            const qsizetype end = newline < 0 ? text.size() : newline;
            const QStringView piece = QStringView(text).sliced(at, end - at);
            Line *last = !added.isEmpty()     ? &added.last()
                         : !m_lines.isEmpty() ? &m_lines.last()
                                              : nullptr;
            if (last && last->open && last->stream == stream) {
                lastChanged = lastChanged || added.isEmpty();
                last->text += piece;
                last->open = newline < 0;
                if (last->text.size() > kMaxLineChars) {
                    qsizetype cut = kMaxLineChars;
                    if (last->text.at(cut - 1).isHighSurrogate())
                        --cut;
                    const QString rest = last->text.mid(cut);
                    const bool open = last->open;
                    last->text.truncate(cut);
                    last->open = false;
                    wrapInto(stream, rest, open, &added);
                }
            } else if (!piece.isEmpty() || newline >= 0) {
                if (last)
                    last->open = false; // Another stream's line came between.
                wrapInto(stream, piece.toString(), newline < 0, &added);
            }
            if (newline < 0)
                break;
            at = newline + 1;
        }
    }
    if (lastChanged) {
        const QModelIndex changed = index(int(m_lines.size()) - 1);
        Q_EMIT dataChanged(changed, changed, {TextRole});
    }
    const bool overflowed = m_dropped > 0;
    insert(std::move(added), overflowed);
}

void ConsoleModel::wrapInto(Stream stream, const QString &text, bool open, QList<Line> *rows)
{
    qsizetype at = 0;
    bool wrapped = false;
    do {
        qsizetype length = std::min(kMaxLineChars, text.size() - at);
        if (at + length < text.size() && text.at(at + length - 1).isHighSurrogate())
            --length;
        const bool lastPiece = at + length >= text.size();
        if (m_lines.size() + rows->size() >= kMaxRows) {
            ++m_dropped;
            return;
        }
        rows->append({stream, text.mid(at, length), {}, lastPiece && open, wrapped});
        wrapped = true;
        at += length;
    } while (at < text.size());
}

void ConsoleModel::insert(QList<Line> rows, bool overflowed)
{
    if (!rows.isEmpty()) {
        const int first = int(m_lines.size());
        beginInsertRows({}, first, first + int(rows.size()) - 1);
        m_lines.append(std::move(rows));
        endInsertRows();
        Q_EMIT countChanged();
    }
    if (!overflowed)
        return;
    const QString note = tr("The output goes on: %n more line(s) not shown.", nullptr,
                            int(std::min<qsizetype>(m_dropped, INT_MAX)));
    if (m_overflowRow < 0) {
        m_overflowRow = int(m_lines.size());
        beginInsertRows({}, m_overflowRow, m_overflowRow);
        m_lines.append({Stream::Note, note, {}, false, false});
        endInsertRows();
        Q_EMIT countChanged();
    } else if (m_lines.at(m_overflowRow).text != note) {
        m_lines[m_overflowRow].text = note;
        Q_EMIT dataChanged(index(m_overflowRow), index(m_overflowRow), {TextRole});
    }
}

QString ConsoleModel::plainText() const
{
    QString out;
    for (const Line &line : m_lines) {
        if (!out.isEmpty() && !line.wrapped)
            out += QLatin1Char('\n');
        switch (line.stream) {
        case Stream::Stderr:
            out += line.wrapped ? line.text : QStringLiteral("stderr: ") + line.text;
            break;
        case Stream::Image:
            out += tr("[image: %1]").arg(line.text);
            break;
        default:
            out += line.text;
        }
    }
    return out;
}

} // namespace coro
