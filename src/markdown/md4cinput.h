#pragma once

#include <QByteArrayView>

#include <cstddef>
#include <memory>

namespace coro {

/**
 * @brief The bytes handed to md4c: the text, a final newline when it lacks one, then padding.
 *
 * Debian's md4c 0.4.8 reads one byte past the end of a document that stops without a newline
 * right after an ordered-list number (`md_is_container_mark()` tests for '.' or ')' after the
 * digits without checking the size), inside a link destination or after a task box — exactly
 * what a streamed answer looks like on most tokens. Ending every document with a newline
 * removes the cause (the end of the text is the end of its last line either way, so the blocks
 * are the same); the padding behind it is a second fence, marked inaccessible under valgrind
 * so that a test still sees any read beyond the newline.
 */
class Md4cInput
{
public:
    static constexpr std::size_t kPadding = 16;

    explicit Md4cInput(QByteArrayView text);
    ~Md4cInput();
    Md4cInput(const Md4cInput &) = delete;
    Md4cInput &operator=(const Md4cInput &) = delete;

    const char *data() const { return m_bytes.get(); }
    /// Size md4c is told: the text plus the added newline, without padding.
    unsigned size() const { return m_size; }
    /// Size of the original text: offsets at or past it belong to the added newline.
    qsizetype textSize() const { return m_textSize; }

private:
    std::unique_ptr<char[]> m_bytes;
    unsigned m_size = 0;
    qsizetype m_textSize = 0;
};

} // namespace coro
