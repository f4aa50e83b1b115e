<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ApiError</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check your connection and try again.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>A secure connection to the server could not be made: %1</source>
        <translation>Es konnte keine sichere Verbindung zum Server hergestellt werden: %1</translation>
    </message>
    <message>
        <source>A secure connection to the server could not be made.</source>
        <translation>Es konnte keine sichere Verbindung zum Server hergestellt werden.</translation>
    </message>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation>Der Server ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>Cannot reach the server. Check the address and your connection.</source>
        <translation>Der Server ist nicht erreichbar. Prüfen Sie die Adresse und Ihre Verbindung.</translation>
    </message>
    <message>
        <source>The server sent a reply that this app cannot read.</source>
        <translation>Der Server hat eine Antwort gesendet, die diese App nicht lesen kann.</translation>
    </message>
    <message>
        <source>The data is larger than this app accepts.</source>
        <translation>Die Daten sind größer, als diese App annimmt.</translation>
    </message>
    <message>
        <source>The server answered in an unexpected way (%1).</source>
        <translation>Der Server hat unerwartet geantwortet (%1).</translation>
    </message>
    <message>
        <source>The server answered in an unexpected way.</source>
        <translation>Der Server hat unerwartet geantwortet.</translation>
    </message>
    <message>
        <source>The terminal is not running. Start it first.</source>
        <translation>Das Terminal läuft nicht. Starten Sie es zuerst.</translation>
    </message>
    <message>
        <source>The server does not offer this image. It offers: %1.</source>
        <translation>Der Server bietet dieses Image nicht an. Verfügbar sind: %1.</translation>
    </message>
    <message>
        <source>The server does not offer this image.</source>
        <translation>Der Server bietet dieses Image nicht an.</translation>
    </message>
    <message>
        <source>This name is not allowed. Use 1 to 64 letters, digits, hyphens or underscores, starting with a letter or digit.</source>
        <translation>Dieser Name ist nicht zulässig. Verwenden Sie 1 bis 64 Buchstaben, Ziffern, Bindestriche oder Unterstriche; am Anfang muss ein Buchstabe oder eine Ziffer stehen.</translation>
    </message>
    <message>
        <source>The custom image name is missing or not valid.</source>
        <translation>Der Name des eigenen Images fehlt oder ist ungültig.</translation>
    </message>
    <message>
        <source>The file is larger than the server accepts.</source>
        <translation>Die Datei ist größer, als der Server annimmt.</translation>
    </message>
    <message>
        <source>This is a folder, and folders cannot be downloaded.</source>
        <translation>Dies ist ein Ordner, und Ordner können nicht heruntergeladen werden.</translation>
    </message>
    <message>
        <source>The server rejected the request: %1</source>
        <translation>Der Server hat die Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <source>The server rejected the request (400).</source>
        <translation>Der Server hat die Anfrage abgelehnt (400).</translation>
    </message>
    <message>
        <source>This sign-in was ended from another session. Sign in again.</source>
        <translation>Diese Anmeldung wurde in einer anderen Sitzung beendet. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Your sign-in is no longer valid. Sign in again.</source>
        <translation>Ihre Anmeldung ist nicht mehr gültig. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>You have reached your plan&apos;s limit of %1 open agent terminals.</source>
        <translation>Sie haben das Limit Ihres Tarifs von %1 offenen Agent-Terminals erreicht.</translation>
    </message>
    <message>
        <source>You have reached your plan&apos;s limit of open agent terminals.</source>
        <translation>Sie haben das Limit Ihres Tarifs für offene Agent-Terminals erreicht.</translation>
    </message>
    <message>
        <source>You have reached your plan&apos;s limit of agents.</source>
        <translation>Sie haben das Limit Ihres Tarifs für Agents erreicht.</translation>
    </message>
    <message>
        <source>You have reached your limit of %1 containers (%2 plan). Delete one to create another.</source>
        <translation>Sie haben Ihr Limit von %1 Containern erreicht (Tarif %2). Löschen Sie einen, um einen neuen anzulegen.</translation>
    </message>
    <message>
        <source>You have reached your limit of %1 containers. Delete one to create another.</source>
        <translation>Sie haben Ihr Limit von %1 Containern erreicht. Löschen Sie einen, um einen neuen anzulegen.</translation>
    </message>
    <message>
        <source>You have reached your plan&apos;s container limit. Delete a container to create another.</source>
        <translation>Sie haben das Container-Limit Ihres Tarifs erreicht. Löschen Sie einen Container, um einen neuen anzulegen.</translation>
    </message>
    <message>
        <source>Your guest session has expired. Create an account to keep using Rexec.</source>
        <translation>Ihre Gastsitzung ist abgelaufen. Legen Sie ein Konto an, um Rexec weiter zu nutzen.</translation>
    </message>
    <message>
        <source>Your account does not allow access from this network address.</source>
        <translation>Ihr Konto erlaubt keinen Zugriff von dieser Netzwerkadresse.</translation>
    </message>
    <message>
        <source>System folders cannot be deleted.</source>
        <translation>Systemordner können nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>You do not have access to this.</source>
        <translation>Sie haben darauf keinen Zugriff.</translation>
    </message>
    <message>
        <source>The terminal was not found. It may have been deleted.</source>
        <translation>Das Terminal wurde nicht gefunden. Möglicherweise wurde es gelöscht.</translation>
    </message>
    <message>
        <source>The machine was not found or is not online.</source>
        <translation>Die Maschine wurde nicht gefunden oder ist nicht online.</translation>
    </message>
    <message>
        <source>The token was not found. It may have been revoked.</source>
        <translation>Das Token wurde nicht gefunden. Möglicherweise wurde es widerrufen.</translation>
    </message>
    <message>
        <source>The file was not found.</source>
        <translation>Die Datei wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>The server does not know this request (404). It may run a different version of Rexec.</source>
        <translation>Der Server kennt diese Anfrage nicht (404). Möglicherweise läuft dort eine andere Rexec-Version.</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>Nicht gefunden: %1</translation>
    </message>
    <message>
        <source>A terminal named “%1” already exists. Choose another name.</source>
        <translation>Ein Terminal namens „%1“ existiert bereits. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>This port is already forwarded.</source>
        <translation>Dieser Port wird bereits weitergeleitet.</translation>
    </message>
    <message>
        <source>This clashes with something that already exists: %1</source>
        <translation>Dies kollidiert mit etwas, das bereits existiert: %1</translation>
    </message>
    <message>
        <source>This clashes with something that already exists.</source>
        <translation>Dies kollidiert mit etwas, das bereits existiert.</translation>
    </message>
    <message>
        <source>The terminal&apos;s container was removed from the server. Start it to create it again.</source>
        <translation>Der Container des Terminals wurde vom Server entfernt. Starten Sie es, um ihn neu anzulegen.</translation>
    </message>
    <message>
        <source>The upload is larger than the server accepts.</source>
        <translation>Der Upload ist größer, als der Server annimmt.</translation>
    </message>
    <message>
        <source>Your account is locked. Unlock it with your passcode.</source>
        <translation>Ihr Konto ist gesperrt. Entsperren Sie es mit Ihrem Passcode.</translation>
    </message>
    <message>
        <source>This terminal is protected. Enter your two-factor code to open it.</source>
        <translation>Dieses Terminal ist geschützt. Geben Sie Ihren Zwei-Faktor-Code ein, um es zu öffnen.</translation>
    </message>
    <message>
        <source>This is locked on the server.</source>
        <translation>Dies ist auf dem Server gesperrt.</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests. The server asked to wait %n seconds.</source>
        <translation>
            <numerusform>Zu viele Anfragen. Der Server bittet, %n Sekunde zu warten.</numerusform>
            <numerusform>Zu viele Anfragen. Der Server bittet, %n Sekunden zu warten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests. Wait a moment and try again.</source>
        <translation>Zu viele Anfragen. Warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server does not support this request (501).</source>
        <translation>Der Server unterstützt diese Anfrage nicht (501).</translation>
    </message>
    <message>
        <source>The server cannot run terminals right now (%1). Try again later.</source>
        <translation>Der Server kann gerade keine Terminals ausführen (%1). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server is unavailable right now (%1). Try again later.</source>
        <translation>Der Server ist gerade nicht verfügbar (%1). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server had an internal error (%1): %2</source>
        <translation>Interner Serverfehler (%1): %2</translation>
    </message>
    <message>
        <source>The server had an internal error (%1).</source>
        <translation>Interner Serverfehler (%1).</translation>
    </message>
    <message>
        <source>The server replied with an error (%1): %2</source>
        <translation>Der Server hat mit einem Fehler geantwortet (%1): %2</translation>
    </message>
    <message>
        <source>The server replied with an error (%1).</source>
        <translation>Der Server hat mit einem Fehler geantwortet (%1).</translation>
    </message>
    <message>
        <source>The code is not correct. Enter the current code from your authenticator app.</source>
        <translation>Der Code ist nicht korrekt. Geben Sie den aktuellen Code aus Ihrer Authenticator-App ein.</translation>
    </message>
    <message>
        <source>The file is larger than the server accepts (at most %1 MB).</source>
        <translation>Die Datei ist größer, als der Server annimmt (höchstens %1 MB).</translation>
    </message>
