#pragma once

#include "core/streamdelta.h"
#include "net/ndjsonparser.h"
#include "net/sseparser.h"

#include <functional>

namespace coro {

class ProviderProtocol;

/**
 * @brief Turns response body bytes into StreamDeltas: the protocol's framing (SSE or NDJSON)
 *        followed by its event decoder. No network, so it is tested and benchmarked alone.
 */
class StreamDecoder
{
public:
    using DeltaHandler = std::function<void(const StreamDelta &)>;

    StreamDecoder(const ProviderProtocol &protocol, DeltaHandler onDelta);

    /// Returns false once the framing rejected the stream (see errorString()).
    bool feed(QByteArrayView bytes);
    void finish();
    QString errorString() const;

private:
    const ProviderProtocol &m_protocol;
    DeltaHandler m_onDelta;
    SseParser m_sse;
    NdjsonParser m_ndjson;
    bool m_ndjsonFraming;
};

} // namespace coro
