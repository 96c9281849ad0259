<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ArchiveWriter</name>
    <message>
        <location filename="../src/storage/archivewriter.cpp" line="28"/>
        <source>conversation %1: %2</source>
        <translation>Unterhaltung %1: %2</translation>
    </message>
</context>
<context>
    <name>AskCommand</name>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="54"/>
        <source>--%1 expects a number, got &quot;%2&quot;</source>
        <translation>--%1 erwartet eine Zahl, angegeben: „%2“</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="62"/>
        <source>Ask every named model the same question.</source>
        <translation>Stellt allen genannten Modellen dieselbe Frage.</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="66"/>
        <source>A model as PROVIDER/MODEL; repeat for several.</source>
        <translation>Ein Modell als PROVIDER/MODEL; für mehrere wiederholen.</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="68"/>
        <source>0 to 2 (default 0.7).</source>
        <translation>0 bis 2 (Standard: 0.7).</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="69"/>
        <source>1 to 32000 (default 2000).</source>
        <translation>1 bis 32000 (Standard: 2000).</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="71"/>
        <source>0 to 1 (default: not sent).</source>
        <translation>0 bis 1 (Standard: wird nicht gesendet).</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="72"/>
        <source>A system prompt for every model.</source>
        <translation>Ein Systemprompt für alle Modelle.</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="74"/>
        <source>Continue conversation ID.</source>
        <translation>Die Unterhaltung ID fortsetzen.</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="77"/>
        <source>With --conversation: ask PROMPT as a new version of message TURN (a branch; the old version is kept).</source>
        <translation>Mit --conversation: PROMPT als neue Version der Nachricht TURN stellen (eine Verzweigung; die alte Version bleibt erhalten).</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="81"/>
        <source>With --conversation: answer message TURN again with the -m models.</source>
        <translation>Mit --conversation: die Nachricht TURN erneut von den mit -m genannten Modellen beantworten lassen.</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="83"/>
        <source>Do not save this turn.</source>
        <translation>Diese Anfrage nicht speichern.</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="84"/>
        <source>Seconds to wait for a response (15).</source>
        <translation>Sekunden, die auf eine Antwort gewartet wird (15).</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="87"/>
        <source>Seconds to wait for the first token (90).</source>
        <translation>Sekunden, die auf das erste Token gewartet wird (90).</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="89"/>
        <source>Seconds of silence allowed while streaming (60).</source>
        <translation>Erlaubte Sekunden ohne Daten während des Streamings (60).</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="90"/>
        <source>Print one JSON object per line.</source>
        <translation>Ein JSON-Objekt pro Zeile ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="92"/>
        <source>The question.</source>
        <translation>Die Frage.</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="106"/>
        <source>&quot;%1&quot; is not PROVIDER/MODEL</source>
        <translation>„%1“ hat nicht die Form PROVIDER/MODEL</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="135"/>
        <source>--conversation expects a conversation id</source>
        <translation>--conversation erwartet die ID einer Unterhaltung</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="148"/>
        <source>--%1 expects a message (turn) id</source>
        <translation>--%1 erwartet die ID einer Nachricht (Anfrage)</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="153"/>
        <source>use --edit or --regenerate, not both</source>
        <translation>verwenden Sie --edit oder --regenerate, nicht beides</translation>
    </message>
</context>
<context>
    <name>CliEnvironment</name>
    <message numerus="yes">
        <location filename="../app/cli/clienvironment.cpp" line="33"/>
        <source>%n answer(s) cut off by an earlier crash are kept as interrupted</source>
        <translation>
            <numerusform>%n durch einen früheren Absturz abgebrochene Antwort bleibt als unterbrochen erhalten</numerusform>
            <numerusform>%n durch einen früheren Absturz abgebrochene Antworten bleiben als unterbrochen erhalten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/clienvironment.cpp" line="54"/>
        <source>invalid providers file: %1</source>
        <translation>ungültige Anbieterdatei: %1</translation>
    </message>
</context>
<context>
    <name>ConversationStore</name>
    <message>
        <location filename="../src/storage/conversationstore.cpp" line="45"/>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
