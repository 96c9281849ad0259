#pragma once

#include <QByteArrayView>
#include <QString>
#include <optional>
#include <simdjson.h>

namespace coro::streamjson {

using Element = simdjson::dom::element;

/**
 * Stream events are parsed with simdjson: every token of every answer is one JSON event, and
 * QJsonDocument spent most of the client's CPU building objects for fields nobody reads.
 * Cold paths (request bodies, HTTP error bodies) keep using QJson.
 *
 * Parses one event with a per-thread parser. The element is valid until the next parse on the
 * same thread, so decoders copy out what they keep. nullopt when @p data is not a JSON object.
 */
std::optional<Element> parseObject(QByteArrayView data);

/// object[key] as text; empty when missing, null or not a string.
QString string(Element object, std::string_view key);

/// object[key] as an integer; @p fallback when missing or not an integer.
int integer(Element object, std::string_view key, int fallback = -1);

bool boolean(Element object, std::string_view key);

/// object[key] when present and not null.
std::optional<Element> field(Element object, std::string_view key);

} // namespace coro::streamjson
