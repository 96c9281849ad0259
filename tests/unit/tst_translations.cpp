#include "apptranslations.h"
#include "core/generationparams.h"
#include "engine/modelrun.h"
#include "providers/providercatalog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using coro::GenerationParams;
using coro::ProviderCatalog;

namespace {
// Installs the translations the application would pick on a system set to @p localeName.
bool useLocale(const char *localeName)
{
    QLocale::setDefault(QLocale(QLatin1String(localeName)));
    return coro::installTranslations(*QCoreApplication::instance());
}

QString temperatureProblem()
{
    GenerationParams params;
    params.temperature = 3;
    return params.validate().value(0);
}

QString unknownProtocolError()
{
    QString error;
    const auto catalog = ProviderCatalog::fromJson(
        R"({"providers": [{"id": "pigeon", "protocol": "carrier", "base_url": "https://x.test"}]})",
        ProviderCatalog::presets(), &error);
    return catalog ? QStringLiteral("(accepted)") : error;
}

// coro-cli's message after `history import`: a plural, with English forms of its own too.
QString importedMessage(int count)
{
    return QCoreApplication::translate("HistoryCommand", "Imported %n conversation(s).", nullptr,
                                       count);
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(?:n|L?[1-9][0-9]?)"));
    QSet<QString> found;
    for (const auto &match : pattern.globalMatch(text))
        found.insert(match.captured());
    return found;
}

struct TsMessage
{
    QString context;
    QString source;
    QString comment;   /**< The disambiguation, which makes a message of its own. */
    QString type;      /**< "unfinished", "vanished", "obsolete" or empty when finished. */
    QStringList forms; /**< The translation, or its plural forms. */
};

// The messages of a Qt Linguist file, and its target language in @p language.
QList<TsMessage> readTsFile(const QString &path, QString *language)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning() << path << file.errorString();
        return {};
    }
    QList<TsMessage> messages;
    QString context;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("TS")) {
            *language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            messages.append({context, {}, {}, {}, {}});
        } else if (xml.name() == QLatin1String("source") && !messages.isEmpty()) {
            messages.last().source = xml.readElementText();
        } else if (xml.name() == QLatin1String("comment") && !messages.isEmpty()) {
            messages.last().comment = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation") && !messages.isEmpty()) {
            TsMessage &message = messages.last();
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            QString text;
            while (xml.readNext() != QXmlStreamReader::EndElement ||
                   xml.name() != QLatin1String("translation")) {
                if (xml.hasError())
                    break;
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    message.forms << xml.readElementText();
            }
            if (message.forms.isEmpty())
                message.forms << text;
        } else if (xml.name() != QLatin1String("context")) {
            xml.skipCurrentElement();
        }
    }
    if (xml.hasError())
        qWarning() << path << xml.errorString();
    return xml.hasError() ? QList<TsMessage>() : messages;
}

// The messages of @p messages as "context | source | comment" lines, to compare two files by.
QSet<QString> messageKeys(const QList<TsMessage> &messages)
{
    QSet<QString> keys;
    for (const TsMessage &message : messages) {
        keys.insert(
            message.context + QLatin1String(" | ") + message.source +
            (message.comment.isEmpty() ? QString() : QLatin1String(" | ") + message.comment));
    }
    return keys;
}

// The lupdate that `update_translations` runs, else the one installed beside this Qt.
QString lupdateProgram()
{
#ifdef CORO_LUPDATE
    if (QFileInfo(QStringLiteral(CORO_LUPDATE)).isExecutable())
        return QStringLiteral(CORO_LUPDATE);
#endif
    const QString beside =
        QLibraryInfo::path(QLibraryInfo::BinariesPath) + QLatin1String("/lupdate");
    return QFileInfo(beside).isExecutable() ? beside : QString();
}