</context>
<context>
    <name>CoroCli</name>
    <message>
        <location filename="../app/cli/main.cpp" line="27"/>
        <source>ask every model at once, streamed and saved</source>
        <translation>alle Modelle gleichzeitig fragen, gestreamt und gespeichert</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="29"/>
        <source>list models from the providers&apos; endpoints</source>
        <translation>Modelle von den Endpunkten der Anbieter auflisten</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="31"/>
        <source>browse and search saved conversations</source>
        <translation>gespeicherte Unterhaltungen durchsehen und durchsuchen</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="33"/>
        <source>export one conversation</source>
        <translation>eine Unterhaltung exportieren</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="35"/>
        <source>import Coro JSON or ChatGPT&apos;s conversations.json</source>
        <translation>Coro-JSON oder die conversations.json von ChatGPT importieren</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="38"/>
        <source>manage them</source>
        <extracomment>Describes the commands that manage saved conversations, listed before it.</extracomment>
        <translation>Unterhaltungen verwalten</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="39"/>
        <source>parse an event stream from stdin</source>
        <translation>einen Ereignisstream von stdin parsen</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="42"/>
        <source>Usage: %1</source>
        <extracomment>%1 is the command line syntax, which stays in English.</extracomment>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="44"/>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="50"/>
        <source>The data directory (providers.json, coro.sqlite) is --data-dir, else $CORO_DATA_DIR,
else the platform&apos;s application-data folder. &apos;coro-cli COMMAND --help&apos; for details.</source>
        <translation>Das Datenverzeichnis (providers.json, coro.sqlite) ist --data-dir, sonst $CORO_DATA_DIR,
sonst der Anwendungsdatenordner der Plattform. Details zeigt „coro-cli COMMAND --help“.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="111"/>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
</context>
<context>
    <name>DataDirectory</name>
    <message>
        <location filename="../src/storage/datadirectory.cpp" line="20"/>
        <source>The data directory %1 cannot be created or written to.</source>
        <translation>Das Datenverzeichnis %1 kann nicht angelegt oder beschrieben werden.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../src/storage/database.cpp" line="38"/>
        <source>%1 was written by a newer version of Coro (schema version %2; this version knows up to %3). Update Coro to open it; the file was not changed.</source>
        <translation>%1 wurde von einer neueren Version von Coro geschrieben (Schemaversion %2; diese Version kennt Schemaversionen bis %3). Aktualisieren Sie Coro, um die Datei zu öffnen; sie wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../src/storage/database.cpp" line="91"/>
        <source>Unknown schema version %1.</source>
        <translation>Unbekannte Schemaversion %1.</translation>
    </message>
    <message>
        <location filename="../src/storage/database.cpp" line="98"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../src/storage/database.cpp" line="105"/>
        <location filename="../src/storage/database.cpp" line="179"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../src/storage/database.cpp" line="185"/>
        <source>%1 is not a SQLite database; it was left unchanged. Move it away or choose another data directory.</source>
        <translation>%1 ist keine SQLite-Datenbank und wurde nicht verändert. Verschieben Sie die Datei oder wählen Sie ein anderes Datenverzeichnis.</translation>
    </message>
    <message>
        <location filename="../src/storage/database.cpp" line="205"/>
        <source>Cannot set up %1 (%2): %3</source>
        <translation>%1 kann nicht eingerichtet werden (%2): %3</translation>
    </message>
    <message>
        <location filename="../src/storage/database.cpp" line="239"/>
        <source>Cannot back up %1 to %2 before updating it, so it was not updated: %3</source>
        <translation>Vor der Aktualisierung konnte %1 nicht nach %2 gesichert werden, daher wurde die Datei nicht aktualisiert: %3</translation>
    </message>
    <message>
        <location filename="../src/storage/database.cpp" line="262"/>
        <source>Cannot update %1 to schema version %2 (%3); it was left at version %4: %5</source>
        <translation>%1 kann nicht auf Schemaversion %2 (%3) aktualisiert werden; die Datei bleibt bei Version %4: %5</translation>
    </message>
