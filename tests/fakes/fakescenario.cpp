#include "fakescenario.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace coro::test {

namespace {
struct NamedScenario
{
    const char *name;
    FakeScenario::Kind kind;
    int defaultArgument; ///< -1: the scenario takes no argument.
};

constexpr NamedScenario kScenarios[] = {
    {"reasoning", FakeScenario::Kind::Reasoning, -1},
    {"keepalive", FakeScenario::Kind::KeepAlive, -1},
    {"fragmented", FakeScenario::Kind::Fragmented, -1},
    {"quota", FakeScenario::Kind::Quota, -1},
    {"reject-max-tokens", FakeScenario::Kind::RejectMaxTokens, -1},
    {"flaky", FakeScenario::Kind::Flaky, 1},
    {"ratelimit", FakeScenario::Kind::RateLimit, 1},
    {"midstream-error", FakeScenario::Kind::MidstreamError, -1},
    {"truncated", FakeScenario::Kind::Truncated, -1},
    {"reset", FakeScenario::Kind::Reset, -1},
    {"stall", FakeScenario::Kind::Stall, -1},
    {"no-response", FakeScenario::Kind::NoResponse, -1},
    {"slow", FakeScenario::Kind::Slow, 50},
    {"long", FakeScenario::Kind::Long, 1000},
    {"filtered", FakeScenario::Kind::Filtered, -1},
    {"cold", FakeScenario::Kind::Cold, 1000},
    {"think", FakeScenario::Kind::Think, 1000},
    {"hugeline", FakeScenario::Kind::HugeLine, 64},
    {"redirect", FakeScenario::Kind::Redirect, 0},
    {"prose", FakeScenario::Kind::Prose, 1000},
};

// Text of a message's content: a string, or a list of text blocks/parts (Anthropic, OpenAI).
QString contentText(const QJsonValue &content)
{
    if (content.isString())
        return content.toString();
    QStringList texts;
    for (const auto &block : content.toArray())
        texts << block.toObject().value(QLatin1String("text")).toString();
    return texts.join(QString());
}

struct Message
{
    QString role;
    QString text;
};

// Every message of the request in order, system prompts first, in one shape for all protocols.
QList<Message> messagesOf(ProtocolKind protocol, const QJsonObject &body)
{
    QList<Message> messages;
    if (protocol == ProtocolKind::Gemini) {
        const QJsonValue system = body.value(QLatin1String("systemInstruction"));
        if (system.isObject())
            messages.append({QStringLiteral("system"),
                             contentText(system.toObject().value(QLatin1String("parts")))});
        for (const auto &entry : body.value(QLatin1String("contents")).toArray()) {
            const QJsonObject content = entry.toObject();
            messages.append({content.value(QLatin1String("role")).toString(),
                             contentText(content.value(QLatin1String("parts")))});
        }
        return messages;
    }
    if (body.contains(QLatin1String("system"))) // Anthropic's top-level system prompt.
        messages.append(
            {QStringLiteral("system"), contentText(body.value(QLatin1String("system")))});
    for (const auto &entry : body.value(QLatin1String("messages")).toArray()) {
        const QJsonObject message = entry.toObject();
        messages.append({message.value(QLatin1String("role")).toString(),
                         contentText(message.value(QLatin1String("content")))});
    }
    return messages;
}
} // namespace

FakeScenario FakeScenario::fromModel(QStringView model)
{
    static const QRegularExpression httpStatus(QStringLiteral("^http-([45][0-9][0-9])$"));
    if (const auto match = httpStatus.match(model); match.hasMatch())
        return {Kind::HttpStatus, match.captured(1).toInt()};

    const qsizetype colon = model.indexOf(QLatin1Char(':'));
    const QStringView name = colon < 0 ? model : model.first(colon);
    for (const auto &scenario : kScenarios) {
        if (name != QLatin1String(scenario.name))
            continue;
        // A tag that is not a number ("reasoning:latest", as Ollama names models) is ignored.
        bool ok = false;
        const int argument = colon < 0 ? -1 : model.sliced(colon + 1).toInt(&ok);
        if (scenario.defaultArgument < 0)
            return {scenario.kind, 0};
        return {scenario.kind, ok && argument >= 0 ? argument : scenario.defaultArgument};
    }
    return {};
}

