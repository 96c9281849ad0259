#include "streamdecoder.h"
#include "providers/providerprotocol.h"

namespace coro {

StreamDecoder::StreamDecoder(const ProviderProtocol &protocol, DeltaHandler onDelta)
    : m_protocol(protocol), m_onDelta(std::move(onDelta)),
      m_ndjsonFraming(protocol.framing() == StreamFraming::NdJson)
{
    m_sse.setEventHandler([this](const SseEvent &event) {
        m_onDelta(m_protocol.decodeEvent(event.type, event.data));
    });
    m_ndjson.setLineHandler(
        [this](QByteArrayView line) { m_onDelta(m_protocol.decodeEvent({}, line)); });
}

bool StreamDecoder::feed(QByteArrayView bytes)
{
    return m_ndjsonFraming ? m_ndjson.feed(bytes) : m_sse.feed(bytes);
}

void StreamDecoder::finish()
{
    if (m_ndjsonFraming)
        m_ndjson.finish();
    else
        m_sse.finish();
}

QString StreamDecoder::errorString() const
{
    return m_ndjsonFraming ? m_ndjson.errorString() : m_sse.errorString();
}

} // namespace coro
