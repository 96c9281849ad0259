#include "md4cinput.h"

#include <cstring>

#if defined(__has_include)
#if __has_include(<valgrind/memcheck.h>)
#include <valgrind/memcheck.h>
#define CORO_HAVE_MEMCHECK 1
#endif
#endif

namespace coro {

Md4cInput::Md4cInput(QByteArrayView text) : m_textSize(text.size())
{
    const bool addNewline = text.isEmpty() || text.back() != '\n';
    const std::size_t size = static_cast<std::size_t>(text.size()) + (addNewline ? 1 : 0);
    m_bytes.reset(new char[size + kPadding]);
    if (!text.isEmpty())
        std::memcpy(m_bytes.get(), text.data(), static_cast<std::size_t>(text.size()));
    if (addNewline)
        m_bytes[size - 1] = '\n';
    std::memset(m_bytes.get() + size, '\n', kPadding);
    m_size = static_cast<unsigned>(size);
#ifdef CORO_HAVE_MEMCHECK
    VALGRIND_MAKE_MEM_NOACCESS(m_bytes.get() + size, kPadding);
#endif
}

Md4cInput::~Md4cInput()
{
#ifdef CORO_HAVE_MEMCHECK
    VALGRIND_MAKE_MEM_DEFINED(m_bytes.get() + m_size, kPadding);
#endif
}

} // namespace coro