</context>
<context>
    <name>ServerProfile</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 – %2 (%3)</translation>
    </message>
</context>
<context>
    <name>ServerSession</name>
    <message>
        <source>No keychain service answered (%1). The token is kept for this run only and never written to a file.</source>
        <translation>Kein Schlüsselbunddienst hat geantwortet (%1). Das Token wird nur für diese Sitzung behalten und nie in eine Datei geschrieben.</translation>
    </message>
    <message>
        <source>The keychain refused access (%1). The token is kept for this run only.</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert (%1). Das Token wird nur für diese Sitzung behalten.</translation>
    </message>
    <message>
        <source>The keychain failed (%1). The token is kept for this run only.</source>
        <translation>Der Schlüsselbund ist fehlgeschlagen (%1). Das Token wird nur für diese Sitzung behalten.</translation>
    </message>
</context>
<context>
    <name>Transfers</name>
    <message>
        <source>The name “%1” cannot be used on the server.</source>
        <translation>Der Name „%1“ kann auf dem Server nicht verwendet werden.</translation>
    </message>
    <message>
        <source>The name “%1” contains a line break or another control character, which the server cannot take.</source>
        <translation>Der Name „%1“ enthält einen Zeilenumbruch oder ein anderes Steuerzeichen, das der Server nicht annimmt.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop client for Rexec sandboxes</source>
        <translation>Desktop-Client für Rexec-Sandboxes</translation>
    </message>
</context>
<context>
    <name>rexec::DesktopNotifier</name>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
</context>
<context>
    <name>rexec::accounts::BrowserSignIn</name>
    <message>
        <source>No answer came from the browser in time.</source>
        <translation>Vom Browser kam nicht rechtzeitig eine Antwort.</translation>
    </message>
    <message>
        <source>Rexec Desktop on %1</source>
        <translation>Rexec Desktop auf %1</translation>
    </message>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>This address only receives the sign-in answer.</source>
        <translation>Diese Adresse nimmt nur die Antwort der Anmeldung entgegen.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Rexec Desktop is signed in. You can close this window.</source>
        <translation>Rexec Desktop ist angemeldet. Sie können dieses Fenster schließen.</translation>
    </message>
    <message>
        <source>The server did not return a token.</source>
        <translation>Der Server hat kein Token zurückgegeben.</translation>
    </message>
</context>
<context>
    <name>rexec::accounts::LocalServerLauncher</name>
    <message>
        <source>Cannot start the local server (%1): %2</source>
        <translation>Der lokale Server kann nicht gestartet werden (%1): %2</translation>
    </message>
    <message>
        <source>The local server stopped (exit code %1). %2</source>
        <translation>Der lokale Server wurde beendet (Exit-Code %1). %2</translation>
    </message>
    <message>
        <source>The local server ended before it was ready (exit code %1).</source>
        <translation>Der lokale Server wurde beendet, bevor er bereit war (Exit-Code %1).</translation>
    </message>
    <message>
        <source>The local server said something unexpected: %1</source>
        <translation>Der lokale Server hat etwas Unerwartetes gemeldet: %1</translation>
    </message>
</context>
<context>
    <name>rexec::containers::ContainerEventsClient</name>
    <message>
        <source>The server stopped answering</source>
        <translation>Der Server antwortet nicht mehr</translation>
    </message>
    <message>
        <source>The server did not accept the connection in time</source>
        <translation>Der Server hat die Verbindung nicht rechtzeitig angenommen</translation>
    </message>
</context>
<context>
    <name>rexec::containers::ContainerFormat</name>
    <message>
        <source>%1 TiB</source>
        <translation>%1 TiB</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 vCPU</source>
        <translation>%1 vCPU</translation>
    </message>
    <message>
        <source> · </source>
        <comment>separator between memory, CPU and disk</comment>
        <translation> · </translation>
    </message>
    <message>
        <source>Memory: %1</source>
        <translation>Arbeitsspeicher: %1</translation>
    </message>
    <message>
        <source>CPU: %1</source>
        <translation>CPU: %1</translation>
    </message>
    <message>
        <source>Disk: %1</source>
        <translation>Festplatte: %1</translation>
    </message>
    <message>
        <source>No resource figures</source>
        <translation>Keine Ressourcenangaben</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator between resource descriptions</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>container status when the server sent none</comment>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>creating</source>
        <comment>container status</comment>
        <translation>wird erstellt</translation>
    </message>
    <message>
        <source>configuring</source>
        <comment>container status</comment>
        <translation>wird eingerichtet</translation>
    </message>
    <message>
        <source>starting</source>
        <comment>container status</comment>
        <translation>wird gestartet</translation>
    </message>
    <message>
        <source>created</source>
        <comment>container status</comment>
        <translation>erstellt</translation>
    </message>
    <message>
        <source>restarting</source>
        <comment>container status</comment>
        <translation>wird neu gestartet</translation>
    </message>
    <message>
        <source>running</source>
        <comment>container status</comment>
        <translation>läuft</translation>
    </message>
    <message>
        <source>online</source>
        <comment>container status</comment>
        <translation>online</translation>
    </message>
    <message>
        <source>stopped</source>
        <comment>container status</comment>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>exited</source>
        <comment>container status</comment>
        <translation>beendet</translation>
    </message>
    <message>
        <source>paused</source>
        <comment>container status</comment>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>error</source>
        <comment>container status</comment>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>dead</source>
        <comment>container status</comment>
        <translation>abgestürzt</translation>
    </message>
    <message>
        <source>offline</source>
        <comment>container status</comment>
        <translation>offline</translation>
    </message>