// The first @p count of @p keys, sorted, one per line, for a failure message.
QString sample(const QSet<QString> &keys, qsizetype count)
{
    QStringList sorted(keys.cbegin(), keys.cend());
    sorted.sort();
    QString text = sorted.mid(0, count).join(QLatin1String("\n  "));
    if (sorted.size() > count)
        text += QStringLiteral("\n  ... and %1 more").arg(sorted.size() - count);
    return text;
}
} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void translationsAreEmbedded();
    void germanValidationMessage();
    void germanCatalogError();
    void germanClassContext();
    void cliMessages();
    void englishKeepsSourceText();
    void untranslatedLanguageFallsBackToEnglish();
    void germanFileIsComplete();
    void sourcesHaveNoMessageMissingFromTheFiles();
    void cleanupTestCase();
};

void TestTranslations::translationsAreEmbedded()
{
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/coro_de.qm")));
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/coro_en.qm")));
}

void TestTranslations::germanValidationMessage()
{
    QVERIFY(useLocale("de_DE"));
    QCOMPARE(temperatureProblem(),
             QStringLiteral("Die Temperatur muss zwischen 0 und 2 liegen (angegeben: 3)."));
}

void TestTranslations::germanCatalogError()
{
    QVERIFY(useLocale("de_DE"));
    // Two messages from ProviderCatalog's file-local context, one inside the other.
    QCOMPARE(unknownProtocolError(),
             QString::fromUtf8("Anbieter 1 („pigeon“): unbekanntes Protokoll „carrier“ "
                               "(erwartet: openai, anthropic, gemini oder ollama)"));
}

void TestTranslations::germanClassContext()
{
    QVERIFY(useLocale("de_DE"));
    // A QObject's context is its namespaced class name, as lupdate has to file it.
    QCOMPARE(coro::ModelRun::tr("Cancelled."), QStringLiteral("Abgebrochen."));
}

void TestTranslations::cliMessages()
{
    QVERIFY(useLocale("de_DE"));
    // coro-cli's commands file their messages under contexts of their own.
    QCOMPARE(QCoreApplication::translate("HistoryCommand", "there is no conversation %1").arg(7),
             QStringLiteral("es gibt keine Unterhaltung 7"));
    QCOMPARE(importedMessage(1), QStringLiteral("1 Unterhaltung importiert."));
    QCOMPARE(importedMessage(3), QStringLiteral("3 Unterhaltungen importiert."));

    // English takes its plural forms from coro_en.ts, not the "(s)" of the source text.
    QVERIFY(useLocale("en_US"));
    QCOMPARE(importedMessage(1), QStringLiteral("Imported 1 conversation."));
    QCOMPARE(importedMessage(3), QStringLiteral("Imported 3 conversations."));
}

void TestTranslations::englishKeepsSourceText()
{
    QVERIFY(useLocale("de_DE"));
    QVERIFY(useLocale("en_US"));
    QCOMPARE(temperatureProblem(), QStringLiteral("Temperature must be between 0 and 2 (got 3)."));
    QCOMPARE(unknownProtocolError(),
             QStringLiteral("provider 1 (\"pigeon\"): unknown protocol \"carrier\" (expected "
                            "openai, anthropic, gemini or ollama)"));
}

void TestTranslations::untranslatedLanguageFallsBackToEnglish()
{
    QVERIFY(useLocale("de_DE"));
    QVERIFY(!useLocale("ja_JP"));
    QCOMPARE(coro::ModelRun::tr("Cancelled."), QStringLiteral("Cancelled."));
}

