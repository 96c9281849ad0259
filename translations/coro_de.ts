<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AddProviderDialog</name>
    <message>
        <location filename="../qml/settings/AddProviderDialog.qml" line="25"/>
        <source>Add provider</source>
        <translation>Anbieter hinzufügen</translation>
    </message>
    <message>
        <location filename="../qml/settings/AddProviderDialog.qml" line="53"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../qml/settings/AddProviderDialog.qml" line="57"/>
        <source>Add this provider</source>
        <translation>Diesen Anbieter hinzufügen</translation>
    </message>
    <message>
        <location filename="../qml/settings/AddProviderDialog.qml" line="61"/>
        <location filename="../qml/settings/AddProviderDialog.qml" line="62"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../qml/settings/AddProviderDialog.qml" line="74"/>
        <source>Any server that speaks the OpenAI chat API works: a company proxy, vLLM, LiteLLM, LocalAI…</source>
        <translation>Jeder Server, der die Chat-API von OpenAI spricht, funktioniert: ein Firmen-Proxy, vLLM, LiteLLM, LocalAI…</translation>
    </message>
    <message>
        <location filename="../qml/settings/AddProviderDialog.qml" line="79"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../qml/settings/AddProviderDialog.qml" line="85"/>
        <source>e.g. Team proxy</source>
        <translation>z. B. Team-Proxy</translation>
    </message>
    <message>
        <location filename="../qml/settings/AddProviderDialog.qml" line="86"/>
        <source>Provider name</source>
        <translation>Name des Anbieters</translation>
    </message>
    <message>
        <location filename="../qml/settings/AddProviderDialog.qml" line="88"/>
        <source>Address (base URL)</source>
        <translation>Adresse (Basis-URL)</translation>
    </message>
    <message>
        <location filename="../qml/settings/AddProviderDialog.qml" line="95"/>
        <source>Provider address</source>
        <translation>Adresse des Anbieters</translation>
    </message>
    <message>
        <location filename="../qml/settings/AddProviderDialog.qml" line="98"/>
        <location filename="../qml/settings/AddProviderDialog.qml" line="109"/>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../qml/settings/AddProviderDialog.qml" line="105"/>
        <source>OpenAI-compatible</source>
        <translation>OpenAI-kompatibel</translation>
    </message>
    <message>
        <location filename="../qml/settings/AddProviderDialog.qml" line="106"/>
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <location filename="../qml/settings/AddProviderDialog.qml" line="107"/>
        <source>Google Gemini</source>
        <translation>Google Gemini</translation>
    </message>
    <message>
        <location filename="../qml/settings/AddProviderDialog.qml" line="108"/>
        <source>Ollama</source>
        <translation>Ollama</translation>
    </message>
    <message>
        <location filename="../qml/settings/AddProviderDialog.qml" line="127"/>
        <source>Or a built-in provider you removed</source>
        <translation>Oder ein eingebauter Anbieter, den Sie entfernt haben</translation>
    </message>
    <message>
        <location filename="../qml/settings/AddProviderDialog.qml" line="139"/>
        <source>Built-in provider</source>
        <translation>Eingebauter Anbieter</translation>
    </message>
    <message>
        <location filename="../qml/settings/AddProviderDialog.qml" line="142"/>
        <source>Add again</source>
        <translation>Wieder hinzufügen</translation>
    </message>
    <message>
        <location filename="../qml/settings/AddProviderDialog.qml" line="144"/>
        <source>Add the built-in provider again</source>
        <translation>Den eingebauten Anbieter wieder hinzufügen</translation>
    </message>
</context>
<context>
    <name>AnswerDiff</name>
    <message>
        <location filename="../src/diff/answerdiff.cpp" line="38"/>
        <source>answer %1</source>
        <translation>Antwort %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/diff/answerdiff.cpp" line="47"/>
        <source>Said by all %n answers.</source>
        <translation>
            <numerusform>Von %n Antwort gesagt.</numerusform>
            <numerusform>Von allen %n Antworten gesagt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/diff/answerdiff.cpp" line="50"/>
        <source>Also said by %1.</source>
        <translation>Auch von %1 gesagt.</translation>
    </message>
    <message>
        <location filename="../src/diff/answerdiff.cpp" line="53"/>
        <source>Only this answer says this.</source>
        <translation>Nur diese Antwort sagt das.</translation>
    </message>
    <message>
        <location filename="../src/diff/answerdiff.cpp" line="58"/>
        <source>Contradicts %1.</source>
        <translation>Widerspricht %1.</translation>
    </message>
</context>
<context>
    <name>AnswerPane</name>
    <message>
        <location filename="../qml/compare/AnswerPane.qml" line="58"/>
        <source>Fused answer from %1</source>
        <translation>Zusammengeführte Antwort von %1</translation>
    </message>
    <message>
        <location filename="../qml/compare/AnswerPane.qml" line="59"/>
        <source>Answer from %1</source>
        <translation>Antwort von %1</translation>
    </message>
</context>
<context>
    <name>AnswerRow</name>
    <message>
        <location filename="../qml/compare/AnswerRow.qml" line="46"/>
        <source>%1 · fusion</source>
        <translation>%1 · Fusion</translation>
    </message>
    <message>
        <location filename="../qml/compare/AnswerRow.qml" line="50"/>
        <source>Fused answer from %1, %2</source>
        <translation>Zusammengeführte Antwort von %1, %2</translation>
    </message>
    <message>
        <location filename="../qml/compare/AnswerRow.qml" line="52"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../qml/compare/AnswerRow.qml" line="76"/>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
</context>
<context>
    <name>AnswerRunCard</name>
    <message>
        <location filename="../qml/workspace/AnswerRunCard.qml" line="19"/>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <location filename="../qml/workspace/AnswerRunCard.qml" line="20"/>
        <source>running…</source>
        <translation>läuft…</translation>
    </message>
    <message>
        <location filename="../qml/workspace/AnswerRunCard.qml" line="21"/>
        <source>not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
    <message>
        <location filename="../qml/workspace/AnswerRunCard.qml" line="25"/>
        <source>Run of %1&apos;s code</source>
        <translation>Ausführung des Codes von %1</translation>
    </message>
    <message>
        <location filename="../qml/workspace/AnswerRunCard.qml" line="83"/>
        <source>Output of %1: %2</source>
        <translation>Ausgabe von %1: %2</translation>
    </message>
    <message>
        <location filename="../qml/workspace/AnswerRunCard.qml" line="87"/>
        <source>stderr</source>
        <translation>stderr</translation>
    </message>
    <message>
        <location filename="../qml/workspace/AnswerRunCard.qml" line="106"/>
        <source>stderr of %1: %2</source>
        <translation>stderr von %1: %2</translation>
    </message>
</context>
<context>
    <name>AnswerRunsView</name>
    <message>
        <location filename="../qml/workspace/AnswerRunsView.qml" line="22"/>
        <source>Each model&apos;s version</source>
        <translation>Die Version jedes Modells</translation>
    </message>
    <message>
        <location filename="../qml/workspace/AnswerRunsView.qml" line="41"/>
        <source>Runs the first code block of every answer to the newest message, and shows the results here side by side.</source>
        <translation>Führt den ersten Codeblock jeder Antwort auf die neueste Nachricht aus und zeigt die Ergebnisse hier nebeneinander.</translation>
    </message>
</context>
<context>
    <name>AppearancePage</name>
    <message>
        <location filename="../qml/settings/AppearancePage.qml" line="15"/>
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <location filename="../qml/settings/AppearancePage.qml" line="20"/>
        <location filename="../qml/settings/AppearancePage.qml" line="42"/>
        <source>Like the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../qml/settings/AppearancePage.qml" line="21"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../qml/settings/AppearancePage.qml" line="22"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../qml/settings/AppearancePage.qml" line="28"/>
        <source>Colours: %1</source>
        <translation>Farben: %1</translation>
    </message>
    <message>
        <location filename="../qml/settings/AppearancePage.qml" line="35"/>
        <location filename="../qml/settings/AppearancePage.qml" line="46"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../qml/settings/AppearancePage.qml" line="52"/>
        <source>The new language is used the next time Coro starts.</source>
        <translation>Die neue Sprache wird beim nächsten Start von Coro verwendet.</translation>
    </message>
</context>
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
        <location filename="../app/cli/askcommand.cpp" line="64"/>
        <source>--%1 expects a number, got &quot;%2&quot;</source>
        <translation>--%1 erwartet eine Zahl, angegeben: „%2“</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="72"/>
        <source>Ask every named model the same question.</source>
        <translation>Stellt allen genannten Modellen dieselbe Frage.</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="76"/>
        <source>A model as PROVIDER/MODEL; repeat for several.</source>
        <translation>Ein Modell als PROVIDER/MODEL; für mehrere wiederholen.</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="78"/>
        <source>0 to 2 (default 0.7).</source>
        <translation>0 bis 2 (Standard: 0.7).</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="79"/>
        <source>1 to 32000 (default 2000).</source>
        <translation>1 bis 32000 (Standard: 2000).</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="81"/>
        <source>0 to 1 (default: not sent).</source>
        <translation>0 bis 1 (Standard: wird nicht gesendet).</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="82"/>
        <source>A system prompt for every model.</source>
        <translation>Ein Systemprompt für alle Modelle.</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="85"/>
        <source>The conversation&apos;s guide: standing instructions kept for its later turns (&quot;&quot; removes it).</source>
        <translation>Der Leitfaden der Unterhaltung: bleibende Anweisungen für ihre späteren Anfragen (&quot;&quot; entfernt ihn).</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="88"/>
        <source>Continue conversation ID.</source>
        <translation>Die Unterhaltung ID fortsetzen.</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="91"/>
        <source>With --conversation: ask PROMPT as a new version of message TURN (a branch; the old version is kept).</source>
        <translation>Mit --conversation: PROMPT als neue Version der Nachricht TURN stellen (eine Verzweigung; die alte Version bleibt erhalten).</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="95"/>
        <source>With --conversation: answer message TURN again with the -m models.</source>
        <translation>Mit --conversation: die Nachricht TURN erneut von den mit -m genannten Modellen beantworten lassen.</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="97"/>
        <source>Do not save this turn.</source>
        <translation>Diese Anfrage nicht speichern.</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="99"/>
        <source>Seconds allowed to connect to a provider (15).</source>
        <translation>Sekunden, die der Verbindungsaufbau zu einem Anbieter dauern darf (15).</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="101"/>
        <source>Seconds to wait for the first token once the request is sent (90).</source>
        <translation>Sekunden, die nach dem Senden der Anfrage auf das erste Token gewartet wird (90).</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="273"/>
        <source>interrupted before any model was asked</source>
        <translation>unterbrochen, bevor ein Modell gefragt wurde</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="104"/>
        <source>Seconds of silence allowed while streaming (60).</source>
        <translation>Erlaubte Sekunden ohne Daten während des Streamings (60).</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="106"/>
        <source>Stop an answer longer than N characters (1000000).</source>
        <translation>Eine Antwort mit mehr als N Zeichen abbrechen (1000000).</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="107"/>
        <source>Print one JSON object per line.</source>
        <translation>Ein JSON-Objekt pro Zeile ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="112"/>
        <source>The question.</source>
        <translation>Die Frage.</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="120"/>
        <source>&quot;%1&quot; is not PROVIDER/MODEL</source>
        <translation>„%1“ hat nicht die Form PROVIDER/MODEL</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="145"/>
        <source>--max-answer-chars must be between 1 and 100000000</source>
        <translation>--max-answer-chars muss zwischen 1 und 100000000 liegen</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="154"/>
        <source>timeouts must be between 0 and 86400 seconds</source>
        <translation>Zeitlimits müssen zwischen 0 und 86400 Sekunden liegen</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="164"/>
        <source>--conversation expects a conversation id</source>
        <translation>--conversation erwartet die ID einer Unterhaltung</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="177"/>
        <source>--%1 expects a message (turn) id</source>
        <translation>--%1 erwartet die ID einer Nachricht (Anfrage)</translation>
    </message>
    <message>
        <location filename="../app/cli/askcommand.cpp" line="182"/>
        <source>use --edit or --regenerate, not both</source>
        <translation>verwenden Sie --edit oder --regenerate, nicht beides</translation>
    </message>
</context>
<context>
    <name>AskFusion</name>
    <message>
        <location filename="../app/cli/askfusion.cpp" line="56"/>
        <source>%1; every point is fused.</source>
        <translation>%1; alle Punkte werden zusammengeführt.</translation>
    </message>
    <message>
        <location filename="../app/cli/askfusion.cpp" line="65"/>
        <source>Points found:</source>
        <translation>Gefundene Punkte:</translation>
    </message>
    <message>
        <location filename="../app/cli/askfusion.cpp" line="93"/>
        <source>Once the answers are done, have this model write the best of them, each part tagged with the answers it came from.</source>
        <translation>Sobald die Antworten fertig sind, schreibt dieses Modell das Beste daraus zusammen; jeder Teil ist mit den Antworten markiert, aus denen er stammt.</translation>
    </message>
    <message>
        <location filename="../app/cli/askfusion.cpp" line="97"/>
        <source>With --fuse: list the distinct points first, then fuse only these (comma-separated numbers, or all).</source>
        <translation>Mit --fuse: zuerst die einzelnen Punkte auflisten, dann nur diese zusammenführen (durch Kommas getrennte Nummern oder all).</translation>
    </message>
    <message>
        <location filename="../app/cli/askfusion.cpp" line="108"/>
        <source>--fuse-points needs --fuse</source>
        <translation>--fuse-points benötigt --fuse</translation>
    </message>
    <message>
        <location filename="../app/cli/askfusion.cpp" line="115"/>
        <source>&quot;%1&quot; is not PROVIDER/MODEL</source>
        <translation>„%1“ hat nicht die Form PROVIDER/MODEL</translation>
    </message>
    <message>
        <location filename="../app/cli/askfusion.cpp" line="129"/>
        <source>--fuse-points expects all or numbers from 1 to %1, got &quot;%2&quot;</source>
        <translation>--fuse-points erwartet all oder Nummern von 1 bis %1, angegeben: „%2“</translation>
    </message>
    <message>
        <location filename="../app/cli/askfusion.cpp" line="138"/>
        <source>--fuse-points expects all or numbers</source>
        <translation>--fuse-points erwartet all oder Nummern</translation>
    </message>
    <message>
        <location filename="../app/cli/askfusion.cpp" line="155"/>
        <source>No answer finished: there is nothing to fuse.</source>
        <translation>Keine Antwort ist fertig geworden: Es gibt nichts zusammenzuführen.</translation>
    </message>
    <message>
        <location filename="../app/cli/askfusion.cpp" line="212"/>
        <source>Fused by %1 from:</source>
        <translation>Zusammengeführt von %1 aus:</translation>
    </message>
</context>
<context>
    <name>AskSearch</name>
    <message>
        <location filename="../app/cli/asksearch.cpp" line="24"/>
        <source>Web search for this prompt: auto (when it needs current facts), always or never (default auto).</source>
        <translation>Websuche für diese Eingabe: auto (wenn aktuelle Fakten nötig sind), always oder never (Standard: auto).</translation>
    </message>
    <message>
        <location filename="../app/cli/asksearch.cpp" line="28"/>
        <source>The providers.json search entry to use (default: the first).</source>
        <translation>Der zu verwendende Sucheintrag aus providers.json (Standard: der erste).</translation>
    </message>
    <message>
        <location filename="../app/cli/asksearch.cpp" line="31"/>
        <source>Seconds the web search may take before the models answer without it (8).</source>
        <translation>Sekunden, die die Websuche dauern darf, bevor die Modelle ohne sie antworten (8).</translation>
    </message>
    <message>
        <location filename="../app/cli/asksearch.cpp" line="35"/>
        <source>A small model asked whether a prompt needs a search when the rules are unsure.</source>
        <translation>Ein kleines Modell, das gefragt wird, ob eine Eingabe eine Suche braucht, wenn die Regeln unsicher sind.</translation>
    </message>
    <message>
        <location filename="../app/cli/asksearch.cpp" line="47"/>
        <source>--search expects auto, always or never</source>
        <translation>--search erwartet auto, always oder never</translation>
    </message>
    <message>
        <location filename="../app/cli/asksearch.cpp" line="55"/>
        <source>--search-timeout must be between 0 and 120 seconds</source>
        <translation>--search-timeout muss zwischen 0 und 120 Sekunden liegen</translation>
    </message>
    <message>
        <location filename="../app/cli/asksearch.cpp" line="65"/>
        <source>&quot;%1&quot; is not PROVIDER/MODEL</source>
        <translation>„%1“ hat nicht die Form PROVIDER/MODEL</translation>
    </message>
    <message>
        <location filename="../app/cli/asksearch.cpp" line="124"/>
        <source>Web sources for &quot;%1&quot; (%2, from the cache):</source>
        <translation>Webquellen für „%1“ (%2, aus dem Cache):</translation>
    </message>
    <message>
        <location filename="../app/cli/asksearch.cpp" line="125"/>
        <source>Web sources for &quot;%1&quot; (%2):</source>
        <translation>Webquellen für „%1“ (%2):</translation>
    </message>
</context>
<context>
    <name>AskTitle</name>
    <message>
        <location filename="../app/cli/asktitle.cpp" line="22"/>
        <source>For a new conversation: a cheap model that names it after the first turn (a title you set is never replaced).</source>
        <translation>Für eine neue Unterhaltung: ein günstiges Modell, das ihr nach der ersten Anfrage einen Titel gibt (ein von Ihnen gesetzter Titel wird nie ersetzt).</translation>
    </message>
    <message>
        <location filename="../app/cli/asktitle.cpp" line="34"/>
        <source>&quot;%1&quot; is not PROVIDER/MODEL</source>
        <translation>„%1“ hat nicht die Form PROVIDER/MODEL</translation>
    </message>
    <message>
        <location filename="../app/cli/asktitle.cpp" line="54"/>
        <source>No answer finished: the title was not asked for.</source>
        <translation>Keine Antwort ist fertig geworden: Es wurde kein Titel angefragt.</translation>
    </message>
    <message>
        <location filename="../app/cli/asktitle.cpp" line="77"/>
        <source>Titled &quot;%1&quot;.</source>
        <translation>Titel: „%1“.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../qml/components/Banner.qml" line="39"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>BubblewrapProfile</name>
    <message>
        <location filename="../src/workspace/bubblewrapprofile.cpp" line="99"/>
        <source>Code runs only inside a bubblewrap sandbox, and bubblewrap (bwrap) is not installed: install the bubblewrap package.</source>
        <translation>Code läuft nur in einer bubblewrap-Sandbox, und bubblewrap (bwrap) ist nicht installiert: Installieren Sie das Paket bubblewrap.</translation>
    </message>
    <message>
        <location filename="../src/workspace/bubblewrapprofile.cpp" line="103"/>
        <source>The sandbox limits the number of processes with prlimit, which is missing: install util-linux.</source>
        <translation>Die Sandbox begrenzt die Zahl der Prozesse mit prlimit, das fehlt: Installieren Sie util-linux.</translation>
    </message>
    <message>
        <location filename="../src/workspace/bubblewrapprofile.cpp" line="107"/>
        <source>Coro runs as root, so code must run as an unprivileged user through setpriv, which is missing: install util-linux.</source>
        <translation>Coro läuft als root, daher muss Code über setpriv als nicht privilegierter Benutzer laufen, und setpriv fehlt: Installieren Sie util-linux.</translation>
    </message>
    <message>
        <location filename="../src/workspace/bubblewrapprofile.cpp" line="357"/>
        <source>The sandbox cannot start, so the code was not run: this system or container forbids the user namespaces bubblewrap needs (%1). Allow unprivileged user namespaces (sysctl kernel.unprivileged_userns_clone=1; in a container, a seccomp profile that permits them), or run Coro outside the container.</source>
        <translation>Die Sandbox kann nicht starten, daher wurde der Code nicht ausgeführt: Dieses System oder dieser Container verbietet die User-Namespaces, die bubblewrap braucht (%1). Erlauben Sie nicht privilegierte User-Namespaces (sysctl kernel.unprivileged_userns_clone=1; in einem Container ein seccomp-Profil, das sie zulässt), oder führen Sie Coro außerhalb des Containers aus.</translation>
    </message>
    <message>
        <location filename="../src/workspace/bubblewrapprofile.cpp" line="363"/>
        <source>The sandbox cannot start, so the code was not run. bubblewrap said: %1</source>
        <translation>Die Sandbox kann nicht starten, daher wurde der Code nicht ausgeführt. bubblewrap meldete: %1</translation>
    </message>
    <message>
        <location filename="../src/workspace/bubblewrapprofile.cpp" line="364"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