</context>
<context>
    <name>rexec::containers::ContainerModel</name>
    <message>
        <source>starting…</source>
        <translation>wird gestartet…</translation>
    </message>
    <message>
        <source>stopping…</source>
        <translation>wird angehalten…</translation>
    </message>
    <message>
        <source>deleting…</source>
        <translation>wird gelöscht…</translation>
    </message>
    <message>
        <source>agent</source>
        <comment>role column of a BYOS agent</comment>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Creation failed: %1</source>
        <translation>Erstellung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Creating: %1 (%2%)</source>
        <translation>Wird erstellt: %1 (%2 %)</translation>
    </message>
    <message>
        <source>Protected by two-factor authentication</source>
        <translation>Durch Zwei-Faktor-Authentifizierung geschützt</translation>
    </message>
    <message>
        <source>Expires: %1</source>
        <translation>Läuft ab: %1</translation>
    </message>
    <message>
        <source>Host: %1</source>
        <translation>Host: %1</translation>
    </message>
    <message>
        <source>Shared by %1, with control</source>
        <translation>Geteilt von %1, mit Steuerung</translation>
    </message>
    <message>
        <source>Shared by %1, view only</source>
        <translation>Geteilt von %1, nur ansehen</translation>
    </message>
    <message>
        <source>ID: %1</source>
        <translation>ID: %1</translation>
    </message>
    <message>
        <source>Agent on %1</source>
        <translation>Agent auf %1</translation>
    </message>
    <message>
        <source>Architecture: %1</source>
        <translation>Architektur: %1</translation>
    </message>
    <message>
        <source>A machine of yours, connected as an agent</source>
        <translation>Eine Ihrer Maschinen, als Agent verbunden</translation>
    </message>
    <message>
        <source>Last used: %1</source>
        <translation>Zuletzt verwendet: %1</translation>
    </message>
    <message>
        <source>Idle for %1</source>
        <translation>Inaktiv seit %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>%1, locked</source>
        <comment>status of a terminal protected by two-factor authentication</comment>
        <translation>%1, gesperrt</translation>
    </message>
</context>
<context>
    <name>rexec::containers::ContainerSession</name>
    <message>
        <source>The container was deleted before it was ready.</source>
        <translation>Der Container wurde gelöscht, bevor er bereit war.</translation>
    </message>
</context>
<context>
    <name>rexec::containers::CreateTracker</name>
    <message>
        <source>Container ready</source>
        <translation>Container bereit</translation>
    </message>
    <message>
        <source>The server could not create the container.</source>
        <translation>Der Server konnte den Container nicht erstellen.</translation>
    </message>
    <message>
        <source>The container could not be created.</source>
        <translation>Der Container konnte nicht erstellt werden.</translation>
    </message>
</context>
<context>
    <name>rexec::files::DownloadJob</name>
    <message>
        <source>Not connected to the server.</source>
        <translation>Nicht mit dem Server verbunden.</translation>
    </message>
    <message>
        <source>The connection to the server was closed.</source>
        <translation>Die Verbindung zum Server wurde geschlossen.</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The server sent more data than it announced (%1); the download was stopped.</source>
        <translation>Der Server hat mehr Daten gesendet als angekündigt (%1); der Download wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The download stalled after %1 and was stopped. Retry to start it again.</source>
        <translation>Der Download ist nach %1 ins Stocken geraten und wurde abgebrochen. Wiederholen Sie ihn, um neu zu starten.</translation>
    </message>
    <message numerus="yes">
        <source>The server ended the download after %1 of %2. It stops downloads that take longer than %n second(s); retry, or use a faster connection for files this large.</source>
        <translation>
            <numerusform>Der Server hat den Download nach %1 von %2 beendet. Er bricht Downloads ab, die länger als %n Sekunde dauern; versuchen Sie es erneut oder verwenden Sie für so große Dateien eine schnellere Verbindung.</numerusform>
            <numerusform>Der Server hat den Download nach %1 von %2 beendet. Er bricht Downloads ab, die länger als %n Sekunden dauern; versuchen Sie es erneut oder verwenden Sie für so große Dateien eine schnellere Verbindung.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>The connection ended after %1 of %2. Retry to start the download again.</source>
        <translation>Die Verbindung wurde nach %1 von %2 beendet. Wiederholen Sie den Download, um ihn neu zu starten.</translation>
    </message>
    <message>
        <source>“%1” is a folder here; the file was not saved.</source>
        <translation>„%1“ ist hier ein Ordner; die Datei wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>“%1” appeared here meanwhile; it was left as it is.</source>
        <translation>„%1“ ist hier inzwischen aufgetaucht und wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Could not save “%1”: %2</source>
        <translation>„%1“ konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>rexec::files::RemoteDirectoryModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Link to %1</source>
        <translation>Verknüpfung zu %1</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
</context>
<context>
    <name>rexec::files::RemoteWalker</name>
    <message>
        <source>The connection to the server was closed.</source>
        <translation>Die Verbindung zum Server wurde geschlossen.</translation>
    </message>
</context>
<context>
    <name>rexec::files::TransferQueue</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>“%1” is outside the chosen folder; nothing was written there.</source>
        <translation>„%1“ liegt außerhalb des gewählten Ordners; dort wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Could not create the folder “%1”.</source>
        <translation>Der Ordner „%1“ konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>“%1” is a link; files are not written through links.</source>
        <translation>„%1“ ist eine Verknüpfung; über Verknüpfungen werden keine Dateien geschrieben.</translation>
    </message>
    <message>
        <source>“%1” is a file here, not a folder.</source>
        <translation>„%1“ ist hier eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>Time Left</source>
        <translation>Verbleibend</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>From %1:%2
To %3</source>
        <translation>Von %1:%2
Nach %3</translation>
    </message>
    <message>
        <source>From %1
To %2:%3</source>
        <translation>Von %1
Nach %2:%3</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Upload</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Download</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Wird hochgeladen</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Wird heruntergeladen</translation>
    </message>
    <message>
        <source>Already exists: needs an answer</source>
        <translation>Existiert bereits: Antwort nötig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Übersprungen: %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>“%1” is %2; the server accepts files up to %3. It was not sent.</source>
        <translation>„%1“ ist %2 groß; der Server nimmt Dateien bis %3 an. Sie wurde nicht gesendet.</translation>
    </message>
    <message>
        <source>“%1” no longer exists.</source>
        <translation>„%1“ existiert nicht mehr.</translation>
    </message>
    <message>
        <source>A link to a folder; links are not followed.</source>
        <translation>Eine Verknüpfung zu einem Ordner; Verknüpfungen wird nicht gefolgt.</translation>
    </message>
    <message>
        <source>Not a regular file.</source>
        <translation>Keine reguläre Datei.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Element</numerusform>
            <numerusform>%n Elemente</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not list the folder: %1</source>
        <translation>Der Ordner konnte nicht aufgelistet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) skipped: names that cannot be a file name, folders seen before, or too deep.</source>
        <translation>
            <numerusform>%n Eintrag übersprungen: Namen, die kein Dateiname sein können, bereits gesehene Ordner oder zu tiefe Verschachtelung.</numerusform>
            <numerusform>%n Einträge übersprungen: Namen, die kein Dateiname sein können, bereits gesehene Ordner oder zu tiefe Verschachtelung.</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection to the server was closed.</source>
        <translation>Die Verbindung zum Server wurde geschlossen.</translation>
    </message>
    <message>
        <source>Not connected to the server.</source>
        <translation>Nicht mit dem Server verbunden.</translation>
    </message>
    <message>
        <source>The name cannot be saved in the chosen folder.</source>
        <translation>Der Name kann im gewählten Ordner nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>A folder named “%1” is in the way.</source>
        <translation>Ein Ordner namens „%1“ ist im Weg.</translation>
    </message>
    <message>
        <source>Could not create the folder “%1”: %2</source>
        <translation>Der Ordner „%1“ konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Could not check the folder “%1”: %2</source>
        <translation>Der Ordner „%1“ konnte nicht geprüft werden: %2</translation>
    </message>
    <message>
        <source>It already exists.</source>
        <translation>Es existiert bereits.</translation>
    </message>
