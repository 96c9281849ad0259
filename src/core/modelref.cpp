#include "modelref.h"

namespace coro {

std::optional<ModelRef> ModelRef::parse(QStringView text)
{
    const auto slash = text.indexOf(QLatin1Char('/'));
    if (slash <= 0 || slash == text.size() - 1)
        return std::nullopt;
    ModelRef ref{text.left(slash).trimmed().toString(), text.mid(slash + 1).trimmed().toString()};
    if (ref.provider.isEmpty() || ref.model.isEmpty())
        return std::nullopt;
    return ref;
}

} // namespace coro
