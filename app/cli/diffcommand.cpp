#include "diffcommand.h"
#include "clienvironment.h"
#include "diff/answerdiff.h"
#include "diff/worddiff.h"
#include "jsonlines.h"
#include "markdown/blockparser.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace coro::cli {

namespace {
// A named context, so that lupdate files these messages where the run-time lookup finds them.
struct DiffText
{
    Q_DECLARE_TR_FUNCTIONS(DiffCommand)
};

void printError(const QString &message)
{
    printCommandError(QStringLiteral("diff"), message);
}

QJsonArray labelsOf(const QList<int> &answers, const QStringList &files)
{
    QJsonArray labels;
    for (const int answer : answers)
        labels.append(files.at(answer));
    return labels;
}

// Without --json and more than two answers: each sentence marked = (all), ~ (some), + (only
// here), with the answers that share or contradict it.
void printSummary(const QList<QList<DiffSentence>> &compared, const QStringList &files)
{
    for (qsizetype i = 0; i < compared.size(); ++i) {
        writeOut(QStringLiteral("== %1\n").arg(files.at(i)));
        for (const DiffSentence &sentence : compared.at(i)) {
            const char mark = sentence.agreement == Agreement::All    ? '='
                              : sentence.agreement == Agreement::Some ? '~'
                                                                      : '+';
            QString line = QLatin1Char(mark) + QLatin1Char(' ') +
                           QString(sentence.text).replace(QLatin1Char('\n'), QLatin1Char(' '));
            if (sentence.agreement == Agreement::Some) {
                QStringList shared;
                for (const int j : sentence.sharedWith)
                    shared << files.at(j);
                line += QStringLiteral("  (%1)").arg(shared.join(QLatin1String(", ")));
            }
            if (!sentence.contradicts.isEmpty()) {
                QStringList other;
                for (const int j : sentence.contradicts)
                    other << files.at(j);
                line += QLatin1String("  ! ") +
                        DiffText::tr("contradicts %1").arg(other.join(QLatin1String(", ")));
            }
            writeOut(line + QLatin1Char('\n'));
        }
    }
}
} // namespace

int runDiff(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        DiffText::tr("Compare answers: a word diff of two, or with --json every sentence of "
                     "each, said by all, some or one of them, and contradictions."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("json"),
                      DiffText::tr("One JSON object per sentence (file, text, kind, shared_with, "
                                   "contradicts).")});
    parser.addPositionalArgument(QStringLiteral("files"), DiffText::tr("Two or more answers."),
                                 QStringLiteral("A.md B.md [C.md...]"));
    if (const auto done = parseCommand(parser, arguments, QStringLiteral("diff")))
        return *done;
    const QStringList files = parser.positionalArguments();
    if (files.size() < 2) {
        printError(DiffText::tr("needs at least two files to compare"));
        return ExitUsage;
    }
    QStringList answers;
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            printError(QStringLiteral("%1: %2").arg(path, file.errorString()));
            return ExitUsage;
        }
        const QByteArray bytes = file.read(BlockParser::kMaxBytes + 1);
        if (bytes.size() > BlockParser::kMaxBytes) {
            printError(DiffText::tr("%1 is longer than %2 MiB; only its start is compared")
                           .arg(path)
                           .arg(BlockParser::kMaxBytes / (1024 * 1024)));
        }
        answers << QString::fromUtf8(bytes.left(BlockParser::kMaxBytes));
    }

    if (parser.isSet(QStringLiteral("json"))) {
        const QList<QList<DiffSentence>> compared = AnswerDiff::compare(answers, files);
        for (qsizetype i = 0; i < compared.size(); ++i) {
            for (const DiffSentence &sentence : compared.at(i)) {
                writeJsonLine(
                    {{QStringLiteral("file"), files.at(i)},
                     {QStringLiteral("text"), sentence.text},
                     {QStringLiteral("kind"), AnswerDiff::agreementName(sentence.agreement)},
                     {QStringLiteral("shared_with"), labelsOf(sentence.sharedWith, files)},
                     {QStringLiteral("contradicts"), labelsOf(sentence.contradicts, files)}});
            }
        }
        return ExitOk;
    }
    if (files.size() == 2) {
        writeOut(WordDiff::readable(WordDiff::diff(answers.at(0), answers.at(1))));
        return ExitOk;
    }
    printSummary(AnswerDiff::compare(answers, files), files);
    return ExitOk;
}

} // namespace coro::cli
