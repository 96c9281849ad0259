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
    <name>ConversationStore</name>
    <message>
        <location filename="../src/storage/conversationstore.cpp" line="45"/>
        <source>New chat</source>
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
        <location filename="../src/storage/database.cpp" line="203"/>
        <source>Cannot set up %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/database.cpp" line="235"/>
        <source>Cannot back up %1 to %2 before updating it, so it was not updated: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/database.cpp" line="265"/>
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
        <location filename="../src/providers/errormapping.cpp" line="95"/>
        <source>The server answered HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/providers/errormapping.cpp" line="97"/>
        <source>The server answered HTTP %1: %2</source>
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
        <location filename="../src/chat/chatsession.cpp" line="41"/>
        <location filename="../src/chat/chatsession.cpp" line="63"/>
        <source>There is no message %1 in conversation %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/chat/chatsession.cpp" line="44"/>
        <source>There is no conversation %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/chat/chatsession.cpp" line="124"/>
        <source>The turn could not be saved to the history file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/chat/chatsession.cpp" line="150"/>
        <source>Choose at least one model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/chat/chatsession.cpp" line="154"/>
        <source>The prompt is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/chat/chatsession.cpp" line="166"/>
        <source>Unknown provider &quot;%1&quot; in &quot;%2&quot;. Known providers: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/chat/chatsession.cpp" line="172"/>
        <source>An ephemeral turn cannot continue a saved conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/chat/chatsession.cpp" line="176"/>
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
</TS>