</context>
<context>
    <name>GenerationParams</name>
    <message>
        <location filename="../src/core/generationparams.cpp" line="13"/>
        <source>Temperature must be between 0 and 2 (got %1).</source>
        <translation>Die Temperatur muss zwischen 0 und 2 liegen (angegeben: %1).</translation>
    </message>
    <message>
        <location filename="../src/core/generationparams.cpp" line="18"/>
        <source>Max tokens must be between 1 and 32000 (got %1).</source>
        <translation>Die maximale Anzahl an Tokens muss zwischen 1 und 32000 liegen (angegeben: %1).</translation>
    </message>
    <message>
        <location filename="../src/core/generationparams.cpp" line="23"/>
        <source>Top-p must be between 0 and 1 (got %1).</source>
        <translation>Top-p muss zwischen 0 und 1 liegen (angegeben: %1).</translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="78"/>
        <source>(you)</source>
        <translation>(Sie)</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="83"/>
        <source>No match for &quot;%1&quot;.</source>
        <translation>Kein Treffer für „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="92"/>
        <location filename="../app/cli/historycommand.cpp" line="102"/>
        <location filename="../app/cli/historyexchange.cpp" line="41"/>
        <source>there is no conversation %1</source>
        <translation>es gibt keine Unterhaltung %1</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="121"/>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="162"/>
        <source>Browse, search, export and import the saved conversations (no network needed).</source>
        <translation>Die gespeicherten Unterhaltungen durchsehen, durchsuchen, exportieren und importieren (ohne Netzwerk).</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="166"/>
        <source>list, search, show: one JSON object per line.</source>
        <translation>list, search, show: ein JSON-Objekt pro Zeile.</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="167"/>
        <source>list, search: at most N results.</source>
        <translation>list, search: höchstens N Ergebnisse.</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="169"/>
        <source>list: skip the first N.</source>
        <translation>list: die ersten N überspringen.</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="170"/>
        <source>list: the archived conversations.</source>
        <translation>list: die archivierten Unterhaltungen.</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="171"/>
        <source>export: md, html or json.</source>
        <translation>export: md, html oder json.</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="174"/>
        <source>export: write to FILE instead of stdout.</source>
        <translation>export: in FILE statt auf stdout schreiben.</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="207"/>
        <source>&quot;%1&quot; is not a conversation id</source>
        <translation>„%1“ ist keine ID einer Unterhaltung</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="218"/>
        <source>expected one of %1</source>
        <translation>erwartet wird eine dieser Aktionen: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="229"/>
        <source>expected a query</source>
        <translation>erwartet wird eine Suchanfrage</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="233"/>
        <location filename="../app/cli/historycommand.cpp" line="248"/>
        <location filename="../app/cli/historycommand.cpp" line="269"/>
        <source>expected a conversation id</source>
        <translation>erwartet wird die ID einer Unterhaltung</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="238"/>
        <source>expected ID TITLE</source>
        <translation>erwartet werden ID und TITLE</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/historycommand.cpp" line="260"/>
        <source>Deleted conversation %1. Undo within %n days: coro-cli history restore %1</source>
        <translation>
            <numerusform>Unterhaltung %1 gelöscht. Innerhalb von %n Tag rückgängig zu machen: coro-cli history restore %1</numerusform>
            <numerusform>Unterhaltung %1 gelöscht. Innerhalb von %n Tagen rückgängig zu machen: coro-cli history restore %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="274"/>
        <source>expected a file</source>
        <translation>erwartet wird eine Datei</translation>
    </message>
    <message>
        <location filename="../app/cli/historyexchange.cpp" line="34"/>
        <source>--format must be md, html or json</source>
        <translation>--format muss md, html oder json sein</translation>
    </message>
    <message>
        <location filename="../app/cli/historyexchange.cpp" line="71"/>
        <location filename="../app/cli/historyexchange.cpp" line="83"/>
        <source>%1: %2 (nothing was imported)</source>
        <translation>%1: %2 (es wurde nichts importiert)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/historyexchange.cpp" line="91"/>
        <source>Imported %n conversation(s), skipped %1 empty.</source>
        <translation>
            <numerusform>%n Unterhaltung importiert, %1 leere übersprungen.</numerusform>
            <numerusform>%n Unterhaltungen importiert, %1 leere übersprungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/historyexchange.cpp" line="93"/>
        <source>Imported %n conversation(s).</source>
        <translation>
            <numerusform>%n Unterhaltung importiert.</numerusform>
            <numerusform>%n Unterhaltungen importiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <location filename="../src/secrets/keychainsecretstore.cpp" line="30"/>
        <source>The system keychain is not available (%1). Keys can be kept for this session only; nothing is stored in plain text.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar (%1). Schlüssel können nur für diese Sitzung behalten werden; nichts wird im Klartext gespeichert.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="13"/>
        <location filename="../qml/Main.qml" line="21"/>
        <source>Coro</source>
        <translation>Coro</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="28"/>
        <source>Ask many models at once. The chat view is on its way; until then, coro-cli ask streams every model side by side in the terminal.</source>
        <translation>Stellen Sie vielen Modellen gleichzeitig eine Frage. Die Chat-Ansicht ist in Arbeit; bis dahin streamt coro-cli ask die Antworten aller Modelle nebeneinander im Terminal.</translation>
    </message>