void TestTranslations::germanFileIsComplete()
{
    QString language;
    const QList<TsMessage> messages =
        readTsFile(QStringLiteral(CORO_TRANSLATIONS_DIR "/coro_de.ts"), &language);
    QCOMPARE(language, QStringLiteral("de_DE"));
    QVERIFY(!messages.isEmpty());
    for (const TsMessage &message : messages) {
        const QString where = message.context + QLatin1String(": ") + message.source;
        QVERIFY2(message.type.isEmpty(), qPrintable(where + QLatin1String(" is ") + message.type));
        for (const QString &form : message.forms) {
            QVERIFY2(!form.isEmpty(), qPrintable(where + QLatin1String(" is not translated")));
            QVERIFY2(placeholders(form) == placeholders(message.source),
                     qPrintable(where + QLatin1String(" -> ") + form));
        }
    }

    // Both files come from the same lupdate run: a message missing from one was added by hand
    // or left behind by an update of one file only.
    QString sourceLanguage;
    const QList<TsMessage> english =
        readTsFile(QStringLiteral(CORO_TRANSLATIONS_DIR "/coro_en.ts"), &sourceLanguage);
    QCOMPARE(sourceLanguage, QStringLiteral("en_US"));
    const auto keys = [](const QList<TsMessage> &list) {
        QStringList result;
        for (const TsMessage &message : list)
            result << message.context + QLatin1Char('|') + message.source;
        return result;
    };
    QCOMPARE(keys(messages), keys(english));
}

void TestTranslations::sourcesHaveNoMessageMissingFromTheFiles()
{
    // germanFileIsComplete() only sees the messages lupdate has already put in the file: a new
    // tr() nobody ran update_translations for stays English for German users without any test
    // noticing. So run lupdate over the sources, as update_translations does (the same folders
    // and file kinds as translations/CMakeLists.txt globs), into a copy of coro_de.ts.
    const QString lupdate = lupdateProgram();
    if (lupdate.isEmpty())
        QSKIP("lupdate was not found (Qt Linguist tools, e.g. Debian's qt6-l10n-tools, are not "
              "installed): cannot check that every message of the sources is translated");

    QTemporaryDir scratch;
    QVERIFY(scratch.isValid());
    const QString copy = scratch.filePath(QStringLiteral("coro_de.ts"));
    QVERIFY(QFile::copy(QStringLiteral(CORO_TRANSLATIONS_DIR "/coro_de.ts"), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    const QDir project(QStringLiteral(CORO_PROJECT_SOURCE_DIR));
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(lupdate,
                  {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                   QStringLiteral("none"), QStringLiteral("-extensions"),
                   QStringLiteral("h,cpp,qml"), QStringLiteral("-I"),
                   project.filePath(QStringLiteral("src")), project.filePath(QStringLiteral("src")),
                   project.filePath(QStringLiteral("app")), project.filePath(QStringLiteral("qml")),
                   QStringLiteral("-ts"), copy});
    QVERIFY2(process.waitForFinished(60'000),
             qPrintable(lupdate + QLatin1String(" did not finish")));
    const QString output = QString::fromLocal8Bit(process.readAll());
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
             qPrintable(output));

    QString language;
    const QSet<QString> committed =
        messageKeys(readTsFile(QStringLiteral(CORO_TRANSLATIONS_DIR "/coro_de.ts"), &language));
    const QSet<QString> extracted = messageKeys(readTsFile(copy, &language));
    QVERIFY(!extracted.isEmpty());
    const QString update = QStringLiteral(
        "run `cmake --build <build dir> --target update_translations`, then translate the new "
        "messages in coro_de.ts (and the English plural forms of %n ones in coro_en.ts)");

    const QSet<QString> missing = extracted - committed;
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("%1 message(s) of the sources are not in coro_de.ts, so "
                                       "they show in English; %2:\n  %3")
                            .arg(missing.size())
                            .arg(update, sample(missing, 15))));
    const QSet<QString> stale = committed - extracted;
    QVERIFY2(stale.isEmpty(),
             qPrintable(QStringLiteral("%1 message(s) of coro_de.ts are no longer in the sources; "
                                       "%2:\n  %3")
                            .arg(stale.size())
                            .arg(update, sample(stale, 15))));
}

void TestTranslations::cleanupTestCase()
{
    QLocale::setDefault(QLocale::c());
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
