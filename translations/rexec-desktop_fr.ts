<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ApiError</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check your connection and try again.</source>
        <translation>Le serveur n’a pas répondu à temps. Vérifiez votre connexion et réessayez.</translation>
    </message>
    <message>
        <source>A secure connection to the server could not be made: %1</source>
        <translation>Impossible d’établir une connexion sécurisée avec le serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>A secure connection to the server could not be made.</source>
        <translation>Impossible d’établir une connexion sécurisée avec le serveur.</translation>
    </message>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation>Le serveur est injoignable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot reach the server. Check the address and your connection.</source>
        <translation>Le serveur est injoignable. Vérifiez l’adresse et votre connexion.</translation>
    </message>
    <message>
        <source>The server sent a reply that this app cannot read.</source>
        <translation>Le serveur a envoyé une réponse que cette application ne sait pas lire.</translation>
    </message>
    <message>
        <source>The data is larger than this app accepts.</source>
        <translation>Les données dépassent la taille acceptée par cette application.</translation>
    </message>
    <message>
        <source>The server answered in an unexpected way (%1).</source>
        <translation>Le serveur a répondu de façon inattendue (%1).</translation>
    </message>
    <message>
        <source>The server answered in an unexpected way.</source>
        <translation>Le serveur a répondu de façon inattendue.</translation>
    </message>
    <message>
        <source>The terminal is not running. Start it first.</source>
        <translation>Le terminal n’est pas démarré. Démarrez-le d’abord.</translation>
    </message>
    <message>
        <source>The server does not offer this image. It offers: %1.</source>
        <translation>Le serveur ne propose pas cette image. Images proposées&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The server does not offer this image.</source>
        <translation>Le serveur ne propose pas cette image.</translation>
    </message>
    <message>
        <source>This name is not allowed. Use 1 to 64 letters, digits, hyphens or underscores, starting with a letter or digit.</source>
        <translation>Ce nom n’est pas autorisé. Utilisez de 1 à 64 lettres, chiffres, tirets ou tirets bas, en commençant par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>The custom image name is missing or not valid.</source>
        <translation>Le nom de l’image personnalisée est manquant ou invalide.</translation>
    </message>
    <message>
        <source>The file is larger than the server accepts.</source>
        <translation>Le fichier dépasse la taille acceptée par le serveur.</translation>
    </message>
    <message>
        <source>This is a folder, and folders cannot be downloaded.</source>
        <translation>Ceci est un dossier, et les dossiers ne peuvent pas être téléchargés.</translation>
    </message>
    <message>
        <source>The server rejected the request: %1</source>
        <translation>Le serveur a refusé la requête&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server rejected the request (400).</source>
        <translation>Le serveur a refusé la requête (400).</translation>
    </message>
    <message>
        <source>This sign-in was ended from another session. Sign in again.</source>
        <translation>Cette connexion a été fermée depuis une autre session. Connectez-vous à nouveau.</translation>
    </message>
    <message>
        <source>Your sign-in is no longer valid. Sign in again.</source>
        <translation>Votre connexion n’est plus valide. Connectez-vous à nouveau.</translation>
    </message>
    <message>
        <source>You have reached your plan&apos;s limit of %1 open agent terminals.</source>
        <translation>Vous avez atteint la limite de votre forfait&#xa0;: %1 terminaux d’agent ouverts.</translation>
    </message>
    <message>
        <source>You have reached your plan&apos;s limit of open agent terminals.</source>
        <translation>Vous avez atteint la limite de terminaux d’agent ouverts de votre forfait.</translation>
    </message>
    <message>
        <source>You have reached your plan&apos;s limit of agents.</source>
        <translation>Vous avez atteint la limite d’agents de votre forfait.</translation>
    </message>
    <message>
        <source>You have reached your limit of %1 containers (%2 plan). Delete one to create another.</source>
        <translation>Vous avez atteint votre limite de %1 conteneurs (forfait %2). Supprimez-en un pour en créer un autre.</translation>
    </message>
    <message>
        <source>You have reached your limit of %1 containers. Delete one to create another.</source>
        <translation>Vous avez atteint votre limite de %1 conteneurs. Supprimez-en un pour en créer un autre.</translation>
    </message>
    <message>
        <source>You have reached your plan&apos;s container limit. Delete a container to create another.</source>
        <translation>Vous avez atteint la limite de conteneurs de votre forfait. Supprimez un conteneur pour en créer un autre.</translation>
    </message>
    <message>
        <source>Your guest session has expired. Create an account to keep using Rexec.</source>
        <translation>Votre session invité a expiré. Créez un compte pour continuer à utiliser Rexec.</translation>
    </message>
    <message>
        <source>Your account does not allow access from this network address.</source>
        <translation>Votre compte n’autorise pas l’accès depuis cette adresse réseau.</translation>
    </message>
    <message>
        <source>System folders cannot be deleted.</source>
        <translation>Les dossiers système ne peuvent pas être supprimés.</translation>
    </message>
    <message>
        <source>You do not have access to this.</source>
        <translation>Vous n’avez pas accès à cet élément.</translation>
    </message>
    <message>
        <source>The terminal was not found. It may have been deleted.</source>
        <translation>Le terminal est introuvable. Il a peut-être été supprimé.</translation>
    </message>
    <message>
        <source>The machine was not found or is not online.</source>
        <translation>La machine est introuvable ou hors ligne.</translation>
    </message>
    <message>
        <source>The token was not found. It may have been revoked.</source>
        <translation>Le jeton est introuvable. Il a peut-être été révoqué.</translation>
    </message>
    <message>
        <source>The file was not found.</source>
        <translation>Le fichier est introuvable.</translation>
    </message>
    <message>
        <source>The server does not know this request (404). It may run a different version of Rexec.</source>
        <translation>Le serveur ne connaît pas cette requête (404). Il utilise peut-être une autre version de Rexec.</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>Introuvable&#xa0;: %1</translation>
    </message>
    <message>
        <source>A terminal named “%1” already exists. Choose another name.</source>
        <translation>Un terminal nommé «&#xa0;%1&#xa0;» existe déjà. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>This port is already forwarded.</source>
        <translation>Ce port est déjà redirigé.</translation>
    </message>
    <message>
        <source>This clashes with something that already exists: %1</source>
        <translation>Cela entre en conflit avec un élément existant&#xa0;: %1</translation>
    </message>
    <message>
        <source>This clashes with something that already exists.</source>
        <translation>Cela entre en conflit avec un élément existant.</translation>
    </message>
    <message>
        <source>The terminal&apos;s container was removed from the server. Start it to create it again.</source>
        <translation>Le conteneur du terminal a été retiré du serveur. Démarrez le terminal pour le recréer.</translation>
    </message>
    <message>
        <source>The upload is larger than the server accepts.</source>
        <translation>L’envoi dépasse la taille acceptée par le serveur.</translation>
    </message>
    <message>
        <source>Your account is locked. Unlock it with your passcode.</source>
        <translation>Votre compte est verrouillé. Déverrouillez-le avec votre code d’accès.</translation>
    </message>
    <message>
        <source>This terminal is protected. Enter your two-factor code to open it.</source>
        <translation>Ce terminal est protégé. Saisissez votre code à deux facteurs pour l’ouvrir.</translation>
    </message>
    <message>
        <source>This is locked on the server.</source>
        <translation>Cet élément est verrouillé sur le serveur.</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests. The server asked to wait %n seconds.</source>
        <translation>
            <numerusform>Trop de requêtes. Le serveur demande d’attendre %n seconde.</numerusform>
            <numerusform>Trop de requêtes. Le serveur demande d’attendre %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests. Wait a moment and try again.</source>
        <translation>Trop de requêtes. Patientez un instant et réessayez.</translation>
    </message>
    <message>
        <source>The server does not support this request (501).</source>
        <translation>Le serveur ne prend pas en charge cette requête (501).</translation>
    </message>
    <message>
        <source>The server cannot run terminals right now (%1). Try again later.</source>
        <translation>Le serveur ne peut pas exécuter de terminaux pour le moment (%1). Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The server is unavailable right now (%1). Try again later.</source>
        <translation>Le serveur est indisponible pour le moment (%1). Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The server had an internal error (%1): %2</source>
        <translation>Erreur interne du serveur (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server had an internal error (%1).</source>
        <translation>Erreur interne du serveur (%1).</translation>
    </message>
    <message>
        <source>The server replied with an error (%1): %2</source>
        <translation>Le serveur a répondu par une erreur (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server replied with an error (%1).</source>
        <translation>Le serveur a répondu par une erreur (%1).</translation>
    </message>
    <message>
        <source>The code is not correct. Enter the current code from your authenticator app.</source>
        <translation>Le code est incorrect. Saisissez le code actuel de votre application d’authentification.</translation>
    </message>
    <message>
        <source>The file is larger than the server accepts (at most %1 MB).</source>
        <translation>Le fichier dépasse la taille acceptée par le serveur (%1 Mo au plus).</translation>
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
        <translation>Aucun service de trousseau n’a répondu (%1). Le jeton est conservé pour cette session uniquement et n’est jamais écrit dans un fichier.</translation>
    </message>
    <message>
        <source>The keychain refused access (%1). The token is kept for this run only.</source>
        <translation>Le trousseau a refusé l’accès (%1). Le jeton est conservé pour cette session uniquement.</translation>
    </message>
    <message>
        <source>The keychain failed (%1). The token is kept for this run only.</source>
        <translation>Le trousseau a échoué (%1). Le jeton est conservé pour cette session uniquement.</translation>
    </message>
</context>
<context>
    <name>Transfers</name>
    <message>
        <source>The name “%1” cannot be used on the server.</source>
        <translation>Le nom «&#xa0;%1&#xa0;» ne peut pas être utilisé sur le serveur.</translation>
    </message>
    <message>
        <source>The name “%1” contains a line break or another control character, which the server cannot take.</source>
        <translation>Le nom «&#xa0;%1&#xa0;» contient un saut de ligne ou un autre caractère de contrôle que le serveur n’accepte pas.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop client for Rexec sandboxes</source>
        <translation>Client de bureau pour les bacs à sable Rexec</translation>
    </message>
</context>
<context>
    <name>rexec::DesktopNotifier</name>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
</context>
<context>
    <name>rexec::accounts::BrowserSignIn</name>
    <message>
        <source>No answer came from the browser in time.</source>
        <translation>Le navigateur n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>Rexec Desktop on %1</source>
        <translation>Rexec Desktop sur %1</translation>
    </message>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>This address only receives the sign-in answer.</source>
        <translation>Cette adresse ne reçoit que la réponse de connexion.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Rexec Desktop is signed in. You can close this window.</source>
        <translation>Rexec Desktop est connecté. Vous pouvez fermer cette fenêtre.</translation>
    </message>
    <message>
        <source>The server did not return a token.</source>
        <translation>Le serveur n’a pas renvoyé de jeton.</translation>
    </message>
</context>
<context>
    <name>rexec::accounts::LocalServerLauncher</name>
    <message>
        <source>Cannot start the local server (%1): %2</source>
        <translation>Impossible de démarrer le serveur local (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>The local server stopped (exit code %1). %2</source>
        <translation>Le serveur local s’est arrêté (code de sortie %1). %2</translation>
    </message>
    <message>
        <source>The local server ended before it was ready (exit code %1).</source>
        <translation>Le serveur local s’est arrêté avant d’être prêt (code de sortie %1).</translation>
    </message>
    <message>
        <source>The local server said something unexpected: %1</source>
        <translation>Le serveur local a renvoyé un message inattendu&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>rexec::containers::ContainerEventsClient</name>
    <message>
        <source>The server stopped answering</source>
        <translation>Le serveur ne répond plus</translation>
    </message>
    <message>
        <source>The server did not accept the connection in time</source>
        <translation>Le serveur n’a pas accepté la connexion à temps</translation>
    </message>
</context>
<context>
    <name>rexec::containers::ContainerFormat</name>
    <message>
        <source>%1 TiB</source>
        <translation>%1 Tio</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 Gio</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 Mio</translation>
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
        <translation>Mémoire&#xa0;: %1</translation>
    </message>
    <message>
        <source>CPU: %1</source>
        <translation>CPU&#xa0;: %1</translation>
    </message>
    <message>
        <source>Disk: %1</source>
        <translation>Disque&#xa0;: %1</translation>
    </message>
    <message>
        <source>No resource figures</source>
        <translation>Aucune donnée sur les ressources</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator between resource descriptions</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l’instant</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>il y a %n minute</numerusform>
            <numerusform>il y a %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>il y a %n heure</numerusform>
            <numerusform>il y a %n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>container status when the server sent none</comment>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>creating</source>
        <comment>container status</comment>
        <translation>création</translation>
    </message>
    <message>
        <source>configuring</source>
        <comment>container status</comment>
        <translation>configuration</translation>
    </message>
    <message>
        <source>starting</source>
        <comment>container status</comment>
        <translation>démarrage</translation>
    </message>
    <message>
        <source>created</source>
        <comment>container status</comment>
        <translation>créé</translation>
    </message>
    <message>
        <source>restarting</source>
        <comment>container status</comment>
        <translation>redémarrage</translation>
    </message>
    <message>
        <source>running</source>
        <comment>container status</comment>
        <translation>en marche</translation>
    </message>
    <message>
        <source>online</source>
        <comment>container status</comment>
        <translation>en ligne</translation>
    </message>
    <message>
        <source>stopped</source>
        <comment>container status</comment>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>exited</source>
        <comment>container status</comment>
        <translation>terminé</translation>
    </message>
    <message>
        <source>paused</source>
        <comment>container status</comment>
        <translation>en pause</translation>
    </message>
    <message>
        <source>error</source>
        <comment>container status</comment>
        <translation>erreur</translation>
    </message>
    <message>
        <source>dead</source>
        <comment>container status</comment>
        <translation>planté</translation>
    </message>
    <message>
        <source>offline</source>
        <comment>container status</comment>
        <translation>hors ligne</translation>
    </message>
</context>
<context>
    <name>rexec::containers::ContainerModel</name>
    <message>
        <source>starting…</source>
        <translation>démarrage…</translation>
    </message>
    <message>
        <source>stopping…</source>
        <translation>arrêt…</translation>
    </message>
    <message>
        <source>deleting…</source>
        <translation>suppression…</translation>
    </message>
    <message>
        <source>agent</source>
        <comment>role column of a BYOS agent</comment>
        <translation>agent</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>État&#xa0;: %1</translation>
    </message>
    <message>
        <source>Creation failed: %1</source>
        <translation>Échec de la création&#xa0;: %1</translation>
    </message>
    <message>
        <source>Creating: %1 (%2%)</source>
        <translation>Création&#xa0;: %1 (%2&#xa0;%)</translation>
    </message>
    <message>
        <source>Protected by two-factor authentication</source>
        <translation>Protégé par l’authentification à deux facteurs</translation>
    </message>
    <message>
        <source>Expires: %1</source>
        <translation>Expire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Host: %1</source>
        <translation>Hôte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Shared by %1, with control</source>
        <translation>Partagé par %1, avec contrôle</translation>
    </message>
    <message>
        <source>Shared by %1, view only</source>
        <translation>Partagé par %1, en lecture seule</translation>
    </message>
    <message>
        <source>ID: %1</source>
        <translation>ID&#xa0;: %1</translation>
    </message>
    <message>
        <source>Agent on %1</source>
        <translation>Agent sur %1</translation>
    </message>
    <message>
        <source>Architecture: %1</source>
        <translation>Architecture&#xa0;: %1</translation>
    </message>
    <message>
        <source>A machine of yours, connected as an agent</source>
        <translation>Une de vos machines, connectée en tant qu’agent</translation>
    </message>
    <message>
        <source>Last used: %1</source>
        <translation>Dernière utilisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Idle for %1</source>
        <translation>Inactif depuis %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <source>%1, locked</source>
        <comment>status of a terminal protected by two-factor authentication</comment>
        <translation>%1, verrouillé</translation>
    </message>
</context>
<context>
    <name>rexec::containers::ContainerSession</name>
    <message>
        <source>The container was deleted before it was ready.</source>
        <translation>Le conteneur a été supprimé avant d’être prêt.</translation>
    </message>
</context>
<context>
    <name>rexec::containers::CreateTracker</name>
    <message>
        <source>Container ready</source>
        <translation>Conteneur prêt</translation>
    </message>
    <message>
        <source>The server could not create the container.</source>
        <translation>Le serveur n’a pas pu créer le conteneur.</translation>
    </message>
    <message>
        <source>The container could not be created.</source>
        <translation>Le conteneur n’a pas pu être créé.</translation>
    </message>
</context>
<context>
    <name>rexec::files::DownloadJob</name>
    <message>
        <source>Not connected to the server.</source>
        <translation>Non connecté au serveur.</translation>
    </message>
    <message>
        <source>The connection to the server was closed.</source>
        <translation>La connexion au serveur a été fermée.</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server sent more data than it announced (%1); the download was stopped.</source>
        <translation>Le serveur a envoyé plus de données qu’annoncé (%1)&#x202f;; le téléchargement a été interrompu.</translation>
    </message>
    <message>
        <source>The download stalled after %1 and was stopped. Retry to start it again.</source>
        <translation>Le téléchargement s’est bloqué après %1 et a été interrompu. Réessayez pour le relancer.</translation>
    </message>
    <message numerus="yes">
        <source>The server ended the download after %1 of %2. It stops downloads that take longer than %n second(s); retry, or use a faster connection for files this large.</source>
        <translation>
            <numerusform>Le serveur a interrompu le téléchargement après %1 sur %2. Il arrête les téléchargements qui durent plus de %n seconde&#x202f;; réessayez, ou utilisez une connexion plus rapide pour des fichiers de cette taille.</numerusform>
            <numerusform>Le serveur a interrompu le téléchargement après %1 sur %2. Il arrête les téléchargements qui durent plus de %n secondes&#x202f;; réessayez, ou utilisez une connexion plus rapide pour des fichiers de cette taille.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>The connection ended after %1 of %2. Retry to start the download again.</source>
        <translation>La connexion s’est interrompue après %1 sur %2. Réessayez pour relancer le téléchargement.</translation>
    </message>
    <message>
        <source>“%1” is a folder here; the file was not saved.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier ici&#x202f;; le fichier n’a pas été enregistré.</translation>
    </message>
    <message>
        <source>“%1” appeared here meanwhile; it was left as it is.</source>
        <translation>«&#xa0;%1&#xa0;» est apparu ici entre-temps&#x202f;; il a été laissé tel quel.</translation>
    </message>
    <message>
        <source>Could not save “%1”: %2</source>
        <translation>Impossible d’enregistrer «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>rexec::files::RemoteDirectoryModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permissions</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Link to %1</source>
        <translation>Lien vers %1</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
</context>
<context>
    <name>rexec::files::RemoteWalker</name>
    <message>
        <source>The connection to the server was closed.</source>
        <translation>La connexion au serveur a été fermée.</translation>
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
        <translation>«&#xa0;%1&#xa0;» se trouve hors du dossier choisi&#x202f;; rien n’y a été écrit.</translation>
    </message>
    <message>
        <source>Could not create the folder “%1”.</source>
        <translation>Impossible de créer le dossier «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is a link; files are not written through links.</source>
        <translation>«&#xa0;%1&#xa0;» est un lien&#x202f;; aucun fichier n’est écrit à travers un lien.</translation>
    </message>
    <message>
        <source>“%1” is a file here, not a folder.</source>
        <translation>«&#xa0;%1&#xa0;» est un fichier ici, pas un dossier.</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <source>Time Left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>From %1:%2
To %3</source>
        <translation>De %1:%2
Vers %3</translation>
    </message>
    <message>
        <source>From %1
To %2:%3</source>
        <translation>De %1
Vers %2:%3</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Téléchargement</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Téléchargement en cours</translation>
    </message>
    <message>
        <source>Already exists: needs an answer</source>
        <translation>Existe déjà&#xa0;: réponse requise</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Ignoré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>“%1” is %2; the server accepts files up to %3. It was not sent.</source>
        <translation>«&#xa0;%1&#xa0;» fait %2&#x202f;; le serveur accepte les fichiers jusqu’à %3. Il n’a pas été envoyé.</translation>
    </message>
    <message>
        <source>“%1” no longer exists.</source>
        <translation>«&#xa0;%1&#xa0;» n’existe plus.</translation>
    </message>
    <message>
        <source>A link to a folder; links are not followed.</source>
        <translation>Un lien vers un dossier&#x202f;; les liens ne sont pas suivis.</translation>
    </message>
    <message>
        <source>Not a regular file.</source>
        <translation>Ce n’est pas un fichier ordinaire.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not list the folder: %1</source>
        <translation>Impossible de lister le dossier&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) skipped: names that cannot be a file name, folders seen before, or too deep.</source>
        <translation>
            <numerusform>%n entrée ignorée&#xa0;: noms impossibles comme nom de fichier, dossiers déjà vus ou arborescence trop profonde.</numerusform>
            <numerusform>%n entrées ignorées&#xa0;: noms impossibles comme nom de fichier, dossiers déjà vus ou arborescence trop profonde.</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection to the server was closed.</source>
        <translation>La connexion au serveur a été fermée.</translation>
    </message>
    <message>
        <source>Not connected to the server.</source>
        <translation>Non connecté au serveur.</translation>
    </message>
    <message>
        <source>The name cannot be saved in the chosen folder.</source>
        <translation>Ce nom ne peut pas être enregistré dans le dossier choisi.</translation>
    </message>
    <message>
        <source>A folder named “%1” is in the way.</source>
        <translation>Un dossier nommé «&#xa0;%1&#xa0;» gêne.</translation>
    </message>
    <message>
        <source>Could not create the folder “%1”: %2</source>
        <translation>Impossible de créer le dossier «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not check the folder “%1”: %2</source>
        <translation>Impossible de vérifier le dossier «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>It already exists.</source>
        <translation>Il existe déjà.</translation>
    </message>
</context>
<context>
    <name>rexec::files::UploadJob</name>
    <message>
        <source>Not connected to the server.</source>
        <translation>Non connecté au serveur.</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>The connection to the server was closed.</source>
        <translation>La connexion au serveur a été fermée.</translation>
    </message>
    <message>
        <source>The server stored %1 of %2. Retry to send the file again.</source>
        <translation>Le serveur a enregistré %1 sur %2. Réessayez pour renvoyer le fichier.</translation>
    </message>
    <message>
        <source>“%1” became shorter while it was being sent. Retry to send it again.</source>
        <translation>«&#xa0;%1&#xa0;» est devenu plus court pendant son envoi. Réessayez pour renvoyer le fichier.</translation>
    </message>
    <message>
        <source>“%1” could not be sent: the request would contain a line break.</source>
        <translation>Impossible d’envoyer «&#xa0;%1&#xa0;»&#xa0;: la requête contiendrait un saut de ligne.</translation>
    </message>
</context>
<context>
    <name>rexec::files::UploadStream</name>
    <message numerus="yes">
        <source>Nothing was sent or received for %n second(s).</source>
        <translation>
            <numerusform>Rien n’a été envoyé ni reçu pendant %n seconde.</numerusform>
            <numerusform>Rien n’a été envoyé ni reçu pendant %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsupported protocol: %1</source>
        <translation>Protocole non pris en charge&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server&apos;s reply header is too large.</source>
        <translation>L’en-tête de la réponse du serveur est trop volumineux.</translation>
    </message>
    <message>
        <source>The server&apos;s reply is not HTTP.</source>
        <translation>La réponse du serveur n’est pas du HTTP.</translation>
    </message>
    <message>
        <source>The server&apos;s reply has an invalid length.</source>
        <translation>La réponse du serveur a une longueur invalide.</translation>
    </message>
    <message>
        <source>The server closed the connection before it answered.</source>
        <translation>Le serveur a fermé la connexion avant de répondre.</translation>
    </message>
    <message>
        <source>The server&apos;s reply is not valid HTTP.</source>
        <translation>La réponse du serveur n’est pas du HTTP valide.</translation>
    </message>
</context>
<context>
    <name>rexec::terminal::TerminalSession</name>
    <message>
        <source>The session ended.</source>
        <translation>La session est terminée.</translation>
    </message>
    <message>
        <source>The session ended: %1</source>
        <translation>La session est terminée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server closed the terminal (%1).</source>
        <translation>Le serveur a fermé le terminal (%1).</translation>
    </message>
    <message numerus="yes">
        <source>Could not reconnect after %n attempt(s).</source>
        <translation>
            <numerusform>Impossible de se reconnecter après %n tentative.</numerusform>
            <numerusform>Impossible de se reconnecter après %n tentatives.</numerusform>
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
        <translation>Certificat non approuvé</translation>
    </message>
    <message>
        <source>The secure connection to %1 was refused: its certificate is not trusted by this computer. Trust it only if you know it is the server&apos;s own certificate, for example by comparing the fingerprint with the one its administrator gave you.</source>
        <translation>La connexion sécurisée à %1 a été refusée&#xa0;: son certificat n’est pas approuvé par cet ordinateur. Ne lui faites confiance que si vous savez qu’il s’agit bien du certificat du serveur, par exemple en comparant l’empreinte avec celle que l’administrateur du serveur vous a communiquée.</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Délivré à&#xa0;:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Délivré par&#xa0;:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Validité&#xa0;:</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Empreinte SHA-256&#xa0;:</translation>
    </message>
    <message>
        <source>Refused because:</source>
        <translation>Motif du refus&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Trust This Certificate</source>
        <translation>&amp;Faire confiance à ce certificat</translation>
    </message>
</context>
<context>
    <name>rexec::ui::ClearButton</name>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
</context>
<context>
    <name>rexec::ui::ConflictDialog</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>File Already Exists Here</source>
        <translation>Le fichier existe déjà ici</translation>
    </message>
    <message>
        <source>File Already Exists in the Container</source>
        <translation>Le fichier existe déjà dans le conteneur</translation>
    </message>
    <message>
        <source>“%1” already exists</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà</translation>
    </message>
    <message>
        <source>On this computer:</source>
        <translation>Sur cet ordinateur&#xa0;:</translation>
    </message>
    <message>
        <source>In the container:</source>
        <translation>Dans le conteneur&#xa0;:</translation>
    </message>
    <message>
        <source>From the container:</source>
        <translation>Depuis le conteneur&#xa0;:</translation>
    </message>
    <message>
        <source>From this computer:</source>
        <translation>Depuis cet ordinateur&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>Do the same for the other %n conflict(s) in this transfer</source>
        <translation>
            <numerusform>Faire de même pour l’autre conflit de ce transfert</numerusform>
            <numerusform>Faire de même pour les %n autres conflits de ce transfert</numerusform>
        </translation>
    </message>
    <message>
        <source>Do the same for any other conflict in this transfer</source>
        <translation>Faire de même pour tout autre conflit de ce transfert</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Keep Both</source>
        <translation>Garder les deux</translation>
    </message>
    <message>
        <source>Save the new one under a numbered name, such as “name (2)”</source>
        <translation>Enregistrer le nouveau sous un nom numéroté, comme «&#xa0;nom (2)&#xa0;»</translation>
    </message>
    <message>
        <source>%1, changed %2</source>
        <comment>a file&apos;s size, then when it last changed</comment>
        <translation>%1, modifié le %2</translation>
    </message>
    <message>
        <source>changed %1</source>
        <comment>when a file last changed; its size is unknown</comment>
        <translation>modifié le %1</translation>
    </message>
    <message>
        <source>It is in the folder %1 on this computer.</source>
        <translation>Le fichier se trouve dans le dossier %1 de cet ordinateur.</translation>
    </message>
    <message>
        <source>It is in the folder %1 in the container %2.</source>
        <translation>Le fichier se trouve dans le dossier %1 du conteneur %2.</translation>
    </message>
</context>
<context>
    <name>rexec::ui::ConnectDialog</name>
    <message>
        <source>Sign &amp;In with Token</source>
        <translation>Se connecter avec un &amp;jeton</translation>
    </message>
    <message>
        <source>Sign In with &amp;Browser…</source>
        <translation>Se connecter via le &amp;navigateur…</translation>
    </message>
    <message>
        <source>Connect to a Rexec Server</source>
        <translation>Se connecter à un serveur Rexec</translation>
    </message>
    <message>
        <source>https://rexec.example.com</source>
        <translation>https://rexec.example.com</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>Optional, e.g. Work</source>
        <translation>Facultatif, p. ex. Travail</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Nom du serveur</translation>
    </message>
    <message>
        <source>rexec_…</source>
        <translation>rexec_…</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Jeton d’API</translation>
    </message>
    <message>
        <source>Create a token on the server&apos;s &lt;i&gt;Account → API&lt;/i&gt; page, or sign in through the browser.</source>
        <translation>Créez un jeton sur la page &lt;i&gt;Compte → API&lt;/i&gt; du serveur, ou connectez-vous via le navigateur.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>&amp;Jeton d’API&#xa0;:</translation>
    </message>
    <message>
        <source>This does not look like an API token (rexec_ and 64 characters); trying it anyway.</source>
        <translation>Cela ne ressemble pas à un jeton d’API (rexec_ suivi de 64 caractères)&#x202f;; essai quand même.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, e.g. https://rexec.example.com</source>
        <translation>Saisissez l’adresse du serveur, p. ex. https://rexec.example.com</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address</source>
        <translation>Saisissez l’adresse du serveur</translation>
    </message>
</context>
<context>
    <name>rexec::ui::CreateContainerDialog</name>
    <message>
        <source> MiB</source>
        <translation> Mio</translation>
    </message>
    <message>
        <source> millicores</source>
        <translation> millicœurs</translation>
    </message>
    <message>
        <source>New Container</source>
        <translation>Nouveau conteneur</translation>
    </message>
    <message>
        <source>Search images</source>
        <translation>Rechercher des images</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>e.g. ghcr.io/owner/image:tag</source>
        <translation>p. ex. ghcr.io/owner/image:tag</translation>
    </message>
    <message>
        <source>Custom image reference</source>
        <translation>Référence de l’image personnalisée</translation>
    </message>
    <message>
        <source>&lt;b&gt;Image&lt;/b&gt;</source>
        <translation>&lt;b&gt;Image&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Leave empty for a generated name</source>
        <translation>Laisser vide pour un nom généré</translation>
    </message>
    <message>
        <source>Container name</source>
        <translation>Nom du conteneur</translation>
    </message>
    <message>
        <source>Suggest</source>
        <translation>Suggérer</translation>
    </message>
    <message>
        <source>Suggest a name</source>
        <translation>Suggérer un nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Memory:</source>
        <translation>&amp;Mémoire&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;PU:</source>
        <translation>&amp;Processeur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Disk:</source>
        <translation>&amp;Disque&#xa0;:</translation>
    </message>
    <message>
        <source>variable</source>
        <translation>variable</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>label</source>
        <translation>étiquette</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>&lt;b&gt;Settings&lt;/b&gt;</source>
        <translation>&lt;b&gt;Réglages&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>Sending the request…</source>
        <translation>Envoi de la requête…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Popular</source>
        <translation>Populaires</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>Custom image…</source>
        <translation>Image personnalisée…</translation>
    </message>
    <message>
        <source>The list of images could not be loaded: %1</source>
        <translation>Impossible de charger la liste des images&#xa0;: %1</translation>
    </message>
    <message>
        <source>Choose an image.</source>
        <translation>Choisissez une image.</translation>
    </message>
    <message>
        <source>Enter the custom image&apos;s reference.</source>
        <translation>Saisissez la référence de l’image personnalisée.</translation>
    </message>
    <message>
        <source>The name may only use letters, digits, &apos;-&apos; and &apos;_&apos;, must not start with &apos;-&apos; or &apos;_&apos;, and has at most 64 characters.</source>
        <translation>Le nom ne peut contenir que des lettres, des chiffres, «&#xa0;-&#xa0;» et «&#xa0;_&#xa0;», ne doit pas commencer par «&#xa0;-&#xa0;» ou «&#xa0;_&#xa0;» et compte au plus 64 caractères.</translation>
    </message>
    <message>
        <source>The server will choose a name.</source>
        <translation>Le serveur choisira un nom.</translation>
    </message>
    <message>
        <source>✓ A valid name.</source>
        <translation>✓ Nom valide.</translation>
    </message>
    <message>
        <source>✗ Letters, digits, &apos;-&apos; and &apos;_&apos; only; not starting with &apos;-&apos; or &apos;_&apos;; up to 64 characters.</source>
        <translation>✗ Lettres, chiffres, «&#xa0;-&#xa0;» et «&#xa0;_&#xa0;» uniquement&#x202f;; pas de «&#xa0;-&#xa0;» ni de «&#xa0;_&#xa0;» au début&#x202f;; 64 caractères au plus.</translation>
    </message>
</context>
<context>
    <name>rexec::ui::FileBrowser</name>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Revenir en arrière</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Aller en avant</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Haut</translation>
    </message>
    <message>
        <source>Go to the enclosing folder</source>
        <translation>Aller au dossier parent</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Dossier personnel</translation>
    </message>
    <message>
        <source>Go to /home/user</source>
        <translation>Aller à /home/user</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>List this folder again (F5)</source>
        <translation>Relister ce dossier (F5)</translation>
    </message>
    <message>
        <source>New Folder…</source>
        <translation>Nouveau dossier…</translation>
    </message>
    <message>
        <source>Create a folder here</source>
        <translation>Créer un dossier ici</translation>
    </message>
    <message>
        <source>Upload Files…</source>
        <translation>Envoyer des fichiers…</translation>
    </message>
    <message>
        <source>Upload files from this computer into this folder</source>
        <translation>Envoyer des fichiers de cet ordinateur dans ce dossier</translation>
    </message>
    <message>
        <source>Upload Folder…</source>
        <translation>Envoyer un dossier…</translation>
    </message>
    <message>
        <source>Upload a folder from this computer, with everything in it</source>
        <translation>Envoyer un dossier de cet ordinateur, avec tout son contenu</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>Télécharger…</translation>
    </message>
    <message>
        <source>Download the selection to a folder on this computer</source>
        <translation>Télécharger la sélection dans un dossier de cet ordinateur</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Delete the selection from the container</source>
        <translation>Supprimer la sélection du conteneur</translation>
    </message>
    <message>
        <source>Open Terminal Here</source>
        <translation>Ouvrir un terminal ici</translation>
    </message>
    <message>
        <source>Open a terminal in this folder</source>
        <translation>Ouvrir un terminal dans ce dossier</translation>
    </message>
    <message>
        <source>Show Hidden Files</source>
        <translation>Afficher les fichiers cachés</translation>
    </message>
    <message>
        <source>Show files whose names start with a dot</source>
        <translation>Afficher les fichiers dont le nom commence par un point</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <source>Upload the copied files into this folder</source>
        <translation>Envoyer les fichiers copiés dans ce dossier</translation>
    </message>
    <message>
        <source>Edit Location</source>
        <translation>Modifier l’emplacement</translation>
    </message>
    <message>
        <source>Type a path</source>
        <translation>Saisir un chemin</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open the folder, or download the file and open it</source>
        <translation>Ouvrir le dossier, ou télécharger le fichier et l’ouvrir</translation>
    </message>
    <message>
        <source>Copy Path</source>
        <translation>Copier le chemin</translation>
    </message>
    <message>
        <source>Copy the path of the selection</source>
        <translation>Copier le chemin de la sélection</translation>
    </message>
    <message>
        <source>This folder is empty</source>
        <translation>Ce dossier est vide</translation>
    </message>
    <message>
        <source>Drop files or folders here to upload them.</source>
        <translation>Déposez des fichiers ou des dossiers ici pour les envoyer.</translation>
    </message>
    <message>
        <source>%1 is stopped</source>
        <translation>%1 est arrêté</translation>
    </message>
    <message>
        <source>Files can be listed and transferred only while the container runs.</source>
        <translation>Les fichiers ne peuvent être listés et transférés que lorsque le conteneur est démarré.</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>Démarrer %1</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>No such folder</source>
        <translation>Dossier inexistant</translation>
    </message>
    <message>
        <source>“%1” does not exist in %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’existe pas dans %2.</translation>
    </message>
    <message>
        <source>Go to Home</source>
        <translation>Aller au dossier personnel</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Revenir</translation>
    </message>
    <message>
        <source>This is a file</source>
        <translation>Ceci est un fichier</translation>
    </message>
    <message>
        <source>“%1” is a file, not a folder.</source>
        <translation>«&#xa0;%1&#xa0;» est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <source>Show It in Its Folder</source>
        <translation>Afficher dans son dossier</translation>
    </message>
    <message>
        <source>The folder could not be listed</source>
        <translation>Impossible de lister le dossier</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hidden</source>
        <translation>
            <numerusform>%n caché</numerusform>
            <numerusform>%n cachés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n sélectionné</numerusform>
            <numerusform>%n sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop files here to upload</source>
        <translation>Déposez des fichiers ici pour les envoyer</translation>
    </message>
    <message>
        <source>Upload Folder to %1</source>
        <translation>Envoyer un dossier vers %1</translation>
    </message>
    <message>
        <source>Upload to %1</source>
        <translation>Envoyer vers %1</translation>
    </message>
    <message numerus="yes">
        <source>Download %n Item(s) To</source>
        <translation>
            <numerusform>Télécharger %n élément vers</numerusform>
            <numerusform>Télécharger %n éléments vers</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no copied files to paste. Copy files in a file manager first.</source>
        <translation>Aucun fichier copié à coller. Copiez d’abord des fichiers dans un gestionnaire de fichiers.</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>Name of the new folder in %1:</source>
        <translation>Nom du nouveau dossier dans %1&#xa0;:</translation>
    </message>
    <message>
        <source>A name cannot contain “/” or be “.” or “..”. Choose another:</source>
        <translation>Un nom ne peut pas contenir «&#xa0;/&#xa0;» ni être «&#xa0;.&#xa0;» ou «&#xa0;..&#xa0;». Choisissez-en un autre&#xa0;:</translation>
    </message>
    <message>
        <source>“%1” already exists here. Choose another name:</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà ici. Choisissez un autre nom&#xa0;:</translation>
    </message>
    <message>
        <source>The folder “%1” could not be created: %2</source>
        <translation>Impossible de créer le dossier «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the folder “%1” and everything in it?</source>
        <translation>Supprimer le dossier «&#xa0;%1&#xa0;» et tout son contenu&#x202f;?</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»&#x202f;?</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n items?</source>
        <translation>
            <numerusform>Supprimer cet élément&#x202f;?</numerusform>
            <numerusform>Supprimer ces %n éléments&#x202f;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Open File</source>
        <translation>Ouvrir le fichier</translation>
    </message>
    <message numerus="yes">
        <source>%n selected (%1)</source>
        <comment>how many are selected, then their files&apos; total size</comment>
        <translation>
            <numerusform>%n sélectionné (%1)</numerusform>
            <numerusform>%n sélectionnés (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>It is deleted in the container for good; there is no bin to restore it from.</source>
        <translation>L’élément est supprimé définitivement du conteneur&#x202f;; aucune corbeille ne permet de le restaurer.</translation>
    </message>
    <message numerus="yes">
        <source>%1
…and %n more.

They are deleted in the container for good; there is no bin to restore them from.</source>
        <comment>%1: the first names, one per line; %n: how many more are deleted</comment>
        <translation>
            <numerusform>%1
…et %n autre.

Les éléments sont supprimés définitivement du conteneur&#x202f;; aucune corbeille ne permet de les restaurer.</numerusform>
            <numerusform>%1
…et %n autres.

Les éléments sont supprimés définitivement du conteneur&#x202f;; aucune corbeille ne permet de les restaurer.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1

They are deleted in the container for good; there is no bin to restore them from.</source>
        <comment>%1: the names, one per line</comment>
        <translation>%1

Les éléments sont supprimés définitivement du conteneur&#x202f;; aucune corbeille ne permet de les restaurer.</translation>
    </message>
    <message>
        <source>“%1” could not be deleted: %2</source>
        <translation>Impossible de supprimer «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) could not be deleted. The first, “%1”: %2</source>
        <translation>
            <numerusform>%n élément n’a pas pu être supprimé. «&#xa0;%1&#xa0;»&#xa0;: %2</numerusform>
            <numerusform>%n éléments n’ont pas pu être supprimés. Le premier, «&#xa0;%1&#xa0;»&#xa0;: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rexec::ui::FileView</name>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
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
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>Create a container</source>
        <translation>Créer un conteneur</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>Start the selected containers</source>
        <translation>Démarrer les conteneurs sélectionnés</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Stop the selected containers</source>
        <translation>Arrêter les conteneurs sélectionnés</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected containers</source>
        <translation>Supprimer les conteneurs sélectionnés</translation>
    </message>
    <message>
        <source>Open &amp;Terminal</source>
        <translation>Ouvrir un &amp;terminal</translation>
    </message>
    <message>
        <source>Open a shell in the selected container</source>
        <translation>Ouvrir un shell dans le conteneur sélectionné</translation>
    </message>
    <message>
        <source>Open &amp;Files</source>
        <translation>Ouvrir les &amp;fichiers</translation>
    </message>
    <message>
        <source>Browse the selected container&apos;s files</source>
        <translation>Parcourir les fichiers du conteneur sélectionné</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <source>Reload the container list</source>
        <translation>Recharger la liste des conteneurs</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>New Terminal Tab</source>
        <translation>Nouvel onglet de terminal</translation>
    </message>
    <message>
        <source>Close Tab</source>
        <translation>Fermer l’onglet</translation>
    </message>
    <message>
        <source>Next Tab</source>
        <translation>Onglet suivant</translation>
    </message>
    <message>
        <source>Previous Tab</source>
        <translation>Onglet précédent</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>Se dé&amp;connecter</translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Sign out of %1? The token is removed from this computer&apos;s keychain.</source>
        <translation>Se déconnecter de %1&#x202f;? Le jeton est retiré du trousseau de cet ordinateur.</translation>
    </message>
    <message>
        <source>Sign Out and Revoke Token</source>
        <translation>Se déconnecter et révoquer le jeton</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Servers and account</source>
        <translation>Serveurs et compte</translation>
    </message>
    <message>
        <source>&amp;Add Server…</source>
        <translation>&amp;Ajouter un serveur…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Réglages…</translation>
    </message>
    <message>
        <source>Filter containers (Ctrl+F)</source>
        <translation>Filtrer les conteneurs (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter containers</source>
        <translation>Filtrer les conteneurs</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Démarrés</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêtés</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Conteneurs</translation>
    </message>
    <message>
        <source>Work area</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>&lt;p style=&quot;font-size:large&quot;&gt;Nothing open yet&lt;/p&gt;&lt;p&gt;Double-click a container, or press Ctrl+T, to open its shell here.&lt;br&gt;Ctrl+E opens its files.&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;font-size:large&quot;&gt;Rien d’ouvert pour l’instant&lt;/p&gt;&lt;p&gt;Double-cliquez sur un conteneur, ou appuyez sur Ctrl+T, pour ouvrir son shell ici.&lt;br&gt;Ctrl+E ouvre ses fichiers.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Add Server…</source>
        <translation>Ajouter un serveur…</translation>
    </message>
    <message>
        <source>Starting local sandboxes…</source>
        <translation>Démarrage des bacs à sable locaux…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Sign In…</source>
        <translation>Se connecter…</translation>
    </message>
    <message>
        <source>You are not signed in to %1.</source>
        <translation>Vous n’êtes pas connecté à %1.</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message numerus="yes">
        <source>The server asked to wait: %n s</source>
        <translation>
            <numerusform>Le serveur demande d’attendre&#xa0;: %n s</numerusform>
            <numerusform>Le serveur demande d’attendre&#xa0;: %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified (%1, SHA-256 %2).</source>
        <translation>Le certificat du serveur n’a pas pu être vérifié (%1, SHA-256&#xa0;%2).</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>● Live</source>
        <translation>● En direct</translation>
    </message>
    <message>
        <source>◐ Polling every few seconds</source>
        <translation>◐ Interrogation toutes les quelques secondes</translation>
    </message>
    <message>
        <source>○ Reconnecting…</source>
        <translation>○ Reconnexion…</translation>
    </message>
    <message>
        <source>○ Offline</source>
        <translation>○ Hors ligne</translation>
    </message>
    <message>
        <source>How the container list stays up to date</source>
        <translation>Comment la liste des conteneurs reste à jour</translation>
    </message>
    <message>
        <source>Stop Containers</source>
        <translation>Arrêter les conteneurs</translation>
    </message>
    <message numerus="yes">
        <source>Stop %n container(s)?</source>
        <translation>
            <numerusform>Arrêter %n conteneur&#x202f;?</numerusform>
            <numerusform>Arrêter %n conteneurs&#x202f;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open tab(s) will lose their connection.</source>
        <translation>
            <numerusform>%n onglet ouvert perdra sa connexion.</numerusform>
            <numerusform>%n onglets ouverts perdront leur connexion.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Delete Containers</source>
        <translation>Supprimer les conteneurs</translation>
    </message>
    <message>
        <source>Delete the container “%1” and all its files?</source>
        <translation>Supprimer le conteneur «&#xa0;%1&#xa0;» et tous ses fichiers&#x202f;?</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n containers and all their files?</source>
        <translation>
            <numerusform>Supprimer ce conteneur et tous ses fichiers&#x202f;?</numerusform>
            <numerusform>Supprimer ces %n conteneurs et tous leurs fichiers&#x202f;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open terminal or file tab(s) will close.</source>
        <translation>
            <numerusform>%n onglet de terminal ou de fichiers ouvert sera fermé.</numerusform>
            <numerusform>%n onglets de terminal ou de fichiers ouverts seront fermés.</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>“%1” is %2. Start it to open a terminal.</source>
        <translation>«&#xa0;%1&#xa0;» est %2. Démarrez-le pour ouvrir un terminal.</translation>
    </message>
    <message>
        <source>Shell in %1</source>
        <translation>Shell dans %1</translation>
    </message>
    <message>
        <source>Verification Code</source>
        <translation>Code de vérification</translation>
    </message>
    <message>
        <source>The terminal of “%1” is protected. Enter the 6-digit code from your authenticator app:</source>
        <translation>Le terminal de «&#xa0;%1&#xa0;» est protégé. Saisissez le code à 6 chiffres de votre application d’authentification&#xa0;:</translation>
    </message>
    <message>
        <source>Files of %1</source>
        <translation>Fichiers de %1</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Transferts</translation>
    </message>
    <message>
        <source>The server did not accept the token.</source>
        <translation>Le serveur n’a pas accepté le jeton.</translation>
    </message>
    <message>
        <source>Checking the token…</source>
        <translation>Vérification du jeton…</translation>
    </message>
    <message>
        <source>Waiting for the browser… Sign in there, then come back.</source>
        <translation>En attente du navigateur… Connectez-vous dans celui-ci, puis revenez ici.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>live</source>
        <translation>en direct</translation>
    </message>
    <message>
        <source>polling every few seconds</source>
        <translation>interrogation toutes les quelques secondes</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>reconnexion</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <source>%1 stopped</source>
        <translation>%1 s’est arrêté</translation>
    </message>
    <message>
        <source>It stopped while its terminal was open; Rexec Desktop is starting it again.</source>
        <translation>Le conteneur s’est arrêté alors que son terminal était ouvert&#x202f;; Rexec Desktop le redémarre.</translation>
    </message>
    <message>
        <source>%1 was created, but the server did not keep its environment variables and labels: this server ignores them.</source>
        <translation>%1 a été créé, mais le serveur n’a conservé ni ses variables d’environnement ni ses étiquettes&#xa0;: ce serveur les ignore.</translation>
    </message>
    <message>
        <source>%1 was created, but the server did not keep its environment variables: this server ignores them.</source>
        <translation>%1 a été créé, mais le serveur n’a pas conservé ses variables d’environnement&#xa0;: ce serveur les ignore.</translation>
    </message>
    <message>
        <source>%1 was created, but the server did not keep its labels: this server ignores them.</source>
        <translation>%1 a été créé, mais le serveur n’a pas conservé ses étiquettes&#xa0;: ce serveur les ignore.</translation>
    </message>
</context>
<context>
    <name>rexec::ui::MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>rexec::ui::PathBar</name>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Folders above</source>
        <translation>Dossiers parents</translation>
    </message>
</context>
<context>
    <name>rexec::ui::SettingsDialog</name>
    <message>
        <source>Show an icon in the system tray</source>
        <translation>Afficher une icône dans la zone de notification</translation>
    </message>
    <message>
        <source>Reopen the previous session&apos;s tabs at start</source>
        <translation>Rouvrir au démarrage les onglets de la session précédente</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Terminal font</source>
        <translation>Police du terminal</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Terminal font size</source>
        <translation>Taille de police du terminal</translation>
    </message>
    <message>
        <source>Colour scheme</source>
        <translation>Jeu de couleurs</translation>
    </message>
    <message>
        <source> lines</source>
        <translation> lignes</translation>
    </message>
    <message>
        <source>Scrollback length</source>
        <translation>Longueur de l’historique</translation>
    </message>
    <message>
        <source>Transfers at a time</source>
        <translation>Transferts simultanés</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>&amp;Police&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Colour scheme:</source>
        <translation>&amp;Jeu de couleurs&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Scrollback:</source>
        <translation>&amp;Historique&#xa0;:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>&amp;Transfers at a time:</source>
        <translation>&amp;Transferts simultanés&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>A new language applies at the next start.</source>
        <translation>Une nouvelle langue s’applique au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>rexec::ui::TerminalPane</name>
    <message>
        <source>Reconnect</source>
        <translation>Se reconnecter</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Reconnecting… (attempt %1)</source>
        <translation>Reconnexion… (tentative %1)</translation>
    </message>
    <message>
        <source>The container stopped. Starting it again…</source>
        <translation>Le conteneur s’est arrêté. Redémarrage…</translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation>Déconnecté.</translation>
    </message>
    <message>
        <source>The container is stopped. The terminal reconnects when it runs again.</source>
        <translation>Le conteneur est arrêté. Le terminal se reconnectera dès qu’il sera redémarré.</translation>
    </message>
</context>
<context>
    <name>rexec::ui::TerminalTab</name>
    <message>
        <source>Split Side by Side</source>
        <translation>Diviser côte à côte</translation>
    </message>
    <message>
        <source>Split One Above the Other</source>
        <translation>Diviser l’un au-dessus de l’autre</translation>
    </message>
    <message>
        <source>Focus Pane on the Left</source>
        <translation>Activer le panneau de gauche</translation>
    </message>
    <message>
        <source>Focus Pane on the Right</source>
        <translation>Activer le panneau de droite</translation>
    </message>
    <message>
        <source>Focus Pane Above</source>
        <translation>Activer le panneau du dessus</translation>
    </message>
    <message>
        <source>Focus Pane Below</source>
        <translation>Activer le panneau du dessous</translation>
    </message>
    <message>
        <source>Search Scrollback</source>
        <translation>Rechercher dans l’historique</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Reset Zoom</source>
        <translation>Réinitialiser le zoom</translation>
    </message>
    <message>
        <source>CPU %1% · Memory %2</source>
        <translation>CPU %1&#xa0;% · Mémoire %2</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Starting shell</source>
        <translation>Démarrage du shell</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>Reconnexion</translation>
    </message>
    <message>
        <source>Container stopped</source>
        <translation>Conteneur arrêté</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Close Terminal</source>
        <translation>Fermer le terminal</translation>
    </message>
    <message>
        <source>Close the terminal of “%1”? Its shell ends.</source>
        <translation>Fermer le terminal de «&#xa0;%1&#xa0;»&#x202f;? Son shell se termine.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>rexec::ui::TransferPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the selected transfers</source>
        <translation>Annuler les transferts sélectionnés</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Try the selected failed transfers again</source>
        <translation>Relancer les transferts sélectionnés qui ont échoué</translation>
    </message>
    <message>
        <source>Clear Finished</source>
        <translation>Effacer les terminés</translation>
    </message>
    <message>
        <source>Remove finished transfers from the list</source>
        <translation>Retirer de la liste les transferts terminés</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <source>Open the folder a download went to</source>
        <translation>Ouvrir le dossier où un téléchargement a été enregistré</translation>
    </message>
    <message>
        <source>Cancel All</source>
        <translation>Tout annuler</translation>
    </message>
    <message>
        <source>Cancel every transfer not yet finished</source>
        <translation>Annuler tous les transferts non terminés</translation>
    </message>
    <message>
        <source>Answer…</source>
        <translation>Répondre…</translation>
    </message>
    <message>
        <source>Choose what to do with a file that already exists</source>
        <translation>Choisir quoi faire d’un fichier qui existe déjà</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Transferts</translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n en cours</numerusform>
            <numerusform>%n en cours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n en file d’attente</numerusform>
            <numerusform>%n en file d’attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for an answer</source>
        <translation>
            <numerusform>%n en attente d’une réponse</numerusform>
            <numerusform>%n en attente d’une réponse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>All done</source>
        <translation>Tout est terminé</translation>
    </message>
    <message>
        <source>No transfers</source>
        <translation>Aucun transfert</translation>
    </message>
    <message>
        <source>Download finished with problems</source>
        <translation>Téléchargement terminé avec des problèmes</translation>
    </message>
    <message>
        <source>Upload finished with problems</source>
        <translation>Envoi terminé avec des problèmes</translation>
    </message>
    <message>
        <source>Download complete</source>
        <translation>Téléchargement terminé</translation>
    </message>
    <message>
        <source>Upload complete</source>
        <translation>Envoi terminé</translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %n file(s) could not be transferred.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;»&#xa0;: %n fichier n’a pas pu être transféré.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;»&#xa0;: %n fichiers n’ont pas pu être transférés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be transferred.</source>
        <translation>
            <numerusform>%n fichier n’a pas pu être transféré.</numerusform>
            <numerusform>%n fichiers n’ont pas pu être transférés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other file(s) arrived.</source>
        <translation>
            <numerusform>%n autre fichier est bien arrivé.</numerusform>
            <numerusform>%n autres fichiers sont bien arrivés.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” was saved in %2.</source>
        <translation>«&#xa0;%1&#xa0;» a été enregistré dans %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) saved in %1.</source>
        <translation>
            <numerusform>%n élément enregistré dans %1.</numerusform>
            <numerusform>%n éléments enregistrés dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” was uploaded to %2 in %3.</source>
        <translation>«&#xa0;%1&#xa0;» a été envoyé vers %2 dans %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) uploaded to %1 in %2.</source>
        <translation>
            <numerusform>%n élément envoyé vers %1 dans %2.</numerusform>
            <numerusform>%n éléments envoyés vers %1 dans %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rexec::ui::TrayIcon</name>
    <message>
        <source>Show Rexec Desktop</source>
        <translation>Afficher Rexec Desktop</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Hide Rexec Desktop</source>
        <translation>Masquer Rexec Desktop</translation>
    </message>
    <message>
        <source>Rexec Desktop: not connected</source>
        <translation>Rexec Desktop&#xa0;: non connecté</translation>
    </message>
    <message>
        <source>Rexec Desktop: %1, %2</source>
        <translation>Rexec Desktop&#xa0;: %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%1
%n transfer(s) under way</source>
        <translation>
            <numerusform>%1
%n transfert en cours</numerusform>
            <numerusform>%1
%n transferts en cours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rexec::ui::WelcomePage</name>
    <message>
        <source>Welcome to Rexec Desktop</source>
        <translation>Bienvenue dans Rexec Desktop</translation>
    </message>
    <message>
        <source>Shells in fresh sandboxes, files in and out by drag and drop. Where do your sandboxes run?</source>
        <translation>Des shells dans des bacs à sable tout neufs, des fichiers échangés par glisser-déposer. Où s’exécutent vos bacs à sable&#x202f;?</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>Sandboxes on this machine, isolated with bubblewrap. No account, no network.</source>
        <translation>Des bacs à sable sur cette machine, isolés avec bubblewrap. Sans compte, sans réseau.</translation>
    </message>
    <message>
        <source>Use sandboxes on this computer</source>
        <translation>Utiliser des bacs à sable sur cet ordinateur</translation>
    </message>
    <message>
        <source>Connect to a Rexec server</source>
        <translation>Se connecter à un serveur Rexec</translation>
    </message>
    <message>
        <source>Your containers on a Rexec server: paste an API token or sign in through the browser.</source>
        <translation>Vos conteneurs sur un serveur Rexec&#xa0;: collez un jeton d’API ou connectez-vous via le navigateur.</translation>
    </message>
</context>
</TS>
