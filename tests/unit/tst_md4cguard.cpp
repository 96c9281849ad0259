#include "markdown/blockbuilder.h"
#include "markdown/blockparser.h"
#include "markdown/md4cinput.h"

#include <md4c.h>

#include <QDir>
#include <QFile>
#include <QTest>

#include <csignal>
#include <cstring>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#if defined(__has_include)
#if __has_include(<valgrind/valgrind.h>)
#include <valgrind/valgrind.h>
#define CORO_RUNNING_ON_VALGRIND RUNNING_ON_VALGRIND
#endif
#endif
#ifndef CORO_RUNNING_ON_VALGRIND
#define CORO_RUNNING_ON_VALGRIND 0
#endif

using namespace coro;

namespace {

QList<QByteArray> realisticAnswers()
{
    QList<QByteArray> answers;
    const QDir dir(QStringLiteral(CORO_TEST_DATA_DIR "/markdown"));
    for (const QString &name : dir.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            answers << file.readAll();
    }
    return answers;
}

/**
 * @brief Bytes placed so that they end exactly where an inaccessible page begins: reading one
 * byte past them is a segmentation fault, with or without valgrind.
 */
class PageFence
{
public:
    explicit PageFence(QByteArrayView bytes)
    {
        const auto page = static_cast<std::size_t>(sysconf(_SC_PAGESIZE));
        const std::size_t pages = static_cast<std::size_t>(bytes.size()) / page + 1;
        m_size = (pages + 1) * page;
        m_base = static_cast<char *>(
            mmap(nullptr, m_size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0));
        if (m_base == MAP_FAILED) {
            m_base = nullptr;
            return;
        }
        mprotect(m_base + pages * page, page, PROT_NONE);
        m_data = m_base + pages * page - bytes.size();
        std::memcpy(m_data, bytes.data(), static_cast<std::size_t>(bytes.size()));
    }
    ~PageFence()
    {
        if (m_base)
            munmap(m_base, m_size);
    }
    PageFence(const PageFence &) = delete;
    PageFence &operator=(const PageFence &) = delete;

    const char *data() const { return m_data; }

private:
    char *m_base = nullptr;
    char *m_data = nullptr;
    std::size_t m_size = 0;
};

int ignoreBlock(MD_BLOCKTYPE, void *, void *)
{
    return 0;
}
int ignoreSpan(MD_SPANTYPE, void *, void *)
{
    return 0;
}
int ignoreText(MD_TEXTTYPE, const MD_CHAR *, MD_SIZE, void *)
{
    return 0;
}

/// Parses @p bytes (exactly them, nothing after) in a child process; true when md4c read
/// past their end (the child died of SIGSEGV at the fence).
bool md4cReadsPastTheEnd(QByteArrayView bytes)
{
    const pid_t child = fork();
    if (child == 0) {
        std::signal(SIGSEGV, SIG_DFL); // Not QtTest's crash handler: just die.
        PageFence fence(bytes);
        MD_PARSER parser{0,           BlockBuilder::flags(),
                         ignoreBlock, ignoreBlock,
                         ignoreSpan,  ignoreSpan,
                         ignoreText,  nullptr,
                         nullptr};
        md_parse(fence.data(), static_cast<MD_SIZE>(bytes.size()), &parser, nullptr);
        _exit(0);
    }
    int status = 0;
    waitpid(child, &status, 0);
    return WIFSIGNALED(status) && WTERMSIG(status) == SIGSEGV;
}

} // namespace

class TestMd4cGuard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void guardedInputEndsWithANewline();
    void md4cOverReadsTruncatedTextsUnguarded();
    void guardedPrefixesNeverReadPastTheEnd();
    void everyPrefixOfRealisticAnswersParses();
    void streamingEveryAnswerCharacterByCharacter();
};

void TestMd4cGuard::guardedInputEndsWithANewline()
{
    for (const QByteArray &text :
         {QByteArray(), QByteArray("1"), QByteArray("a\n"), QByteArray("- [ ]")}) {
        const Md4cInput input(text);
        QCOMPARE(input.textSize(), text.size());
        QVERIFY(input.size() >= 1);
        QCOMPARE(input.data()[input.size() - 1], '\n');
        QCOMPARE(QByteArray(input.data(), text.size()), text);
        QCOMPARE(input.size(),
                 static_cast<unsigned>(text.endsWith('\n') ? text.size() : text.size() + 1));
    }
}

void TestMd4cGuard::md4cOverReadsTruncatedTextsUnguarded()
{
    if (CORO_RUNNING_ON_VALGRIND)
        QSKIP("The deliberate over-read would count as a valgrind error.");
    // What streaming hands a parser on most tokens: a number, a link or a task box cut off
    // right at the end. Debian's md4c 0.4.8 reads the byte after each of them.
    for (const char *truncated : {"1. one\n2", "See [the docs](", "- [ ]"})
        QVERIFY2(md4cReadsPastTheEnd(truncated), truncated);
    // The same texts as Md4cInput hands them over: ending in a newline, read safely.
    for (const char *guarded : {"1. one\n2\n", "See [the docs](\n", "- [ ]\n"})
        QVERIFY2(!md4cReadsPastTheEnd(guarded), guarded);
}

void TestMd4cGuard::guardedPrefixesNeverReadPastTheEnd()
{
    if (CORO_RUNNING_ON_VALGRIND)
        QSKIP("valgrind checks the same in everyPrefixOfRealisticAnswersParses.");
    // Every prefix, made the way Md4cInput makes it, parsed right before an unreadable page:
    // one child per answer checks all its prefixes.
    for (const QByteArray &answer : realisticAnswers()) {
        const pid_t child = fork();
        if (child == 0) {
            std::signal(SIGSEGV, SIG_DFL);
            for (qsizetype size = 0; size <= answer.size(); ++size) {
                const Md4cInput input(QByteArrayView(answer).first(size));
                PageFence fence(QByteArrayView(input.data(), input.size()));
                MD_PARSER parser{0,           BlockBuilder::flags(),
                                 ignoreBlock, ignoreBlock,
                                 ignoreSpan,  ignoreSpan,
                                 ignoreText,  nullptr,
                                 nullptr};
                md_parse(fence.data(), input.size(), &parser, nullptr);
            }
            _exit(0);
        }
        int status = 0;
        waitpid(child, &status, 0);
        QVERIFY2(WIFEXITED(status) && WEXITSTATUS(status) == 0, answer.left(60).constData());
    }
}

void TestMd4cGuard::everyPrefixOfRealisticAnswersParses()
{
    // The real path, one process, all prefixes: under valgrind the padding behind the newline
    // is inaccessible, so any read past it is an error and fails the run.
    qsizetype parses = 0;
    for (const QByteArray &answer : realisticAnswers()) {
        for (qsizetype size = 0; size <= answer.size(); ++size) {
            const BlockBuilder::Result result =
                BlockBuilder::build(QByteArrayView(answer).first(size), 1, BlockBuilder::flags());
            QVERIFY(result.ok);
            ++parses;
        }
    }
    QVERIFY(parses > 3000);
}

void TestMd4cGuard::streamingEveryAnswerCharacterByCharacter()
{
    for (const QByteArray &answer : realisticAnswers()) {
        const QString text = QString::fromUtf8(answer);
        BlockParser parser;
        for (const QChar c : text) {
            parser.append(QStringView(&c, 1));
            parser.refresh();
        }
        parser.finish();
        QCOMPARE(parser.finishedBlocks().size(), BlockParser::parse(text).size());
    }
}

QTEST_GUILESS_MAIN(TestMd4cGuard)
#include "tst_md4cguard.moc"
