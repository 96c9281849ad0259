#pragma once

#include "providerconfig.h"

#include <QByteArray>
#include <QList>
#include <optional>

namespace coro {

/**
 * @brief The providers a user can ask: built-in presets, completed or replaced by providers.json.
 *
 * When providers.json exists it lists the user's providers; an entry whose id matches a preset
 * only needs the fields it changes (`{"id": "openai"}` is enough). When it does not exist, every
 * preset is offered. The file never holds a key: an entry with one is refused. A model may
 * carry a price per million tokens; a preset's model listed again keeps the preset's price
 * unless the entry gives its own (or null: unknown).
 */
class ProviderCatalog
{
public:
    /// The built-in presets (OpenAI, Anthropic, Gemini, Groq, ... local servers).
    static const ProviderCatalog &presets();

    /// Parses providers.json text, completing entries from @p base. Sets @p error and returns
    /// nullopt on a malformed file, naming the entry and the field at fault.
    static std::optional<ProviderCatalog> fromJson(const QByteArray &json,
                                                   const ProviderCatalog &base, QString *error);

    /// presets() merged with the file at @p path when it exists.
    static std::optional<ProviderCatalog> load(const QString &path, QString *error);

    /// The providers.json form; contains no secret because the catalog holds none.
    QByteArray toJson() const;
    bool save(const QString &path, QString *error) const;

    const QList<ProviderConfig> &providers() const { return m_providers; }
    const ProviderConfig *find(const QString &id) const;
    /// The price of @p model at @p provider, when one is known.
    std::optional<ModelPrice> priceOf(const QString &provider, const QString &model) const;
    void upsert(const ProviderConfig &provider);
    /// False when no provider has that id.
    bool remove(const QString &id);

private:
    QList<ProviderConfig> m_providers;
};

} // namespace coro