</context>
<context>
    <name>CatalogEditor</name>
    <message>
        <location filename="../src/models/catalogeditor.cpp" line="36"/>
        <source>Enter the provider&apos;s address.</source>
        <translation>Geben Sie die Adresse des Anbieters ein.</translation>
    </message>
    <message>
        <location filename="../src/models/catalogeditor.cpp" line="41"/>
        <source>Enter an address that starts with http:// or https://, such as https://api.example.com/v1.</source>
        <translation>Geben Sie eine Adresse ein, die mit http:// oder https:// beginnt, etwa https://api.example.com/v1.</translation>
    </message>
    <message>
        <location filename="../src/models/catalogeditor.cpp" line="44"/>
        <source>Leave the user name and password out of the address; the key goes in the key field.</source>
        <translation>Lassen Sie Benutzernamen und Passwort aus der Adresse weg; der Schlüssel gehört in das Schlüsselfeld.</translation>
    </message>
    <message>
        <location filename="../src/models/catalogeditor.cpp" line="47"/>
        <source>Leave out everything after &quot;?&quot; or &quot;#&quot;.</source>
        <translation>Lassen Sie alles ab „?“ oder „#“ weg.</translation>
    </message>
    <message>
        <location filename="../src/models/catalogeditor.cpp" line="57"/>
        <source>Give the provider a name.</source>
        <translation>Geben Sie dem Anbieter einen Namen.</translation>
    </message>
    <message>
        <location filename="../src/models/catalogeditor.cpp" line="59"/>
        <source>Unknown protocol &quot;%1&quot;.</source>
        <translation>Unbekanntes Protokoll „%1“.</translation>
    </message>
    <message>
        <location filename="../src/models/catalogeditor.cpp" line="94"/>
        <source>There is no built-in provider &quot;%1&quot;.</source>
        <translation>Es gibt keinen eingebauten Anbieter „%1“.</translation>
    </message>
    <message>
        <location filename="../src/models/catalogeditor.cpp" line="113"/>
        <location filename="../src/models/catalogeditor.cpp" line="123"/>
        <source>There is no provider &quot;%1&quot;.</source>
        <translation>Es gibt keinen Anbieter „%1“.</translation>
    </message>
    <message>
        <location filename="../src/models/catalogeditor.cpp" line="165"/>
        <source>The providers could not be saved: %1 could not be read, and could not be kept as %2 either.</source>
        <translation>Die Anbieter konnten nicht gespeichert werden: %1 war nicht lesbar und konnte auch nicht als %2 aufbewahrt werden.</translation>
    </message>
    <message>
        <location filename="../src/models/catalogeditor.cpp" line="178"/>
        <source>The providers could not be saved: %1</source>
        <translation>Die Anbieter konnten nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>CatalogFile</name>
    <message>
        <location filename="../src/providers/catalogfile.cpp" line="28"/>
        <source>larger than %1 MB; this is not a catalog</source>
        <translation>größer als %1 MB; das ist kein Katalog</translation>
    </message>
    <message>
        <location filename="../src/providers/catalogfile.cpp" line="42"/>
        <source>%1: %2</source>
        <extracomment>%1 is a file&apos;s path, %2 what is wrong with it.</extracomment>
        <translation>%1: %2</translation>
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
    <name>CodeBlock</name>
    <message>
        <location filename="../qml/message/CodeBlock.qml" line="34"/>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../qml/message/CodeBlock.qml" line="39"/>
        <source>Open in workspace</source>
        <translation>Im Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <location filename="../qml/message/CodeBlock.qml" line="41"/>
        <source>Open this code in the workspace</source>
        <translation>Diesen Code im Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <location filename="../qml/message/CodeBlock.qml" line="45"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../qml/message/CodeBlock.qml" line="47"/>
        <source>Copy code</source>
        <translation>Code kopieren</translation>
    </message>
    <message>
        <location filename="../qml/message/CodeBlock.qml" line="74"/>
        <source>Code, %1</source>
        <translation>Code, %1</translation>
    </message>
    <message>
        <location filename="../qml/message/CodeBlock.qml" line="75"/>
        <source>plain</source>
        <translation>reiner Text</translation>
    </message>