</context>
<context>
    <name>rexec::files::UploadJob</name>
    <message>
        <source>Not connected to the server.</source>
        <translation>Nicht mit dem Server verbunden.</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation>„%1“ konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The connection to the server was closed.</source>
        <translation>Die Verbindung zum Server wurde geschlossen.</translation>
    </message>
    <message>
        <source>The server stored %1 of %2. Retry to send the file again.</source>
        <translation>Der Server hat %1 von %2 gespeichert. Wiederholen Sie den Vorgang, um die Datei erneut zu senden.</translation>
    </message>
    <message>
        <source>“%1” became shorter while it was being sent. Retry to send it again.</source>
        <translation>„%1“ ist während des Sendens kürzer geworden. Wiederholen Sie den Vorgang, um die Datei erneut zu senden.</translation>
    </message>
    <message>
        <source>“%1” could not be sent: the request would contain a line break.</source>
        <translation>„%1“ konnte nicht gesendet werden: Die Anfrage würde einen Zeilenumbruch enthalten.</translation>
    </message>
</context>
<context>
    <name>rexec::files::UploadStream</name>
    <message numerus="yes">
        <source>Nothing was sent or received for %n second(s).</source>
        <translation>
            <numerusform>%n Sekunde lang wurde nichts gesendet oder empfangen.</numerusform>
            <numerusform>%n Sekunden lang wurde nichts gesendet oder empfangen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsupported protocol: %1</source>
        <translation>Nicht unterstütztes Protokoll: %1</translation>
    </message>
    <message>
        <source>The server&apos;s reply header is too large.</source>
        <translation>Der Header der Serverantwort ist zu groß.</translation>
    </message>
    <message>
        <source>The server&apos;s reply is not HTTP.</source>
        <translation>Die Antwort des Servers ist kein HTTP.</translation>
    </message>
    <message>
        <source>The server&apos;s reply has an invalid length.</source>
        <translation>Die Antwort des Servers hat eine ungültige Länge.</translation>
    </message>
    <message>
        <source>The server closed the connection before it answered.</source>
        <translation>Der Server hat die Verbindung geschlossen, bevor er geantwortet hat.</translation>
    </message>
    <message>
        <source>The server&apos;s reply is not valid HTTP.</source>
        <translation>Die Antwort des Servers ist kein gültiges HTTP.</translation>
    </message>
</context>
<context>
    <name>rexec::terminal::TerminalSession</name>
    <message>
        <source>The session ended.</source>
        <translation>Die Sitzung wurde beendet.</translation>
    </message>
    <message>
        <source>The session ended: %1</source>
        <translation>Die Sitzung wurde beendet: %1</translation>
    </message>
    <message>
        <source>The server closed the terminal (%1).</source>
        <translation>Der Server hat das Terminal geschlossen (%1).</translation>
    </message>
    <message numerus="yes">
        <source>Could not reconnect after %n attempt(s).</source>
        <translation>
            <numerusform>Nach %n Versuch konnte keine Verbindung wiederhergestellt werden.</numerusform>
            <numerusform>Nach %n Versuchen konnte keine Verbindung wiederhergestellt werden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rexec::ui::CertificateDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Untrusted Certificate</source>
        <translation>Nicht vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <source>The secure connection to %1 was refused: its certificate is not trusted by this computer. Trust it only if you know it is the server&apos;s own certificate, for example by comparing the fingerprint with the one its administrator gave you.</source>
        <translation>Die sichere Verbindung zu %1 wurde abgelehnt: Dieser Computer vertraut dem Zertifikat des Servers nicht. Vertrauen Sie ihm nur, wenn Sie sicher sind, dass es tatsächlich das Zertifikat des Servers ist – etwa, indem Sie den Fingerabdruck mit dem vergleichen, den Ihnen der Administrator des Servers genannt hat.</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Ausgestellt für:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Ausgestellt von:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Gültig:</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>vom %1 bis %2</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-Fingerabdruck:</translation>
    </message>
    <message>
        <source>Refused because:</source>
        <translation>Grund der Ablehnung:</translation>
    </message>
    <message>
        <source>&amp;Trust This Certificate</source>
        <translation>Diesem Zertifikat &amp;vertrauen</translation>
    </message>
</context>
<context>
    <name>rexec::ui::ClearButton</name>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
</context>
<context>
    <name>rexec::ui::ConflictDialog</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>File Already Exists Here</source>
        <translation>Datei existiert hier bereits</translation>
    </message>
    <message>
        <source>File Already Exists in the Container</source>
        <translation>Datei existiert bereits im Container</translation>
    </message>
    <message>
        <source>“%1” already exists</source>
        <translation>„%1“ existiert bereits</translation>
    </message>
    <message>
        <source>On this computer:</source>
        <translation>Auf diesem Computer:</translation>
    </message>
    <message>
        <source>In the container:</source>
        <translation>Im Container:</translation>
    </message>
    <message>
        <source>From the container:</source>
        <translation>Aus dem Container:</translation>
    </message>
    <message>
        <source>From this computer:</source>
        <translation>Von diesem Computer:</translation>
    </message>
    <message numerus="yes">
        <source>Do the same for the other %n conflict(s) in this transfer</source>
        <translation>
            <numerusform>Ebenso für den anderen Konflikt in dieser Übertragung verfahren</numerusform>
            <numerusform>Ebenso für die anderen %n Konflikte in dieser Übertragung verfahren</numerusform>
        </translation>
    </message>
    <message>
        <source>Do the same for any other conflict in this transfer</source>
        <translation>Ebenso für alle weiteren Konflikte in dieser Übertragung verfahren</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Überschreiben</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Keep Both</source>
        <translation>Beide behalten</translation>
    </message>
    <message>
        <source>Save the new one under a numbered name, such as “name (2)”</source>
        <translation>Die neue Datei unter einem nummerierten Namen wie „Name (2)“ speichern</translation>
    </message>
    <message>
        <source>%1, changed %2</source>
        <comment>a file&apos;s size, then when it last changed</comment>
        <translation>%1, geändert am %2</translation>
    </message>
    <message>
        <source>changed %1</source>
        <comment>when a file last changed; its size is unknown</comment>
        <translation>geändert am %1</translation>
    </message>
    <message>
        <source>It is in the folder %1 on this computer.</source>
        <translation>Die Datei befindet sich im Ordner %1 auf diesem Computer.</translation>
    </message>
    <message>
        <source>It is in the folder %1 in the container %2.</source>
        <translation>Die Datei befindet sich im Ordner %1 im Container %2.</translation>
    </message>
