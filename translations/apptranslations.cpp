#include "apptranslations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace coro {

namespace {
// Marks the translators this file installs, so that a later call can find and replace them.
constexpr char kTranslatorName[] = "coro.translator";

// Whether a file for the locale was found. The source language's file holds no messages, and
// QCoreApplication refuses to install an empty translator: finding it is what counts.
bool install(QCoreApplication &app, const QString &name, const QString &directory)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(QLocale(), name, QStringLiteral("_"), directory))
        return false;
    if (!translator->isEmpty()) {
        translator->setObjectName(QLatin1String(kTranslatorName));
        translator->setParent(&app);
        QCoreApplication::installTranslator(translator.release());
    }
    return true;
}
} // namespace

bool installTranslations(QCoreApplication &app)
{
    // A QTranslator removes itself from the application when it is destroyed.
    const auto previous =
        app.findChildren<QTranslator *>(QLatin1String(kTranslatorName), Qt::FindDirectChildrenOnly);
    qDeleteAll(previous);

    // Qt's strings (standard dialogs, context menus) are in Debian's qt6-translations-l10n and
    // next to Qt on other platforms; without them those stay English.
    install(app, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return install(app, QStringLiteral("coro"), QStringLiteral(":/i18n"));
}

} // namespace coro