</context>
<context>
    <name>ModelsCommand</name>
    <message>
        <location filename="../app/cli/modelscommand.cpp" line="29"/>
        <source>List the models of each provider.</source>
        <translation>Die Modelle jedes Anbieters auflisten.</translation>
    </message>
    <message>
        <location filename="../app/cli/modelscommand.cpp" line="31"/>
        <source>Print one JSON object per line.</source>
        <translation>Ein JSON-Objekt pro Zeile ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/modelscommand.cpp" line="32"/>
        <source>Only this provider.</source>
        <translation>Nur dieser Anbieter.</translation>
    </message>
    <message>
        <location filename="../app/cli/modelscommand.cpp" line="47"/>
        <source>name at most one provider</source>
        <translation>nennen Sie höchstens einen Anbieter</translation>
    </message>
    <message>
        <location filename="../app/cli/modelscommand.cpp" line="53"/>
        <source>unknown provider &quot;%1&quot;</source>
        <translation>unbekannter Anbieter „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/modelscommand.cpp" line="100"/>
        <source>%1 is not running (%2)</source>
        <extracomment>%1 is a provider&apos;s name, %2 its address.</extracomment>
        <translation>%1 läuft nicht (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/modelscommand.cpp" line="116"/>
        <source>no API key for %1</source>
        <translation>kein API-Schlüssel für %1</translation>
    </message>
    <message>
        <location filename="../app/cli/modelscommand.cpp" line="117"/>
        <source>no API key for %1 (set %2 or add one in the keychain)</source>
        <translation>kein API-Schlüssel für %1 (setzen Sie %2 oder fügen Sie einen im Schlüsselbund hinzu)</translation>
    </message>
</context>
<context>
    <name>NdjsonParser</name>
    <message>
        <location filename="../src/net/ndjsonparser.cpp" line="16"/>
        <source>The stream sent a line longer than %1 bytes; the stream was stopped.</source>
        <translation>Der Stream enthielt eine Zeile mit mehr als %1 Bytes; der Stream wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>ProviderCatalog</name>
    <message>
        <location filename="../src/providers/providercatalog.cpp" line="26"/>
        <source>&quot;models&quot; must be a list</source>
        <translation>„models“ muss eine Liste sein</translation>
    </message>
    <message>
        <location filename="../src/providers/providercatalog.cpp" line="42"/>
        <source>every model needs an &quot;id&quot;</source>
        <translation>jedes Modell braucht eine „id“</translation>
    </message>
    <message>
        <location filename="../src/providers/providercatalog.cpp" line="54"/>
        <source>&quot;%1&quot; is not allowed: keys belong in the system keychain, or in the environment variable named by &quot;key_env&quot;</source>
        <translation>„%1“ ist nicht erlaubt: Schlüssel gehören in den Schlüsselbund des Systems oder in die Umgebungsvariable, die „key_env“ nennt</translation>
    </message>
    <message>
        <location filename="../src/providers/providercatalog.cpp" line="67"/>
        <source>unknown protocol &quot;%1&quot; (expected openai, anthropic, gemini or ollama)</source>
        <translation>unbekanntes Protokoll „%1“ (erwartet: openai, anthropic, gemini oder ollama)</translation>
    </message>
    <message>
        <location filename="../src/providers/providercatalog.cpp" line="79"/>
        <source>&quot;base_url&quot; must be an http or https URL</source>
        <translation>„base_url“ muss eine http- oder https-URL sein</translation>
    </message>
    <message>
        <location filename="../src/providers/providercatalog.cpp" line="83"/>
        <source>&quot;base_url&quot; must not contain a user name or password: keys belong in the system keychain, or in the environment variable named by &quot;key_env&quot;</source>
        <translation>„base_url“ darf weder Benutzernamen noch Passwort enthalten: Schlüssel gehören in den Schlüsselbund des Systems oder in die Umgebungsvariable, die „key_env“ nennt</translation>
    </message>
    <message>
        <location filename="../src/providers/providercatalog.cpp" line="101"/>
        <source>&quot;base_url&quot; is required for a provider that is not a preset</source>
        <translation>„base_url“ ist für einen Anbieter erforderlich, der nicht zu den Voreinstellungen gehört</translation>
    </message>
    <message>
        <location filename="../src/providers/providercatalog.cpp" line="128"/>
        <source>not valid JSON at offset %1: %2</source>
        <translation>kein gültiges JSON an Position %1: %2</translation>
    </message>
    <message>
        <location filename="../src/providers/providercatalog.cpp" line="135"/>
        <source>expected an object with a &quot;providers&quot; list</source>
        <translation>erwartet wird ein Objekt mit einer Liste „providers“</translation>
    </message>
    <message>
        <location filename="../src/providers/providercatalog.cpp" line="149"/>
        <source>&quot;id&quot; must be a non-empty name without &quot;/&quot;</source>
        <translation>„id“ muss ein nicht leerer Name ohne „/“ sein</translation>
    </message>
    <message>
        <location filename="../src/providers/providercatalog.cpp" line="151"/>
        <source>the id is used twice</source>
        <translation>die ID wird doppelt verwendet</translation>
    </message>
    <message>
        <location filename="../src/providers/providercatalog.cpp" line="155"/>
        <source>provider %1 (&quot;%2&quot;): %3</source>
        <translation>Anbieter %1 („%2“): %3</translation>
    </message>
    <message>
        <location filename="../src/providers/providercatalog.cpp" line="169"/>
        <location filename="../src/providers/providercatalog.cpp" line="175"/>
        <location filename="../src/providers/providercatalog.cpp" line="212"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ProviderError</name>
    <message>
        <location filename="../src/providers/errormapping.cpp" line="102"/>
        <source>The server answered HTTP %1.</source>
        <translation>Der Server antwortete mit HTTP %1.</translation>
    </message>
    <message>
        <location filename="../src/providers/errormapping.cpp" line="104"/>
        <source>The server answered HTTP %1: %2</source>
        <translation>Der Server antwortete mit HTTP %1: %2</translation>
    </message>
</context>
<context>
    <name>SseParseCommand</name>
    <message>
        <location filename="../app/cli/sseparsecommand.cpp" line="30"/>
        <source>Parse a text/event-stream from stdin and print each event as JSON.</source>
        <translation>Einen text/event-stream von stdin parsen und jedes Ereignis als JSON ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/sseparsecommand.cpp" line="33"/>
        <source>Feed the parser N bytes at a time (default: as read).</source>
        <translation>Dem Parser jeweils N Bytes übergeben (Standard: so, wie sie gelesen werden).</translation>
    </message>
    <message>
        <location filename="../app/cli/sseparsecommand.cpp" line="48"/>
        <source>--chunk expects a positive number</source>
        <translation>--chunk erwartet eine positive Zahl</translation>
    </message>
    <message>
        <location filename="../app/cli/sseparsecommand.cpp" line="63"/>
        <source>cannot read stdin</source>
        <translation>stdin kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>SseParser</name>
    <message>
        <location filename="../src/net/sseparser.cpp" line="176"/>
        <source>The event stream sent an event larger than %1 bytes; the stream was stopped.</source>
        <translation>Der Ereignisstream enthielt ein Ereignis mit mehr als %1 Bytes; der Stream wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>coro::ChatSession</name>
    <message>
        <location filename="../src/chat/chatsession.cpp" line="42"/>
        <location filename="../src/chat/chatsession.cpp" line="64"/>
        <source>There is no message %1 in conversation %2.</source>
        <translation>In Unterhaltung %2 gibt es keine Nachricht %1.</translation>
    </message>
    <message>
        <location filename="../src/chat/chatsession.cpp" line="45"/>
        <source>There is no conversation %1.</source>
        <translation>Es gibt keine Unterhaltung %1.</translation>
    </message>
    <message>
        <location filename="../src/chat/chatsession.cpp" line="125"/>
        <source>The turn could not be saved to the history file.</source>
        <translation>Die Anfrage konnte nicht in der Verlaufsdatei gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../src/chat/chatsession.cpp" line="151"/>
        <source>Choose at least one model.</source>
        <translation>Wählen Sie mindestens ein Modell aus.</translation>
    </message>
    <message>
        <location filename="../src/chat/chatsession.cpp" line="155"/>
        <source>The prompt is empty.</source>
        <translation>Die Eingabe ist leer.</translation>
    </message>
    <message>
        <location filename="../src/chat/chatsession.cpp" line="167"/>
        <source>Unknown provider &quot;%1&quot; in &quot;%2&quot;. Known providers: %3.</source>
        <translation>Unbekannter Anbieter „%1“ in „%2“. Bekannte Anbieter: %3.</translation>
    </message>
    <message>
        <location filename="../src/chat/chatsession.cpp" line="173"/>
        <source>An ephemeral turn cannot continue a saved conversation.</source>
        <translation>Eine nicht gespeicherte Anfrage kann keine gespeicherte Unterhaltung fortsetzen.</translation>
    </message>
    <message>
        <location filename="../src/chat/chatsession.cpp" line="177"/>
        <source>Editing or regenerating a message needs its conversation.</source>
        <translation>Zum Bearbeiten oder Neuerzeugen einer Nachricht wird ihre Unterhaltung benötigt.</translation>
    </message>
</context>
<context>
    <name>coro::HttpStream</name>
    <message>
        <location filename="../src/net/httpstream.cpp" line="41"/>
        <source>No response from the server within %1 s.</source>
        <translation>Keine Antwort vom Server innerhalb von %1 s.</translation>
    </message>
    <message>
        <location filename="../src/net/httpstream.cpp" line="45"/>
        <source>The server sent nothing for %1 s.</source>
        <translation>Der Server hat %1 s lang nichts gesendet.</translation>
    </message>
</context>
<context>
    <name>coro::ModelRun</name>
    <message>
        <location filename="../src/engine/modelrun.cpp" line="26"/>
        <source>No answer started within %1 s.</source>
        <translation>Innerhalb von %1 s hat keine Antwort begonnen.</translation>
    </message>
    <message>
        <location filename="../src/engine/modelrun.cpp" line="80"/>
        <source>No API key for %1: add one in Settings (it is kept in the system keychain).</source>
        <translation>Kein API-Schlüssel für %1: Fügen Sie in den Einstellungen einen hinzu (er wird im Schlüsselbund des Systems aufbewahrt).</translation>
    </message>
    <message>
        <location filename="../src/engine/modelrun.cpp" line="83"/>
        <source>No API key for %1: add one in Settings (it is kept in the system keychain) or set %2.</source>
        <translation>Kein API-Schlüssel für %1: Fügen Sie in den Einstellungen einen hinzu (er wird im Schlüsselbund des Systems aufbewahrt) oder setzen Sie %2.</translation>
    </message>
    <message>
        <location filename="../src/engine/modelrun.cpp" line="102"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../src/engine/modelrun.cpp" line="210"/>
        <source>The connection closed before the answer was complete.</source>
        <translation>Die Verbindung wurde geschlossen, bevor die Antwort vollständig war.</translation>
    </message>
</context>
<context>
    <name>coro::cli::AskPrinter</name>
    <message>
        <location filename="../app/cli/askprinter.cpp" line="64"/>
        <source>%1, retrying (attempt %2) in %3 ms</source>
        <extracomment>%1 is an error code name such as rate_limited.</extracomment>
        <translation>%1, Versuch %2 folgt in %3 ms</translation>
    </message>
    <message>
        <location filename="../app/cli/askprinter.cpp" line="154"/>
        <source>MODEL</source>
        <extracomment>Summary table column heading.</extracomment>
        <translation>MODELL</translation>
    </message>
    <message>
        <location filename="../app/cli/askprinter.cpp" line="158"/>
        <source>STATE</source>
        <extracomment>Summary table column heading, at most 9 characters.</extracomment>
        <translation>STATUS</translation>
    </message>
    <message>
        <location filename="../app/cli/askprinter.cpp" line="160"/>
        <source>TTFT</source>
        <extracomment>Summary table column heading (time to first token), at most 8 characters.</extracomment>
        <translation>TTFT</translation>
    </message>
    <message>
        <location filename="../app/cli/askprinter.cpp" line="162"/>
        <source>TOK/S</source>
        <extracomment>Summary table column heading (tokens per second), at most 7 characters.</extracomment>
        <translation>TOK/S</translation>
    </message>
    <message>
        <location filename="../app/cli/askprinter.cpp" line="164"/>
        <source>IN/OUT</source>
        <extracomment>Summary table column heading (input/output tokens), at most 11 characters.</extracomment>
        <translation>EIN/AUS</translation>
    </message>
    <message>
        <location filename="../app/cli/askprinter.cpp" line="166"/>
        <source>TIME</source>
        <extracomment>Summary table column heading (elapsed time), at most 7 characters.</extracomment>
        <translation>ZEIT</translation>
    </message>
    <message>
        <location filename="../app/cli/askprinter.cpp" line="168"/>
        <source>ERROR</source>
        <extracomment>Summary table column heading, the last column.</extracomment>
        <translation>FEHLER</translation>
    </message>
    <message>
        <location filename="../app/cli/askprinter.cpp" line="189"/>
        <source>Saved as conversation %1.</source>
        <translation>Als Unterhaltung %1 gespeichert.</translation>
    </message>
</context>
</TS>
