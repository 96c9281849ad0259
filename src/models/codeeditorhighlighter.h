#pragma once

#include <QColor>
#include <QPointer>
#include <QQuickTextDocument>
#include <QSyntaxHighlighter>
#include <QTimer>
#include <QtQmlIntegration>

#include <memory>

namespace coro {

class CodeHighlighter;

/**
 * @brief Colours the code in an editable TextArea as the user types, with the markdown
 * library's CodeHighlighter (the same colours as code blocks in answers).
 *
 * Colours are formats laid over the text (QSyntaxHighlighter), never edits: typing, undo and
 * the cursor are the TextArea's own. The highlighter works on a worker thread and answers with
 * rich text; that is read back into colour ranges per line, and a line keeps its colours only
 * while its text is what was coloured. A pause of kDelayMs in typing asks again.
 */
class CodeEditorHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
    QML_ELEMENT
    /// The TextArea's textDocument.
    Q_PROPERTY(QQuickTextDocument *document READ quickDocument WRITE setQuickDocument NOTIFY
                   documentChanged)
    /// A fence language word: "python", "sh", "js"...
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(bool dark READ isDark WRITE setDark NOTIFY darkChanged)

public:
    static constexpr int kDelayMs = 150;
    /// Longer code stays plain (the highlighter would refuse it anyway).
    static constexpr qsizetype kMaxChars = 200'000;

    /// One coloured stretch of a line.
    struct Span
    {
        int start = 0;
        int length = 0;
        QColor color;
    };
    /// The lines of highlighted rich text (CodeHighlighter's output), each with its spans.
    struct Line
    {
        QString text;
        QList<Span> spans;
    };
    static QList<Line> linesFromRichText(const QString &html);

    explicit CodeEditorHighlighter(QObject *parent = nullptr);
    ~CodeEditorHighlighter() override;

    QQuickTextDocument *quickDocument() const { return m_quickDocument; }
    void setQuickDocument(QQuickTextDocument *document);
    /// The document to colour (what setQuickDocument() does with a TextArea's).
    void setTextDocument(QTextDocument *document);
    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    bool isDark() const { return m_dark; }
    void setDark(bool dark);

Q_SIGNALS:
    void documentChanged();
    void languageChanged();
    void darkChanged();
    /// New colours are on (for tests).
    void highlighted();

protected:
    void highlightBlock(const QString &text) override;

private:
    void schedule();
    void request();

    QPointer<QQuickTextDocument> m_quickDocument;
    QString m_language;
    bool m_dark = false;
    std::unique_ptr<CodeHighlighter> m_highlighter;
    QTimer m_delay;
    QString m_requested; ///< The code of the latest request, to skip asking twice.
    QList<Line> m_lines;
};

} // namespace coro
