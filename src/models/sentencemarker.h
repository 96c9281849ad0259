#pragma once

#include <QPointer>
#include <QQuickTextDocument>
#include <QSyntaxHighlighter>
#include <QVariantList>
#include <QtQmlIntegration>

namespace coro {

/**
 * @brief Tints the Quick Diff marks of one block of an answer in its text view: what only this
 *        answer says, and where it contradicts another.
 *
 * Formats laid over the text (QSyntaxHighlighter), never edits: the block's rich text, its
 * selection and links stay as they are. Each mark also has its own underline (dotted: only this
 * answer; wavy: a contradiction), so the two are told apart without colour, and its note is in
 * the block's accessible description (set in QML).
 */
class SentenceMarker : public QSyntaxHighlighter
{
    Q_OBJECT
    QML_ELEMENT
    /// The text view's textDocument.
    Q_PROPERTY(QQuickTextDocument *document READ quickDocument WRITE setQuickDocument NOTIFY
                   documentChanged)
    /// [{text, kind: "unique" | "contradiction", note}] (MessageBlockModel's marks role).
    Q_PROPERTY(QVariantList marks READ marks WRITE setMarks NOTIFY marksChanged)
    Q_PROPERTY(bool dark READ isDark WRITE setDark NOTIFY darkChanged)

public:
    explicit SentenceMarker(QObject *parent = nullptr);

    QQuickTextDocument *quickDocument() const { return m_quickDocument; }
    void setQuickDocument(QQuickTextDocument *document);
    QVariantList marks() const { return m_marks; }
    void setMarks(const QVariantList &marks);
    bool isDark() const { return m_dark; }
    void setDark(bool dark);

    /// The format of a mark of @p kind in a light or dark theme.
    static QTextCharFormat formatFor(const QString &kind, bool dark);

Q_SIGNALS:
    void documentChanged();
    void marksChanged();
    void darkChanged();

protected:
    void highlightBlock(const QString &text) override;

private:
    QPointer<QQuickTextDocument> m_quickDocument;
    QVariantList m_marks;
    bool m_dark = false;
};

} // namespace coro
