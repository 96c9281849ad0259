#pragma once

class QCoreApplication;

namespace coro {

/**
 * @brief Installs Coro's translation and Qt's own for the default locale (QLocale()).
 *
 * Calling it again (after QLocale::setDefault) replaces the translators of the earlier call.
 * Returns whether Coro's translation for the locale was found; English, the source language,
 * has one too, so false means the user's languages are ones Coro has not been translated into.
 */
bool installTranslations(QCoreApplication &app);

} // namespace coro
