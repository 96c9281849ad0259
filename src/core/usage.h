#pragma once

namespace coro {

/**
 * @brief Token counts reported by a provider; -1 where the provider did not say.
 */
struct Usage
{
    int input = -1;
    int output = -1;

    bool isKnown() const { return input >= 0 || output >= 0; }
};

} // namespace coro