</context>
<context>
    <name>rexec::ui::ConnectDialog</name>
    <message>
        <source>Sign &amp;In with Token</source>
        <translation>Mit &amp;Token anmelden</translation>
    </message>
    <message>
        <source>Sign In with &amp;Browser…</source>
        <translation>Über den &amp;Browser anmelden…</translation>
    </message>
    <message>
        <source>Connect to a Rexec Server</source>
        <translation>Mit einem Rexec-Server verbinden</translation>
    </message>
    <message>
        <source>https://rexec.example.com</source>
        <translation>https://rexec.example.com</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>Optional, e.g. Work</source>
        <translation>Optional, z. B. Arbeit</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Servername</translation>
    </message>
    <message>
        <source>rexec_…</source>
        <translation>rexec_…</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <source>Create a token on the server&apos;s &lt;i&gt;Account → API&lt;/i&gt; page, or sign in through the browser.</source>
        <translation>Erstellen Sie ein Token auf der Seite &lt;i&gt;Konto → API&lt;/i&gt; des Servers oder melden Sie sich über den Browser an.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>API-&amp;Token:</translation>
    </message>
    <message>
        <source>This does not look like an API token (rexec_ and 64 characters); trying it anyway.</source>
        <translation>Das sieht nicht wie ein API-Token aus (rexec_ und 64 Zeichen); es wird trotzdem versucht.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, e.g. https://rexec.example.com</source>
        <translation>Geben Sie die Adresse des Servers ein, z. B. https://rexec.example.com</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address</source>
        <translation>Geben Sie die Adresse des Servers ein</translation>
    </message>
</context>
<context>
    <name>rexec::ui::CreateContainerDialog</name>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source> millicores</source>
        <translation> Millicores</translation>
    </message>
    <message>
        <source>New Container</source>
        <translation>Neuer Container</translation>
    </message>
    <message>
        <source>Search images</source>
        <translation>Images durchsuchen</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>e.g. ghcr.io/owner/image:tag</source>
        <translation>z. B. ghcr.io/owner/image:tag</translation>
    </message>
    <message>
        <source>Custom image reference</source>
        <translation>Referenz des eigenen Images</translation>
    </message>
    <message>
        <source>&lt;b&gt;Image&lt;/b&gt;</source>
        <translation>&lt;b&gt;Image&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Leave empty for a generated name</source>
        <translation>Leer lassen für einen erzeugten Namen</translation>
    </message>
    <message>
        <source>Container name</source>
        <translation>Containername</translation>
    </message>
    <message>
        <source>Suggest</source>
        <translation>Vorschlagen</translation>
    </message>
    <message>
        <source>Suggest a name</source>
        <translation>Einen Namen vorschlagen</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Memory:</source>
        <translation>&amp;Arbeitsspeicher:</translation>
    </message>
    <message>
        <source>C&amp;PU:</source>
        <translation>C&amp;PU:</translation>
    </message>
    <message>
        <source>&amp;Disk:</source>
        <translation>&amp;Festplatte:</translation>
    </message>
    <message>
        <source>variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>&lt;b&gt;Settings&lt;/b&gt;</source>
        <translation>&lt;b&gt;Einstellungen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>Sending the request…</source>
        <translation>Anfrage wird gesendet…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Popular</source>
        <translation>Beliebt</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Weitere</translation>
    </message>
    <message>
        <source>Custom image…</source>
        <translation>Eigenes Image…</translation>
    </message>
    <message>
        <source>The list of images could not be loaded: %1</source>
        <translation>Die Liste der Images konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Choose an image.</source>
        <translation>Wählen Sie ein Image.</translation>
    </message>
    <message>
        <source>Enter the custom image&apos;s reference.</source>
        <translation>Geben Sie die Referenz des eigenen Images ein.</translation>
    </message>
    <message>
        <source>The name may only use letters, digits, &apos;-&apos; and &apos;_&apos;, must not start with &apos;-&apos; or &apos;_&apos;, and has at most 64 characters.</source>
        <translation>Der Name darf nur Buchstaben, Ziffern, „-“ und „_“ enthalten, nicht mit „-“ oder „_“ beginnen und höchstens 64 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The server will choose a name.</source>
        <translation>Der Server wählt einen Namen.</translation>
    </message>
    <message>
        <source>✓ A valid name.</source>
        <translation>✓ Ein gültiger Name.</translation>
    </message>
    <message>
        <source>✗ Letters, digits, &apos;-&apos; and &apos;_&apos; only; not starting with &apos;-&apos; or &apos;_&apos;; up to 64 characters.</source>
        <translation>✗ Nur Buchstaben, Ziffern, „-“ und „_“; nicht mit „-“ oder „_“ am Anfang; höchstens 64 Zeichen.</translation>
    </message>
