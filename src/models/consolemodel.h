#pragma once

#include <QAbstractListModel>
#include <QTimer>
#include <QUrl>
#include <QtQmlIntegration>

namespace coro {

/**
 * @brief What a program printed, line by line, stdout and stderr told apart, with the images it
 * wrote shown among the lines.
 *
 * Text arrives in chunks of any size; it is split into lines and shown at most once per frame
 * (16 ms), however fast it comes. A chunk continues the last line when it is the same stream
 * and that line had no newline yet. Bounded whatever a program prints: lines longer than
 * kMaxLineChars are wrapped into several rows, and past kMaxRows a note says how much more
 * there was.
 */
class ConsoleModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The workspace owns its console")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    static constexpr qsizetype kMaxLineChars = 4000;
    static constexpr int kMaxRows = 10'000;

    enum Role {
        TextRole = Qt::UserRole + 1, /**< The line, without its newline. */
        StreamRole,                  /**< "stdout", "stderr", "image" or "note" (Coro's own). */
        ImageRole,                   /**< For "image": file URL of Coro's copy; else empty. */
    };
    Q_ENUM(Role)

    explicit ConsoleModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void appendStdout(const QString &text) { append(Stream::Stdout, text); }
    void appendStderr(const QString &text) { append(Stream::Stderr, text); }
    /// An image the program wrote: @p url is a local file; @p name is what the program called it.
    void appendImage(const QUrl &url, const QString &name);
    /// A line of Coro's own (an image left out, output cut...).
    void appendNote(const QString &text);
    /// Shows everything still waiting for the next frame now.
    void flush();
    void clear();
    /// Everything shown, stderr lines marked, for copying.
    Q_INVOKABLE QString plainText() const;

Q_SIGNALS:
    void countChanged();

private:
    enum class Stream { Stdout, Stderr, Image, Note };
    struct Line
    {
        Stream stream;
        QString text;
        QUrl image;
        bool open = false;    ///< No newline yet: the next chunk of its stream continues it.
        bool wrapped = false; ///< Continues the row before (a line past kMaxLineChars).
    };

    void append(Stream stream, const QString &text);
    /// Rows of at most kMaxLineChars for @p text; the last one stays @p open.
    void wrapInto(Stream stream, const QString &text, bool open, QList<Line> *rows);
    /// Appends @p rows, then the note of lines left out when @p overflowed.
    void insert(QList<Line> rows, bool overflowed);

    QList<Line> m_lines;
    QList<std::pair<Stream, QString>> m_pending;
    QTimer m_frame;
    qsizetype m_dropped = 0; ///< Lines not shown past kMaxRows.
    int m_overflowRow = -1;  ///< The row of the note saying so.
};

} // namespace coro
