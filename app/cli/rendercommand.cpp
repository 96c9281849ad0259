#include "rendercommand.h"
#include "clienvironment.h"
#include "jsonlines.h"
#include "markdown/blockparser.h"
#include "markdown/htmlrenderer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace coro::cli {

namespace {
// A named context, so that lupdate files these messages where the run-time lookup finds them.
struct RenderText
{
    Q_DECLARE_TR_FUNCTIONS(RenderCommand)
};

void printError(const QString &message)
{
    printCommandError(QStringLiteral("render"), message);
}

QJsonObject blockJson(const MarkdownBlock &block)
{
    QJsonObject object{{QStringLiteral("kind"), MarkdownBlock::kindName(block.kind)},
                       {QStringLiteral("text"), block.plain}};
    if (block.listDepth > 0)
        object.insert(QStringLiteral("list_depth"), block.listDepth);
    if (block.quoteDepth > 0)
        object.insert(QStringLiteral("quote_depth"), block.quoteDepth);
    switch (block.kind) {
    case BlockKind::Heading:
        object.insert(QStringLiteral("level"), block.level);
        Q_FALLTHROUGH();
    case BlockKind::Paragraph:
    case BlockKind::Quote:
        object.insert(QStringLiteral("html"), block.html);
        break;
    case BlockKind::ListItem:
        object.insert(QStringLiteral("html"), block.html);
        object.insert(QStringLiteral("ordered"), block.ordered);
        if (block.ordered)
            object.insert(QStringLiteral("number"), block.number);
        if (block.task != TaskState::None)
            object.insert(QStringLiteral("task"), MarkdownBlock::taskName(block.task));
        break;
    case BlockKind::Code:
        object.insert(QStringLiteral("language"), block.language);
        object.insert(QStringLiteral("info"), block.info);
        break;
    case BlockKind::Table: {
        QJsonArray align;
        for (const CellAlignment alignment : block.alignments)
            align.append(MarkdownBlock::alignmentName(alignment));
        QJsonArray rows;
        QJsonArray rowsHtml;
        for (const QList<TableCell> &row : block.rows) {
            QJsonArray cells;
            QJsonArray cellsHtml;
            for (const TableCell &cell : row) {
                cells.append(cell.plain);
                cellsHtml.append(cell.html);
            }
            rows.append(cells);
            rowsHtml.append(cellsHtml);
        }
        object.insert(QStringLiteral("align"), align);
        object.insert(QStringLiteral("rows"), rows);
        object.insert(QStringLiteral("rows_html"), rowsHtml);
        break;
    }
    case BlockKind::Rule:
        break;
    }
    return object;
}
} // namespace

int runRender(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        RenderText::tr("Render Markdown from stdin as one JSON object per block, or as HTML."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("html"),
                      RenderText::tr("Print the HTML the app exports instead of JSON lines.")});
    if (const auto done = parseCommand(parser, arguments, QStringLiteral("render")))
        return *done;
    if (!parser.positionalArguments().isEmpty()) {
        printError(RenderText::tr("reads Markdown from stdin and takes no file name"));
        return ExitUsage;
    }

    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        printError(RenderText::tr("cannot read stdin"));
        return ExitFailed;
    }
    const QByteArray bytes = in.read(BlockParser::kMaxBytes + 1);
    if (bytes.size() > BlockParser::kMaxBytes) {
        printError(RenderText::tr("the input is longer than %1 MiB; only its start is rendered")
                       .arg(BlockParser::kMaxBytes / (1024 * 1024)));
    }
    const QList<MarkdownBlock> blocks = BlockParser::parse(QString::fromUtf8(bytes));
    if (parser.isSet(QStringLiteral("html"))) {
        writeOut(HtmlRenderer::render(blocks));
        return ExitOk;
    }
    for (const MarkdownBlock &block : blocks)
        writeJsonLine(blockJson(block));
    return ExitOk;
}

} // namespace coro::cli