</context>
<context>
    <name>rexec::ui::FileBrowser</name>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Zurückgehen</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vor</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Vorwärtsgehen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Go to the enclosing folder</source>
        <translation>Zum übergeordneten Ordner wechseln</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Persönlicher Ordner</translation>
    </message>
    <message>
        <source>Go to /home/user</source>
        <translation>Zu /home/user wechseln</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>List this folder again (F5)</source>
        <translation>Diesen Ordner neu auflisten (F5)</translation>
    </message>
    <message>
        <source>New Folder…</source>
        <translation>Neuer Ordner…</translation>
    </message>
    <message>
        <source>Create a folder here</source>
        <translation>Hier einen Ordner anlegen</translation>
    </message>
    <message>
        <source>Upload Files…</source>
        <translation>Dateien hochladen…</translation>
    </message>
    <message>
        <source>Upload files from this computer into this folder</source>
        <translation>Dateien von diesem Computer in diesen Ordner hochladen</translation>
    </message>
    <message>
        <source>Upload Folder…</source>
        <translation>Ordner hochladen…</translation>
    </message>
    <message>
        <source>Upload a folder from this computer, with everything in it</source>
        <translation>Einen Ordner mit seinem gesamten Inhalt von diesem Computer hochladen</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>Herunterladen…</translation>
    </message>
    <message>
        <source>Download the selection to a folder on this computer</source>
        <translation>Die Auswahl in einen Ordner auf diesem Computer herunterladen</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Delete the selection from the container</source>
        <translation>Die Auswahl aus dem Container löschen</translation>
    </message>
    <message>
        <source>Open Terminal Here</source>
        <translation>Terminal hier öffnen</translation>
    </message>
    <message>
        <source>Open a terminal in this folder</source>
        <translation>Ein Terminal in diesem Ordner öffnen</translation>
    </message>
    <message>
        <source>Show Hidden Files</source>
        <translation>Versteckte Dateien anzeigen</translation>
    </message>
    <message>
        <source>Show files whose names start with a dot</source>
        <translation>Dateien anzeigen, deren Namen mit einem Punkt beginnen</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Upload the copied files into this folder</source>
        <translation>Die kopierten Dateien in diesen Ordner hochladen</translation>
    </message>
    <message>
        <source>Edit Location</source>
        <translation>Ort bearbeiten</translation>
    </message>
    <message>
        <source>Type a path</source>
        <translation>Pfad eingeben</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open the folder, or download the file and open it</source>
        <translation>Den Ordner öffnen oder die Datei herunterladen und öffnen</translation>
    </message>
    <message>
        <source>Copy Path</source>
        <translation>Pfad kopieren</translation>
    </message>
    <message>
        <source>Copy the path of the selection</source>
        <translation>Den Pfad der Auswahl kopieren</translation>
    </message>
    <message>
        <source>This folder is empty</source>
        <translation>Dieser Ordner ist leer</translation>
    </message>
    <message>
        <source>Drop files or folders here to upload them.</source>
        <translation>Legen Sie Dateien oder Ordner hier ab, um sie hochzuladen.</translation>
    </message>
    <message>
        <source>%1 is stopped</source>
        <translation>%1 ist angehalten</translation>
    </message>
    <message>
        <source>Files can be listed and transferred only while the container runs.</source>
        <translation>Dateien lassen sich nur auflisten und übertragen, während der Container läuft.</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>%1 starten</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>No such folder</source>
        <translation>Ordner nicht vorhanden</translation>
    </message>
    <message>
        <source>“%1” does not exist in %2.</source>
        <translation>„%1“ existiert nicht in %2.</translation>
    </message>
    <message>
        <source>Go to Home</source>
        <translation>Zum persönlichen Ordner</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>This is a file</source>
        <translation>Dies ist eine Datei</translation>
    </message>
    <message>
        <source>“%1” is a file, not a folder.</source>
        <translation>„%1“ ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>Show It in Its Folder</source>
        <translation>Im Ordner zeigen</translation>
    </message>
    <message>
        <source>The folder could not be listed</source>
        <translation>Der Ordner konnte nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Element</numerusform>
            <numerusform>%n Elemente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hidden</source>
        <translation>
            <numerusform>%n versteckt</numerusform>
            <numerusform>%n versteckt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n ausgewählt</numerusform>
            <numerusform>%n ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop files here to upload</source>
        <translation>Dateien hier ablegen, um sie hochzuladen</translation>
    </message>
    <message>
        <source>Upload Folder to %1</source>
        <translation>Ordner nach %1 hochladen</translation>
    </message>
    <message>
        <source>Upload to %1</source>
        <translation>Nach %1 hochladen</translation>
    </message>
    <message numerus="yes">
        <source>Download %n Item(s) To</source>
        <translation>
            <numerusform>%n Element herunterladen nach</numerusform>
            <numerusform>%n Elemente herunterladen nach</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no copied files to paste. Copy files in a file manager first.</source>
        <translation>Es gibt keine kopierten Dateien zum Einfügen. Kopieren Sie zuerst Dateien in einem Dateimanager.</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Neuer Ordner</translation>
    </message>
    <message>
        <source>Name of the new folder in %1:</source>
        <translation>Name des neuen Ordners in %1:</translation>
    </message>
    <message>
        <source>A name cannot contain “/” or be “.” or “..”. Choose another:</source>
        <translation>Ein Name darf kein „/“ enthalten und nicht „.“ oder „..“ sein. Wählen Sie einen anderen:</translation>
    </message>
    <message>
        <source>“%1” already exists here. Choose another name:</source>
        <translation>„%1“ existiert hier bereits. Wählen Sie einen anderen Namen:</translation>
    </message>
    <message>
        <source>The folder “%1” could not be created: %2</source>
        <translation>Der Ordner „%1“ konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the folder “%1” and everything in it?</source>
        <translation>Den Ordner „%1“ mit seinem gesamten Inhalt löschen?</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>„%1“ löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n items?</source>
        <translation>
            <numerusform>Dieses Element löschen?</numerusform>
            <numerusform>Diese %n Elemente löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Open File</source>
        <translation>Datei öffnen</translation>
    </message>
    <message numerus="yes">
        <source>%n selected (%1)</source>
        <comment>how many are selected, then their files&apos; total size</comment>
        <translation>
            <numerusform>%n ausgewählt (%1)</numerusform>
            <numerusform>%n ausgewählt (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>It is deleted in the container for good; there is no bin to restore it from.</source>
        <translation>Das Element wird im Container endgültig gelöscht; es gibt keinen Papierkorb, aus dem es sich wiederherstellen ließe.</translation>
    </message>
    <message numerus="yes">
        <source>%1
…and %n more.

They are deleted in the container for good; there is no bin to restore them from.</source>
        <comment>%1: the first names, one per line; %n: how many more are deleted</comment>
        <translation>
            <numerusform>%1
…und %n weiteres.

Die Elemente werden im Container endgültig gelöscht; es gibt keinen Papierkorb, aus dem sie sich wiederherstellen ließen.</numerusform>
            <numerusform>%1
…und %n weitere.

Die Elemente werden im Container endgültig gelöscht; es gibt keinen Papierkorb, aus dem sie sich wiederherstellen ließen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1

They are deleted in the container for good; there is no bin to restore them from.</source>
        <comment>%1: the names, one per line</comment>
        <translation>%1

Die Elemente werden im Container endgültig gelöscht; es gibt keinen Papierkorb, aus dem sie sich wiederherstellen ließen.</translation>
    </message>
    <message>
        <source>“%1” could not be deleted: %2</source>
        <translation>„%1“ konnte nicht gelöscht werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) could not be deleted. The first, “%1”: %2</source>
        <translation>
            <numerusform>%n Element konnte nicht gelöscht werden. „%1“: %2</numerusform>
            <numerusform>%n Elemente konnten nicht gelöscht werden. Das erste war „%1“: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rexec::ui::FileView</name>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
