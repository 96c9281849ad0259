#pragma once

#include "core/chatmessage.h"
#include "webcontext.h"

namespace coro {

/**
 * @brief The one place that builds what a model is sent: its system text (the user's system
 *        prompt, the conversation guide and the numbered web sources) and its messages (the
 *        history, then the prompt).
 *
 * The system text travels as GenerationParams::systemPrompt, which each protocol maps to its own
 * slot (an OpenAI/Ollama `system` message, Anthropic's top-level `system`, Gemini's
 * `systemInstruction`), so no protocol needs to know about guides or search.
 */
class PromptComposer
{
public:
    /// Bounds on what reaches a model, whatever the user, the history file or a search
    /// backend hands over.
    static constexpr qsizetype kMaxGuideChars = 16000;
    static constexpr qsizetype kMaxTitleChars = 200;
    static constexpr qsizetype kMaxSnippetChars = 1200;
    static constexpr qsizetype kMaxUrlChars = 2000;
    static constexpr qsizetype kMaxWebChars = 12000;
    static constexpr int kMaxSources = 10;

    struct Parts
    {
        QString system; ///< The user's own system prompt for this ask (may be empty).
        QString guide;  ///< The conversation's guide, else the app's default (may be empty).
        WebContext web; ///< Sources to give every model; none: no web block.
    };

    struct Composed
    {
        QString system; ///< For GenerationParams::systemPrompt; empty when there is none.
        ChatMessages messages;
    };

    /// @p history: earlier turns as user/assistant messages; any system message in it joins
    /// the system text, so that there is one system slot per request.
    static Composed compose(const Parts &parts, const ChatMessages &history, const QString &prompt);

    /// The conversation's guide when it has one, else @p defaultGuide; trimmed and bounded.
    static QString effectiveGuide(const QString &conversationGuide, const QString &defaultGuide);

    /// The web block of the system text: the query, when it was searched, and each source as
    /// "[n] title", its address and its snippet. Empty without sources.
    static QString webBlock(const WebContext &web);

private:
    static QString clean(const QString &text, qsizetype maxChars);
};

} // namespace coro
