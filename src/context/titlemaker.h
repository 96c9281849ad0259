#pragma once

#include "core/modelref.h"

#include <QObject>
#include <QPointer>
#include <functional>

namespace coro {

class ConversationStore;
class ModelQuery;
class StorageService;

/**
 * @brief After a conversation's first turn, asks a cheap model for a short title and puts it
 *        in place of the one made from the prompt (title_source "model") — never over a title
 *        the user set, which is checked in the same transaction as the rename.
 *
 * Optional and bounded: a short deadline, a short answer, a cleaned single line of at most
 * kMaxTitleChars. When anything fails the heuristic title simply stays.
 */
class TitleMaker : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultTimeoutMs = 15000;
    static constexpr qsizetype kMaxTitleChars = 60;
    static constexpr qsizetype kMaxExcerptChars = 2000;

    struct Result
    {
        bool applied = false;
        QString title; ///< The title set (when applied) or proposed.
        QString note;  ///< Why no title was set.
    };
    using Done = std::function<void(const Result &)>;

    TitleMaker(ModelQuery *query, StorageService *storage, QObject *parent = nullptr);

    /// Asks @p model for a title from the first @p prompt and @p answer of conversation
    /// @p conversationId, then renames it if its title is still the default or the prompt's.
    /// @p done runs once, later.
    void make(qint64 conversationId, const ModelRef &model, const QString &prompt,
              const QString &answer, Done done, int timeoutMs = kDefaultTimeoutMs);

    static QString instructions();
    /// The message the model gets: the prompt and an excerpt of the answer.
    static QString message(const QString &prompt, const QString &answer);
    /// The title in a model's reply: its first real line without quotes, Markdown marks or a
    /// "Title:" label, whitespace collapsed, cut at a word to kMaxTitleChars; empty when none.
    static QString cleaned(const QString &reply);
    /// On the storage thread: renames @p id to @p title with source "model" only when the
    /// title is still "default" or "prompt". False when it was left as it was.
    static bool apply(ConversationStore &store, qint64 id, const QString &title);

private:
    ModelQuery *m_query;
    QPointer<StorageService> m_storage;
};

} // namespace coro