</context>
<context>
    <name>CodeEditor</name>
    <message>
        <location filename="../qml/workspace/CodeEditor.qml" line="34"/>
        <source>Code to run, or &quot;Open in workspace&quot; on a code block</source>
        <translation>Code zum Ausführen, oder „Im Arbeitsbereich öffnen“ an einem Codeblock</translation>
    </message>
    <message>
        <location filename="../qml/workspace/CodeEditor.qml" line="35"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../qml/chat/Composer.qml" line="46"/>
        <source>Searching the web… the models are asked as soon as it ends.</source>
        <translation>Websuche läuft … die Modelle werden gefragt, sobald sie endet.</translation>
    </message>
    <message>
        <location filename="../qml/chat/Composer.qml" line="58"/>
        <source>Recording… press Stop dictation when you are done.</source>
        <translation>Aufnahme läuft … drücken Sie „Diktat beenden“, wenn Sie fertig sind.</translation>
    </message>
    <message>
        <location filename="../qml/chat/Composer.qml" line="60"/>
        <source>Writing down what you said…</source>
        <translation>Das Gesagte wird aufgeschrieben …</translation>
    </message>
    <message>
        <location filename="../qml/chat/Composer.qml" line="100"/>
        <source>Ask every model… (Ctrl+Enter to send)</source>
        <translation>Alle Modelle fragen… (Ctrl+Enter zum Senden)</translation>
    </message>
    <message>
        <location filename="../qml/chat/Composer.qml" line="104"/>
        <source>Prompt</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location filename="../qml/chat/Composer.qml" line="105"/>
        <source>Ctrl+Enter sends to every chosen model</source>
        <translation>Ctrl+Enter sendet an alle gewählten Modelle</translation>
    </message>
    <message>
        <location filename="../qml/chat/Composer.qml" line="124"/>
        <source>Web: auto</source>
        <translation>Web: automatisch</translation>
    </message>
    <message>
        <location filename="../qml/chat/Composer.qml" line="125"/>
        <source>Web: always</source>
        <translation>Web: immer</translation>
    </message>
    <message>
        <location filename="../qml/chat/Composer.qml" line="126"/>
        <source>Web: never</source>
        <translation>Web: nie</translation>
    </message>
    <message>
        <location filename="../qml/chat/Composer.qml" line="128"/>
        <source>Web search</source>
        <translation>Websuche</translation>
    </message>
    <message>
        <location filename="../qml/chat/Composer.qml" line="129"/>
        <source>Auto searches when the question needs current facts; always or never for this question</source>
        <translation>Automatisch sucht, wenn die Frage aktuelle Fakten braucht; immer oder nie für diese Frage</translation>
    </message>
    <message>
        <location filename="../qml/chat/Composer.qml" line="137"/>
        <location filename="../qml/chat/Composer.qml" line="140"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location filename="../qml/chat/Composer.qml" line="141"/>
        <source>Send to every chosen model (Ctrl+Enter)</source>
        <translation>An alle gewählten Modelle senden (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../qml/chat/Composer.qml" line="148"/>
        <location filename="../qml/chat/Composer.qml" line="150"/>
        <source>Stop dictation</source>
        <translation>Diktat beenden</translation>
    </message>
    <message>
        <location filename="../qml/chat/Composer.qml" line="148"/>
        <location filename="../qml/chat/Composer.qml" line="150"/>
        <source>Dictate</source>
        <translation>Diktieren</translation>
    </message>
    <message>
        <location filename="../qml/chat/Composer.qml" line="151"/>
        <source>Speak your question; it is written into the prompt</source>
        <translation>Sprechen Sie Ihre Frage; sie wird in die Eingabe geschrieben</translation>
    </message>
    <message>
        <location filename="../qml/chat/Composer.qml" line="156"/>
        <location filename="../qml/chat/Composer.qml" line="158"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location filename="../qml/chat/Composer.qml" line="159"/>
        <source>Stop every answer; their text is kept (Esc)</source>
        <translation>Alle Antworten stoppen; ihr Text bleibt erhalten (Esc)</translation>
    </message>
</context>
<context>
    <name>ConsoleLine</name>
    <message>
        <location filename="../qml/workspace/ConsoleLine.qml" line="22"/>
        <source>stderr: %1</source>
        <translation>stderr: %1</translation>
    </message>
    <message>
        <location filename="../qml/workspace/ConsoleLine.qml" line="23"/>
        <source>Image %1</source>
        <translation>Bild %1</translation>
    </message>
    <message>
        <location filename="../qml/workspace/ConsoleLine.qml" line="38"/>
        <source>stderr</source>
        <translation>stderr</translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message>
        <location filename="../qml/sidebar/ConversationDelegate.qml" line="50"/>
        <source>Pinned: </source>
        <translation>Angeheftet: </translation>
    </message>
    <message>
        <location filename="../qml/sidebar/ConversationDelegate.qml" line="51"/>
        <source>, answers streaming</source>
        <translation>, Antworten werden gestreamt</translation>
    </message>
    <message>
        <location filename="../qml/sidebar/ConversationDelegate.qml" line="70"/>
        <source>● Answering…</source>
        <translation>● Antwortet…</translation>
    </message>
    <message>
        <location filename="../qml/sidebar/ConversationDelegate.qml" line="84"/>
        <source>Actions for %1</source>
        <translation>Aktionen für %1</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <location filename="../qml/sidebar/ConversationList.qml" line="20"/>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <location filename="../qml/sidebar/ConversationList.qml" line="68"/>
        <source>Nothing archived.</source>
        <translation>Nichts archiviert.</translation>
    </message>
    <message>
        <location filename="../qml/sidebar/ConversationList.qml" line="69"/>
        <source>Your conversations appear here. They are kept on this computer and can be searched offline.</source>
        <translation>Hier erscheinen Ihre Unterhaltungen. Sie bleiben auf diesem Computer und lassen sich offline durchsuchen.</translation>
    </message>
</context>
<context>
    <name>ConversationMenu</name>
    <message>
        <location filename="../qml/sidebar/ConversationMenu.qml" line="17"/>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <location filename="../qml/sidebar/ConversationMenu.qml" line="21"/>
        <source>Unpin</source>
        <translation>Nicht mehr anheften</translation>
    </message>
    <message>
        <location filename="../qml/sidebar/ConversationMenu.qml" line="21"/>
        <source>Pin</source>
        <translation>Anheften</translation>
    </message>
    <message>
        <location filename="../qml/sidebar/ConversationMenu.qml" line="25"/>
        <source>Unarchive</source>
        <translation>Aus dem Archiv holen</translation>
    </message>
    <message>
        <location filename="../qml/sidebar/ConversationMenu.qml" line="25"/>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <location filename="../qml/sidebar/ConversationMenu.qml" line="30"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>ConversationStore</name>
    <message>
        <location filename="../src/storage/conversationstore.cpp" line="51"/>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <location filename="../qml/chat/ConversationView.qml" line="17"/>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <location filename="../qml/chat/ConversationView.qml" line="42"/>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <location filename="../qml/chat/ConversationView.qml" line="50"/>
        <source>Guide ✓</source>
        <translation>Leitfaden ✓</translation>
    </message>
    <message>
        <location filename="../qml/chat/ConversationView.qml" line="50"/>
        <source>Guide</source>
        <translation>Leitfaden</translation>
    </message>
    <message>
        <location filename="../qml/chat/ConversationView.qml" line="51"/>
        <source>Conversation guide</source>
        <translation>Leitfaden der Unterhaltung</translation>
    </message>
    <message>
        <location filename="../qml/chat/ConversationView.qml" line="54"/>
        <source>No guide of its own</source>
        <translation>Kein eigener Leitfaden</translation>
    </message>
    <message>
        <location filename="../qml/chat/ConversationView.qml" line="55"/>
        <source>Standing instructions for every model in this conversation</source>
        <translation>Dauerhafte Anweisungen für jedes Modell in dieser Unterhaltung</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/chat/ConversationView.qml" line="64"/>
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n Modell</numerusform>
            <numerusform>%n Modelle</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/chat/ConversationView.qml" line="65"/>
        <source>Models: %1</source>
        <translation>Modelle: %1</translation>
    </message>
</context>
<context>
    <name>CoroApp</name>
    <message>
        <location filename="../app/desktop/main.cpp" line="60"/>
        <source>Ask many AI models at once.</source>
        <translation>Viele KI-Modelle gleichzeitig fragen.</translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="64"/>
        <source>Keep history and settings in DIR (else $CORO_DATA_DIR, else the platform&apos;s application-data folder).</source>
        <translation>Verlauf und Einstellungen in DIR speichern (sonst $CORO_DATA_DIR, sonst im Anwendungsdatenordner der Plattform).</translation>
    </message>
</context>
<context>
    <name>CoroCli</name>
    <message>
        <location filename="../app/cli/main.cpp" line="33"/>
        <source>ask every model at once, streamed and saved</source>
        <translation>alle Modelle gleichzeitig fragen, gestreamt und gespeichert</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="35"/>
        <source>list models from the providers&apos; endpoints</source>
        <translation>Modelle von den Endpunkten der Anbieter auflisten</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="37"/>
        <source>browse and search saved conversations</source>
        <translation>gespeicherte Unterhaltungen durchsehen und durchsuchen</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="39"/>
        <source>export one conversation</source>
        <translation>eine Unterhaltung exportieren</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="41"/>
        <source>import Coro JSON or ChatGPT&apos;s conversations.json</source>
        <translation>Coro-JSON oder die conversations.json von ChatGPT importieren</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="44"/>
        <source>manage them</source>
        <extracomment>Describes the commands that manage saved conversations, listed before it.</extracomment>
        <translation>Unterhaltungen verwalten</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="46"/>
        <source>speech to text through /audio/transcriptions</source>
        <translation>Sprache über /audio/transcriptions in Text umwandeln</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="47"/>
        <source>parse an event stream from stdin</source>
        <translation>einen Ereignisstream von stdin parsen</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="50"/>
        <source>run code in the sandbox (no network, no files)</source>
        <translation>Code in der Sandbox ausführen (kein Netzwerk, keine Dateien)</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="53"/>
        <source>Markdown from stdin as JSON blocks or safe HTML</source>
        <translation>Markdown von stdin als JSON-Blöcke oder sicheres HTML</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="55"/>
        <source>compare answers: word diff, or sentences said by all/some/one</source>
        <translation>Antworten vergleichen: Wortdiff oder Sätze, die alle/einige/eine sagen</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="58"/>
        <source>Usage: %1</source>
        <extracomment>%1 is the command line syntax, which stays in English.</extracomment>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="60"/>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="66"/>
        <source>The data directory (providers.json, coro.sqlite) is --data-dir, else $CORO_DATA_DIR,
else the platform&apos;s application-data folder. &apos;coro-cli COMMAND --help&apos; for details.</source>
        <translation>Das Datenverzeichnis (providers.json, coro.sqlite) ist --data-dir, sonst $CORO_DATA_DIR,
sonst der Anwendungsdatenordner der Plattform. Details zeigt „coro-cli COMMAND --help“.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="137"/>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
</context>
<context>
    <name>DataDirectory</name>
    <message>
        <location filename="../src/storage/datadirectory.cpp" line="26"/>
        <source>The data directory %1 cannot be created or written to.</source>
        <translation>Das Datenverzeichnis %1 kann nicht angelegt oder beschrieben werden.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../src/storage/database.cpp" line="61"/>
        <source>%1 was written by a newer version of Coro (schema version %2; this version knows up to %3). Update Coro to open it; the file was not changed.</source>
        <translation>%1 wurde von einer neueren Version von Coro geschrieben (Schemaversion %2; diese Version kennt Schemaversionen bis %3). Aktualisieren Sie Coro, um die Datei zu öffnen; sie wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../src/storage/database.cpp" line="114"/>
        <source>Unknown schema version %1.</source>
        <translation>Unbekannte Schemaversion %1.</translation>
    </message>
    <message>
        <location filename="../src/storage/database.cpp" line="121"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../src/storage/database.cpp" line="128"/>
        <location filename="../src/storage/database.cpp" line="210"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../src/storage/database.cpp" line="216"/>
        <source>%1 is not a SQLite database; it was left unchanged. Move it away or choose another data directory.</source>
        <translation>%1 ist keine SQLite-Datenbank und wurde nicht verändert. Verschieben Sie die Datei oder wählen Sie ein anderes Datenverzeichnis.</translation>
    </message>
    <message>
        <location filename="../src/storage/database.cpp" line="246"/>
        <source>Cannot set up %1 (%2): %3</source>
        <translation>%1 kann nicht eingerichtet werden (%2): %3</translation>
    </message>
    <message>
        <location filename="../src/storage/database.cpp" line="283"/>
        <source>Cannot back up %1 to %2 before updating it, so it was not updated: %3</source>
        <translation>Vor der Aktualisierung konnte %1 nicht nach %2 gesichert werden, daher wurde die Datei nicht aktualisiert: %3</translation>
    </message>
    <message>
        <location filename="../src/storage/database.cpp" line="306"/>
        <source>Cannot update %1 to schema version %2 (%3); it was left at version %4: %5</source>
        <translation>%1 kann nicht auf Schemaversion %2 (%3) aktualisiert werden; die Datei bleibt bei Version %4: %5</translation>
    </message>
</context>
<context>
    <name>DatabaseText</name>
    <message>
        <location filename="../src/storage/database.cpp" line="46"/>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
</context>
<context>
    <name>DefaultsPage</name>
    <message>
        <location filename="../qml/settings/DefaultsPage.qml" line="16"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../qml/settings/DefaultsPage.qml" line="24"/>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <location filename="../qml/settings/DefaultsPage.qml" line="29"/>
        <source>Default temperature, 0 to 2</source>
        <translation>Standardtemperatur, 0 bis 2</translation>
    </message>
    <message>
        <location filename="../qml/settings/DefaultsPage.qml" line="33"/>
        <source>Max tokens</source>
        <translation>Max. Tokens</translation>
    </message>
    <message>
        <location filename="../qml/settings/DefaultsPage.qml" line="38"/>
        <source>Default max tokens, 1 to 32000</source>
        <translation>Standardwert für max. Tokens, 1 bis 32000</translation>
    </message>
    <message>
        <location filename="../qml/settings/DefaultsPage.qml" line="41"/>
        <source>Top p</source>
        <translation>Top p</translation>
    </message>
    <message>
        <location filename="../qml/settings/DefaultsPage.qml" line="45"/>
        <source>not sent</source>
        <translation>nicht gesendet</translation>
    </message>
    <message>
        <location filename="../qml/settings/DefaultsPage.qml" line="46"/>
        <source>Default top p, 0 to 1, empty for not sent</source>
        <translation>Standardwert für Top p, 0 bis 1, leer für nicht gesendet</translation>
    </message>
    <message>
        <location filename="../qml/settings/DefaultsPage.qml" line="63"/>
        <source>Conversation guide</source>
        <translation>Leitfaden der Unterhaltung</translation>
    </message>
    <message>
        <location filename="../qml/settings/DefaultsPage.qml" line="68"/>
        <source>Instructions every model gets at the start of a new conversation, such as &quot;Answer briefly, in plain English.&quot;</source>
        <translation>Anweisungen, die jedes Modell zu Beginn einer neuen Unterhaltung erhält, etwa „Antworte kurz und in einfachem Deutsch.“</translation>
    </message>
    <message>
        <location filename="../qml/settings/DefaultsPage.qml" line="82"/>
        <source>No guide</source>
        <translation>Kein Leitfaden</translation>
    </message>
    <message>
        <location filename="../qml/settings/DefaultsPage.qml" line="83"/>
        <source>Default conversation guide</source>
        <translation>Standard-Leitfaden für Unterhaltungen</translation>
    </message>
</context>
<context>
    <name>DiffCommand</name>
    <message>
        <location filename="../app/cli/diffcommand.cpp" line="59"/>
        <source>contradicts %1</source>
        <translation>widerspricht %1</translation>
    </message>
    <message>
        <location filename="../app/cli/diffcommand.cpp" line="71"/>
        <source>Compare answers: a word diff of two, or with --json every sentence of each, said by all, some or one of them, and contradictions.</source>
        <translation>Antworten vergleichen: ein Wortdiff von zweien, oder mit --json jeder Satz jeder Antwort, ob alle, einige oder eine ihn sagen, und Widersprüche.</translation>
    </message>
    <message>
        <location filename="../app/cli/diffcommand.cpp" line="75"/>
        <source>One JSON object per sentence (file, text, kind, shared_with, contradicts).</source>
        <translation>Ein JSON-Objekt pro Satz (file, text, kind, shared_with, contradicts).</translation>
    </message>
    <message>
        <location filename="../app/cli/diffcommand.cpp" line="77"/>
        <source>Two or more answers.</source>
        <translation>Zwei oder mehr Antworten.</translation>
    </message>
    <message>
        <location filename="../app/cli/diffcommand.cpp" line="83"/>
        <source>needs at least two files to compare</source>
        <translation>zum Vergleichen werden mindestens zwei Dateien benötigt</translation>
    </message>
    <message>
        <location filename="../app/cli/diffcommand.cpp" line="95"/>
        <source>%1 is longer than %2 MiB; only its start is compared</source>
        <translation>%1 ist größer als %2 MiB; nur der Anfang wird verglichen</translation>
    </message>
</context>
<context>
    <name>DiffPanel</name>
    <message>
        <location filename="../qml/compare/DiffPanel.qml" line="50"/>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <location filename="../qml/compare/DiffPanel.qml" line="57"/>
        <source>Close differences</source>
        <translation>Unterschiede schließen</translation>
    </message>
    <message>
        <location filename="../qml/compare/DiffPanel.qml" line="58"/>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <location filename="../qml/compare/DiffPanel.qml" line="65"/>
        <source>While this panel is open, the answers mark what only they say (blue, dotted underline) and their contradictions (orange, wavy underline).</source>
        <translation>Solange dieser Bereich offen ist, markieren die Antworten, was nur sie sagen (blau, gepunktet unterstrichen), und ihre Widersprüche (orange, wellig unterstrichen).</translation>
    </message>
    <message>
        <location filename="../qml/compare/DiffPanel.qml" line="73"/>
        <source>Said by every model</source>
        <translation>Von allen Modellen gesagt</translation>
    </message>
    <message>
        <location filename="../qml/compare/DiffPanel.qml" line="79"/>
        <source>Nothing all answers share.</source>
        <translation>Nichts, was alle Antworten gemeinsam haben.</translation>
    </message>
    <message>
        <location filename="../qml/compare/DiffPanel.qml" line="91"/>
        <source>Every model says: %1</source>
        <translation>Alle Modelle sagen: %1</translation>
    </message>
    <message>
        <location filename="../qml/compare/DiffPanel.qml" line="96"/>
        <source>Contradictions</source>
        <translation>Widersprüche</translation>
    </message>
    <message>
        <location filename="../qml/compare/DiffPanel.qml" line="103"/>
        <source>No two answers contradict each other.</source>
        <translation>Keine zwei Antworten widersprechen einander.</translation>
    </message>
    <message>
        <location filename="../qml/compare/DiffPanel.qml" line="112"/>
        <source>%1: “%2” — %3: “%4”</source>
        <translation>%1: „%2“ — %3: „%4“</translation>
    </message>
    <message>
        <location filename="../qml/compare/DiffPanel.qml" line="123"/>
        <source>Only one model said</source>
        <translation>Nur von einem Modell gesagt</translation>
    </message>
    <message>
        <location filename="../qml/compare/DiffPanel.qml" line="158"/>
        <source>Compare two answers word by word</source>
        <translation>Zwei Antworten Wort für Wort vergleichen</translation>
    </message>
    <message>
        <location filename="../qml/compare/DiffPanel.qml" line="174"/>
        <source>First answer</source>
        <translation>Erste Antwort</translation>
    </message>
    <message>
        <location filename="../qml/compare/DiffPanel.qml" line="187"/>
        <source>Second answer</source>
        <translation>Zweite Antwort</translation>
    </message>
    <message>
        <location filename="../qml/compare/DiffPanel.qml" line="199"/>
        <source>Word differences: removed words are marked minus, added words plus</source>
        <translation>Wortunterschiede: entfernte Wörter sind mit Minus markiert, hinzugefügte mit Plus</translation>
    </message>
</context>
<context>
    <name>EachModelTab</name>
    <message>
        <location filename="../qml/workspace/EachModelTab.qml" line="20"/>
        <source>Run each model&apos;s version</source>
        <translation>Die Version jedes Modells ausführen</translation>
    </message>
    <message>
        <location filename="../qml/workspace/EachModelTab.qml" line="22"/>
        <source>Run the first code block of every answer to the newest message</source>
        <translation>Den ersten Codeblock jeder Antwort auf die neueste Nachricht ausführen</translation>
    </message>
    <message>
        <location filename="../qml/workspace/EachModelTab.qml" line="29"/>
        <source>running, two at a time…</source>
        <translation>läuft, jeweils zwei gleichzeitig…</translation>
    </message>
</context>
<context>
    <name>EmptyConversation</name>
    <message>
        <location filename="../qml/chat/EmptyConversation.qml" line="31"/>
        <source>Ask many models at once</source>
        <translation>Viele Modelle gleichzeitig fragen</translation>
    </message>
    <message>
        <location filename="../qml/chat/EmptyConversation.qml" line="42"/>
        <source>Your question goes to %1.</source>
        <translation>Ihre Frage geht an %1.</translation>
    </message>
    <message>
        <location filename="../qml/chat/EmptyConversation.qml" line="43"/>
        <source>Choose the models that should answer.</source>
        <translation>Wählen Sie die Modelle aus, die antworten sollen.</translation>
    </message>
    <message>
        <location filename="../qml/chat/EmptyConversation.qml" line="47"/>
        <source>Choose models…</source>
        <translation>Modelle auswählen…</translation>
    </message>
</context>
<context>
    <name>ErrorNotice</name>
    <message>
        <location filename="../qml/compare/ErrorNotice.qml" line="32"/>
        <source>Check in the provider&apos;s account that this key may use this model.</source>
        <translation>Prüfen Sie im Konto des Anbieters, ob dieser Schlüssel dieses Modell nutzen darf.</translation>
    </message>
    <message>
        <location filename="../qml/compare/ErrorNotice.qml" line="34"/>
        <source>Check the model&apos;s name, or fetch the provider&apos;s models in Settings.</source>
        <translation>Prüfen Sie den Namen des Modells oder laden Sie die Modelle des Anbieters in den Einstellungen.</translation>
    </message>
    <message>
        <location filename="../qml/compare/ErrorNotice.qml" line="36"/>
        <source>Add credit or raise the spending limit in the provider&apos;s account, then retry.</source>
        <translation>Laden Sie Guthaben auf oder erhöhen Sie das Ausgabenlimit im Konto des Anbieters und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../qml/compare/ErrorNotice.qml" line="38"/>
        <source>A model that is still loading can take a while: retry in a moment.</source>
        <translation>Ein Modell, das noch geladen wird, kann eine Weile brauchen: Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../qml/compare/ErrorNotice.qml" line="40"/>
        <source>Retry in a moment, or ask another model.</source>
        <translation>Versuchen Sie es gleich noch einmal oder fragen Sie ein anderes Modell.</translation>
    </message>
    <message>
        <location filename="../qml/compare/ErrorNotice.qml" line="42"/>
        <source>Check the connection, and for a server on this computer that it is running.</source>
        <translation>Prüfen Sie die Verbindung und bei einem Server auf diesem Computer, ob er läuft.</translation>
    </message>
    <message>
        <location filename="../qml/compare/ErrorNotice.qml" line="44"/>
        <source>Rephrase the question, or ask another model.</source>
        <translation>Formulieren Sie die Frage um oder fragen Sie ein anderes Modell.</translation>
    </message>
    <message>
        <location filename="../qml/compare/ErrorNotice.qml" line="67"/>
        <source>Interrupted — Coro closed while this answer streamed</source>
        <translation>Unterbrochen — Coro wurde geschlossen, während diese Antwort gestreamt wurde</translation>
    </message>
    <message>
        <location filename="../qml/compare/ErrorNotice.qml" line="68"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/compare/ErrorNotice.qml" line="85"/>
        <source>Retrying in %n s</source>
        <translation>
            <numerusform>Neuer Versuch in %n s</numerusform>
            <numerusform>Neuer Versuch in %n s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/compare/ErrorNotice.qml" line="93"/>
        <source>Open settings</source>
        <translation>Einstellungen öffnen</translation>
    </message>
    <message>
        <location filename="../qml/compare/ErrorNotice.qml" line="94"/>
        <source>Open settings for this provider</source>
        <translation>Einstellungen für diesen Anbieter öffnen</translation>
    </message>
    <message>
        <location filename="../qml/compare/ErrorNotice.qml" line="98"/>
        <source>Retry now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message>
        <location filename="../qml/compare/ErrorNotice.qml" line="98"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../qml/compare/ErrorNotice.qml" line="108"/>
        <source>Hide details</source>
        <translation>Details ausblenden</translation>
    </message>
    <message>
        <location filename="../qml/compare/ErrorNotice.qml" line="108"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../qml/compare/ErrorNotice.qml" line="120"/>
        <source>Request id: %1</source>
        <translation>Anfrage-ID: %1</translation>
    </message>
    <message>
        <location filename="../qml/compare/ErrorNotice.qml" line="122"/>
        <source>Code: %1</source>
        <translation>Code: %1</translation>
    </message>
    <message>
        <location filename="../qml/compare/ErrorNotice.qml" line="124"/>
        <source>Error details</source>
        <translation>Fehlerdetails</translation>
    </message>
</context>
<context>
    <name>ExamplePrompts</name>
    <message>
        <location filename="../qml/chat/ExamplePrompts.qml" line="13"/>
        <source>Explain the difference between a mutex and a semaphore.</source>
        <translation>Erkläre den Unterschied zwischen einem Mutex und einer Semaphore.</translation>
    </message>
    <message>
        <location filename="../qml/chat/ExamplePrompts.qml" line="14"/>
        <source>Write a Python function that merges two sorted lists.</source>
        <translation>Schreibe eine Python-Funktion, die zwei sortierte Listen zusammenführt.</translation>
    </message>
    <message>
        <location filename="../qml/chat/ExamplePrompts.qml" line="15"/>
        <source>What should I check before signing a rental contract?</source>
        <translation>Worauf sollte ich achten, bevor ich einen Mietvertrag unterschreibe?</translation>
    </message>
    <message>
        <location filename="../qml/chat/ExamplePrompts.qml" line="17"/>
        <source>Example questions</source>
        <translation>Beispielfragen</translation>
    </message>
</context>
<context>
    <name>FuseChecklist</name>
    <message>
        <location filename="../qml/compare/FuseChecklist.qml" line="19"/>
        <source>Listing the points the answers make…</source>
        <translation>Die Punkte der Antworten werden aufgelistet …</translation>
    </message>
    <message>
        <location filename="../qml/compare/FuseChecklist.qml" line="21"/>
        <source>Every point will be fused.</source>
        <translation>Jeder Punkt wird zusammengeführt.</translation>
    </message>
    <message>
        <location filename="../qml/compare/FuseChecklist.qml" line="23"/>
        <source>%1 of %2 points kept</source>
        <translation>%1 von %2 Punkten behalten</translation>
    </message>
    <message>
        <location filename="../qml/compare/FuseChecklist.qml" line="34"/>
        <source>Listing the points</source>
        <translation>Punkte werden aufgelistet</translation>
    </message>
    <message>
        <location filename="../qml/compare/FuseChecklist.qml" line="43"/>
        <source>Points to keep</source>
        <translation>Zu behaltende Punkte</translation>
    </message>
    <message>
        <location filename="../qml/compare/FuseChecklist.qml" line="62"/>
        <source>disputed</source>
        <translation>umstritten</translation>
    </message>
    <message>
        <location filename="../qml/compare/FuseChecklist.qml" line="67"/>
        <source>Disputed. </source>
        <translation>Umstritten. </translation>
    </message>
    <message>
        <location filename="../qml/compare/FuseChecklist.qml" line="68"/>
        <source>Made by answers %1</source>
        <translation>Von den Antworten %1</translation>
    </message>
</context>
<context>
    <name>FusePopup</name>
    <message>
        <location filename="../qml/compare/FusePopup.qml" line="32"/>
        <source>Fuse answers</source>
        <translation>Antworten zusammenführen</translation>
    </message>
    <message>
        <location filename="../qml/compare/FusePopup.qml" line="38"/>
        <source>One model writes the best answer from every finished answer, marks which answer each part came from and lists where they contradict each other.</source>
        <translation>Ein Modell schreibt aus allen fertigen Antworten die beste, markiert, aus welcher Antwort jeder Teil stammt, und listet auf, wo sie einander widersprechen.</translation>
    </message>
    <message>
        <location filename="../qml/compare/FusePopup.qml" line="49"/>
        <source>Fusing model</source>
        <translation>Zusammenführendes Modell</translation>
    </message>
    <message>
        <location filename="../qml/compare/FusePopup.qml" line="55"/>
        <source>Choose the points to keep first</source>
        <translation>Zuerst die zu behaltenden Punkte wählen</translation>
    </message>
    <message>
        <location filename="../qml/compare/FusePopup.qml" line="56"/>
        <source>Guided fusion</source>
        <translation>Geführte Zusammenführung</translation>
    </message>
    <message>
        <location filename="../qml/compare/FusePopup.qml" line="80"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../qml/compare/FusePopup.qml" line="86"/>
        <source>Start fusion</source>
        <translation>Zusammenführung starten</translation>
    </message>
    <message>
        <location filename="../qml/compare/FusePopup.qml" line="96"/>
        <source>List the points</source>
        <translation>Punkte auflisten</translation>
    </message>
    <message>
        <location filename="../qml/compare/FusePopup.qml" line="104"/>
        <source>Fuse every point</source>
        <translation>Alle Punkte zusammenführen</translation>
    </message>
    <message>
        <location filename="../qml/compare/FusePopup.qml" line="104"/>
        <source>Fuse the chosen points</source>
        <translation>Die gewählten Punkte zusammenführen</translation>
    </message>
</context>
<context>
    <name>FusionContradictions</name>
    <message>
        <location filename="../qml/compare/FusionContradictions.qml" line="30"/>
        <location filename="../qml/compare/FusionContradictions.qml" line="34"/>
        <source>Contradictions</source>
        <translation>Widersprüche</translation>
    </message>
    <message>
        <location filename="../qml/compare/FusionContradictions.qml" line="51"/>
        <source>Where the answers contradict each other</source>
        <translation>Wo die Antworten einander widersprechen</translation>
    </message>
</context>
<context>
    <name>FusionSources</name>
    <message>
        <location filename="../qml/compare/FusionSources.qml" line="23"/>
        <source>Fused from:</source>
        <translation>Zusammengeführt aus:</translation>
    </message>
    <message>
        <location filename="../qml/compare/FusionSources.qml" line="44"/>
        <source>Source %1: %2, one part</source>
        <translation>Quelle %1: %2, ein Teil</translation>
    </message>
    <message>
        <location filename="../qml/compare/FusionSources.qml" line="46"/>
        <source>Source %1: %2, %3 parts</source>
        <translation>Quelle %1: %2, %3 Teile</translation>
    </message>
    <message>
        <location filename="../qml/compare/FusionSources.qml" line="53"/>
        <source>One part of the fused answer came from this answer</source>
        <translation>Ein Teil der zusammengeführten Antwort stammt aus dieser Antwort</translation>
    </message>
    <message>
        <location filename="../qml/compare/FusionSources.qml" line="54"/>
        <source>%1 parts of the fused answer came from this answer</source>
        <translation>%1 Teile der zusammengeführten Antwort stammen aus dieser Antwort</translation>
    </message>
    <message>
        <location filename="../qml/compare/FusionSources.qml" line="59"/>
        <source>Parts by source</source>
        <translation>Teile nach Quelle</translation>
    </message>
    <message>
        <location filename="../qml/compare/FusionSources.qml" line="62"/>
        <source>Show which answer each part of %1&apos;s fusion came from</source>
        <translation>Zeigen, aus welcher Antwort jeder Teil der Zusammenführung von %1 stammt</translation>
    </message>
    <message>
        <location filename="../qml/compare/FusionSources.qml" line="81"/>
        <source>Parts of the fused answer and their sources</source>
        <translation>Teile der zusammengeführten Antwort und ihre Quellen</translation>
    </message>
    <message>
        <location filename="../qml/compare/FusionSources.qml" line="95"/>
        <source>Part %1, %2: %3</source>
        <translation>Teil %1, %2: %3</translation>
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
    <name>GroupsRow</name>
    <message>
        <location filename="../qml/picker/GroupsRow.qml" line="17"/>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <location filename="../qml/picker/GroupsRow.qml" line="17"/>
        <source>No groups yet</source>
        <translation>Noch keine Gruppen</translation>
    </message>
    <message>
        <location filename="../qml/picker/GroupsRow.qml" line="19"/>
        <source>Saved model groups</source>
        <translation>Gespeicherte Modellgruppen</translation>
    </message>
    <message>
        <location filename="../qml/picker/GroupsRow.qml" line="26"/>
        <source>Group name</source>
        <translation>Gruppenname</translation>
    </message>
    <message>
        <location filename="../qml/picker/GroupsRow.qml" line="27"/>
        <source>Name for a new group</source>
        <translation>Name für eine neue Gruppe</translation>
    </message>
    <message>
        <location filename="../qml/picker/GroupsRow.qml" line="30"/>
        <source>Save group</source>
        <translation>Gruppe speichern</translation>
    </message>
</context>
<context>
    <name>GuidePopup</name>
    <message>
        <location filename="../qml/chat/GuidePopup.qml" line="25"/>
        <source>Conversation guide</source>
        <translation>Leitfaden der Unterhaltung</translation>
    </message>
    <message>
        <location filename="../qml/chat/GuidePopup.qml" line="32"/>
        <source>Every model follows it in this conversation. Leave it empty to use the default guide from Settings.</source>
        <translation>Jedes Modell folgt ihm in dieser Unterhaltung. Leer lassen, um den Standard-Leitfaden aus den Einstellungen zu verwenden.</translation>
    </message>
    <message>
        <location filename="../qml/chat/GuidePopup.qml" line="34"/>
        <source>Every model follows it in this conversation.</source>
        <translation>Jedes Modell folgt ihm in dieser Unterhaltung.</translation>
    </message>
    <message>
        <location filename="../qml/chat/GuidePopup.qml" line="48"/>
        <source>Default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <location filename="../qml/chat/GuidePopup.qml" line="49"/>
        <source>For example: answer briefly, in German.</source>
        <translation>Zum Beispiel: antworte kurz, auf Deutsch.</translation>
    </message>
    <message>
        <location filename="../qml/chat/GuidePopup.qml" line="50"/>
        <source>Guide text</source>
        <translation>Text des Leitfadens</translation>
    </message>
    <message>
        <location filename="../qml/chat/GuidePopup.qml" line="58"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../qml/chat/GuidePopup.qml" line="62"/>
        <source>Save guide</source>
        <translation>Leitfaden speichern</translation>
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
        <location filename="../app/cli/historycommand.cpp" line="177"/>
        <source>import: the largest file read, in MB (default %1).</source>
        <translation>import: die größte Datei, die gelesen wird, in MB (Standard: %1).</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="205"/>
        <source>&quot;%1&quot; is not a conversation id</source>
        <translation>„%1“ ist keine ID einer Unterhaltung</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="216"/>
        <source>expected one of %1</source>
        <translation>erwartet wird eine dieser Aktionen: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="227"/>
        <source>expected a query</source>
        <translation>erwartet wird eine Suchanfrage</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="231"/>
        <location filename="../app/cli/historycommand.cpp" line="246"/>
        <location filename="../app/cli/historycommand.cpp" line="267"/>
        <source>expected a conversation id</source>
        <translation>erwartet wird die ID einer Unterhaltung</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="236"/>
        <source>expected ID TITLE</source>
        <translation>erwartet werden ID und TITLE</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/historycommand.cpp" line="258"/>
        <source>Deleted conversation %1. Undo within %n days: coro-cli history restore %1</source>
        <translation>
            <numerusform>Unterhaltung %1 gelöscht. Innerhalb von %n Tag rückgängig zu machen: coro-cli history restore %1</numerusform>
            <numerusform>Unterhaltung %1 gelöscht. Innerhalb von %n Tagen rückgängig zu machen: coro-cli history restore %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="277"/>
        <source>--max-size expects a number of megabytes</source>
        <translation>--max-size erwartet eine Anzahl Megabyte</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="281"/>
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
        <source>%1 is larger than %2 MB, the most an import reads (raise it with --max-size MB); nothing was imported.</source>
        <translation>%1 ist größer als %2 MB, das Maximum, das ein Import liest (erhöhen Sie es mit --max-size MB); es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../app/cli/historyexchange.cpp" line="81"/>
        <location filename="../app/cli/historyexchange.cpp" line="93"/>
        <source>%1: %2 (nothing was imported)</source>
        <translation>%1: %2 (es wurde nichts importiert)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/historyexchange.cpp" line="101"/>
        <source>Imported %n conversation(s), skipped %1 empty.</source>
        <translation>
            <numerusform>%n Unterhaltung importiert, %1 leere übersprungen.</numerusform>
            <numerusform>%n Unterhaltungen importiert, %1 leere übersprungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/historyexchange.cpp" line="103"/>
        <source>Imported %n conversation(s).</source>
        <translation>
            <numerusform>%n Unterhaltung importiert.</numerusform>
            <numerusform>%n Unterhaltungen importiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InputEditor</name>
    <message>
        <location filename="../qml/workspace/InputEditor.qml" line="16"/>
        <source>Input the program reads on stdin</source>
        <translation>Eingabe, die das Programm von stdin liest</translation>
    </message>
    <message>
        <location filename="../qml/workspace/InputEditor.qml" line="17"/>
        <source>Input (stdin)</source>
        <translation>Eingabe (stdin)</translation>
    </message>
</context>
<context>
    <name>JobObjectProfile</name>
    <message>
        <location filename="../src/workspace/jobobjectprofile.cpp" line="163"/>
        <source>Running code needs Windows 10 or later, for its sandbox.</source>
        <translation>Code auszuführen erfordert für die Sandbox Windows 10 oder neuer.</translation>
    </message>
</context>
<context>
    <name>KeySection</name>
    <message>
        <location filename="../qml/settings/KeySection.qml" line="31"/>
        <location filename="../qml/settings/KeySection.qml" line="92"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../qml/settings/KeySection.qml" line="39"/>
        <source>Key status: %1</source>
        <translation>Schlüsselstatus: %1</translation>
    </message>
    <message>
        <location filename="../qml/settings/KeySection.qml" line="46"/>
        <source>The environment variable $%1, when set, is used instead of a stored key.</source>
        <translation>Die Umgebungsvariable $%1 wird, wenn sie gesetzt ist, anstelle eines gespeicherten Schlüssels verwendet.</translation>
    </message>
    <message>
        <location filename="../qml/settings/KeySection.qml" line="55"/>
        <source>This server needs no key; set one only if it asks for one.</source>
        <translation>Dieser Server braucht keinen Schlüssel; setzen Sie nur einen, wenn er danach fragt.</translation>
    </message>
    <message>
        <location filename="../qml/settings/KeySection.qml" line="78"/>
        <source>The system keychain is not available. Keys can be kept for this session only; nothing is stored in plain text.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar. Schlüssel können nur für diese Sitzung behalten werden; nichts wird im Klartext gespeichert.</translation>
    </message>
    <message>
        <location filename="../qml/settings/KeySection.qml" line="90"/>
        <source>Paste a new key to replace the one set</source>
        <translation>Fügen Sie einen neuen Schlüssel ein, um den gesetzten zu ersetzen</translation>
    </message>
    <message>
        <location filename="../qml/settings/KeySection.qml" line="91"/>
        <source>Paste the provider&apos;s API key</source>
        <translation>Fügen Sie den API-Schlüssel des Anbieters ein</translation>
    </message>
    <message>
        <location filename="../qml/settings/KeySection.qml" line="101"/>
        <source>Save in keychain</source>
        <translation>Im Schlüsselbund speichern</translation>
    </message>
    <message>
        <location filename="../qml/settings/KeySection.qml" line="104"/>
        <source>Save key in keychain</source>
        <translation>Schlüssel im Schlüsselbund speichern</translation>
    </message>
    <message>
        <location filename="../qml/settings/KeySection.qml" line="108"/>
        <source>Keep for this session only</source>
        <translation>Nur für diese Sitzung behalten</translation>
    </message>
    <message>
        <location filename="../qml/settings/KeySection.qml" line="111"/>
        <source>Keep key for this session only</source>
        <translation>Schlüssel nur für diese Sitzung behalten</translation>
    </message>
    <message>
        <location filename="../qml/settings/KeySection.qml" line="115"/>
        <location filename="../qml/settings/KeySection.qml" line="118"/>
        <source>Remove key</source>
        <translation>Schlüssel entfernen</translation>
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
    <name>LanguageRuntime</name>
    <message>
        <location filename="../src/workspace/languageruntime.cpp" line="46"/>
        <source>Python 3 is not installed in %1: install python3.</source>
        <translation>Python 3 ist in %1 nicht installiert: Installieren Sie python3.</translation>
    </message>
    <message>
        <location filename="../src/workspace/languageruntime.cpp" line="50"/>
        <source>No sh in %1.</source>
        <translation>Kein sh in %1.</translation>
    </message>
    <message>
        <location filename="../src/workspace/languageruntime.cpp" line="53"/>
        <source>Node.js is not installed in %1: install nodejs to run JavaScript.</source>
        <translation>Node.js ist in %1 nicht installiert: Installieren Sie nodejs, um JavaScript auszuführen.</translation>
    </message>
</context>
<context>
    <name>LimitDetector</name>
    <message>
        <location filename="../src/workspace/limitdetector.cpp" line="97"/>
        <source>Stopped after %1 s, the time limit.</source>
        <translation>Nach %1 s gestoppt: Das Zeitlimit ist erreicht.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/workspace/limitdetector.cpp" line="100"/>
        <source>Stopped after %n s of CPU time, the limit.</source>
        <translation>
            <numerusform>Nach %n s CPU-Zeit gestoppt: Das Limit ist erreicht.</numerusform>
            <numerusform>Nach %n s CPU-Zeit gestoppt: Das Limit ist erreicht.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/workspace/limitdetector.cpp" line="103"/>
        <source>Ran out of memory: the limit is %1 MB.</source>
        <translation>Kein Speicher mehr: Das Limit liegt bei %1 MB.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/workspace/limitdetector.cpp" line="105"/>
        <source>Could not start more processes: the limit is %n.</source>
        <translation>
            <numerusform>Es konnten keine weiteren Prozesse gestartet werden: Das Limit liegt bei %n.</numerusform>
            <numerusform>Es konnten keine weiteren Prozesse gestartet werden: Das Limit liegt bei %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/workspace/limitdetector.cpp" line="107"/>
        <source>A file reached the size limit of %1 MB.</source>
        <translation>Eine Datei hat die Größenbeschränkung von %1 MB erreicht.</translation>
    </message>
    <message>
        <location filename="../src/workspace/limitdetector.cpp" line="109"/>
        <source>Output cut after %1 MB, the limit; the program was stopped.</source>
        <translation>Ausgabe nach %1 MB abgeschnitten (Limit); das Programm wurde gestoppt.</translation>
    </message>
    <message>
        <location filename="../src/workspace/limitdetector.cpp" line="115"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../src/workspace/limitdetector.cpp" line="117"/>
        <source>Killed by signal %1.</source>
        <translation>Durch Signal %1 beendet.</translation>
    </message>
</context>
<context>
    <name>LimitsPopup</name>
    <message>
        <location filename="../qml/workspace/LimitsPopup.qml" line="21"/>
        <source>Time limit (seconds)</source>
        <translation>Zeitlimit (Sekunden)</translation>
    </message>
    <message>
        <location filename="../qml/workspace/LimitsPopup.qml" line="28"/>
        <source>Time limit in seconds</source>
        <translation>Zeitlimit in Sekunden</translation>
    </message>
    <message>
        <location filename="../qml/workspace/LimitsPopup.qml" line="32"/>
        <source>Memory limit (MB)</source>
        <translation>Speicherlimit (MB)</translation>
    </message>
    <message>
        <location filename="../qml/workspace/LimitsPopup.qml" line="40"/>
        <source>Memory limit in MB</source>
        <translation>Speicherlimit in MB</translation>
    </message>
    <message>
        <location filename="../qml/workspace/LimitsPopup.qml" line="46"/>
        <source>Programs run in a sandbox without network, seeing only their own working directory.</source>
        <translation>Programme laufen in einer Sandbox ohne Netzwerk und sehen nur ihr eigenes Arbeitsverzeichnis.</translation>
    </message>
</context>
<context>
    <name>ListItemBlock</name>
    <message>
        <location filename="../qml/message/ListItemBlock.qml" line="37"/>
        <source>Done: </source>
        <translation>Erledigt: </translation>
    </message>
    <message>
        <location filename="../qml/message/ListItemBlock.qml" line="38"/>
        <source>To do: </source>
        <translation>Zu erledigen: </translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="17"/>
        <source>Coro</source>
        <translation>Coro</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="17"/>
        <source>%1 — Coro</source>
        <translation>%1 — Coro</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="143"/>
        <source>Show conversations</source>
        <translation>Unterhaltungen anzeigen</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="149"/>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="152"/>
        <source>Run code beside the conversation (Ctrl+Shift+W)</source>
        <translation>Code neben der Unterhaltung ausführen (Ctrl+Shift+W)</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <location filename="../qml/picker/ModelPicker.qml" line="29"/>
        <location filename="../qml/picker/ModelPicker.qml" line="30"/>
        <source>Search models</source>
        <translation>Modelle suchen</translation>
    </message>
    <message>
        <location filename="../qml/picker/ModelPicker.qml" line="43"/>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location filename="../qml/picker/ModelPicker.qml" line="90"/>
        <source>Good for: %1</source>
        <translation>Geeignet für: %1</translation>
    </message>
</context>
<context>
    <name>ModelQuery</name>
    <message>
        <location filename="../src/context/modelquery.cpp" line="23"/>
        <source>%1 did not answer within %2 s.</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet.</translation>
    </message>
    <message>
        <location filename="../src/context/modelquery.cpp" line="43"/>
        <source>Unknown provider &quot;%1&quot;.</source>
        <translation>Unbekannter Anbieter „%1“.</translation>
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
        <location filename="../app/cli/modelscommand.cpp" line="41"/>
        <source>name at most one provider</source>
        <translation>nennen Sie höchstens einen Anbieter</translation>
    </message>
    <message>
        <location filename="../app/cli/modelscommand.cpp" line="47"/>
        <source>unknown provider &quot;%1&quot;</source>
        <translation>unbekannter Anbieter „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/modelscommand.cpp" line="94"/>
        <source>%1 is not running (%2)</source>
        <extracomment>%1 is a provider&apos;s name, %2 its address.</extracomment>
        <translation>%1 läuft nicht (%2)</translation>
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
    <name>PaneActions</name>
    <message>
        <location filename="../qml/compare/PaneActions.qml" line="38"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../qml/compare/PaneActions.qml" line="40"/>
        <source>Copy the answer from %1</source>
        <translation>Die Antwort von %1 kopieren</translation>
    </message>
    <message>
        <location filename="../qml/compare/PaneActions.qml" line="45"/>
        <source>Continues ✓</source>
        <translation>Setzt fort ✓</translation>
    </message>
    <message>
        <location filename="../qml/compare/PaneActions.qml" line="45"/>
        <source>Use ▸</source>
        <translation>Verwenden ▸</translation>
    </message>
    <message>
        <location filename="../qml/compare/PaneActions.qml" line="47"/>
        <source>Continue the chat with the answer from %1</source>
        <translation>Den Chat mit der Antwort von %1 fortsetzen</translation>
    </message>
    <message>
        <location filename="../qml/compare/PaneActions.qml" line="48"/>
        <source>Follow-ups build on this answer</source>
        <translation>Folgefragen bauen auf dieser Antwort auf</translation>
    </message>
    <message>
        <location filename="../qml/compare/PaneActions.qml" line="79"/>
        <source>More actions for %1</source>
        <translation>Weitere Aktionen für %1</translation>
    </message>
    <message>
        <location filename="../qml/compare/PaneActions.qml" line="80"/>
        <location filename="../qml/compare/PaneActions.qml" line="111"/>
        <source>Read aloud</source>
        <translation>Vorlesen</translation>
    </message>
    <message>
        <location filename="../qml/compare/PaneActions.qml" line="80"/>
        <source>Reading aloud: pause or stop</source>
        <translation>Vorlesen: pausieren oder beenden</translation>
    </message>
    <message>
        <location filename="../qml/compare/PaneActions.qml" line="112"/>
        <source>Read the answer from %1 aloud</source>
        <translation>Die Antwort von %1 vorlesen</translation>
    </message>
    <message>
        <location filename="../qml/compare/PaneActions.qml" line="118"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../qml/compare/PaneActions.qml" line="118"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../qml/compare/PaneActions.qml" line="119"/>
        <source>Resume reading aloud</source>
        <translation>Vorlesen fortsetzen</translation>
    </message>
    <message>
        <location filename="../qml/compare/PaneActions.qml" line="120"/>
        <source>Pause reading aloud</source>
        <translation>Vorlesen pausieren</translation>
    </message>
    <message>
        <location filename="../qml/compare/PaneActions.qml" line="126"/>
        <source>Stop reading</source>
        <translation>Vorlesen beenden</translation>
    </message>
    <message>
        <location filename="../qml/compare/PaneActions.qml" line="127"/>
        <source>Stop reading aloud</source>
        <translation>Vorlesen beenden</translation>
    </message>
    <message>
        <location filename="../qml/compare/PaneActions.qml" line="64"/>
        <source>Ask again</source>
        <translation>Erneut fragen</translation>
    </message>
    <message>
        <location filename="../qml/compare/PaneActions.qml" line="65"/>
        <source>Ask %1 again</source>
        <translation>%1 erneut fragen</translation>
    </message>
    <message>
        <location filename="../qml/compare/PaneActions.qml" line="71"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location filename="../qml/compare/PaneActions.qml" line="72"/>
        <source>Stop %1</source>
        <translation>%1 stoppen</translation>
    </message>
</context>
<context>
    <name>PaneContent</name>
    <message>
        <location filename="../qml/compare/PaneContent.qml" line="74"/>
        <source>%1 — retrying shortly</source>
        <translation>%1 — neuer Versuch in Kürze</translation>
    </message>
    <message>
        <location filename="../qml/compare/PaneContent.qml" line="111"/>
        <source>Formatted fused answer from %1</source>
        <translation>Formatierte zusammengeführte Antwort von %1</translation>
    </message>
    <message>
        <location filename="../qml/compare/PaneContent.qml" line="112"/>
        <source>Formatted answer from %1</source>
        <translation>Formatierte Antwort von %1</translation>
    </message>
    <message>
        <location filename="../qml/compare/PaneContent.qml" line="117"/>
        <source>Waiting for the first words…</source>
        <translation>Warten auf die ersten Worte…</translation>
    </message>
</context>
<context>
    <name>PaneHeader</name>
    <message>
        <location filename="../qml/compare/PaneHeader.qml" line="75"/>
        <source>fusion</source>
        <translation>Zusammenführung</translation>
    </message>
    <message>
        <location filename="../qml/compare/PaneHeader.qml" line="80"/>
        <source>Fused answer</source>
        <translation>Zusammengeführte Antwort</translation>
    </message>
    <message>
        <location filename="../qml/compare/PaneHeader.qml" line="88"/>
        <source>continues the chat</source>
        <translation>setzt den Chat fort</translation>
    </message>
    <message>
        <location filename="../qml/compare/PaneHeader.qml" line="96"/>
        <source>first</source>
        <translation>zuerst fertig</translation>
    </message>
</context>
<context>
    <name>PaneStats</name>
    <message>
        <location filename="../qml/compare/PaneStats.qml" line="25"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../qml/compare/PaneStats.qml" line="32"/>
        <source>first token %1</source>
        <translation>erstes Token %1</translation>
    </message>
    <message>
        <location filename="../qml/compare/PaneStats.qml" line="34"/>
        <source>%1 tok/s</source>
        <translation>%1 Token/s</translation>
    </message>
    <message>
        <location filename="../qml/compare/PaneStats.qml" line="36"/>
        <source>%1 in · %2 out</source>
        <translation>%1 ein · %2 aus</translation>
    </message>
    <message>
        <location filename="../qml/compare/PaneStats.qml" line="54"/>
        <source>cost about %1</source>
        <extracomment>%1 is an amount in words, such as &quot;0.0012 US dollars&quot;.</extracomment>
        <translation>Kosten etwa %1</translation>
    </message>
    <message>
        <location filename="../qml/compare/PaneStats.qml" line="57"/>
        <source>The cost is estimated from the model&apos;s price per million tokens in providers.json.</source>
        <translation>Die Kosten sind aus dem Preis des Modells pro Million Tokens in providers.json geschätzt.</translation>
    </message>
</context>
<context>
    <name>ParametersCard</name>
    <message>
        <location filename="../qml/picker/ParametersCard.qml" line="16"/>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <location filename="../qml/picker/ParametersCard.qml" line="21"/>
        <source>Temperature, 0 to 2</source>
        <translation>Temperatur, 0 bis 2</translation>
    </message>
    <message>
        <location filename="../qml/picker/ParametersCard.qml" line="24"/>
        <source>Max tokens</source>
        <translation>Max. Tokens</translation>
    </message>
    <message>
        <location filename="../qml/picker/ParametersCard.qml" line="29"/>
        <source>Max tokens, 1 to 32000</source>
        <translation>Max. Tokens, 1 bis 32000</translation>
    </message>
    <message>
        <location filename="../qml/picker/ParametersCard.qml" line="32"/>
        <source>Top p</source>
        <translation>Top p</translation>
    </message>
    <message>
        <location filename="../qml/picker/ParametersCard.qml" line="36"/>
        <source>not sent</source>
        <translation>nicht gesendet</translation>
    </message>
    <message>
        <location filename="../qml/picker/ParametersCard.qml" line="37"/>
        <source>Top p, 0 to 1, empty for not sent</source>
        <translation>Top p, 0 bis 1, leer für nicht gesendet</translation>
    </message>
</context>
<context>
    <name>ProviderCard</name>
    <message>
        <location filename="../qml/settings/ProviderCard.qml" line="43"/>
        <source>Protocol: %1</source>
        <translation>Protokoll: %1</translation>
    </message>
    <message>
        <location filename="../qml/settings/ProviderCard.qml" line="44"/>
        <source>built in</source>
        <translation>eingebaut</translation>
    </message>
    <message>
        <location filename="../qml/settings/ProviderCard.qml" line="44"/>
        <source>added by you</source>
        <translation>von Ihnen hinzugefügt</translation>
    </message>
    <message>
        <location filename="../qml/settings/ProviderCard.qml" line="45"/>
        <source>on this computer</source>
        <translation>auf diesem Computer</translation>
    </message>
    <message>
        <location filename="../qml/settings/ProviderCard.qml" line="50"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../qml/settings/ProviderCard.qml" line="59"/>
        <source>Address (base URL)</source>
        <translation>Adresse (Basis-URL)</translation>
    </message>
    <message>
        <location filename="../qml/settings/ProviderCard.qml" line="83"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../qml/settings/ProviderCard.qml" line="91"/>
        <location filename="../qml/settings/ProviderCard.qml" line="93"/>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location filename="../qml/settings/ProviderCard.qml" line="97"/>
        <location filename="../qml/settings/ProviderCard.qml" line="99"/>
        <source>Fetch models</source>
        <translation>Modelle abrufen</translation>
    </message>
    <message>
        <location filename="../qml/settings/ProviderCard.qml" line="100"/>
        <source>Offer every model the provider lists in the model picker</source>
        <translation>Alle Modelle, die der Anbieter auflistet, in der Modellauswahl anbieten</translation>
    </message>
    <message>
        <location filename="../qml/settings/ProviderCard.qml" line="109"/>
        <source>Working</source>
        <translation>Beschäftigt</translation>
    </message>
    <message>
        <location filename="../qml/settings/ProviderCard.qml" line="134"/>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location filename="../qml/settings/ProviderCard.qml" line="134"/>
        <source>Remove provider…</source>
        <translation>Anbieter entfernen…</translation>
    </message>
    <message>
        <location filename="../qml/settings/ProviderCard.qml" line="135"/>
        <source>Keep the provider</source>
        <translation>Den Anbieter behalten</translation>
    </message>
    <message>
        <location filename="../qml/settings/ProviderCard.qml" line="136"/>
        <source>Remove provider %1</source>
        <translation>Anbieter %1 entfernen</translation>
    </message>
    <message>
        <location filename="../qml/settings/ProviderCard.qml" line="141"/>
        <source>Remove %1 and its key</source>
        <translation>%1 und seinen Schlüssel entfernen</translation>
    </message>
</context>
<context>
    <name>ProviderCatalog</name>
    <message>
        <location filename="../src/providers/providercatalog.cpp" line="28"/>
        <source>&quot;models&quot; must be a list</source>
        <translation>„models“ muss eine Liste sein</translation>
    </message>
    <message>
        <location filename="../src/providers/providercatalog.cpp" line="46"/>
        <source>every model needs an &quot;id&quot;</source>
        <translation>jedes Modell braucht eine „id“</translation>
    </message>
    <message>
        <location filename="../src/providers/providercatalog.cpp" line="59"/>
        <source>model &quot;%1&quot;: %2</source>
        <translation>Modell „%1“: %2</translation>
    </message>
    <message>
        <location filename="../src/providers/providercatalog.cpp" line="72"/>
        <source>&quot;%1&quot; is not allowed: keys belong in the system keychain, or in the environment variable named by &quot;key_env&quot;</source>
        <translation>„%1“ ist nicht erlaubt: Schlüssel gehören in den Schlüsselbund des Systems oder in die Umgebungsvariable, die „key_env“ nennt</translation>
    </message>
    <message>
        <location filename="../src/providers/providercatalog.cpp" line="85"/>
        <source>unknown protocol &quot;%1&quot; (expected openai, anthropic, gemini or ollama)</source>
        <translation>unbekanntes Protokoll „%1“ (erwartet: openai, anthropic, gemini oder ollama)</translation>
    </message>
    <message>
        <location filename="../src/providers/providercatalog.cpp" line="97"/>
        <source>&quot;base_url&quot; must be an http or https URL</source>
        <translation>„base_url“ muss eine http- oder https-URL sein</translation>
    </message>
    <message>
        <location filename="../src/providers/providercatalog.cpp" line="101"/>
        <source>&quot;base_url&quot; must not contain a user name or password: keys belong in the system keychain, or in the environment variable named by &quot;key_env&quot;</source>
        <translation>„base_url“ darf weder Benutzernamen noch Passwort enthalten: Schlüssel gehören in den Schlüsselbund des Systems oder in die Umgebungsvariable, die „key_env“ nennt</translation>
    </message>
    <message>
        <location filename="../src/providers/providercatalog.cpp" line="119"/>
        <source>&quot;base_url&quot; is required for a provider that is not a preset</source>
        <translation>„base_url“ ist für einen Anbieter erforderlich, der nicht zu den Voreinstellungen gehört</translation>
    </message>
    <message>
        <location filename="../src/providers/providercatalog.cpp" line="146"/>
        <source>not valid JSON at offset %1: %2</source>
        <translation>kein gültiges JSON an Position %1: %2</translation>
    </message>
    <message>
        <location filename="../src/providers/providercatalog.cpp" line="153"/>
        <source>expected an object with a &quot;providers&quot; list</source>
        <translation>erwartet wird ein Objekt mit einer Liste „providers“</translation>
    </message>
    <message>
        <location filename="../src/providers/providercatalog.cpp" line="167"/>
        <source>&quot;id&quot; must be a non-empty name without &quot;/&quot;</source>
        <translation>„id“ muss ein nicht leerer Name ohne „/“ sein</translation>
    </message>
    <message>
        <location filename="../src/providers/providercatalog.cpp" line="169"/>
        <source>the id is used twice</source>
        <translation>die ID wird doppelt verwendet</translation>
    </message>
    <message>
        <location filename="../src/providers/providercatalog.cpp" line="173"/>
        <source>provider %1 (&quot;%2&quot;): %3</source>
        <translation>Anbieter %1 („%2“): %3</translation>
    </message>
    <message>
        <location filename="../src/providers/modelprice.cpp" line="40"/>
        <source>&quot;price&quot; must be an object with &quot;input&quot; and &quot;output&quot;, in US dollars per million tokens</source>
        <translation>„price“ muss ein Objekt mit „input“ und „output“ sein, in US-Dollar pro Million Tokens</translation>
    </message>
    <message>
        <location filename="../src/providers/modelprice.cpp" line="51"/>
        <source>&quot;price&quot; &quot;%1&quot; must be a number from 0 to %2 (US dollars per million tokens)</source>
        <extracomment>%1 is &quot;input&quot; or &quot;output&quot;, %2 the largest price accepted.</extracomment>
        <translation>„price“ „%1“ muss eine Zahl von 0 bis %2 sein (US-Dollar pro Million Tokens)</translation>
    </message>
    <message>
        <location filename="../src/providers/modelprice.cpp" line="73"/>
        <source>&lt;%1</source>
        <extracomment>A cost too small to show with four decimals; %1 is the smallest amount shown.</extracomment>
        <translation>&lt;%1</translation>
    </message>
    <message>
        <location filename="../src/providers/modelprice.cpp" line="76"/>
        <source>$%1</source>
        <extracomment>An amount in US dollars; %1 is the number, already in the user&apos;s format.</extracomment>
        <translation>$%1</translation>
    </message>
    <message>
        <location filename="../src/providers/modelprice.cpp" line="84"/>
        <source>less than %1 US dollars</source>
        <translation>weniger als %1 US-Dollar</translation>
    </message>
    <message>
        <location filename="../src/providers/modelprice.cpp" line="87"/>
        <source>%1 US dollars</source>
        <translation>%1 US-Dollar</translation>
    </message>
</context>
<context>
    <name>ProviderError</name>
    <message>
        <location filename="../src/providers/errormapping.cpp" line="120"/>
        <source>The server answered HTTP %1.</source>
        <translation>Der Server antwortete mit HTTP %1.</translation>
    </message>
    <message>
        <location filename="../src/providers/errormapping.cpp" line="122"/>
        <source>The server answered HTTP %1: %2</source>
        <translation>Der Server antwortete mit HTTP %1: %2</translation>
    </message>
</context>
<context>
    <name>ProviderList</name>
    <message>
        <location filename="../qml/settings/ProviderList.qml" line="18"/>
        <source>Providers</source>
        <translation>Anbieter</translation>
    </message>
</context>
<context>
    <name>ProviderRow</name>
    <message>
        <location filename="../qml/settings/ProviderRow.qml" line="26"/>
        <source>%1, key: %2</source>
        <translation>%1, Schlüssel: %2</translation>
    </message>
</context>
<context>
    <name>ProvidersPage</name>
    <message>
        <location filename="../qml/settings/ProvidersPage.qml" line="39"/>
        <source>Add provider…</source>
        <translation>Anbieter hinzufügen…</translation>
    </message>
    <message>
        <location filename="../qml/settings/ProvidersPage.qml" line="40"/>
        <source>Add provider</source>
        <translation>Anbieter hinzufügen</translation>
    </message>
</context>
<context>
    <name>QuestionText</name>
    <message>
        <location filename="../qml/chat/QuestionText.qml" line="51"/>
        <source>Your message</source>
        <translation>Ihre Nachricht</translation>
    </message>
    <message>
        <location filename="../qml/chat/QuestionText.qml" line="53"/>
        <source>Shortened; “Show all” shows all of it</source>
        <translation>Gekürzt; „Alles zeigen“ zeigt sie ganz</translation>
    </message>
    <message>
        <location filename="../qml/chat/QuestionText.qml" line="62"/>
        <source>Show less</source>
        <translation>Weniger zeigen</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/chat/QuestionText.qml" line="64"/>
        <source>Show all (%n characters)</source>
        <extracomment>%n is the number of characters in the whole question.</extracomment>
        <translation>
            <numerusform>Alles zeigen (%n Zeichen)</numerusform>
            <numerusform>Alles zeigen (%n Zeichen)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/chat/QuestionText.qml" line="65"/>
        <source>Show less of your message</source>
        <translation>Weniger von Ihrer Nachricht zeigen</translation>
    </message>
    <message>
        <location filename="../qml/chat/QuestionText.qml" line="66"/>
        <source>Show all of your message</source>
        <translation>Ihre ganze Nachricht zeigen</translation>
    </message>
</context>
<context>
    <name>QuoteBlock</name>
    <message>
        <location filename="../qml/message/QuoteBlock.qml" line="29"/>
        <source>Quote: %1</source>
        <translation>Zitat: %1</translation>
    </message>
</context>
<context>
    <name>ReasoningSection</name>
    <message>
        <location filename="../qml/compare/ReasoningSection.qml" line="21"/>
        <source>Thinking…</source>
        <translation>Denkt nach…</translation>
    </message>
    <message>
        <location filename="../qml/compare/ReasoningSection.qml" line="21"/>
        <source>Reasoning</source>
        <translation>Gedankengang</translation>
    </message>
    <message>
        <location filename="../qml/compare/ReasoningSection.qml" line="23"/>
        <source>Hide reasoning</source>
        <translation>Gedankengang ausblenden</translation>
    </message>
    <message>
        <location filename="../qml/compare/ReasoningSection.qml" line="23"/>
        <source>Show reasoning</source>
        <translation>Gedankengang anzeigen</translation>
    </message>
</context>
<context>
    <name>RenamePopup</name>
    <message>
        <location filename="../qml/sidebar/RenamePopup.qml" line="25"/>
        <source>New title</source>
        <translation>Neuer Titel</translation>
    </message>
</context>
<context>
    <name>RenderCommand</name>
    <message>
        <location filename="../app/cli/rendercommand.cpp" line="87"/>
        <source>Render Markdown from stdin as one JSON object per block, or as HTML.</source>
        <translation>Markdown von stdin als ein JSON-Objekt pro Block oder als HTML darstellen.</translation>
    </message>
    <message>
        <location filename="../app/cli/rendercommand.cpp" line="90"/>
        <source>Print the HTML the app exports instead of JSON lines.</source>
        <translation>Das HTML ausgeben, das die App exportiert, statt JSON-Zeilen.</translation>
    </message>
    <message>
        <location filename="../app/cli/rendercommand.cpp" line="94"/>
        <source>reads Markdown from stdin and takes no file name</source>
        <translation>liest Markdown von stdin und nimmt keinen Dateinamen an</translation>
    </message>
    <message>
        <location filename="../app/cli/rendercommand.cpp" line="100"/>
        <source>cannot read stdin</source>
        <translation>stdin kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../app/cli/rendercommand.cpp" line="105"/>
        <source>the input is longer than %1 MiB; only its start is rendered</source>
        <translation>die Eingabe ist größer als %1 MiB; nur ihr Anfang wird dargestellt</translation>
    </message>
</context>
<context>
    <name>RichTextBlock</name>
    <message>
        <location filename="../qml/message/RichTextBlock.qml" line="44"/>
        <location filename="../qml/message/RichTextBlock.qml" line="47"/>
        <source>From %1</source>
        <translation>Aus %1</translation>
    </message>
</context>
<context>
    <name>RunCommand</name>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="108"/>
        <source>Run a program in the workspace sandbox: no network, no access to your files, limited time, memory, processes, file size and output.</source>
        <translation>Ein Programm in der Sandbox des Arbeitsbereichs ausführen: kein Netzwerk, kein Zugriff auf Ihre Dateien, begrenzte Zeit, Speicher, Prozesse, Dateigröße und Ausgabe.</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="112"/>
        <source>python, sh or js.</source>
        <translation>python, sh oder js.</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="113"/>
        <source>Seconds of real and of CPU time (default 10).</source>
        <translation>Sekunden Echtzeit und CPU-Zeit (Standard: 10).</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="115"/>
        <source>Memory limit in MB (default 512).</source>
        <translation>Speicherlimit in MB (Standard: 512).</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="117"/>
        <source>Print one JSON object per line.</source>
        <translation>Ein JSON-Objekt pro Zeile ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="120"/>
        <source>The program; - reads it from stdin. Otherwise stdin goes to the program.</source>
        <translation>Das Programm; - liest es von stdin. Andernfalls geht stdin an das Programm.</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="126"/>
        <source>--lang expects python, sh or js</source>
        <translation>--lang erwartet python, sh oder js</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="130"/>
        <source>name one program file, or - to read it from stdin</source>
        <translation>nennen Sie eine Programmdatei oder -, um es von stdin zu lesen</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="138"/>
        <source>--timeout expects seconds, more than 0</source>
        <translation>--timeout erwartet Sekunden, mehr als 0</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="148"/>
        <source>--memory expects megabytes, at least 16</source>
        <translation>--memory erwartet Megabyte, mindestens 16</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="161"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>RunConsole</name>
    <message>
        <location filename="../qml/workspace/RunConsole.qml" line="19"/>
        <source>Console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <location filename="../qml/workspace/RunConsole.qml" line="53"/>
        <source>What the program prints appears here. Images it saves (PNG, JPEG, GIF, SVG) are shown too.</source>
        <translation>Was das Programm ausgibt, erscheint hier. Bilder, die es speichert (PNG, JPEG, GIF, SVG), werden ebenfalls angezeigt.</translation>
    </message>
</context>
<context>
    <name>RunHistoryDelegate</name>
    <message>
        <location filename="../qml/workspace/RunHistoryDelegate.qml" line="18"/>
        <source>%1 run, %2, %3: %4</source>
        <translation>Ausführung mit %1, %2, %3: %4</translation>
    </message>
    <message>
        <location filename="../qml/workspace/RunHistoryDelegate.qml" line="31"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location filename="../qml/workspace/RunHistoryDelegate.qml" line="48"/>
        <source>from an answer</source>
        <translation>aus einer Antwort</translation>
    </message>
</context>
<context>
    <name>RunHistoryList</name>
    <message>
        <location filename="../qml/workspace/RunHistoryList.qml" line="16"/>
        <source>Past runs</source>
        <translation>Frühere Ausführungen</translation>
    </message>
    <message>
        <location filename="../qml/workspace/RunHistoryList.qml" line="37"/>
        <source>Runs are kept with the open conversation and listed here.</source>
        <translation>Ausführungen werden mit der geöffneten Unterhaltung gespeichert und hier aufgelistet.</translation>
    </message>
</context>
<context>
    <name>RunImages</name>
    <message>
        <location filename="../src/models/runimages.cpp" line="61"/>
        <source>%1 is not shown: only the first %2 images of a run are.</source>
        <translation>%1 wird nicht angezeigt: Nur die ersten %2 Bilder einer Ausführung werden angezeigt.</translation>
    </message>
    <message>
        <location filename="../src/models/runimages.cpp" line="73"/>
        <source>%1 is not shown: it is larger than %2 MB.</source>
        <translation>%1 wird nicht angezeigt: Die Datei ist größer als %2 MB.</translation>
    </message>
    <message>
        <location filename="../src/models/runimages.cpp" line="79"/>
        <source>%1 is not shown: this installation of Qt cannot read %2 images.</source>
        <translation>%1 wird nicht angezeigt: Diese Qt-Installation kann keine %2-Bilder lesen.</translation>
    </message>
    <message>
        <location filename="../src/models/runimages.cpp" line="88"/>
        <source>%1 is not shown: it is not a %2 image.</source>
        <translation>%1 wird nicht angezeigt: Die Datei ist kein %2-Bild.</translation>
    </message>
    <message>
        <location filename="../src/models/runimages.cpp" line="94"/>
        <source>%1 is not shown: it is %2×%3 pixels, larger than %4 on a side.</source>
        <translation>%1 wird nicht angezeigt: Das Bild hat %2×%3 Pixel, mehr als %4 pro Seite.</translation>
    </message>
    <message>
        <location filename="../src/models/runimages.cpp" line="115"/>
        <source>%1 could not be copied for display.</source>
        <translation>%1 konnte für die Anzeige nicht kopiert werden.</translation>
    </message>
</context>
<context>
    <name>RunOutcome</name>
    <message>
        <location filename="../src/models/runoutcome.cpp" line="18"/>
        <source>killed: time limit</source>
        <translation>beendet: Zeitlimit</translation>
    </message>
    <message>
        <location filename="../src/models/runoutcome.cpp" line="19"/>
        <location filename="../src/models/runoutcome.cpp" line="23"/>
        <location filename="../src/models/runoutcome.cpp" line="52"/>
        <location filename="../src/models/runoutcome.cpp" line="54"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../src/models/runoutcome.cpp" line="22"/>
        <source>killed: CPU time limit</source>
        <translation>beendet: CPU-Zeitlimit</translation>
    </message>
    <message>
        <location filename="../src/models/runoutcome.cpp" line="26"/>
        <source>stopped: out of memory</source>
        <translation>gestoppt: kein Speicher mehr</translation>
    </message>
    <message>
        <location filename="../src/models/runoutcome.cpp" line="27"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location filename="../src/models/runoutcome.cpp" line="30"/>
        <source>stopped: too many processes</source>
        <translation>gestoppt: zu viele Prozesse</translation>
    </message>
    <message>
        <location filename="../src/models/runoutcome.cpp" line="32"/>
        <source>stopped: file size limit</source>
        <translation>gestoppt: Größenbeschränkung für Dateien</translation>
    </message>
    <message>
        <location filename="../src/models/runoutcome.cpp" line="34"/>
        <source>stopped: output limit (1 MB)</source>
        <translation>gestoppt: Ausgabelimit (1 MB)</translation>
    </message>
    <message>
        <location filename="../src/models/runoutcome.cpp" line="36"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../src/models/runoutcome.cpp" line="39"/>
        <source>killed by signal %1</source>
        <translation>durch Signal %1 beendet</translation>
    </message>
    <message>
        <location filename="../src/models/runoutcome.cpp" line="40"/>
        <source>killed by signal %1 (%2)</source>
        <translation>durch Signal %1 (%2) beendet</translation>
    </message>
    <message>
        <location filename="../src/models/runoutcome.cpp" line="43"/>
        <source>exited with %1</source>
        <translation>beendet mit Code %1</translation>
    </message>
    <message>
        <location filename="../src/models/runoutcome.cpp" line="44"/>
        <source>ended</source>
        <translation>beendet</translation>
    </message>
    <message>
        <location filename="../src/models/runoutcome.cpp" line="55"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
</context>
<context>
    <name>RunStatusBar</name>
    <message>
        <location filename="../qml/workspace/RunStatusBar.qml" line="42"/>
        <source>running…</source>
        <translation>läuft…</translation>
    </message>
    <message>
        <location filename="../qml/workspace/RunStatusBar.qml" line="47"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../qml/workspace/RunStatusBar.qml" line="47"/>
        <source>Run %1</source>
        <translation>Ausführung %1</translation>
    </message>
    <message>
        <location filename="../qml/workspace/RunStatusBar.qml" line="52"/>
        <source>Elapsed: %1</source>
        <translation>Dauer: %1</translation>
    </message>
</context>
<context>
    <name>RunToolbar</name>
    <message>
        <location filename="../qml/workspace/RunToolbar.qml" line="30"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../qml/workspace/RunToolbar.qml" line="42"/>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <location filename="../qml/workspace/RunToolbar.qml" line="45"/>
        <source>Run the code in the sandbox (F5, or Ctrl+Enter in the editor)</source>
        <translation>Den Code in der Sandbox ausführen (F5 oder Ctrl+Enter im Editor)</translation>
    </message>
    <message>
        <location filename="../qml/workspace/RunToolbar.qml" line="50"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../qml/workspace/RunToolbar.qml" line="52"/>
        <source>Cancel run</source>
        <translation>Ausführung abbrechen</translation>
    </message>
    <message>
        <location filename="../qml/workspace/RunToolbar.qml" line="58"/>
        <source>%1 s · %2 MB</source>
        <translation>%1 s · %2 MB</translation>
    </message>
    <message>
        <location filename="../qml/workspace/RunToolbar.qml" line="59"/>
        <source>Limits: %1 seconds, %2 MB of memory</source>
        <translation>Limits: %1 Sekunden, %2 MB Speicher</translation>
    </message>
    <message>
        <location filename="../qml/workspace/RunToolbar.qml" line="61"/>
        <source>Time and memory a run may use</source>
        <translation>Zeit und Speicher, die eine Ausführung verwenden darf</translation>
    </message>
</context>
<context>
    <name>RunnableCode</name>
    <message>
        <location filename="../src/models/runnablecode.cpp" line="43"/>
        <source>No code block in this answer.</source>
        <translation>Diese Antwort enthält keinen Codeblock.</translation>
    </message>
    <message>
        <location filename="../src/models/runnablecode.cpp" line="44"/>
        <source>Its code is %1; the workspace runs Python, shell and JavaScript.</source>
        <translation>Der Code dieser Antwort ist in %1 geschrieben; der Arbeitsbereich führt Python, Shell und JavaScript aus.</translation>
    </message>
</context>
<context>
    <name>SandboxProfile</name>
    <message>
        <location filename="../src/workspace/sandboxprofile.cpp" line="29"/>
        <source>Coro has no sandbox for this system, so it does not run code.</source>
        <translation>Coro hat für dieses System keine Sandbox und führt daher keinen Code aus.</translation>
    </message>
    <message>
        <location filename="../src/workspace/sandboxprofile.cpp" line="81"/>
        <source>The sandbox cannot start, so the code was not run: %1</source>
        <translation>Die Sandbox kann nicht starten, daher wurde der Code nicht ausgeführt: %1</translation>
    </message>
</context>
<context>
    <name>SearchCatalog</name>
    <message>
        <location filename="../src/context/searchcatalog.cpp" line="29"/>
        <source>&quot;%1&quot; must be a whole number from %2 to %3</source>
        <translation>„%1“ muss eine ganze Zahl von %2 bis %3 sein</translation>
    </message>
    <message>
        <location filename="../src/context/searchcatalog.cpp" line="43"/>
        <source>&quot;%1&quot; is not allowed: keys belong in the system keychain, or in the environment variable named by &quot;key_env&quot;</source>
        <translation>„%1“ ist nicht erlaubt: Schlüssel gehören in den Schlüsselbund des Systems oder in die Umgebungsvariable, die „key_env“ nennt</translation>
    </message>
    <message>
        <location filename="../src/context/searchcatalog.cpp" line="53"/>
        <source>unknown kind &quot;%1&quot; (expected tavily, brave or searxng)</source>
        <translation>unbekannte Art „%1“ (erwartet: tavily, brave oder searxng)</translation>
    </message>
    <message>
        <location filename="../src/context/searchcatalog.cpp" line="62"/>
        <source>&quot;base_url&quot; must be an http or https URL</source>
        <translation>„base_url“ muss eine http- oder https-URL sein</translation>
    </message>
    <message>
        <location filename="../src/context/searchcatalog.cpp" line="66"/>
        <source>&quot;base_url&quot; must not contain a user name, password or query: keys belong in the system keychain, or in the environment variable named by &quot;key_env&quot;</source>
        <translation>„base_url“ darf keinen Benutzernamen, kein Passwort und keine Query enthalten: Schlüssel gehören in den Schlüsselbund des Systems oder in die Umgebungsvariable, die „key_env“ nennt</translation>
    </message>
    <message>
        <location filename="../src/context/searchcatalog.cpp" line="107"/>
        <source>not valid JSON at offset %1: %2</source>
        <translation>kein gültiges JSON an Position %1: %2</translation>
    </message>
    <message>
        <location filename="../src/context/searchcatalog.cpp" line="117"/>
        <source>&quot;search&quot; must be a list</source>
        <translation>„search“ muss eine Liste sein</translation>
    </message>
    <message>
        <location filename="../src/context/searchcatalog.cpp" line="127"/>
        <source>&quot;id&quot; must be a non-empty name without &quot;/&quot;</source>
        <translation>„id“ muss ein nicht leerer Name ohne „/“ sein</translation>
    </message>
    <message>
        <location filename="../src/context/searchcatalog.cpp" line="129"/>
        <source>the id is used twice</source>
        <translation>die ID wird doppelt verwendet</translation>
    </message>
    <message>
        <location filename="../src/context/searchcatalog.cpp" line="133"/>
        <source>search %1 (&quot;%2&quot;): %3</source>
        <translation>Suche %1 („%2“): %3</translation>
    </message>
</context>
<context>
    <name>SearchHitDelegate</name>
    <message>
        <location filename="../qml/sidebar/SearchHitDelegate.qml" line="24"/>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
</context>
<context>
    <name>SearchProtocol</name>
    <message>
        <location filename="../src/context/searchprotocol.cpp" line="132"/>
        <source>the key was refused (HTTP %1)</source>
        <translation>der Schlüssel wurde abgelehnt (HTTP %1)</translation>
    </message>
    <message>
        <location filename="../src/context/searchprotocol.cpp" line="134"/>
        <source>too many searches or no credit left (HTTP %1)</source>
        <translation>zu viele Suchanfragen oder kein Guthaben mehr (HTTP %1)</translation>
    </message>
    <message>
        <location filename="../src/context/searchprotocol.cpp" line="137"/>
        <source>it answered HTTP %1</source>
        <translation>Antwort mit HTTP %1</translation>
    </message>
    <message>
        <location filename="../src/context/searchprotocol.cpp" line="146"/>
        <source>its answer was not a search result list</source>
        <translation>die Antwort war keine Liste von Suchergebnissen</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <location filename="../qml/sidebar/SearchResults.qml" line="23"/>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <location filename="../qml/sidebar/SearchResults.qml" line="41"/>
        <source>No conversation matches.</source>
        <translation>Keine Unterhaltung passt.</translation>
    </message>
</context>
<context>
    <name>SeatbeltProfile</name>
    <message>
        <location filename="../src/workspace/seatbeltprofile.cpp" line="33"/>
        <source>Code runs only inside the macOS sandbox, and sandbox-exec is missing.</source>
        <translation>Code läuft nur in der macOS-Sandbox, und sandbox-exec fehlt.</translation>
    </message>
</context>
<context>
    <name>SelectedModels</name>
    <message>
        <location filename="../qml/picker/SelectedModels.qml" line="21"/>
        <source>Selected models</source>
        <translation>Ausgewählte Modelle</translation>
    </message>
    <message>
        <location filename="../qml/picker/SelectedModels.qml" line="24"/>
        <source>Selected</source>
        <translation>Ausgewählt</translation>
    </message>
    <message>
        <location filename="../qml/picker/SelectedModels.qml" line="43"/>
        <source>top p %1</source>
        <translation>Top p %1</translation>
    </message>
    <message>
        <location filename="../qml/picker/SelectedModels.qml" line="44"/>
        <source>temperature %1 · %2 tokens</source>
        <translation>Temperatur %1 · %2 Tokens</translation>
    </message>
    <message>
        <location filename="../qml/picker/SelectedModels.qml" line="58"/>
        <source>shared parameters</source>
        <translation>gemeinsame Parameter</translation>
    </message>
    <message>
        <location filename="../qml/picker/SelectedModels.qml" line="63"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../qml/picker/SelectedModels.qml" line="63"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../qml/picker/SelectedModels.qml" line="65"/>
        <source>Close the parameters of %1</source>
        <translation>Parameter von %1 schließen</translation>
    </message>
    <message>
        <location filename="../qml/picker/SelectedModels.qml" line="66"/>
        <source>Parameters of %1</source>
        <translation>Parameter von %1</translation>
    </message>
    <message>
        <location filename="../qml/picker/SelectedModels.qml" line="77"/>
        <location filename="../qml/picker/SelectedModels.qml" line="97"/>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <location filename="../qml/picker/SelectedModels.qml" line="82"/>
        <location filename="../qml/picker/SelectedModels.qml" line="106"/>
        <source>Max tokens</source>
        <translation>Max. Tokens</translation>
    </message>
    <message>
        <location filename="../qml/picker/SelectedModels.qml" line="87"/>
        <source>Top p</source>
        <translation>Top p</translation>
    </message>
    <message>
        <location filename="../qml/picker/SelectedModels.qml" line="98"/>
        <source>Temperature for %1, 0 to 2</source>
        <translation>Temperatur für %1, 0 bis 2</translation>
    </message>
    <message>
        <location filename="../qml/picker/SelectedModels.qml" line="107"/>
        <source>Max tokens for %1, 1 to 32000</source>
        <translation>Max. Tokens für %1, 1 bis 32000</translation>
    </message>
    <message>
        <location filename="../qml/picker/SelectedModels.qml" line="114"/>
        <source>top p: not sent</source>
        <translation>Top p: nicht gesendet</translation>
    </message>
    <message>
        <location filename="../qml/picker/SelectedModels.qml" line="115"/>
        <source>Top p for %1, 0 to 1, empty for not sent</source>
        <translation>Top p für %1, 0 bis 1, leer für nicht gesendet</translation>
    </message>
    <message>
        <location filename="../qml/picker/SelectedModels.qml" line="119"/>
        <source>Use these</source>
        <translation>Diese verwenden</translation>
    </message>
    <message>
        <location filename="../qml/picker/SelectedModels.qml" line="120"/>
        <source>Use these parameters for %1</source>
        <translation>Diese Parameter für %1 verwenden</translation>
    </message>
    <message>
        <location filename="../qml/picker/SelectedModels.qml" line="131"/>
        <source>Use shared</source>
        <translation>Gemeinsame verwenden</translation>
    </message>
    <message>
        <location filename="../qml/picker/SelectedModels.qml" line="133"/>
        <source>Use the shared parameters for %1</source>
        <translation>Die gemeinsamen Parameter für %1 verwenden</translation>
    </message>
    <message>
        <location filename="../qml/picker/SelectedModels.qml" line="140"/>
        <source>Add again</source>
        <translation>Erneut hinzufügen</translation>
    </message>
    <message>
        <location filename="../qml/picker/SelectedModels.qml" line="141"/>
        <source>Ask %1 once more, with other parameters</source>
        <translation>%1 ein weiteres Mal fragen, mit anderen Parametern</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../qml/settings/SettingsDialog.qml" line="21"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsDialog.qml" line="65"/>
        <source>Settings sections</source>
        <translation>Bereiche der Einstellungen</translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsDialog.qml" line="68"/>
        <location filename="../qml/settings/SettingsDialog.qml" line="69"/>
        <source>Providers</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsDialog.qml" line="72"/>
        <location filename="../qml/settings/SettingsDialog.qml" line="73"/>
        <source>Appearance</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsDialog.qml" line="76"/>
        <location filename="../qml/settings/SettingsDialog.qml" line="77"/>
        <source>Defaults</source>
        <translation>Standardwerte</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../qml/sidebar/Sidebar.qml" line="34"/>
        <location filename="../qml/sidebar/Sidebar.qml" line="36"/>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <location filename="../qml/sidebar/Sidebar.qml" line="43"/>
        <source>Search history (Ctrl+K)</source>
        <translation>Verlauf durchsuchen (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../qml/sidebar/Sidebar.qml" line="44"/>
        <source>Search history</source>
        <translation>Verlauf durchsuchen</translation>
    </message>
    <message>
        <location filename="../qml/sidebar/Sidebar.qml" line="96"/>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <location filename="../qml/sidebar/Sidebar.qml" line="99"/>
        <source>Show archived conversations</source>
        <translation>Archivierte Unterhaltungen anzeigen</translation>
    </message>
    <message>
        <location filename="../qml/sidebar/Sidebar.qml" line="102"/>
        <location filename="../qml/sidebar/Sidebar.qml" line="104"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
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
        <location filename="../app/cli/sseparsecommand.cpp" line="42"/>
        <source>--chunk expects a positive number</source>
        <translation>--chunk erwartet eine positive Zahl</translation>
    </message>
    <message>
        <location filename="../app/cli/sseparsecommand.cpp" line="57"/>
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
    <name>StateChip</name>
    <message>
        <location filename="../qml/compare/StateChip.qml" line="23"/>
        <source>State: %1</source>
        <translation>Status: %1</translation>
    </message>
</context>
<context>
    <name>States</name>
    <message>
        <location filename="../qml/components/States.qml" line="9"/>
        <source>queued</source>
        <translation>in Warteschlange</translation>
    </message>
    <message>
        <location filename="../qml/components/States.qml" line="10"/>
        <source>connecting</source>
        <translation>verbindet</translation>
    </message>
    <message>
        <location filename="../qml/components/States.qml" line="11"/>
        <source>thinking</source>
        <translation>denkt nach</translation>
    </message>
    <message>
        <location filename="../qml/components/States.qml" line="12"/>
        <source>streaming</source>
        <translation>streamt</translation>
    </message>
    <message>
        <location filename="../qml/components/States.qml" line="13"/>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <location filename="../qml/components/States.qml" line="14"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../qml/components/States.qml" line="15"/>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <location filename="../qml/components/States.qml" line="16"/>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
</context>
<context>
    <name>TableBlock</name>
    <message>
        <location filename="../qml/message/TableBlock.qml" line="35"/>
        <source>Table: %1</source>
        <translation>Tabelle: %1</translation>
    </message>
</context>
<context>
    <name>TranscribeCommand</name>
    <message>
        <location filename="../app/cli/transcribecommand.cpp" line="29"/>
        <source>Turn a recording into text with an OpenAI-compatible /audio/transcriptions endpoint (OpenAI, Groq, a local server).</source>
        <translation>Eine Aufnahme mit einem OpenAI-kompatiblen /audio/transcriptions-Endpunkt in Text umwandeln (OpenAI, Groq, ein lokaler Server).</translation>
    </message>
    <message>
        <location filename="../app/cli/transcribecommand.cpp" line="34"/>
        <source>PROVIDER/MODEL, e.g. openai/whisper-1, openai/gpt-4o-mini-transcribe or groq/whisper-large-v3 (default: the first of OpenAI and Groq that providers.json offers).</source>
        <translation>PROVIDER/MODEL, z. B. openai/whisper-1, openai/gpt-4o-mini-transcribe oder groq/whisper-large-v3 (Standard: der erste von OpenAI und Groq, den providers.json anbietet).</translation>
    </message>
    <message>
        <location filename="../app/cli/transcribecommand.cpp" line="39"/>
        <source>The spoken language as an ISO-639-1 code (de, fr...); default: detected.</source>
        <translation>Die gesprochene Sprache als ISO-639-1-Code (de, fr...); Standard: erkannt.</translation>
    </message>
    <message>
        <location filename="../app/cli/transcribecommand.cpp" line="42"/>
        <source>Seconds allowed for the request (120).</source>
        <translation>Sekunden, die die Anfrage dauern darf (120).</translation>
    </message>
    <message>
        <location filename="../app/cli/transcribecommand.cpp" line="44"/>
        <source>Print one JSON object.</source>
        <translation>Ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/transcribecommand.cpp" line="47"/>
        <source>flac, mp3, mp4, m4a, mpeg, mpga, ogg, opus, wav or webm; at most 25 MB.</source>
        <translation>flac, mp3, mp4, m4a, mpeg, mpga, ogg, opus, wav oder webm; höchstens 25 MB.</translation>
    </message>
    <message>
        <location filename="../app/cli/transcribecommand.cpp" line="52"/>
        <source>name exactly one audio file</source>
        <translation>nennen Sie genau eine Audiodatei</translation>
    </message>
    <message>
        <location filename="../app/cli/transcribecommand.cpp" line="58"/>
        <source>--language expects a code such as de or fr</source>
        <translation>--language erwartet einen Code wie de oder fr</translation>
    </message>
    <message>
        <location filename="../app/cli/transcribecommand.cpp" line="66"/>
        <source>--timeout must be between 0 and 3600 seconds</source>
        <translation>--timeout muss zwischen 0 und 3600 Sekunden liegen</translation>
    </message>
    <message>
        <location filename="../app/cli/transcribecommand.cpp" line="76"/>
        <source>&quot;%1&quot; is not PROVIDER/MODEL</source>
        <translation>„%1“ hat nicht die Form PROVIDER/MODEL</translation>
    </message>
</context>
<context>
    <name>TranscriptionModels</name>
    <message>
        <location filename="../src/transcription/transcriptionmodels.cpp" line="29"/>
        <source>Unknown provider &quot;%1&quot;.</source>
        <translation>Unbekannter Anbieter „%1“.</translation>
    </message>
    <message>
        <location filename="../src/transcription/transcriptionmodels.cpp" line="33"/>
        <source>%1 does not offer transcription here: only providers with the OpenAI protocol have /audio/transcriptions (for example openai/whisper-1 or groq/whisper-large-v3).</source>
        <translation>%1 bietet hier keine Transkription an: Nur Anbieter mit dem OpenAI-Protokoll haben /audio/transcriptions (zum Beispiel openai/whisper-1 oder groq/whisper-large-v3).</translation>
    </message>
    <message>
        <location filename="../src/transcription/transcriptionmodels.cpp" line="51"/>
        <source>No transcription provider is set up: add OpenAI or Groq to providers.json, or name one with -m PROVIDER/MODEL.</source>
        <translation>Kein Transkriptionsanbieter ist eingerichtet: Fügen Sie OpenAI oder Groq zu providers.json hinzu, oder nennen Sie einen mit -m PROVIDER/MODEL.</translation>
    </message>
</context>
<context>
    <name>TurnDelegate</name>
    <message>
        <location filename="../qml/chat/TurnDelegate.qml" line="71"/>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <location filename="../qml/chat/TurnDelegate.qml" line="81"/>
        <source>Cost of this question: %1</source>
        <translation>Kosten dieser Frage: %1</translation>
    </message>
    <message>
        <location filename="../qml/chat/TurnDelegate.qml" line="82"/>
        <source>Estimated from each model&apos;s price per million tokens in providers.json</source>
        <translation>Geschätzt aus dem Preis jedes Modells pro Million Tokens in providers.json</translation>
    </message>
    <message>
        <location filename="../qml/chat/TurnDelegate.qml" line="92"/>
        <source>version %1 of %2</source>
        <translation>Version %1 von %2</translation>
    </message>
    <message>
        <location filename="../qml/chat/TurnDelegate.qml" line="97"/>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <location filename="../qml/chat/TurnDelegate.qml" line="98"/>
        <source>Show where the answers differ</source>
        <translation>Zeigen, wo sich die Antworten unterscheiden</translation>
    </message>
    <message>
        <location filename="../qml/chat/TurnDelegate.qml" line="104"/>
        <location filename="../qml/chat/TurnDelegate.qml" line="105"/>
        <source>Fuse answers</source>
        <translation>Antworten zusammenführen</translation>
    </message>
    <message>
        <location filename="../qml/chat/TurnDelegate.qml" line="106"/>
        <source>One model writes the best answer from these answers</source>
        <translation>Ein Modell schreibt aus diesen Antworten die beste</translation>
    </message>
    <message>
        <location filename="../qml/chat/TurnDelegate.qml" line="112"/>
        <source>Run each model&apos;s code</source>
        <translation>Den Code jedes Modells ausführen</translation>
    </message>
    <message>
        <location filename="../qml/chat/TurnDelegate.qml" line="113"/>
        <source>Run the code of each answer in the workspace</source>
        <translation>Den Code jeder Antwort im Arbeitsbereich ausführen</translation>
    </message>
</context>
<context>
    <name>TurnList</name>
    <message>
        <location filename="../qml/chat/TurnList.qml" line="21"/>
        <source>Turns</source>
        <translation>Nachrichten</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <location filename="../qml/sidebar/UndoBar.qml" line="38"/>
        <source>Deleted “%1”</source>
        <translation>„%1“ gelöscht</translation>
    </message>
    <message>
        <location filename="../qml/sidebar/UndoBar.qml" line="44"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
</context>
<context>
    <name>WebSources</name>
    <message>
        <location filename="../qml/chat/WebSources.qml" line="23"/>
        <source>Web data used: results for “%1”, fetched %2 (from the cache)</source>
        <translation>Webdaten verwendet: Ergebnisse für „%1“, abgerufen %2 (aus dem Cache)</translation>
    </message>
    <message>
        <location filename="../qml/chat/WebSources.qml" line="24"/>
        <source>Web data used: results for “%1”, fetched %2</source>
        <translation>Webdaten verwendet: Ergebnisse für „%1“, abgerufen %2</translation>
    </message>
    <message>
        <location filename="../qml/chat/WebSources.qml" line="50"/>
        <source>Source %1: %2</source>
        <translation>Quelle %1: %2</translation>
    </message>
    <message>
        <location filename="../qml/chat/WebSources.qml" line="65"/>
        <source>No web data: %1</source>
        <translation>Keine Webdaten: %1</translation>
    </message>
</context>
<context>
    <name>WelcomeCard</name>
    <message>
        <location filename="../qml/chat/WelcomeCard.qml" line="37"/>
        <source>Welcome to Coro</source>
        <translation>Willkommen bei Coro</translation>
    </message>
    <message>
        <location filename="../qml/chat/WelcomeCard.qml" line="45"/>
        <source>Coro asks several AI models the same question and shows their answers side by side. To start, add a provider: choose one below and paste its API key. Keys are kept in the system keychain, never in a file.</source>
        <translation>Coro stellt mehreren KI-Modellen dieselbe Frage und zeigt ihre Antworten nebeneinander. Fügen Sie zu Beginn einen Anbieter hinzu: Wählen Sie unten einen aus und fügen Sie seinen API-Schlüssel ein. Schlüssel werden im Schlüsselbund des Systems aufbewahrt, nie in einer Datei.</translation>
    </message>
    <message>
        <location filename="../qml/chat/WelcomeCard.qml" line="53"/>
        <source>Providers</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../qml/chat/WelcomeCard.qml" line="76"/>
        <source>Set up %1</source>
        <translation>%1 einrichten</translation>
    </message>
    <message>
        <location filename="../qml/chat/WelcomeCard.qml" line="85"/>
        <source>On this computer</source>
        <translation>Auf diesem Computer</translation>
    </message>
    <message>
        <location filename="../qml/chat/WelcomeCard.qml" line="94"/>
        <source>Looking for Ollama, LM Studio and llama.cpp…</source>
        <translation>Suche nach Ollama, LM Studio und llama.cpp…</translation>
    </message>
    <message>
        <location filename="../qml/chat/WelcomeCard.qml" line="95"/>
        <source>No model server found on this computer (Ollama, LM Studio, llama.cpp). Started one? Look again.</source>
        <translation>Kein Modellserver auf diesem Computer gefunden (Ollama, LM Studio, llama.cpp). Haben Sie einen gestartet? Suchen Sie erneut.</translation>
    </message>
    <message>
        <location filename="../qml/chat/WelcomeCard.qml" line="106"/>
        <location filename="../qml/chat/WelcomeCard.qml" line="109"/>
        <source>Use %1 on this computer</source>
        <translation>%1 auf diesem Computer verwenden</translation>
    </message>
    <message>
        <location filename="../qml/chat/WelcomeCard.qml" line="107"/>
        <source>1 model</source>
        <translation>1 Modell</translation>
    </message>
    <message>
        <location filename="../qml/chat/WelcomeCard.qml" line="107"/>
        <source>%1 models</source>
        <translation>%1 Modelle</translation>
    </message>
    <message>
        <location filename="../qml/chat/WelcomeCard.qml" line="118"/>
        <source>Look again</source>
        <translation>Erneut suchen</translation>
    </message>
    <message>
        <location filename="../qml/chat/WelcomeCard.qml" line="120"/>
        <source>Look again for model servers on this computer</source>
        <translation>Erneut nach Modellservern auf diesem Computer suchen</translation>
    </message>
    <message>
        <location filename="../qml/chat/WelcomeCard.qml" line="124"/>
        <location filename="../qml/chat/WelcomeCard.qml" line="125"/>
        <source>Open settings</source>
        <translation>Einstellungen öffnen</translation>
    </message>
</context>
<context>
    <name>WorkspaceHeader</name>
    <message>
        <location filename="../qml/workspace/WorkspaceHeader.qml" line="19"/>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../qml/workspace/WorkspaceHeader.qml" line="26"/>
        <source>Close workspace</source>
        <translation>Arbeitsbereich schließen</translation>
    </message>
    <message>
        <location filename="../qml/workspace/WorkspaceHeader.qml" line="27"/>
        <source>Close workspace (Ctrl+Shift+W)</source>
        <translation>Arbeitsbereich schließen (Ctrl+Shift+W)</translation>
    </message>
</context>
<context>
    <name>WorkspacePanel</name>
    <message>
        <location filename="../qml/workspace/WorkspacePanel.qml" line="30"/>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../qml/workspace/WorkspacePanel.qml" line="107"/>
        <source>Console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <location filename="../qml/workspace/WorkspacePanel.qml" line="111"/>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location filename="../qml/workspace/WorkspacePanel.qml" line="113"/>
        <source>Input (stdin)</source>
        <translation>Eingabe (stdin)</translation>
    </message>
    <message>
        <location filename="../qml/workspace/WorkspacePanel.qml" line="116"/>
        <source>History (%1)</source>
        <translation>Verlauf (%1)</translation>
    </message>
    <message>
        <location filename="../qml/workspace/WorkspacePanel.qml" line="120"/>
        <source>Each model</source>
        <translation>Jedes Modell</translation>
    </message>
    <message>
        <location filename="../qml/workspace/WorkspacePanel.qml" line="122"/>
        <source>Each model&apos;s version</source>
        <translation>Die Version jedes Modells</translation>
    </message>
</context>
<context>
    <name>coro::AnswerComparison</name>
    <message>
        <location filename="../src/models/answercomparison.cpp" line="75"/>
        <source>Only in this answer: %1</source>
        <translation>Nur in dieser Antwort: %1</translation>
    </message>
    <message>
        <location filename="../src/models/answercomparison.cpp" line="88"/>
        <location filename="../src/models/answercomparison.cpp" line="91"/>
        <source>Contradicts %1: %2</source>
        <translation>Widerspricht %1: %2</translation>
    </message>
</context>
<context>
    <name>coro::AnswerListModel</name>
    <message>
        <location filename="../src/models/answerpanetext.cpp" line="15"/>
        <source>The API key was rejected</source>
        <translation>Der API-Schlüssel wurde abgelehnt</translation>
    </message>
    <message>
        <location filename="../src/models/answerpanetext.cpp" line="16"/>
        <source>This key may not use this model</source>
        <translation>Dieser Schlüssel darf dieses Modell nicht verwenden</translation>
    </message>
    <message>
        <location filename="../src/models/answerpanetext.cpp" line="17"/>
        <source>The provider does not know this model</source>
        <translation>Der Anbieter kennt dieses Modell nicht</translation>
    </message>
    <message>
        <location filename="../src/models/answerpanetext.cpp" line="18"/>
        <source>Too many requests for now</source>
        <translation>Im Moment zu viele Anfragen</translation>
    </message>
    <message>
        <location filename="../src/models/answerpanetext.cpp" line="19"/>
        <source>The account&apos;s quota is used up</source>
        <translation>Das Kontingent des Kontos ist aufgebraucht</translation>
    </message>
    <message>
        <location filename="../src/models/answerpanetext.cpp" line="20"/>
        <source>The provider took too long</source>
        <translation>Der Anbieter hat zu lange gebraucht</translation>
    </message>
    <message>
        <location filename="../src/models/answerpanetext.cpp" line="21"/>
        <source>The model is overloaded</source>
        <translation>Das Modell ist überlastet</translation>
    </message>
    <message>
        <location filename="../src/models/answerpanetext.cpp" line="22"/>
        <source>The provider refused the request</source>
        <translation>Der Anbieter hat die Anfrage abgelehnt</translation>
    </message>
    <message>
        <location filename="../src/models/answerpanetext.cpp" line="23"/>
        <source>The connection failed</source>
        <translation>Die Verbindung ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../src/models/answerpanetext.cpp" line="24"/>
        <source>The provider had an error</source>
        <translation>Beim Anbieter ist ein Fehler aufgetreten</translation>
    </message>
    <message>
        <location filename="../src/models/answerpanetext.cpp" line="25"/>
        <source>The provider filtered the answer</source>
        <translation>Der Anbieter hat die Antwort gefiltert</translation>
    </message>
    <message>
        <location filename="../src/models/answerpanetext.cpp" line="26"/>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <location filename="../src/models/answerpanetext.cpp" line="27"/>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
    </message>
    <message>
        <location filename="../src/models/answerpanetext.cpp" line="82"/>
        <source>temperature %1</source>
        <extracomment>A model&apos;s sampling temperature in a pane&apos;s header; %1 is the number.</extracomment>
        <translation>Temperatur %1</translation>
    </message>
    <message>
        <location filename="../src/models/answerpanetext.cpp" line="85"/>
        <source>max %1 tokens</source>
        <extracomment>A model&apos;s max_tokens in a pane&apos;s header; %1 is the number.</extracomment>
        <translation>höchstens %1 Tokens</translation>
    </message>
    <message>
        <location filename="../src/models/answerpanetext.cpp" line="88"/>
        <source>top_p %1</source>
        <extracomment>A model&apos;s top_p in a pane&apos;s header; %1 is the number.</extracomment>
        <translation>top_p %1</translation>
    </message>
    <message>
        <location filename="../src/models/answerpanetext.cpp" line="112"/>
        <source>%1 in total</source>
        <extracomment>What all the answers of one question cost together; %1 is an amount (&quot;$0.0042&quot;).</extracomment>
        <translation>%1 insgesamt</translation>
    </message>
    <message>
        <location filename="../src/models/answerpanetext.cpp" line="114"/>
        <source>%1 for %2 of %3 answers</source>
        <extracomment>%1 is an amount (&quot;$0.0042&quot;); %2 of %3 answers had a known price.</extracomment>
        <translation>%1 für %2 von %3 Antworten</translation>
    </message>
</context>
<context>
    <name>coro::AnswerRunsModel</name>
    <message numerus="yes">
        <location filename="../src/models/answerrunsmodel.cpp" line="84"/>
        <source>(%n more character(s) not shown)</source>
        <translation>
            <numerusform>(%n weiteres Zeichen nicht angezeigt)</numerusform>
            <numerusform>(%n weitere Zeichen nicht angezeigt)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/models/answerrunsmodel.cpp" line="128"/>
        <source>not run: cancelled</source>
        <translation>nicht ausgeführt: abgebrochen</translation>
    </message>
    <message>
        <location filename="../src/models/answerrunsmodel.cpp" line="265"/>
        <source>The workspace is not available on this platform.</source>
        <translation>Der Arbeitsbereich ist auf dieser Plattform nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>coro::AppCore</name>
    <message>
        <location filename="../src/models/appcore.cpp" line="78"/>
        <source>%1 could not be read, so the built-in providers are offered (%2). A change in Settings keeps that file beside the new one.</source>
        <translation>%1 war nicht lesbar, daher werden die eingebauten Anbieter angeboten (%2). Eine Änderung in den Einstellungen bewahrt diese Datei neben der neuen auf.</translation>
    </message>
    <message>
        <location filename="../src/models/appcore.cpp" line="134"/>
        <source>The question was not sent: another conversation was opened during its web search.</source>
        <translation>Die Frage wurde nicht gesendet: Während ihrer Websuche wurde eine andere Unterhaltung geöffnet.</translation>
    </message>
    <message>
        <location filename="../src/models/appcore.cpp" line="234"/>
        <source>Unknown web search mode &quot;%1&quot;.</source>
        <translation>Unbekannter Websuch-Modus „%1“.</translation>
    </message>
    <message>
        <location filename="../src/models/appcore.cpp" line="238"/>
        <source>The web search for the previous question is still running.</source>
        <translation>Die Websuche für die vorige Frage läuft noch.</translation>
    </message>
    <message>
        <location filename="../src/models/appcore.cpp" line="242"/>
        <source>Type a question first.</source>
        <translation>Geben Sie zuerst eine Frage ein.</translation>
    </message>
    <message>
        <location filename="../src/models/appcore.cpp" line="247"/>
        <source>Choose at least one model.</source>
        <translation>Wählen Sie mindestens ein Modell aus.</translation>
    </message>
</context>
<context>
    <name>coro::ChatSession</name>
    <message>
        <location filename="../src/chat/chatsession.cpp" line="47"/>
        <location filename="../src/chat/chatsession.cpp" line="70"/>
        <location filename="../src/chat/chatsession.cpp" line="287"/>
        <source>There is no message %1 in conversation %2.</source>
        <translation>In Unterhaltung %2 gibt es keine Nachricht %1.</translation>
    </message>
    <message>
        <location filename="../src/chat/chatsession.cpp" line="50"/>
        <source>There is no conversation %1.</source>
        <translation>Es gibt keine Unterhaltung %1.</translation>
    </message>
    <message>
        <location filename="../src/chat/chatsession.cpp" line="95"/>
        <location filename="../src/chat/chatsession.cpp" line="101"/>
        <location filename="../src/chat/chatsession.cpp" line="127"/>
        <location filename="../src/chat/chatsession.cpp" line="154"/>
        <location filename="../src/chat/chatsession.cpp" line="178"/>
        <location filename="../src/chat/chatsession.cpp" line="297"/>
        <source>The turn could not be saved to the history file: %1</source>
        <translation>Die Anfrage konnte nicht in der Verlaufsdatei gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../src/chat/chatsession.cpp" line="204"/>
        <source>Choose at least one model.</source>
        <translation>Wählen Sie mindestens ein Modell aus.</translation>
    </message>
    <message>
        <location filename="../src/chat/chatsession.cpp" line="208"/>
        <source>The prompt is empty.</source>
        <translation>Die Eingabe ist leer.</translation>
    </message>
    <message>
        <location filename="../src/chat/chatsession.cpp" line="220"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/chat/chatsession.cpp" line="229"/>
        <source>Unknown provider &quot;%1&quot; in &quot;%2&quot;. Known providers: %3.</source>
        <translation>Unbekannter Anbieter „%1“ in „%2“. Bekannte Anbieter: %3.</translation>
    </message>
    <message>
        <location filename="../src/chat/chatsession.cpp" line="235"/>
        <source>An ephemeral turn cannot continue a saved conversation.</source>
        <translation>Eine nicht gespeicherte Anfrage kann keine gespeicherte Unterhaltung fortsetzen.</translation>
    </message>
    <message>
        <location filename="../src/chat/chatsession.cpp" line="239"/>
        <source>Editing or regenerating a message needs its conversation.</source>
        <translation>Zum Bearbeiten oder Neuerzeugen einer Nachricht wird ihre Unterhaltung benötigt.</translation>
    </message>
    <message>
        <location filename="../src/chat/chatsession.cpp" line="379"/>
        <source>The provider &quot;%1&quot; was removed in the meantime.</source>
        <translation>Der Anbieter „%1“ wurde inzwischen entfernt.</translation>
    </message>
    <message>
        <location filename="../src/chat/fusionplanner.cpp" line="52"/>
        <source>the checklist was not readable JSON</source>
        <translation>die Checkliste war kein lesbares JSON</translation>
    </message>
</context>
<context>
    <name>coro::CodeRunner</name>
    <message>
        <location filename="../src/workspace/coderunner.cpp" line="93"/>
        <source>Unknown language &quot;%1&quot;: python, sh or js.</source>
        <translation>Unbekannte Sprache „%1“: python, sh oder js.</translation>
    </message>
    <message>
        <location filename="../src/workspace/coderunner.cpp" line="211"/>
        <source>The sandbox could not be started: %1</source>
        <translation>Die Sandbox konnte nicht gestartet werden: %1</translation>
    </message>
</context>
<context>
    <name>coro::ConsoleModel</name>
    <message numerus="yes">
        <location filename="../src/models/consolemodel.cpp" line="174"/>
        <source>The output goes on: %n more line(s) not shown.</source>
        <translation>
            <numerusform>Die Ausgabe geht weiter: %n weitere Zeile nicht angezeigt.</numerusform>
            <numerusform>Die Ausgabe geht weiter: %n weitere Zeilen nicht angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/models/consolemodel.cpp" line="199"/>
        <source>[image: %1]</source>
        <translation>[Bild: %1]</translation>
    </message>
</context>
<context>
    <name>coro::ConversationListModel</name>
    <message>
        <location filename="../src/models/conversationlistmodel.cpp" line="39"/>
        <source>Pinned</source>
        <translation>Angeheftet</translation>
    </message>
    <message>
        <location filename="../src/models/conversationlistmodel.cpp" line="43"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../src/models/conversationlistmodel.cpp" line="45"/>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <location filename="../src/models/conversationlistmodel.cpp" line="47"/>
        <source>Previous 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location filename="../src/models/conversationlistmodel.cpp" line="48"/>
        <source>Earlier</source>
        <translation>Älter</translation>
    </message>
</context>
<context>
    <name>coro::Dictation</name>
    <message>
        <location filename="../src/voice/dictation.cpp" line="23"/>
        <source>No transcription provider is set up: add OpenAI or Groq (or another OpenAI-compatible server) and choose a transcription model.</source>
        <translation>Kein Transkriptionsanbieter ist eingerichtet: Fügen Sie OpenAI oder Groq (oder einen anderen OpenAI-kompatiblen Server) hinzu und wählen Sie ein Transkriptionsmodell.</translation>
    </message>
    <message>
        <location filename="../src/voice/dictation.cpp" line="30"/>
        <source>This build of Coro cannot record sound: it was built without Qt Multimedia.</source>
        <translation>Dieser Build von Coro kann keinen Ton aufnehmen: Er wurde ohne Qt Multimedia gebaut.</translation>
    </message>
    <message>
        <location filename="../src/voice/dictation.cpp" line="34"/>
        <source>No microphone was found. Connect one, or allow Coro to use it, and try again.</source>
        <translation>Es wurde kein Mikrofon gefunden. Schließen Sie eines an oder erlauben Sie Coro, es zu verwenden, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../src/voice/dictation.cpp" line="58"/>
        <source>There is no room for a recording: %1</source>
        <translation>Für eine Aufnahme ist kein Platz: %1</translation>
    </message>
    <message>
        <location filename="../src/voice/dictation.cpp" line="104"/>
        <source>Transcription failed: %1</source>
        <translation>Transkription fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>coro::HttpStream</name>
    <message>
        <location filename="../src/net/httpstream.cpp" line="56"/>
        <source>Could not connect to %1 within %2 s.</source>
        <translation>Innerhalb von %2 s konnte keine Verbindung zu %1 hergestellt werden.</translation>
    </message>
    <message>
        <location filename="../src/net/httpstream.cpp" line="61"/>
        <source>The server sent nothing for %1 s.</source>
        <translation>Der Server hat %1 s lang nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../src/net/httpstream.cpp" line="64"/>
        <source>No complete answer from the server within %1 s.</source>
        <translation>Keine vollständige Antwort vom Server innerhalb von %1 s.</translation>
    </message>
    <message>
        <location filename="../src/net/httpstream.cpp" line="149"/>
        <source>The server redirected the request to %1. Coro does not follow a redirect to another host, so that your API key is only ever sent to %2; check the provider&apos;s base URL.</source>
        <translation>Der Server hat die Anfrage an %1 umgeleitet. Coro folgt keiner Umleitung zu einem anderen Host, damit Ihr API-Schlüssel nur an %2 gesendet wird; prüfen Sie die Basis-URL des Anbieters.</translation>
    </message>
</context>
<context>
    <name>coro::ModelDiscovery</name>
    <message>
        <location filename="../src/engine/modeldiscovery.cpp" line="29"/>
        <source>The model list is larger than %1 MB; it was not read.</source>
        <translation>Die Modellliste ist größer als %1 MB; sie wurde nicht gelesen.</translation>
    </message>
</context>
<context>
    <name>coro::ModelRun</name>
    <message>
        <location filename="../src/engine/modelrun.cpp" line="19"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../src/engine/modelrun.cpp" line="21"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../src/engine/modelrun.cpp" line="23"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../src/engine/modelrun.cpp" line="24"/>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <location filename="../src/engine/modelrun.cpp" line="39"/>
        <source>No answer started within %1 s of sending the request.</source>
        <translation>Innerhalb von %1 s nach dem Senden der Anfrage hat keine Antwort begonnen.</translation>
    </message>
    <message>
        <location filename="../src/engine/modelrun.cpp" line="102"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../src/engine/modelrun.cpp" line="185"/>
        <source>The answer passed the limit of %L1 characters and was stopped; the server may be ignoring max_tokens. The text so far is kept.</source>
        <translation>Die Antwort hat die Grenze von %L1 Zeichen überschritten und wurde gestoppt; der Server ignoriert möglicherweise max_tokens. Der bisherige Text bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../src/engine/modelrun.cpp" line="228"/>
        <source>The connection closed before the answer was complete.</source>
        <translation>Die Verbindung wurde geschlossen, bevor die Antwort vollständig war.</translation>
    </message>
    <message>
        <location filename="../src/engine/modelrun.cpp" line="262"/>
        <source>(The provider asks to retry after %1.)</source>
        <extracomment>%1 is a wait such as &quot;3 h 20 min&quot; or &quot;34 d&quot;.</extracomment>
        <translation>(Der Anbieter bittet, es in %1 erneut zu versuchen.)</translation>
    </message>
    <message>
        <location filename="../src/engine/modelrun.cpp" line="292"/>
        <source>No API key is set for %1: add one in Settings (it is kept in the system keychain).</source>
        <translation>Für %1 ist kein API-Schlüssel gesetzt: Fügen Sie in den Einstellungen einen hinzu (er wird im Schlüsselbund des Systems aufbewahrt).</translation>
    </message>
    <message>
        <location filename="../src/engine/modelrun.cpp" line="295"/>
        <source>No API key is set for %1: add one in Settings (it is kept in the system keychain) or set %2.</source>
        <translation>Für %1 ist kein API-Schlüssel gesetzt: Fügen Sie in den Einstellungen einen hinzu (er wird im Schlüsselbund des Systems aufbewahrt) oder setzen Sie %2.</translation>
    </message>
</context>
<context>
    <name>coro::PromptSearch</name>
    <message>
        <location filename="../src/context/promptsearch.cpp" line="56"/>
        <source>invalid providers file: %1</source>
        <translation>ungültige Anbieterdatei: %1</translation>
    </message>
</context>
<context>
    <name>coro::ProvenanceModel</name>
    <message>
        <location filename="../src/models/provenancemodel.cpp" line="107"/>
        <source>source not given</source>
        <translation>Quelle nicht angegeben</translation>
    </message>
    <message>
        <location filename="../src/models/provenancemodel.cpp" line="115"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/models/provenancemodel.cpp" line="117"/>
        <source>from %1</source>
        <translation>von %1</translation>
    </message>
</context>
<context>
    <name>coro::ProviderCheck</name>
    <message>
        <location filename="../src/models/providercheck.cpp" line="39"/>
        <source>OK, 1 model</source>
        <translation>OK, 1 Modell</translation>
    </message>
    <message>
        <location filename="../src/models/providercheck.cpp" line="40"/>
        <source>OK, %1 models</source>
        <translation>OK, %1 Modelle</translation>
    </message>
    <message>
        <location filename="../src/models/providercheck.cpp" line="58"/>
        <source>The provider wants an API key, and none is set.</source>
        <translation>Der Anbieter verlangt einen API-Schlüssel, und es ist keiner gesetzt.</translation>
    </message>
    <message>
        <location filename="../src/models/providercheck.cpp" line="61"/>
        <source>The connection failed</source>
        <translation>Die Verbindung ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>coro::ProviderSettingsModel</name>
    <message>
        <location filename="../src/models/providersettingsmodel.cpp" line="99"/>
        <source>from $%1</source>
        <translation>aus $%1</translation>
    </message>
    <message>
        <location filename="../src/models/providersettingsmodel.cpp" line="101"/>
        <source>set in keychain</source>
        <translation>im Schlüsselbund</translation>
    </message>
    <message>
        <location filename="../src/models/providersettingsmodel.cpp" line="103"/>
        <source>this session only</source>
        <translation>nur diese Sitzung</translation>
    </message>
    <message>
        <location filename="../src/models/providersettingsmodel.cpp" line="105"/>
        <source>keychain unavailable</source>
        <translation>Schlüsselbund nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../src/models/providersettingsmodel.cpp" line="107"/>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <location filename="../src/models/providersettingsmodel.cpp" line="107"/>
        <source>no key needed</source>
        <translation>kein Schlüssel nötig</translation>
    </message>
    <message>
        <location filename="../src/models/providersettingsmodel.cpp" line="108"/>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <location filename="../src/models/providersettingsmodel.cpp" line="192"/>
        <source>Type or paste a key first.</source>
        <translation>Geben Sie zuerst einen Schlüssel ein oder fügen Sie ihn ein.</translation>
    </message>
    <message>
        <location filename="../src/models/providersettingsmodel.cpp" line="200"/>
        <source>Kept for this session only; Coro forgets it when it closes.</source>
        <translation>Nur für diese Sitzung behalten; Coro vergisst ihn beim Beenden.</translation>
    </message>
    <message>
        <location filename="../src/models/providersettingsmodel.cpp" line="213"/>
        <source>Saved in the system keychain.</source>
        <translation>Im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <location filename="../src/models/providersettingsmodel.cpp" line="236"/>
        <source>Key removed.</source>
        <translation>Schlüssel entfernt.</translation>
    </message>
    <message>
        <location filename="../src/models/providersettingsmodel.cpp" line="258"/>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
</context>
<context>
    <name>coro::ReadAloud</name>
    <message>
        <location filename="../src/voice/readaloud.cpp" line="29"/>
        <source>No speech engine is installed. On Linux, install speech-dispatcher and Qt&apos;s plugin for it (qt6-speech-speechd-plugin), or flite (qt6-speech-flite-plugin).</source>
        <translation>Es ist keine Sprachausgabe installiert. Installieren Sie unter Linux speech-dispatcher und das Qt-Plugin dafür (qt6-speech-speechd-plugin) oder flite (qt6-speech-flite-plugin).</translation>
    </message>
    <message>
        <location filename="../src/voice/readaloud.cpp" line="35"/>
        <source>This build of Coro cannot read aloud: it was built without Qt TextToSpeech.</source>
        <translation>Dieser Build von Coro kann nicht vorlesen: Er wurde ohne Qt TextToSpeech gebaut.</translation>
    </message>
    <message>
        <location filename="../src/voice/readaloud.cpp" line="55"/>
        <source>(code left out)</source>
        <translation>(Code ausgelassen)</translation>
    </message>
    <message>
        <location filename="../src/voice/readaloud.cpp" line="95"/>
        <source>There is nothing to read aloud.</source>
        <translation>Es gibt nichts vorzulesen.</translation>
    </message>
    <message>
        <location filename="../src/voice/readaloud.cpp" line="112"/>
        <location filename="../src/voice/readaloud.cpp" line="117"/>
        <source>The speech engine failed: %1</source>
        <translation>Die Sprachausgabe ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>coro::SearchIntent</name>
    <message>
        <location filename="../src/context/searchintent.cpp" line="118"/>
        <source>The intent model did not answer in JSON.</source>
        <translation>Das Modell für die Suchentscheidung hat nicht in JSON geantwortet.</translation>
    </message>
</context>
<context>
    <name>coro::SearchResultModel</name>
    <message>
        <location filename="../src/models/searchresultmodel.cpp" line="86"/>
        <source>You</source>
        <translation>Sie</translation>
    </message>
</context>
<context>
    <name>coro::StorageService</name>
    <message>
        <location filename="../src/storage/storageservice.cpp" line="76"/>
        <source>Renaming conversation %1</source>
        <translation>Umbenennen der Unterhaltung %1</translation>
    </message>
    <message>
        <location filename="../src/storage/storageservice.cpp" line="85"/>
        <source>Pinning conversation %1</source>
        <translation>Anheften der Unterhaltung %1</translation>
    </message>
    <message>
        <location filename="../src/storage/storageservice.cpp" line="94"/>
        <source>Archiving conversation %1</source>
        <translation>Archivieren der Unterhaltung %1</translation>
    </message>
    <message>
        <location filename="../src/storage/storageservice.cpp" line="102"/>
        <source>Deleting conversation %1</source>
        <translation>Löschen der Unterhaltung %1</translation>
    </message>
    <message>
        <location filename="../src/storage/storageservice.cpp" line="109"/>
        <source>Restoring conversation %1</source>
        <translation>Wiederherstellen der Unterhaltung %1</translation>
    </message>
    <message>
        <location filename="../src/storage/storageservice.cpp" line="177"/>
        <source>Saving answer %1</source>
        <translation>Speichern der Antwort %1</translation>
    </message>
    <message>
        <location filename="../src/storage/storageservice.cpp" line="190"/>
        <source>Restarting answer %1</source>
        <translation>Neustart der Antwort %1</translation>
    </message>
    <message>
        <location filename="../src/storage/storageservice.cpp" line="199"/>
        <source>Choosing answer %1</source>
        <translation>Auswählen der Antwort %1</translation>
    </message>
    <message>
        <location filename="../src/storage/storageservice.cpp" line="237"/>
        <source>Saving a run of code failed: %1</source>
        <translation>Das Speichern einer Codeausführung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../src/storage/storageservice.cpp" line="256"/>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>coro::StorageWorker</name>
    <message numerus="yes">
        <location filename="../src/storage/storageworker.cpp" line="136"/>
        <source>The text of %n streaming answer(s) could not be saved: %1</source>
        <translation>
            <numerusform>Der Text von %n gestreamter Antwort konnte nicht gespeichert werden: %1</numerusform>
            <numerusform>Der Text von %n gestreamten Antworten konnte nicht gespeichert werden: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coro::TitleMaker</name>
    <message>
        <location filename="../src/context/titlemaker.cpp" line="95"/>
        <source>The model&apos;s reply held no usable title.</source>
        <translation>Die Antwort des Modells enthielt keinen brauchbaren Titel.</translation>
    </message>
    <message>
        <location filename="../src/context/titlemaker.cpp" line="99"/>
        <source>There is no history file to save the title in.</source>
        <translation>Es gibt keine Verlaufsdatei, in der der Titel gespeichert werden könnte.</translation>
    </message>
    <message>
        <location filename="../src/context/titlemaker.cpp" line="110"/>
        <source>The conversation was already named; its title was kept.</source>
        <translation>Die Unterhaltung hatte bereits einen Namen; ihr Titel wurde beibehalten.</translation>
    </message>
</context>
<context>
    <name>coro::Transcriber</name>
    <message>
        <location filename="../src/transcription/transcriber.cpp" line="35"/>
        <source>%1: not an audio format the transcription APIs take (flac, mp3, mp4, m4a, mpeg, mpga, ogg, opus, wav, webm).</source>
        <translation>%1: kein Audioformat, das die Transkriptions-APIs annehmen (flac, mp3, mp4, m4a, mpeg, mpga, ogg, opus, wav, webm).</translation>
    </message>
    <message>
        <location filename="../src/transcription/transcriber.cpp" line="42"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/transcription/transcriber.cpp" line="46"/>
        <source>%1 is %2 MB; transcription takes files up to %3 MB.</source>
        <translation>%1 ist %2 MB groß; die Transkription nimmt Dateien bis %3 MB an.</translation>
    </message>
    <message>
        <location filename="../src/transcription/transcriber.cpp" line="54"/>
        <source>%1 is larger than %2 MB.</source>
        <translation>%1 ist größer als %2 MB.</translation>
    </message>
    <message>
        <location filename="../src/transcription/transcriber.cpp" line="58"/>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <location filename="../src/transcription/transcriber.cpp" line="93"/>
        <source>The answer held no transcription text.</source>
        <translation>Die Antwort enthielt keinen transkribierten Text.</translation>
    </message>
    <message>
        <location filename="../src/transcription/transcriber.cpp" line="159"/>
        <source>The transcription answer is larger than %1 MB; it was not read.</source>
        <translation>Die Antwort der Transkription ist größer als %1 MB; sie wurde nicht gelesen.</translation>
    </message>
</context>
<context>
    <name>coro::TurnFusion</name>
    <message>
        <location filename="../src/models/turnfusion.cpp" line="54"/>
        <source>This message is no longer shown.</source>
        <translation>Diese Nachricht wird nicht mehr angezeigt.</translation>
    </message>
    <message>
        <location filename="../src/models/turnfusion.cpp" line="58"/>
        <source>Wait until every answer of this message has finished.</source>
        <translation>Warten Sie, bis jede Antwort auf diese Nachricht fertig ist.</translation>
    </message>
    <message>
        <location filename="../src/models/turnfusion.cpp" line="63"/>
        <source>No answer finished: there is nothing to fuse.</source>
        <translation>Keine Antwort ist fertig: Es gibt nichts zusammenzuführen.</translation>
    </message>
    <message>
        <location filename="../src/models/turnfusion.cpp" line="78"/>
        <location filename="../src/models/turnfusion.cpp" line="111"/>
        <source>Choose the model that writes the fused answer.</source>
        <translation>Wählen Sie das Modell, das die zusammengeführte Antwort schreibt.</translation>
    </message>
    <message>
        <location filename="../src/models/turnfusion.cpp" line="130"/>
        <source>No checklist: %1.</source>
        <translation>Keine Checkliste: %1.</translation>
    </message>
    <message>
        <location filename="../src/models/turnfusion.cpp" line="138"/>
        <source>List the points first.</source>
        <translation>Listen Sie zuerst die Punkte auf.</translation>
    </message>
    <message>
        <location filename="../src/models/turnfusion.cpp" line="143"/>
        <source>Keep at least one point.</source>
        <translation>Behalten Sie mindestens einen Punkt.</translation>
    </message>
</context>
<context>
    <name>coro::VoiceRecorder</name>
    <message>
        <location filename="../src/voice/voicerecorder.cpp" line="83"/>
        <source>No microphone was found. Connect one, or allow Coro to use it, and try again.</source>
        <translation>Es wurde kein Mikrofon gefunden. Schließen Sie eines an oder erlauben Sie Coro, es zu verwenden, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../src/voice/voicerecorder.cpp" line="102"/>
        <source>Recording failed: %1</source>
        <translation>Aufnahme fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../src/voice/voicerecorder.cpp" line="117"/>
        <source>This build of Coro cannot record sound: it was built without Qt Multimedia.</source>
        <translation>Dieser Build von Coro kann keinen Ton aufnehmen: Er wurde ohne Qt Multimedia gebaut.</translation>
    </message>
</context>
<context>
    <name>coro::WebSearch</name>
    <message>
        <location filename="../src/context/websearch.cpp" line="25"/>
        <source>The web search (%1) did not answer within %2 s; the models answer without web context.</source>
        <translation>Die Websuche (%1) hat nicht innerhalb von %2 s geantwortet; die Modelle antworten ohne Webkontext.</translation>
    </message>
    <message>
        <location filename="../src/context/websearch.cpp" line="64"/>
        <source>No web search is set up: add a &quot;search&quot; entry to providers.json.</source>
        <translation>Es ist keine Websuche eingerichtet: Fügen Sie providers.json einen Eintrag „search“ hinzu.</translation>
    </message>
    <message>
        <location filename="../src/context/websearch.cpp" line="65"/>
        <source>There is no search entry &quot;%1&quot; in providers.json.</source>
        <translation>In providers.json gibt es keinen Sucheintrag „%1“.</translation>
    </message>
    <message>
        <location filename="../src/context/websearch.cpp" line="84"/>
        <source>There is nothing to search for.</source>
        <translation>Es gibt nichts zu suchen.</translation>
    </message>
    <message>
        <location filename="../src/context/websearch.cpp" line="144"/>
        <source>The web search (%1) answered more than %2 MB; it was not read.</source>
        <translation>Die Antwort der Websuche (%1) ist größer als %2 MB; sie wurde nicht gelesen.</translation>
    </message>
    <message>
        <location filename="../src/context/websearch.cpp" line="162"/>
        <source>The web search (%1) failed: %2 The models answer without web context.</source>
        <translation>Die Websuche (%1) ist fehlgeschlagen: %2 Die Modelle antworten ohne Webkontext.</translation>
    </message>
    <message>
        <location filename="../src/context/websearch.cpp" line="183"/>
        <source>The web search (%1) failed: %2. The models answer without web context.</source>
        <translation>Die Websuche (%1) ist fehlgeschlagen: %2. Die Modelle antworten ohne Webkontext.</translation>
    </message>
    <message>
        <location filename="../src/context/websearch.cpp" line="190"/>
        <source>The web search (%1) found nothing for &quot;%2&quot;.</source>
        <translation>Die Websuche (%1) hat für „%2“ nichts gefunden.</translation>
    </message>
</context>
<context>
    <name>coro::WorkspaceModel</name>
    <message>
        <location filename="../src/models/workspacemodel.cpp" line="28"/>
        <source>Python 3</source>
        <translation>Python 3</translation>
    </message>
    <message>
        <location filename="../src/models/workspacemodel.cpp" line="30"/>
        <source>Shell (sh)</source>
        <translation>Shell (sh)</translation>
    </message>
    <message>
        <location filename="../src/models/workspacemodel.cpp" line="31"/>
        <source>JavaScript (Node.js)</source>
        <translation>JavaScript (Node.js)</translation>
    </message>
    <message>
        <location filename="../src/models/workspacemodel.cpp" line="94"/>
        <source>The workspace is not available on this platform: it does not allow Coro to start programs.</source>
        <translation>Der Arbeitsbereich ist auf dieser Plattform nicht verfügbar, da sie Coro keine Programme starten lässt.</translation>
    </message>
    <message>
        <location filename="../src/models/workspacemodel.cpp" line="111"/>
        <source>%1 — not installed</source>
        <translation>%1 — nicht installiert</translation>
    </message>
    <message>
        <location filename="../src/models/workspacemodel.cpp" line="223"/>
        <source>Write or open some code to run first.</source>
        <translation>Schreiben oder öffnen Sie zuerst Code zum Ausführen.</translation>
    </message>
    <message>
        <location filename="../src/models/workspacemodel.cpp" line="255"/>
        <source>not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
    <message>
        <location filename="../src/models/workspacemodel.cpp" line="309"/>
        <source>This code is marked %1; the workspace runs Python, shell and JavaScript. Pick the language to run it as.</source>
        <translation>Dieser Code ist als %1 markiert; der Arbeitsbereich führt Python, Shell und JavaScript aus. Wählen Sie die Sprache, in der er ausgeführt werden soll.</translation>
    </message>
    <message>
        <location filename="../src/models/workspacemodel.cpp" line="320"/>
        <source>Open a conversation to run its answers&apos; code.</source>
        <translation>Öffnen Sie eine Unterhaltung, um den Code ihrer Antworten auszuführen.</translation>
    </message>
    <message>
        <location filename="../src/models/workspacemodel.cpp" line="341"/>
        <source>This conversation has no answers to run yet.</source>
        <translation>Diese Unterhaltung hat noch keine Antworten zum Ausführen.</translation>
    </message>
    <message>
        <location filename="../src/models/workspacemodel.cpp" line="342"/>
        <source>That message is not in this conversation.</source>
        <translation>Diese Nachricht gehört nicht zu dieser Unterhaltung.</translation>
    </message>
    <message>
        <location filename="../src/models/workspacemodel.cpp" line="376"/>
        <source>It wrote %1; images are not kept with past runs.</source>
        <translation>Das Programm hat %1 geschrieben; Bilder werden bei früheren Ausführungen nicht aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>coro::cli::AskPrinter</name>
    <message>
        <location filename="../app/cli/askprinter.cpp" line="90"/>
        <source>%1, retrying (attempt %2) in %3 ms</source>
        <extracomment>%1 is an error code name such as rate_limited.</extracomment>
        <translation>%1, Versuch %2 folgt in %3 ms</translation>
    </message>
    <message>
        <location filename="../app/cli/askprinter.cpp" line="188"/>
        <source>MODEL</source>
        <extracomment>Summary table column heading.</extracomment>
        <translation>MODELL</translation>
    </message>
    <message>
        <location filename="../app/cli/askprinter.cpp" line="192"/>
        <source>STATE</source>
        <extracomment>Summary table column heading, at most 9 characters.</extracomment>
        <translation>STATUS</translation>
    </message>
    <message>
        <location filename="../app/cli/askprinter.cpp" line="194"/>
        <source>TTFT</source>
        <extracomment>Summary table column heading (time to first token), at most 8 characters.</extracomment>
        <translation>TTFT</translation>
    </message>
    <message>
        <location filename="../app/cli/askprinter.cpp" line="196"/>
        <source>TOK/S</source>
        <extracomment>Summary table column heading (tokens per second), at most 7 characters.</extracomment>
        <translation>TOK/S</translation>
    </message>
    <message>
        <location filename="../app/cli/askprinter.cpp" line="198"/>
        <source>IN/OUT</source>
        <extracomment>Summary table column heading (input/output tokens), at most 11 characters.</extracomment>
        <translation>EIN/AUS</translation>
    </message>
    <message>
        <location filename="../app/cli/askprinter.cpp" line="200"/>
        <source>TIME</source>
        <extracomment>Summary table column heading (elapsed time), at most 7 characters.</extracomment>
        <translation>ZEIT</translation>
    </message>
    <message>
        <location filename="../app/cli/askprinter.cpp" line="206"/>
        <source>COST</source>
        <extracomment>Summary table column heading (cost in US dollars), at most 9 characters.</extracomment>
        <translation>KOSTEN</translation>
    </message>
    <message>
        <location filename="../app/cli/askprinter.cpp" line="209"/>
        <source>ERROR</source>
        <extracomment>Summary table column heading, the last column.</extracomment>
        <translation>FEHLER</translation>
    </message>
    <message>
        <location filename="../app/cli/askprinter.cpp" line="235"/>
        <source>Saved as conversation %1.</source>
        <translation>Als Unterhaltung %1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/cli/askprinter.cpp" line="237"/>
        <source>Conversation %1 was NOT fully saved (see above).</source>
        <translation>Unterhaltung %1 wurde NICHT vollständig gespeichert (siehe oben).</translation>
    </message>
</context>
</TS>
