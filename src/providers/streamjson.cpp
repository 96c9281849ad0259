#include "streamjson.h"

namespace coro::streamjson {

std::optional<Element> parseObject(QByteArrayView data)
{
    thread_local simdjson::dom::parser parser;
    Element element;
    // realloc_if_needed (the default) copies into the parser's padded buffer.
    if (parser.parse(data.data(), static_cast<size_t>(data.size())).get(element) !=
            simdjson::SUCCESS ||
        !element.is_object()) {
        return std::nullopt;
    }
    return element;
}

std::optional<Element> field(Element object, std::string_view key)
{
    Element value;
    if (object[key].get(value) != simdjson::SUCCESS || value.is_null())
        return std::nullopt;
    return value;
}

QString string(Element object, std::string_view key)
{
    std::string_view text;
    if (object[key].get(text) != simdjson::SUCCESS)
        return {};
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

int integer(Element object, std::string_view key, int fallback)
{
    int64_t value = 0;
    if (object[key].get(value) != simdjson::SUCCESS)
        return fallback;
    return static_cast<int>(value);
}

bool boolean(Element object, std::string_view key)
{
    bool value = false;
    return object[key].get(value) == simdjson::SUCCESS && value;
}

} // namespace coro::streamjson