</context>
<context>
    <name>rexec::ui::MainWindow</name>
    <message>
        <source>Rexec Desktop</source>
        <translation>Rexec Desktop</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Create a container</source>
        <translation>Einen Container erstellen</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Start the selected containers</source>
        <translation>Die ausgewählten Container starten</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Stop the selected containers</source>
        <translation>Die ausgewählten Container anhalten</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected containers</source>
        <translation>Die ausgewählten Container löschen</translation>
    </message>
    <message>
        <source>Open &amp;Terminal</source>
        <translation>&amp;Terminal öffnen</translation>
    </message>
    <message>
        <source>Open a shell in the selected container</source>
        <translation>Eine Shell im ausgewählten Container öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Files</source>
        <translation>&amp;Dateien öffnen</translation>
    </message>
    <message>
        <source>Browse the selected container&apos;s files</source>
        <translation>Die Dateien des ausgewählten Containers durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Reload the container list</source>
        <translation>Die Containerliste neu laden</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>New Terminal Tab</source>
        <translation>Neuer Terminal-Tab</translation>
    </message>
    <message>
        <source>Close Tab</source>
        <translation>Tab schließen</translation>
    </message>
    <message>
        <source>Next Tab</source>
        <translation>Nächster Tab</translation>
    </message>
    <message>
        <source>Previous Tab</source>
        <translation>Vorheriger Tab</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Sign out of %1? The token is removed from this computer&apos;s keychain.</source>
        <translation>Von %1 abmelden? Das Token wird aus dem Schlüsselbund dieses Computers entfernt.</translation>
    </message>
    <message>
        <source>Sign Out and Revoke Token</source>
        <translation>Abmelden und Token widerrufen</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Servers and account</source>
        <translation>Server und Konto</translation>
    </message>
    <message>
        <source>&amp;Add Server…</source>
        <translation>Server &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Filter containers (Ctrl+F)</source>
        <translation>Container filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Filter containers</source>
        <translation>Container filtern</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Laufend</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>Work area</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>&lt;p style=&quot;font-size:large&quot;&gt;Nothing open yet&lt;/p&gt;&lt;p&gt;Double-click a container, or press Ctrl+T, to open its shell here.&lt;br&gt;Ctrl+E opens its files.&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;font-size:large&quot;&gt;Noch nichts geöffnet&lt;/p&gt;&lt;p&gt;Doppelklicken Sie auf einen Container oder drücken Sie Strg+T, um hier seine Shell zu öffnen.&lt;br&gt;Strg+E öffnet seine Dateien.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Add Server…</source>
        <translation>Server hinzufügen…</translation>
    </message>
    <message>
        <source>Starting local sandboxes…</source>
        <translation>Lokale Sandboxes werden gestartet…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Sign In…</source>
        <translation>Anmelden…</translation>
    </message>
    <message>
        <source>You are not signed in to %1.</source>
        <translation>Sie sind nicht bei %1 angemeldet.</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message numerus="yes">
        <source>The server asked to wait: %n s</source>
        <translation>
            <numerusform>Der Server bittet zu warten: %n s</numerusform>
            <numerusform>Der Server bittet zu warten: %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified (%1, SHA-256 %2).</source>
        <translation>Das Zertifikat des Servers konnte nicht überprüft werden (%1, SHA-256 %2).</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>● Live</source>
        <translation>● Live</translation>
    </message>
    <message>
        <source>◐ Polling every few seconds</source>
        <translation>◐ Abfrage alle paar Sekunden</translation>
    </message>
    <message>
        <source>○ Reconnecting…</source>
        <translation>○ Verbindung wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>○ Offline</source>
        <translation>○ Offline</translation>
    </message>
    <message>
        <source>How the container list stays up to date</source>
        <translation>Wie die Containerliste aktuell bleibt</translation>
    </message>
    <message>
        <source>Stop Containers</source>
        <translation>Container anhalten</translation>
    </message>
    <message numerus="yes">
        <source>Stop %n container(s)?</source>
        <translation>
            <numerusform>%n Container anhalten?</numerusform>
            <numerusform>%n Container anhalten?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open tab(s) will lose their connection.</source>
        <translation>
            <numerusform>%n offener Tab verliert seine Verbindung.</numerusform>
            <numerusform>%n offene Tabs verlieren ihre Verbindung.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Delete Containers</source>
        <translation>Container löschen</translation>
    </message>
    <message>
        <source>Delete the container “%1” and all its files?</source>
        <translation>Den Container „%1“ mit allen seinen Dateien löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n containers and all their files?</source>
        <translation>
            <numerusform>Diesen Container mit allen seinen Dateien löschen?</numerusform>
            <numerusform>Diese %n Container mit allen ihren Dateien löschen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open terminal or file tab(s) will close.</source>
        <translation>
            <numerusform>%n offener Terminal- oder Datei-Tab wird geschlossen.</numerusform>
            <numerusform>%n offene Terminal- oder Datei-Tabs werden geschlossen.</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>“%1” is %2. Start it to open a terminal.</source>
        <translation>„%1“ ist %2. Starten Sie den Container, um ein Terminal zu öffnen.</translation>
    </message>
    <message>
        <source>Shell in %1</source>
        <translation>Shell in %1</translation>
    </message>
    <message>
        <source>Verification Code</source>
        <translation>Bestätigungscode</translation>
    </message>
    <message>
        <source>The terminal of “%1” is protected. Enter the 6-digit code from your authenticator app:</source>
        <translation>Das Terminal von „%1“ ist geschützt. Geben Sie den 6-stelligen Code aus Ihrer Authenticator-App ein:</translation>
    </message>
    <message>
        <source>Files of %1</source>
        <translation>Dateien von %1</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Übertragungen</translation>
    </message>
    <message>
        <source>The server did not accept the token.</source>
        <translation>Der Server hat das Token nicht akzeptiert.</translation>
    </message>
    <message>
        <source>Checking the token…</source>
        <translation>Token wird geprüft…</translation>
    </message>
    <message>
        <source>Waiting for the browser… Sign in there, then come back.</source>
        <translation>Warten auf den Browser… Melden Sie sich dort an und kehren Sie dann zurück.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <source>polling every few seconds</source>
        <translation>Abfrage alle paar Sekunden</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>Verbindung wird wiederhergestellt</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>%1 stopped</source>
        <translation>%1 wurde angehalten</translation>
    </message>
    <message>
        <source>It stopped while its terminal was open; Rexec Desktop is starting it again.</source>
        <translation>Der Container wurde angehalten, während sein Terminal geöffnet war; Rexec Desktop startet ihn neu.</translation>
    </message>
    <message>
        <source>%1 was created, but the server did not keep its environment variables and labels: this server ignores them.</source>
        <translation>%1 wurde erstellt, aber der Server hat die Umgebungsvariablen und Labels nicht übernommen: Dieser Server ignoriert sie.</translation>
    </message>
    <message>
        <source>%1 was created, but the server did not keep its environment variables: this server ignores them.</source>
        <translation>%1 wurde erstellt, aber der Server hat die Umgebungsvariablen nicht übernommen: Dieser Server ignoriert sie.</translation>
    </message>
    <message>
        <source>%1 was created, but the server did not keep its labels: this server ignores them.</source>
        <translation>%1 wurde erstellt, aber der Server hat die Labels nicht übernommen: Dieser Server ignoriert sie.</translation>
    </message>
</context>
<context>
    <name>rexec::ui::MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>rexec::ui::PathBar</name>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Folders above</source>
        <translation>Übergeordnete Ordner</translation>
    </message>
</context>
<context>
    <name>rexec::ui::SettingsDialog</name>
    <message>
        <source>Show an icon in the system tray</source>
        <translation>Ein Symbol im Systembereich anzeigen</translation>
    </message>
    <message>
        <source>Reopen the previous session&apos;s tabs at start</source>
        <translation>Beim Start die Tabs der vorigen Sitzung wieder öffnen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Terminal font</source>
        <translation>Terminal-Schriftart</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Terminal font size</source>
        <translation>Schriftgröße im Terminal</translation>
    </message>
    <message>
        <source>Colour scheme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source> lines</source>
        <translation> Zeilen</translation>
    </message>
    <message>
        <source>Scrollback length</source>
        <translation>Länge des Verlaufs</translation>
    </message>
    <message>
        <source>Transfers at a time</source>
        <translation>Gleichzeitige Übertragungen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>&amp;Schriftart:</translation>
    </message>
    <message>
        <source>&amp;Colour scheme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>&amp;Scrollback:</source>
        <translation>&amp;Verlauf:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>&amp;Transfers at a time:</source>
        <translation>Gleichzeitige Ü&amp;bertragungen:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <source>A new language applies at the next start.</source>
        <translation>Eine neue Sprache wird beim nächsten Start wirksam.</translation>
    </message>