FakeChat FakeChat::fromRequest(ProtocolKind protocol, const QString &model, const QJsonObject &body)
{
    FakeChat chat;
    chat.protocol = protocol;
    chat.model = model;
    chat.scenario = FakeScenario::fromModel(model);
    chat.body = body;
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    for (const Message &message : messagesOf(protocol, body)) {
        chat.inputWords +=
            static_cast<int>(message.text.split(whitespace, Qt::SkipEmptyParts).size());
        if (message.role == QLatin1String("user"))
            chat.lastUserMessage = message.text;
    }
    return chat;
}

QStringList splitKeepingSpaces(const QString &text)
{
    QStringList tokens;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char(' ')) {
            tokens << text.mid(start, i + 1 - start);
            start = i + 1;
        }
    }
    if (start < text.size())
        tokens << text.mid(start);
    return tokens;
}

QStringList answerTokens(ProtocolKind protocol, const QString &model,
                         const QString &lastUserMessage)
{
    const FakeScenario scenario = FakeScenario::fromModel(model);
    if (scenario.kind == FakeScenario::Kind::Long) {
        // Exactly 16 bytes each: a benchmark can compute the answer size from N.
        QStringList tokens;
        tokens.reserve(scenario.argument);
        for (int i = 0; i < scenario.argument; ++i)
            tokens << QStringLiteral("token-%1 ").arg(i, 9, 10, QLatin1Char('0'));
        return tokens;
    }
    if (scenario.kind == FakeScenario::Kind::Prose)
        return proseTokens(scenario.argument);
    // The fragmented stream must split a multi-byte character across writes, so it needs one.
    const QString extra =
        scenario.kind == FakeScenario::Kind::Fragmented ? QStringLiteral(" café ☕") : QString();
    return splitKeepingSpaces(QStringLiteral("Hello from ") + protocolName(protocol) +
                              QStringLiteral(" model ") + model + extra +
                              QStringLiteral(". You said: ") + lastUserMessage);
}

QStringList proseTokens(int count)
{
    // A realistic answer's shape: paragraphs of ~60 words with some bold and code spans, a
    // bullet list now and then, a fenced code block every ~600 tokens. Deterministic.
    static const QStringList words{
        QStringLiteral("the"),        QStringLiteral("answer"),  QStringLiteral("depends"),
        QStringLiteral("on"),         QStringLiteral("how"),     QStringLiteral("the"),
        QStringLiteral("**memory**"), QStringLiteral("model"),   QStringLiteral("orders"),
        QStringLiteral("each"),       QStringLiteral("`store`"), QStringLiteral("and"),
        QStringLiteral("load,"),      QStringLiteral("which"),   QStringLiteral("matters"),
        QStringLiteral("here."),
    };
    QStringList tokens;
    tokens.reserve(count);
    for (int i = 0; i < count; ++i) {
        if (i % 600 == 599) {
            tokens << QStringLiteral("\n\n```cpp\nint x = load(y);\nstore(x + 1);\n```\n\n");
        } else if (i % 200 >= 180 && i % 5 == 0) {
            tokens << QStringLiteral("\n- item ") + QString::number(i) + QLatin1Char(' ');
        } else if (i % 60 == 59) {
            tokens << QStringLiteral("end.\n\n");
        } else {
            tokens << words.at(i % words.size()) + QLatin1Char(' ');
        }
    }
    return tokens;
}

QStringList reasoningTokens()
{
    return splitKeepingSpaces(QStringLiteral("Let me think. "));
}

} // namespace coro::test
