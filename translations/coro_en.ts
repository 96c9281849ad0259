<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ArchiveWriter</name>
    <message>
        <location filename="../src/storage/archivewriter.cpp" line="28"/>
        <source>conversation %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AskCommand</name>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="54"/>
        <source>--%1 expects a number, got &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="62"/>
        <source>Ask every named model the same question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="66"/>
        <source>A model as PROVIDER/MODEL; repeat for several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="68"/>
        <source>0 to 2 (default 0.7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="69"/>
        <source>1 to 32000 (default 2000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="71"/>
        <source>0 to 1 (default: not sent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="72"/>
        <source>A system prompt for every model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="74"/>
        <source>Continue conversation ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="77"/>
        <source>With --conversation: ask PROMPT as a new version of message TURN (a branch; the old version is kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="81"/>
        <source>With --conversation: answer message TURN again with the -m models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="83"/>
        <source>Do not save this turn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="84"/>
        <source>Seconds to wait for a response (15).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="87"/>
        <source>Seconds to wait for the first token (90).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="89"/>
        <source>Seconds of silence allowed while streaming (60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="90"/>
        <source>Print one JSON object per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="92"/>
        <source>The question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="106"/>
        <source>&quot;%1&quot; is not PROVIDER/MODEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="135"/>
        <source>--conversation expects a conversation id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="148"/>
        <source>--%1 expects a message (turn) id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="153"/>
        <source>use --edit or --regenerate, not both</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliEnvironment</name>
    <message numerus="yes">
        <location filename="../app/cli/clienvironment.cpp" line="33"/>
        <source>%n answer(s) cut off by an earlier crash are kept as interrupted</source>
        <translation>
            <numerusform>%n answer cut off by an earlier crash is kept as interrupted</numerusform>
            <numerusform>%n answers cut off by an earlier crash are kept as interrupted</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/clienvironment.cpp" line="54"/>
        <source>invalid providers file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationStore</name>
    <message>
        <location filename="../src/storage/conversationstore.cpp" line="45"/>
        <source>New chat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoroCli</name>
    <message>
        <location filename="../app/cli/main.cpp" line="27"/>
        <source>ask every model at once, streamed and saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="29"/>
        <source>list models from the providers&apos; endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="31"/>
        <source>browse and search saved conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="33"/>
        <source>export one conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="35"/>
        <source>import Coro JSON or ChatGPT&apos;s conversations.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="38"/>
        <source>manage them</source>
        <extracomment>Describes the commands that manage saved conversations, listed before it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="39"/>
        <source>parse an event stream from stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="42"/>
        <source>Usage: %1</source>
        <extracomment>%1 is the command line syntax, which stays in English.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="44"/>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="50"/>
        <source>The data directory (providers.json, coro.sqlite) is --data-dir, else $CORO_DATA_DIR,
else the platform&apos;s application-data folder. &apos;coro-cli COMMAND --help&apos; for details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="111"/>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataDirectory</name>
    <message>
        <location filename="../src/storage/datadirectory.cpp" line="20"/>
        <source>The data directory %1 cannot be created or written to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../src/storage/database.cpp" line="38"/>
        <source>%1 was written by a newer version of Coro (schema version %2; this version knows up to %3). Update Coro to open it; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/database.cpp" line="91"/>
        <source>Unknown schema version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/database.cpp" line="98"/>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/database.cpp" line="105"/>
        <location filename="../src/storage/database.cpp" line="179"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/database.cpp" line="185"/>
        <source>%1 is not a SQLite database; it was left unchanged. Move it away or choose another data directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/database.cpp" line="205"/>
        <source>Cannot set up %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/database.cpp" line="239"/>
        <source>Cannot back up %1 to %2 before updating it, so it was not updated: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/database.cpp" line="262"/>
        <source>Cannot update %1 to schema version %2 (%3); it was left at version %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GenerationParams</name>
    <message>
        <location filename="../src/core/generationparams.cpp" line="13"/>
        <source>Temperature must be between 0 and 2 (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/generationparams.cpp" line="18"/>
        <source>Max tokens must be between 1 and 32000 (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/generationparams.cpp" line="23"/>
        <source>Top-p must be between 0 and 1 (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="78"/>
        <source>(you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="83"/>
        <source>No match for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="92"/>
        <location filename="../app/cli/historycommand.cpp" line="102"/>
        <location filename="../app/cli/historyexchange.cpp" line="41"/>
        <source>there is no conversation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="121"/>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="162"/>
        <source>Browse, search, export and import the saved conversations (no network needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="166"/>
        <source>list, search, show: one JSON object per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="167"/>
        <source>list, search: at most N results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="169"/>
        <source>list: skip the first N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="170"/>
        <source>list: the archived conversations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="171"/>
        <source>export: md, html or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="174"/>
        <source>export: write to FILE instead of stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="207"/>
        <source>&quot;%1&quot; is not a conversation id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="218"/>
        <source>expected one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="229"/>
        <source>expected a query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="233"/>
        <location filename="../app/cli/historycommand.cpp" line="248"/>
        <location filename="../app/cli/historycommand.cpp" line="269"/>
        <source>expected a conversation id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="238"/>
        <source>expected ID TITLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/historycommand.cpp" line="260"/>
        <source>Deleted conversation %1. Undo within %n days: coro-cli history restore %1</source>
        <translation>
            <numerusform>Deleted conversation %1. Undo within %n day: coro-cli history restore %1</numerusform>
            <numerusform>Deleted conversation %1. Undo within %n days: coro-cli history restore %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="274"/>
        <source>expected a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/historyexchange.cpp" line="34"/>
        <source>--format must be md, html or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/historyexchange.cpp" line="71"/>
        <location filename="../app/cli/historyexchange.cpp" line="83"/>
        <source>%1: %2 (nothing was imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/historyexchange.cpp" line="91"/>
        <source>Imported %n conversation(s), skipped %1 empty.</source>
        <translation>
            <numerusform>Imported %n conversation, skipped %1 empty.</numerusform>
            <numerusform>Imported %n conversations, skipped %1 empty.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/historyexchange.cpp" line="93"/>
        <source>Imported %n conversation(s).</source>
        <translation>
            <numerusform>Imported %n conversation.</numerusform>
            <numerusform>Imported %n conversations.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <location filename="../src/secrets/keychainsecretstore.cpp" line="30"/>
        <source>The system keychain is not available (%1). Keys can be kept for this session only; nothing is stored in plain text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="13"/>
        <location filename="../qml/Main.qml" line="21"/>
        <source>Coro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="28"/>
        <source>Ask many models at once. The chat view is on its way; until then, coro-cli ask streams every model side by side in the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelsCommand</name>
    <message>
        <location filename="../app/cli/modelscommand.cpp" line="29"/>
        <source>List the models of each provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/modelscommand.cpp" line="31"/>
        <source>Print one JSON object per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/modelscommand.cpp" line="32"/>
        <source>Only this provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/modelscommand.cpp" line="47"/>
        <source>name at most one provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/modelscommand.cpp" line="53"/>
        <source>unknown provider &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/modelscommand.cpp" line="100"/>
        <source>%1 is not running (%2)</source>
        <extracomment>%1 is a provider&apos;s name, %2 its address.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/modelscommand.cpp" line="116"/>
        <source>no API key for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/modelscommand.cpp" line="117"/>
        <source>no API key for %1 (set %2 or add one in the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NdjsonParser</name>
    <message>
        <location filename="../src/net/ndjsonparser.cpp" line="16"/>
        <source>The stream sent a line longer than %1 bytes; the stream was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderCatalog</name>
    <message>
        <location filename="../src/providers/providercatalog.cpp" line="26"/>
        <source>&quot;models&quot; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/providers/providercatalog.cpp" line="42"/>
        <source>every model needs an &quot;id&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/providers/providercatalog.cpp" line="54"/>
        <source>&quot;%1&quot; is not allowed: keys belong in the system keychain, or in the environment variable named by &quot;key_env&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/providers/providercatalog.cpp" line="67"/>
        <source>unknown protocol &quot;%1&quot; (expected openai, anthropic, gemini or ollama)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/providers/providercatalog.cpp" line="79"/>
        <source>&quot;base_url&quot; must be an http or https URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/providers/providercatalog.cpp" line="83"/>
        <source>&quot;base_url&quot; must not contain a user name or password: keys belong in the system keychain, or in the environment variable named by &quot;key_env&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/providers/providercatalog.cpp" line="101"/>
        <source>&quot;base_url&quot; is required for a provider that is not a preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/providers/providercatalog.cpp" line="128"/>
        <source>not valid JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/providers/providercatalog.cpp" line="135"/>
        <source>expected an object with a &quot;providers&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/providers/providercatalog.cpp" line="149"/>
        <source>&quot;id&quot; must be a non-empty name without &quot;/&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/providers/providercatalog.cpp" line="151"/>
        <source>the id is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/providers/providercatalog.cpp" line="155"/>
        <source>provider %1 (&quot;%2&quot;): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/providers/providercatalog.cpp" line="169"/>
        <location filename="../src/providers/providercatalog.cpp" line="175"/>
        <location filename="../src/providers/providercatalog.cpp" line="212"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderError</name>
    <message>
        <location filename="../src/providers/errormapping.cpp" line="102"/>
        <source>The server answered HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/providers/errormapping.cpp" line="104"/>
        <source>The server answered HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SseParseCommand</name>
    <message>
        <location filename="../app/cli/sseparsecommand.cpp" line="30"/>
        <source>Parse a text/event-stream from stdin and print each event as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/sseparsecommand.cpp" line="33"/>
        <source>Feed the parser N bytes at a time (default: as read).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/sseparsecommand.cpp" line="48"/>
        <source>--chunk expects a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/sseparsecommand.cpp" line="63"/>
        <source>cannot read stdin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SseParser</name>
    <message>
        <location filename="../src/net/sseparser.cpp" line="176"/>
        <source>The event stream sent an event larger than %1 bytes; the stream was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coro::ChatSession</name>
    <message>
        <location filename="../src/chat/chatsession.cpp" line="42"/>
        <location filename="../src/chat/chatsession.cpp" line="64"/>
        <source>There is no message %1 in conversation %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/chat/chatsession.cpp" line="45"/>
        <source>There is no conversation %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/chat/chatsession.cpp" line="125"/>
        <source>The turn could not be saved to the history file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/chat/chatsession.cpp" line="151"/>
        <source>Choose at least one model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/chat/chatsession.cpp" line="155"/>
        <source>The prompt is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/chat/chatsession.cpp" line="167"/>
        <source>Unknown provider &quot;%1&quot; in &quot;%2&quot;. Known providers: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/chat/chatsession.cpp" line="173"/>
        <source>An ephemeral turn cannot continue a saved conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/chat/chatsession.cpp" line="177"/>
        <source>Editing or regenerating a message needs its conversation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coro::HttpStream</name>
    <message>
        <location filename="../src/net/httpstream.cpp" line="41"/>
        <source>No response from the server within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/net/httpstream.cpp" line="45"/>
        <source>The server sent nothing for %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coro::ModelRun</name>
    <message>
        <location filename="../src/engine/modelrun.cpp" line="26"/>
        <source>No answer started within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/engine/modelrun.cpp" line="80"/>
        <source>No API key for %1: add one in Settings (it is kept in the system keychain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/engine/modelrun.cpp" line="83"/>
        <source>No API key for %1: add one in Settings (it is kept in the system keychain) or set %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/engine/modelrun.cpp" line="102"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/engine/modelrun.cpp" line="210"/>
        <source>The connection closed before the answer was complete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coro::cli::AskPrinter</name>
    <message>
        <location filename="../app/cli/askprinter.cpp" line="64"/>
        <source>%1, retrying (attempt %2) in %3 ms</source>
        <extracomment>%1 is an error code name such as rate_limited.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/askprinter.cpp" line="154"/>
        <source>MODEL</source>
        <extracomment>Summary table column heading.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/askprinter.cpp" line="158"/>
        <source>STATE</source>
        <extracomment>Summary table column heading, at most 9 characters.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/askprinter.cpp" line="160"/>
        <source>TTFT</source>
        <extracomment>Summary table column heading (time to first token), at most 8 characters.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/askprinter.cpp" line="162"/>
        <source>TOK/S</source>
        <extracomment>Summary table column heading (tokens per second), at most 7 characters.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/askprinter.cpp" line="164"/>
        <source>IN/OUT</source>
        <extracomment>Summary table column heading (input/output tokens), at most 11 characters.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/askprinter.cpp" line="166"/>
        <source>TIME</source>
        <extracomment>Summary table column heading (elapsed time), at most 7 characters.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/askprinter.cpp" line="168"/>
        <source>ERROR</source>
        <extracomment>Summary table column heading, the last column.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/askprinter.cpp" line="189"/>
        <source>Saved as conversation %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
