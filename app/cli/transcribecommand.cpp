#include "transcribecommand.h"
#include "clienvironment.h"
#include "jsonlines.h"
#include "transcription/transcriber.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QRegularExpression>

namespace coro::cli {

namespace {
struct TranscribeText
{
    Q_DECLARE_TR_FUNCTIONS(TranscribeCommand)
};

void printError(const QString &message)
{
    printCommandError(QStringLiteral("transcribe"), message);
}
} // namespace

int runTranscribe(CliEnvironment &env, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        TranscribeText::tr("Turn a recording into text with an OpenAI-compatible "
                           "/audio/transcriptions endpoint (OpenAI, Groq, a local server)."));
    parser.addHelpOption();
    parser.addOptions({
        {{QStringLiteral("m"), QStringLiteral("model")},
         TranscribeText::tr("PROVIDER/MODEL, e.g. openai/whisper-1, openai/gpt-4o-mini-transcribe "
                            "or groq/whisper-large-v3 (default: the first of OpenAI and Groq that "
                            "providers.json offers)."),
         QStringLiteral("model")},
        {QStringLiteral("language"),
         TranscribeText::tr("The spoken language as an ISO-639-1 code (de, fr...); default: "
                            "detected."),
         QStringLiteral("code")},
        {QStringLiteral("timeout"), TranscribeText::tr("Seconds allowed for the request (120)."),
         QStringLiteral("S")},
        {QStringLiteral("json"), TranscribeText::tr("Print one JSON object.")},
    });
    parser.addPositionalArgument(QStringLiteral("file"),
                                 TranscribeText::tr("flac, mp3, mp4, m4a, mpeg, mpga, ogg, opus, "
                                                    "wav or webm; at most 25 MB."));
    if (const auto done = parseCommand(parser, arguments, QStringLiteral("transcribe")))
        return *done;
    if (parser.positionalArguments().size() != 1) {
        printError(TranscribeText::tr("name exactly one audio file"));
        return ExitUsage;
    }
    const QString language = parser.value(QStringLiteral("language"));
    static const QRegularExpression code(QStringLiteral("^[a-z]{2,3}$"));
    if (!language.isEmpty() && !code.match(language).hasMatch()) {
        printError(TranscribeText::tr("--language expects a code such as de or fr"));
        return ExitUsage;
    }
    double seconds = Transcriber::kDefaultTimeoutMs / 1000.0;
    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        seconds = parser.value(QStringLiteral("timeout")).toDouble(&ok);
        if (!ok || !(seconds > 0 && seconds <= 3600)) {
            printError(TranscribeText::tr("--timeout must be between 0 and 3600 seconds"));
            return ExitUsage;
        }
    }

    QString error;
    std::optional<TranscriptionTarget> target;
    if (parser.isSet(QStringLiteral("model"))) {
        const auto ref = ModelRef::parse(parser.value(QStringLiteral("model")));
        if (!ref) {
            printError(TranscribeText::tr("\"%1\" is not PROVIDER/MODEL")
                           .arg(parser.value(QStringLiteral("model"))));
            return ExitUsage;
        }
        target = TranscriptionModels::resolve(env.catalog(), *ref, &error);
    } else {
        target = TranscriptionModels::defaultTarget(env.catalog(), &error);
    }
    if (!target) {
        printError(error);
        return ExitUsage;
    }
    const auto audio = Transcriber::readFile(parser.positionalArguments().first(), &error);
    if (!audio) {
        printError(error);
        return ExitUsage;
    }

    Transcriber transcriber(env.keys(), env.network());
    transcriber.setTimeoutMs(int(seconds * 1000));
    Transcriber::Result result;
    QEventLoop loop;
    transcriber.transcribe(*target, *audio, language, [&](const Transcriber::Result &r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    if (!result.ok) {
        printError(QStringLiteral("%1: %2: %3")
                       .arg(target->ref().toString(), errorCodeName(result.error.code),
                            result.error.message));
        return ExitFailed;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        writeJsonLine({{QStringLiteral("type"), QStringLiteral("transcript")},
                       {QStringLiteral("model"), target->ref().toString()},
                       {QStringLiteral("file"), audio->fileName},
                       {QStringLiteral("text"), result.text}});
    } else {
        writeOut(result.text + QLatin1Char('\n'));
    }
    return ExitOk;
}

} // namespace coro::cli