</context>
<context>
    <name>rexec::ui::TerminalPane</name>
    <message>
        <source>Reconnect</source>
        <translation>Neu verbinden</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Reconnecting… (attempt %1)</source>
        <translation>Verbindung wird wiederhergestellt… (Versuch %1)</translation>
    </message>
    <message>
        <source>The container stopped. Starting it again…</source>
        <translation>Der Container wurde angehalten. Er wird neu gestartet…</translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation>Getrennt.</translation>
    </message>
    <message>
        <source>The container is stopped. The terminal reconnects when it runs again.</source>
        <translation>Der Container ist angehalten. Das Terminal verbindet sich neu, sobald er wieder läuft.</translation>
    </message>
</context>
<context>
    <name>rexec::ui::TerminalTab</name>
    <message>
        <source>Split Side by Side</source>
        <translation>Nebeneinander teilen</translation>
    </message>
    <message>
        <source>Split One Above the Other</source>
        <translation>Übereinander teilen</translation>
    </message>
    <message>
        <source>Focus Pane on the Left</source>
        <translation>Linken Bereich fokussieren</translation>
    </message>
    <message>
        <source>Focus Pane on the Right</source>
        <translation>Rechten Bereich fokussieren</translation>
    </message>
    <message>
        <source>Focus Pane Above</source>
        <translation>Oberen Bereich fokussieren</translation>
    </message>
    <message>
        <source>Focus Pane Below</source>
        <translation>Unteren Bereich fokussieren</translation>
    </message>
    <message>
        <source>Search Scrollback</source>
        <translation>Verlauf durchsuchen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Reset Zoom</source>
        <translation>Zoom zurücksetzen</translation>
    </message>
    <message>
        <source>CPU %1% · Memory %2</source>
        <translation>CPU %1 % · Arbeitsspeicher %2</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbindung wird hergestellt</translation>
    </message>
    <message>
        <source>Starting shell</source>
        <translation>Shell wird gestartet</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>Verbindung wird wiederhergestellt</translation>
    </message>
    <message>
        <source>Container stopped</source>
        <translation>Container angehalten</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Close Terminal</source>
        <translation>Terminal schließen</translation>
    </message>
    <message>
        <source>Close the terminal of “%1”? Its shell ends.</source>
        <translation>Das Terminal von „%1“ schließen? Seine Shell wird beendet.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>rexec::ui::TransferPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the selected transfers</source>
        <translation>Die ausgewählten Übertragungen abbrechen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Try the selected failed transfers again</source>
        <translation>Die ausgewählten fehlgeschlagenen Übertragungen erneut versuchen</translation>
    </message>
    <message>
        <source>Clear Finished</source>
        <translation>Abgeschlossene entfernen</translation>
    </message>
    <message>
        <source>Remove finished transfers from the list</source>
        <translation>Abgeschlossene Übertragungen aus der Liste entfernen</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Im Ordner zeigen</translation>
    </message>
    <message>
        <source>Open the folder a download went to</source>
        <translation>Den Ordner öffnen, in dem ein Download gespeichert wurde</translation>
    </message>
    <message>
        <source>Cancel All</source>
        <translation>Alle abbrechen</translation>
    </message>
    <message>
        <source>Cancel every transfer not yet finished</source>
        <translation>Alle noch nicht abgeschlossenen Übertragungen abbrechen</translation>
    </message>
    <message>
        <source>Answer…</source>
        <translation>Antworten…</translation>
    </message>
    <message>
        <source>Choose what to do with a file that already exists</source>
        <translation>Wählen, was mit einer bereits vorhandenen Datei geschehen soll</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Übertragungen</translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n läuft</numerusform>
            <numerusform>%n laufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n wartend</numerusform>
            <numerusform>%n wartend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for an answer</source>
        <translation>
            <numerusform>%n wartet auf eine Antwort</numerusform>
            <numerusform>%n warten auf eine Antwort</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>All done</source>
        <translation>Alles erledigt</translation>
    </message>
    <message>
        <source>No transfers</source>
        <translation>Keine Übertragungen</translation>
    </message>
    <message>
        <source>Download finished with problems</source>
        <translation>Download mit Problemen abgeschlossen</translation>
    </message>
    <message>
        <source>Upload finished with problems</source>
        <translation>Upload mit Problemen abgeschlossen</translation>
    </message>
    <message>
        <source>Download complete</source>
        <translation>Download abgeschlossen</translation>
    </message>
    <message>
        <source>Upload complete</source>
        <translation>Upload abgeschlossen</translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %n file(s) could not be transferred.</source>
        <translation>
            <numerusform>„%1“: %n Datei konnte nicht übertragen werden.</numerusform>
            <numerusform>„%1“: %n Dateien konnten nicht übertragen werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be transferred.</source>
        <translation>
            <numerusform>%n Datei konnte nicht übertragen werden.</numerusform>
            <numerusform>%n Dateien konnten nicht übertragen werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other file(s) arrived.</source>
        <translation>
            <numerusform>%n weitere Datei ist angekommen.</numerusform>
            <numerusform>%n weitere Dateien sind angekommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” was saved in %2.</source>
        <translation>„%1“ wurde in %2 gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) saved in %1.</source>
        <translation>
            <numerusform>%n Element in %1 gespeichert.</numerusform>
            <numerusform>%n Elemente in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” was uploaded to %2 in %3.</source>
        <translation>„%1“ wurde in %3 nach %2 hochgeladen.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) uploaded to %1 in %2.</source>
        <translation>
            <numerusform>%n Element in %2 nach %1 hochgeladen.</numerusform>
            <numerusform>%n Elemente in %2 nach %1 hochgeladen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rexec::ui::TrayIcon</name>
    <message>
        <source>Show Rexec Desktop</source>
        <translation>Rexec Desktop anzeigen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Hide Rexec Desktop</source>
        <translation>Rexec Desktop ausblenden</translation>
    </message>
    <message>
        <source>Rexec Desktop: not connected</source>
        <translation>Rexec Desktop: nicht verbunden</translation>
    </message>
    <message>
        <source>Rexec Desktop: %1, %2</source>
        <translation>Rexec Desktop: %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%1
%n transfer(s) under way</source>
        <translation>
            <numerusform>%1
%n Übertragung läuft</numerusform>
            <numerusform>%1
%n Übertragungen laufen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rexec::ui::WelcomePage</name>
    <message>
        <source>Welcome to Rexec Desktop</source>
        <translation>Willkommen bei Rexec Desktop</translation>
    </message>
    <message>
        <source>Shells in fresh sandboxes, files in and out by drag and drop. Where do your sandboxes run?</source>
        <translation>Shells in frischen Sandboxes, Dateien rein und raus per Drag-and-drop. Wo laufen Ihre Sandboxes?</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>Sandboxes on this machine, isolated with bubblewrap. No account, no network.</source>
        <translation>Sandboxes auf diesem Rechner, mit bubblewrap isoliert. Kein Konto, kein Netzwerk.</translation>
    </message>
    <message>
        <source>Use sandboxes on this computer</source>
        <translation>Sandboxes auf diesem Computer verwenden</translation>
    </message>
    <message>
        <source>Connect to a Rexec server</source>
        <translation>Mit einem Rexec-Server verbinden</translation>
    </message>
    <message>
        <source>Your containers on a Rexec server: paste an API token or sign in through the browser.</source>
        <translation>Ihre Container auf einem Rexec-Server: Fügen Sie ein API-Token ein oder melden Sie sich über den Browser an.</translation>
    </message>
</context>
</TS>
