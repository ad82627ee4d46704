<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ApplyPlan</name>
    <message>
        <source>Recreated (their configuration changed): %1</source>
        <translation>Recréés (leur configuration a changé) : %1</translation>
    </message>
    <message>
        <source>Created (no container yet): %1</source>
        <translation>Créés (pas encore de conteneur) : %1</translation>
    </message>
    <message>
        <source>Started (unchanged, not running): %1</source>
        <translation>Démarrés (inchangés, arrêtés) : %1</translation>
    </message>
    <message>
        <source>No longer in the files, left alone: %1</source>
        <translation>Plus dans les fichiers, laissés tels quels : %1</translation>
    </message>
    <message>
        <source>Configuration unchanged (an updated image or a changed network or volume recreates it too): %1</source>
        <translation>Configuration inchangée (une image mise à jour, un réseau ou un volume modifié la recréent aussi) : %1</translation>
    </message>
</context>
<context>
    <name>BuildContext</name>
    <message>
        <source>Cannot read %1.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: permission denied.</source>
        <translation>Impossible de lire %1 : permission refusée.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>There is no Dockerfile at %1.</source>
        <translation>Il n&apos;y a pas de Dockerfile à %1.</translation>
    </message>
</context>
<context>
    <name>BuildSpec</name>
    <message>
        <source>Write KEY=value.</source>
        <translation>Écrivez CLÉ=valeur.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid build argument name.</source>
        <translation>« %1 » n&apos;est pas un nom d&apos;argument de construction valide.</translation>
    </message>
</context>
<context>
    <name>ColumnMenu</name>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
</context>
<context>
    <name>CommitSpec</name>
    <message>
        <source>&quot;%1&quot; cannot be changed by a commit; use one of %2.</source>
        <translation>« %1 » ne peut pas être modifié par un commit ; utilisez l&apos;une de ces instructions : %2.</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 demande une valeur.</translation>
    </message>
</context>
<context>
    <name>ComposeCommandSpec</name>
    <message>
        <source>Up</source>
        <comment>compose up -d</comment>
        <translation>Up</translation>
    </message>
    <message>
        <source>Down</source>
        <comment>compose down</comment>
        <translation>Down</translation>
    </message>
    <message>
        <source>Pull</source>
        <comment>compose pull</comment>
        <translation>Pull</translation>
    </message>
    <message>
        <source>Restart</source>
        <comment>compose restart</comment>
        <translation>Redémarrer</translation>
    </message>
    <message>
        <source>Rebuild</source>
        <comment>compose up -d --build</comment>
        <translation>Reconstruire</translation>
    </message>
    <message>
        <source>Check</source>
        <comment>compose config</comment>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Compare</source>
        <comment>compose config --hash=*</comment>
        <translation>Comparer</translation>
    </message>
</context>
<context>
    <name>ComposeConfig</name>
    <message>
        <source>%1 (anonymous volume)</source>
        <translation>%1 (volume anonyme)</translation>
    </message>
    <message>
        <source>%1 -&gt; %2 (%3)</source>
        <translation>%1 -&gt; %2 (%3)</translation>
    </message>
    <message>
        <source>The compose tool&apos;s configuration is not a YAML mapping.</source>
        <translation>La configuration donnée par l&apos;outil compose n&apos;est pas un dictionnaire YAML.</translation>
    </message>
    <message>
        <source>The compose tool&apos;s configuration has no services.</source>
        <translation>La configuration donnée par l&apos;outil compose n&apos;a aucun service.</translation>
    </message>
    <message>
        <source>The compose tool&apos;s configuration could not be read: %1</source>
        <translation>Impossible de lire la configuration donnée par l&apos;outil compose : %1</translation>
    </message>
</context>
<context>
    <name>ComposeError</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2 : %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>ComposeProjectName</name>
    <message>
        <source>A project needs a name.</source>
        <translation>Un projet a besoin d&apos;un nom.</translation>
    </message>
    <message>
        <source>A project name holds only lowercase letters, digits, &apos;-&apos; and &apos;_&apos;, and starts with a letter or a digit.</source>
        <translation>Un nom de projet ne contient que des lettres minuscules, des chiffres, « - » et « _ », et commence par une lettre ou un chiffre.</translation>
    </message>
</context>
<context>
    <name>ComposeTool</name>
    <message>
        <source>No compose tool was found: neither &quot;docker compose&quot; (the Docker CLI plugin) nor &quot;docker-compose&quot;. Install one, for example on Debian or Ubuntu with &quot;sudo apt install docker-compose-plugin&quot; (Docker&apos;s packages) or &quot;sudo apt install docker-compose&quot;, then open this project again. The actions on its containers work without it.</source>
        <translation>Aucun outil compose n&apos;a été trouvé : ni « docker compose » (le greffon de la CLI Docker) ni « docker-compose ». Installez-en un, par exemple sous Debian ou Ubuntu avec « sudo apt install docker-compose-plugin » (paquets de Docker) ou « sudo apt install docker-compose », puis rouvrez ce projet. Les actions sur ses conteneurs fonctionnent sans lui.</translation>
    </message>
</context>
<context>
    <name>ConnectFailure</name>
    <message>
        <source>%1 port %2</source>
        <translation>%1 port %2</translation>
    </message>
    <message>
        <source>docker context &quot;%1&quot;</source>
        <translation>contexte docker « %1 »</translation>
    </message>
    <message>
        <source>saved engine &quot;%1&quot;</source>
        <translation>moteur enregistré « %1 »</translation>
    </message>
    <message>
        <source>from DOCKER_HOST</source>
        <translation>venant de DOCKER_HOST</translation>
    </message>
    <message>
        <source>from --host</source>
        <translation>venant de --host</translation>
    </message>
    <message>
        <source>the default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>place (where it came from)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>the socket %1</source>
        <translation>le socket %1</translation>
    </message>
    <message>
        <source>The socket %1 does not exist.</source>
        <translation>Le socket %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is not a socket: a file or a folder is in its place.</source>
        <translation>%1 n&apos;est pas un socket : un fichier ou un dossier est à sa place.</translation>
    </message>
    <message>
        <source>Permission denied when opening %1.</source>
        <translation>Permission refusée à l&apos;ouverture de %1.</translation>
    </message>
    <message>
        <source>Nothing listens on %1: the connection was refused (the socket may be left over from an engine that stopped).</source>
        <translation>Rien n&apos;écoute sur %1 : la connexion a été refusée (le socket est peut-être le reste d&apos;un moteur arrêté).</translation>
    </message>
    <message>
        <source>Nothing listens on %1: the connection was refused.</source>
        <translation>Rien n&apos;écoute sur %1 : la connexion a été refusée.</translation>
    </message>
    <message>
        <source>The engine at %1 did not answer in time.</source>
        <translation>Le moteur à %1 n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; could not be resolved (%2).</source>
        <translation>Le nom d&apos;hôte « %1 » n&apos;a pas pu être résolu (%2).</translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed.</source>
        <translation>La connexion TLS à %1 a échoué.</translation>
    </message>
    <message>
        <source>The engine at %1 closed the connection without an answer.</source>
        <translation>Le moteur à %1 a fermé la connexion sans répondre.</translation>
    </message>
    <message>
        <source>The Docker engine at %1 cannot be reached.</source>
        <translation>Le moteur Docker à %1 est injoignable.</translation>
    </message>
    <message>
        <source>Is Docker running? Start it (for example with &quot;sudo systemctl start docker&quot;), or choose another engine.</source>
        <translation>Docker est-il lancé ? Démarrez-le (par exemple avec « sudo systemctl start docker ») ou choisissez un autre moteur.</translation>
    </message>
    <message>
        <source>Is the engine running, and listening on this port? Check the address, or choose another engine.</source>
        <translation>Le moteur est-il lancé, et écoute-t-il sur ce port ? Vérifiez l&apos;adresse ou choisissez un autre moteur.</translation>
    </message>
    <message>
        <source>Check the address: it should name the engine&apos;s socket (dockerd --host).</source>
        <translation>Vérifiez l&apos;adresse : elle doit désigner le socket du moteur (dockerd --host).</translation>
    </message>
    <message>
        <source>Add your user to the docker group (&quot;sudo usermod -aG docker $USER&quot;), then log out and in again; or choose an engine you may use.</source>
        <translation>Ajoutez votre utilisateur au groupe docker (« sudo usermod -aG docker $USER »), puis fermez et rouvrez votre session ; ou choisissez un moteur auquel vous avez accès.</translation>
    </message>
    <message>
        <source>Check that the host is up and that no firewall drops the connection.</source>
        <translation>Vérifiez que l&apos;hôte est allumé et qu&apos;aucun pare-feu ne bloque la connexion.</translation>
    </message>
    <message>
        <source>Check the host name for typing errors, and the network or VPN that knows it.</source>
        <translation>Vérifiez l&apos;orthographe du nom d&apos;hôte, ainsi que le réseau ou le VPN qui le connaît.</translation>
    </message>
    <message>
        <source>Check the CA certificate, the client certificate and key of this engine, and that the engine speaks TLS on this port.</source>
        <translation>Vérifiez le certificat de l&apos;autorité, le certificat et la clé client de ce moteur, et que le moteur parle TLS sur ce port.</translation>
    </message>
    <message>
        <source>Is this the engine&apos;s address? Another program may listen there, or the engine may expect TLS.</source>
        <translation>Est-ce bien l&apos;adresse du moteur ? Un autre programme écoute peut-être là, ou le moteur attend du TLS.</translation>
    </message>
    <message>
        <source>(Details: %1)</source>
        <translation>(Détails : %1)</translation>
    </message>
    <message>
        <source>This computer does not allow the connection: check its firewall rules and security policy (SELinux, AppArmor) for this address and port.</source>
        <translation>Cet ordinateur n&apos;autorise pas la connexion : vérifiez ses règles de pare-feu et sa politique de sécurité (SELinux, AppArmor) pour cette adresse et ce port.</translation>
    </message>
    <message>
        <source>The engine does not accept connections: it may be stuck or overloaded. Restart it (for example with &quot;sudo systemctl restart docker&quot;).</source>
        <translation>Le moteur n&apos;accepte pas de connexion : il est peut-être bloqué ou surchargé. Redémarrez-le (par exemple avec « sudo systemctl restart docker »).</translation>
    </message>
    <message>
        <source>ssh ended without an answer from `docker system dial-stdio` on that host. Run in a terminal: %1 docker version, and check that the Docker CLI there is recent (18.09 or later) and that its DOCKER_HOST, if set, names a running engine.</source>
        <translation>ssh s&apos;est terminé sans réponse de `docker system dial-stdio` sur cet hôte. Lancez dans un terminal : %1 docker version, et vérifiez que la CLI Docker y est récente (18.09 ou plus) et que son DOCKER_HOST, s&apos;il est défini, désigne un moteur en marche.</translation>
    </message>
    <message>
        <source>Gantry&apos;s local bridge to ssh is not available: reconnect to this engine.</source>
        <translation>Le pont local de Gantry vers ssh n&apos;est pas disponible : reconnectez-vous à ce moteur.</translation>
    </message>
</context>
<context>
    <name>ContainerActionSpec</name>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Redémarrer</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <source>Unpause</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Kill</source>
        <translation>Tuer</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>DockerConfigDir</name>
    <message>
        <source>Give the context a name.</source>
        <translation>Donnez un nom au contexte.</translation>
    </message>
    <message>
        <source>&quot;default&quot; is the docker CLI&apos;s built-in context: choose another name.</source>
        <translation>« default » est le contexte intégré de la CLI docker : choisissez un autre nom.</translation>
    </message>
    <message>
        <source>A context name has at least two characters, starts with a letter or a digit and holds only letters, digits and _ . + -</source>
        <translation>Un nom de contexte a au moins deux caractères, commence par une lettre ou un chiffre et ne contient que des lettres, des chiffres et _ . + -</translation>
    </message>
    <message>
        <source>A docker context named &quot;%1&quot; already exists.</source>
        <translation>Un contexte docker nommé « %1 » existe déjà.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>%1 holds no PEM private key (or it is encrypted).</source>
        <translation>%1 ne contient aucune clé privée PEM (ou elle est chiffrée).</translation>
    </message>
    <message>
        <source>Cannot write the docker context into %1.</source>
        <translation>Impossible d&apos;écrire le contexte docker dans %1.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot remove the old TLS files in %1.</source>
        <translation>Impossible de supprimer les anciens fichiers TLS dans %1.</translation>
    </message>
    <message>
        <source>Cannot write the TLS files into %1.</source>
        <translation>Impossible d&apos;écrire les fichiers TLS dans %1.</translation>
    </message>
</context>
<context>
    <name>DockerIgnore</name>
    <message>
        <source>Invalid .dockerignore pattern: &quot;!&quot; alone.</source>
        <translation>Motif .dockerignore invalide : « ! » seul.</translation>
    </message>
    <message>
        <source>Invalid .dockerignore pattern: &quot;%1&quot;.</source>
        <translation>Motif .dockerignore invalide : « %1 ».</translation>
    </message>
</context>
<context>
    <name>Endpoint</name>
    <message>
        <source>A unix endpoint needs an absolute socket path: %1</source>
        <translation>Un point d&apos;accès unix demande un chemin de socket absolu : %1</translation>
    </message>
    <message>
        <source>Not a valid TCP endpoint: %1</source>
        <translation>Point d&apos;accès TCP non valide : %1</translation>
    </message>
    <message>
        <source>The docker context &quot;%1&quot; was not found in %2.</source>
        <translation>Le contexte docker « %1 » est introuvable dans %2.</translation>
    </message>
    <message>
        <source>Unsupported endpoint (use unix://, tcp:// or ssh://): %1</source>
        <translation>Point d&apos;accès non pris en charge (utilisez unix://, tcp:// ou ssh://) : %1</translation>
    </message>
    <message>
        <source>Not a valid port in %1: use a number from 1 to 65535.</source>
        <translation>Port non valide dans %1 : utilisez un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <source>Not a valid ssh endpoint: %1 (expected ssh://[user@]host[:port])</source>
        <translation>Point d&apos;accès ssh non valide : %1 (forme attendue : ssh://[utilisateur@]hôte[:port])</translation>
    </message>
    <message>
        <source>An ssh endpoint cannot hold a password: %1. Use a key (ssh-copy-id) and your ssh agent.</source>
        <translation>Un point d&apos;accès ssh ne peut pas contenir de mot de passe : %1. Utilisez une clé (ssh-copy-id) et votre agent ssh.</translation>
    </message>
    <message>
        <source>An ssh endpoint takes no path (&quot;%1&quot; in %2): the engine&apos;s socket on the host is found by `docker system dial-stdio` there.</source>
        <translation>Un point d&apos;accès ssh ne prend pas de chemin (« %1 » dans %2) : sur l&apos;hôte, `docker system dial-stdio` trouve lui-même le socket du moteur.</translation>
    </message>
    <message>
        <source>An ssh endpoint takes no query or fragment: %1</source>
        <translation>Un point d&apos;accès ssh ne prend ni paramètres (?…) ni fragment (#…) : %1</translation>
    </message>
    <message>
        <source>Not a valid host name in %1: use letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos; (not &apos;-&apos; first), or an IPv6 address in brackets.</source>
        <translation>Nom d&apos;hôte non valide dans %1 : utilisez des lettres, des chiffres, « . », « - » et « _ » (pas de « - » au début), ou une adresse IPv6 entre crochets.</translation>
    </message>
    <message>
        <source>Not a valid user name in %1: use letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos; (not &apos;-&apos; first).</source>
        <translation>Nom d&apos;utilisateur non valide dans %1 : utilisez des lettres, des chiffres, « . », « - » et « _ » (pas de « - » au début).</translation>
    </message>
</context>
<context>
    <name>EndpointPrivacy</name>
    <message>
        <source>The connection to the Docker engine at %1 is not encrypted: anyone on the network can read and change what Gantry sends, registry passwords included. Use TLS with verification (DOCKER_TLS_VERIFY=1) or an SSH tunnel.</source>
        <translation>La connexion au moteur Docker %1 n&apos;est pas chiffrée : n&apos;importe qui sur le réseau peut lire et modifier ce que Gantry envoie, mots de passe de registre compris. Utilisez TLS avec vérification (DOCKER_TLS_VERIFY=1) ou un tunnel SSH.</translation>
    </message>
    <message>
        <source>The connection to the Docker engine at %1 is encrypted but the engine&apos;s certificate is not verified: anyone on the way can pose as the engine and read what Gantry sends, registry passwords included. Set DOCKER_TLS_VERIFY=1.</source>
        <translation>La connexion au moteur Docker %1 est chiffrée mais le certificat du moteur n&apos;est pas vérifié : n&apos;importe qui sur le chemin peut se faire passer pour le moteur et lire ce que Gantry envoie, mots de passe de registre compris. Définissez DOCKER_TLS_VERIFY=1.</translation>
    </message>
</context>
<context>
    <name>EngineChoice</name>
    <message>
        <source>context %1</source>
        <comment>a docker context</comment>
        <translation>contexte %1</translation>
    </message>
</context>
<context>
    <name>EngineError</name>
    <message>
        <source>The Docker engine cannot be reached.</source>
        <translation>Le moteur Docker est injoignable.</translation>
    </message>
    <message>
        <source>Permission denied by the Docker engine&apos;s socket.</source>
        <translation>Accès refusé par le socket du moteur Docker.</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Introuvable.</translation>
    </message>
    <message>
        <source>Conflict.</source>
        <translation>Conflit.</translation>
    </message>
    <message>
        <source>Not allowed.</source>
        <translation>Non autorisé.</translation>
    </message>
    <message>
        <source>The engine rejected the request.</source>
        <translation>Le moteur a rejeté la requête.</translation>
    </message>
    <message>
        <source>Authentication required or refused.</source>
        <translation>Authentification requise ou refusée.</translation>
    </message>
    <message>
        <source>The engine failed.</source>
        <translation>Le moteur a échoué.</translation>
    </message>
    <message>
        <source>The engine did not answer in time.</source>
        <translation>Le moteur n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The engine&apos;s answer could not be understood.</source>
        <translation>La réponse du moteur est incompréhensible.</translation>
    </message>
    <message>
        <source>This engine does not offer this operation: it implements only part of Docker&apos;s API (Podman, for example).</source>
        <translation>Ce moteur ne propose pas cette opération : il n&apos;implémente qu&apos;une partie de l&apos;API de Docker (c&apos;est le cas de Podman, par exemple).</translation>
    </message>
</context>
<context>
    <name>FileEntry</name>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 n’est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>The engine sent an empty archive.</source>
        <translation>Le moteur a envoyé une archive vide.</translation>
    </message>
    <message>
        <source>The engine did not describe the path.</source>
        <translation>Le moteur n’a pas décrit le chemin.</translation>
    </message>
    <message>
        <source>The engine&apos;s description of the path is not valid JSON.</source>
        <translation>La description du chemin envoyée par le moteur n’est pas du JSON valide.</translation>
    </message>
</context>
<context>
    <name>HttpResponse</name>
    <message>
        <source>The engine&apos;s answer has no end of headers within %1 KiB.</source>
        <translation>La réponse du moteur n&apos;a pas de fin d&apos;en-têtes dans les %1 premiers Kio.</translation>
    </message>
    <message>
        <source>The engine&apos;s answer is not HTTP: %1</source>
        <translation>La réponse du moteur n&apos;est pas du HTTP : %1</translation>
    </message>
    <message>
        <source>A chunk size line of the engine&apos;s answer has no end.</source>
        <translation>Une ligne de taille de bloc de la réponse du moteur n&apos;a pas de fin.</translation>
    </message>
    <message>
        <source>A chunk of the engine&apos;s answer is larger than the %1 bytes allowed for it.</source>
        <translation>Un bloc de la réponse du moteur dépasse les %1 octets permis.</translation>
    </message>
</context>
<context>
    <name>JobOutput</name>
    <message>
        <source>Step %1/%2 (%3) failed: %4</source>
        <translation>L&apos;étape %1/%2 (%3) a échoué : %4</translation>
    </message>
</context>
<context>
    <name>JsonLinesDecoder</name>
    <message>
        <source>A line of the stream is not a JSON object: %1</source>
        <translation>Une ligne du flux n&apos;est pas un objet JSON : %1</translation>
    </message>
    <message>
        <source>A line of the stream is too long.</source>
        <translation>Une ligne du flux est trop longue.</translation>
    </message>
    <message>
        <source>The stream ended in the middle of a message.</source>
        <translation>Le flux s&apos;est terminé au milieu d&apos;un message.</translation>
    </message>
</context>
<context>
    <name>LogsSpec</name>
    <message>
        <source>“%1” is neither a duration (10m, 1h30m), a date (2024-05-01T10:00:00) nor a UNIX timestamp.</source>
        <translation>« %1 » n&apos;est ni une durée (10m, 1h30m), ni une date (2024-05-01T10:00:00), ni un horodatage UNIX.</translation>
    </message>
</context>
<context>
    <name>MuxStreamDecoder</name>
    <message>
        <source>The output stream has a malformed frame header.</source>
        <translation>Le flux de sortie contient un en-tête de trame mal formé.</translation>
    </message>
    <message>
        <source>The output stream ended in the middle of a frame.</source>
        <translation>Le flux de sortie s&apos;est terminé au milieu d&apos;une trame.</translation>
    </message>
    <message>
        <source>The output stream announces a frame of %1 bytes, more than the %2 allowed.</source>
        <translation>Le flux de sortie annonce une trame de %1 octets, plus que les %2 permis.</translation>
    </message>
</context>
<context>
    <name>Parse</name>
    <message>
        <source>Malformed answer from the engine: %1</source>
        <translation>Réponse mal formée du moteur : %1</translation>
    </message>
    <message>
        <source>an entry without %1</source>
        <translation>une entrée sans %1</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>un objet était attendu</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>une liste était attendue</translation>
    </message>
    <message>
        <source>a version without Version or ApiVersion</source>
        <translation>une version sans Version ni ApiVersion</translation>
    </message>
    <message>
        <source>Volumes is not a list</source>
        <translation>Volumes n&apos;est pas une liste</translation>
    </message>
    <message>
        <source>a deleted item that is not an object</source>
        <translation>un élément supprimé qui n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>a created container without Id</source>
        <translation>un conteneur créé sans Id</translation>
    </message>
    <message>
        <source>an event without Type or Action</source>
        <translation>un événement sans Type ni Action</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>%1 is not a list</source>
        <translation>%1 n&apos;est pas une liste</translation>
    </message>
    <message>
        <source>no disk usage category in the answer</source>
        <translation>aucune catégorie d&apos;utilisation du disque dans la réponse</translation>
    </message>
    <message>
        <source>The engine reported an error without a message.</source>
        <translation>Le moteur a signalé une erreur sans message.</translation>
    </message>
    <message>
        <source>a swarm without ID or version</source>
        <translation>un swarm sans ID ni version</translation>
    </message>
</context>
<context>
    <name>RegistryAuth</name>
    <message>
        <source>Docker Hub</source>
        <translation>Docker Hub</translation>
    </message>
    <message>
        <source>%1 refused this user name and password.</source>
        <translation>%1 a refusé ce nom d’utilisateur et ce mot de passe.</translation>
    </message>
    <message>
        <source>You are not logged in to %1: log in to it (Images, Registries…) and push again.</source>
        <translation>Vous n’êtes pas connecté à %1 : connectez-vous-y (Images, Registres…) puis relancez l’envoi.</translation>
    </message>
    <message>
        <source>You are not logged in to %1, and %2 is not public: log in to it (Images, Registries…) and pull again, or check the name.</source>
        <translation>Vous n’êtes pas connecté à %1, et %2 n’est pas public : connectez-vous-y (Images, Registres…) puis relancez le téléchargement, ou vérifiez le nom.</translation>
    </message>
    <message>
        <source>%1 refused the stored login: the password may have changed. Log in again.</source>
        <translation>%1 a refusé l’identifiant enregistré : le mot de passe a peut-être changé. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>%1 denied the push to %2: your account may not write there. Check the namespace (the part before the repository name, usually your user name or organisation).</source>
        <translation>%1 a refusé l’envoi vers %2 : votre compte n’a pas le droit d’y écrire. Vérifiez l’espace de noms (la partie avant le nom du dépôt, en général votre nom d’utilisateur ou votre organisation).</translation>
    </message>
    <message>
        <source>%1 denied access to %2: it does not exist, or your account may not read it.</source>
        <translation>%1 a refusé l’accès à %2 : il n’existe pas, ou votre compte n’a pas le droit de le lire.</translation>
    </message>
    <message>
        <source>%1 (The registry said: %2)</source>
        <translation>%1 (Réponse du registre : %2)</translation>
    </message>
</context>
<context>
    <name>RunSpecDiff</name>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Entrypoint</source>
        <translation>Point d’entrée</translation>
    </message>
    <message>
        <source>Working directory</source>
        <translation>Répertoire de travail</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Keep standard input open</source>
        <translation>Garder l’entrée standard ouverte</translation>
    </message>
    <message>
        <source>Allocate a terminal</source>
        <translation>Allouer un terminal</translation>
    </message>
    <message>
        <source>Remove when it stops</source>
        <translation>Supprimer à l’arrêt</translation>
    </message>
    <message>
        <source>Published ports</source>
        <translation>Ports publiés</translation>
    </message>
    <message>
        <source>Publish all exposed ports</source>
        <translation>Publier tous les ports exposés</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <source>Environment %1</source>
        <translation>Environnement %1</translation>
    </message>
    <message>
        <source>Label %1</source>
        <translation>Étiquette %1</translation>
    </message>
    <message>
        <source>Restart policy</source>
        <translation>Politique de redémarrage</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Memory limit</source>
        <translation>Limite de mémoire</translation>
    </message>
    <message>
        <source>CPU limit</source>
        <translation>Limite de CPU</translation>
    </message>
    <message>
        <source>Privileged</source>
        <translation>Privilégié</translation>
    </message>
    <message>
        <source>Added capabilities</source>
        <translation>Capacités ajoutées</translation>
    </message>
    <message>
        <source>Dropped capabilities</source>
        <translation>Capacités retirées</translation>
    </message>
    <message>
        <source>Read-only root filesystem</source>
        <translation>Système de fichiers racine en lecture seule</translation>
    </message>
    <message>
        <source>No setting changes: the container is recreated as it is.</source>
        <translation>Aucun réglage ne change : le conteneur est recréé tel quel.</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1 : %2 → %3</translation>
    </message>
    <message>
        <source>Health check</source>
        <translation>Sonde de santé</translation>
    </message>
</context>
<context>
    <name>SavedEngines</name>
    <message>
        <source>Give the engine a name.</source>
        <translation>Donnez un nom au moteur.</translation>
    </message>
    <message>
        <source>Another saved engine has this name.</source>
        <translation>Un autre moteur enregistré porte ce nom.</translation>
    </message>
    <message>
        <source>Enter the engine&apos;s address, for example unix:///var/run/docker.sock, tcp://host:2376 or ssh://user@host.</source>
        <translation>Saisissez l&apos;adresse du moteur, par exemple unix:///var/run/docker.sock, tcp://hôte:2376 ou ssh://utilisateur@hôte.</translation>
    </message>
    <message>
        <source>The address starts with unix://, tcp:// or ssh://.</source>
        <translation>L&apos;adresse commence par unix://, tcp:// ou ssh://.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <source>%1 cannot be read (permission denied).</source>
        <translation>%1 ne peut pas être lu (permission refusée).</translation>
    </message>
    <message>
        <source>The list could not be written to %1 (permission denied or disk full).</source>
        <translation>La liste n&apos;a pas pu être écrite dans %1 (permission refusée ou disque plein).</translation>
    </message>
    <message>
        <source>The list could not be written: %1 is damaged.</source>
        <translation>La liste n&apos;a pas pu être écrite : %1 est endommagé.</translation>
    </message>
    <message>
        <source>The list could not be written to %1.</source>
        <translation>La liste n&apos;a pas pu être écrite dans %1.</translation>
    </message>
</context>
<context>
    <name>SshErrors</name>
    <message>
        <source>(ssh: %1)</source>
        <translation>(ssh : %1)</translation>
    </message>
    <message>
        <source>The host key of %1 has changed since you last connected: someone may be posing as that host, or it was reinstalled. ssh refused to connect. If the change is expected, remove the old key with ssh-keygen -R %2, then accept the new one by running once in a terminal: %3</source>
        <translation>La clé d&apos;hôte de %1 a changé depuis votre dernière connexion : quelqu&apos;un se fait peut-être passer pour cet hôte, ou il a été réinstallé. ssh a refusé de se connecter. Si le changement est attendu, retirez l&apos;ancienne clé avec ssh-keygen -R %2, puis acceptez la nouvelle en lançant une fois dans un terminal : %3</translation>
    </message>
    <message>
        <source>The host key of %1 is not known yet, so ssh refused to connect (Gantry never accepts a host key by itself). Check its fingerprint and accept it by running once in a terminal: %2</source>
        <translation>La clé d&apos;hôte de %1 n&apos;est pas encore connue, donc ssh a refusé de se connecter (Gantry n&apos;accepte jamais une clé d&apos;hôte de lui-même). Vérifiez son empreinte et acceptez-la en lançant une fois dans un terminal : %2</translation>
    </message>
    <message>
        <source>%1 asks for a password (or none of your keys was accepted), and Gantry cannot type one. Log in with a key: copy your public key there (ssh-copy-id) and load it in your ssh agent (ssh-add).</source>
        <translation>%1 demande un mot de passe (ou n&apos;a accepté aucune de vos clés), et Gantry ne peut pas en saisir. Connectez-vous avec une clé : copiez-y votre clé publique (ssh-copy-id) et chargez-la dans votre agent ssh (ssh-add).</translation>
    </message>
    <message>
        <source>%1 refused your ssh key (it accepts: %2). Add your public key to that account&apos;s authorized_keys (ssh-copy-id), or load the right key in your ssh agent (ssh-add).</source>
        <translation>%1 a refusé votre clé ssh (méthodes acceptées : %2). Ajoutez votre clé publique au fichier authorized_keys de ce compte (ssh-copy-id), ou chargez la bonne clé dans votre agent ssh (ssh-add).</translation>
    </message>
    <message>
        <source>No ssh server answers at %1 (connection refused). Check the host and the port.</source>
        <translation>Aucun serveur ssh ne répond à %1 (connexion refusée). Vérifiez l&apos;hôte et le port.</translation>
    </message>
    <message>
        <source>The host name in %1 could not be resolved.</source>
        <translation>Le nom d&apos;hôte de %1 n&apos;a pas pu être résolu.</translation>
    </message>
    <message>
        <source>ssh could not reach %1 in time.</source>
        <translation>ssh n&apos;a pas pu joindre %1 à temps.</translation>
    </message>
    <message>
        <source>ssh reached %1, but there is no `docker` command there. Install the Docker CLI on that host (Debian: the docker.io package) and make sure it is in the PATH of non-interactive ssh sessions.</source>
        <translation>ssh a joint %1, mais il n&apos;y a pas de commande `docker` là-bas. Installez la CLI Docker sur cet hôte (Debian : le paquet docker.io) et vérifiez qu&apos;elle est dans le PATH des sessions ssh non interactives.</translation>
    </message>
    <message>
        <source>ssh reached %1, but the Docker engine there is not running.</source>
        <translation>ssh a joint %1, mais le moteur Docker n&apos;y tourne pas.</translation>
    </message>
    <message>
        <source>ssh reached %1, but that account may not use the Docker engine there: add it to the docker group.</source>
        <translation>ssh a joint %1, mais ce compte n&apos;a pas le droit d&apos;utiliser le moteur Docker là-bas : ajoutez-le au groupe docker.</translation>
    </message>
    <message>
        <source>ssh could not connect to %1.</source>
        <translation>ssh n&apos;a pas pu se connecter à %1.</translation>
    </message>
    <message>
        <source>ssh reached %1, but the Docker CLI there is too old for `docker system dial-stdio` (Docker 18.09 or later is needed). Update it on that host.</source>
        <translation>ssh a atteint %1, mais la CLI Docker y est trop ancienne pour `docker system dial-stdio` (Docker 18.09 ou plus est nécessaire). Mettez-la à jour sur cet hôte.</translation>
    </message>
    <message>
        <source>ssh reached %1, but `docker system dial-stdio` failed there: %2</source>
        <translation>ssh a atteint %1, mais `docker system dial-stdio` y a échoué : %2</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>code de sortie %1</translation>
    </message>
</context>
<context>
    <name>StatsReader</name>
    <message>
        <source>Malformed statistics from the engine: %1</source>
        <translation>Statistiques du moteur mal formées : %1</translation>
    </message>
</context>
<context>
    <name>TarExtractor</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>The archive holds an absolute path (%1): refused.</source>
        <translation>L’archive contient un chemin absolu (%1) : refusé.</translation>
    </message>
    <message>
        <source>The archive holds a path climbing out with &quot;..&quot; (%1): refused.</source>
        <translation>L’archive contient un chemin qui sort par « .. » (%1) : refusé.</translation>
    </message>
    <message>
        <source>The archive holds a name with a NUL character: refused.</source>
        <translation>L’archive contient un nom avec un caractère NUL : refusé.</translation>
    </message>
    <message>
        <source>The archive writes through %1, which is not a folder: refused.</source>
        <translation>L’archive écrit à travers %1, qui n’est pas un dossier : refusé.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Impossible de créer %1 : %2</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>Impossible de remplacer %1.</translation>
    </message>
    <message>
        <source>Cannot create the link %1: %2</source>
        <translation>Impossible de créer le lien %1 : %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>TarReader</name>
    <message>
        <source>Not a tar stream (a header&apos;s checksum is wrong).</source>
        <translation>Ce n’est pas un flux tar (la somme de contrôle d’un en-tête est fausse).</translation>
    </message>
    <message>
        <source>A tar header has a bad size.</source>
        <translation>Un en-tête tar a une taille invalide.</translation>
    </message>
    <message>
        <source>A tar extended header is too long.</source>
        <translation>Un en-tête étendu tar est trop long.</translation>
    </message>
    <message>
        <source>The tar stream ended in the middle of an entry.</source>
        <translation>Le flux tar s’est arrêté au milieu d’une entrée.</translation>
    </message>
    <message>
        <source>The archive holds a name with a NUL character: refused.</source>
        <translation>L’archive contient un nom avec un caractère NUL : refusé.</translation>
    </message>
</context>
<context>
    <name>TlsErrors</name>
    <message>
        <source>The CA certificate</source>
        <translation>Le certificat de l&apos;autorité (CA)</translation>
    </message>
    <message>
        <source>The client certificate</source>
        <translation>Le certificat client</translation>
    </message>
    <message>
        <source>The client key</source>
        <translation>La clé du client</translation>
    </message>
    <message>
        <source>%1 %2 for the engine at %3 does not exist. Put the engine&apos;s TLS files (ca.pem, cert.pem, key.pem) in the folder DOCKER_CERT_PATH names.</source>
        <translation>%1 %2 pour le moteur %3 n&apos;existe pas. Mettez les fichiers TLS du moteur (ca.pem, cert.pem, key.pem) dans le dossier que désigne DOCKER_CERT_PATH.</translation>
    </message>
    <message>
        <source>%1 %2 for the engine at %3 cannot be read: permission denied.</source>
        <translation>%1 %2 pour le moteur %3 est illisible : permission refusée.</translation>
    </message>
    <message>
        <source>The engine at %1 presented a certificate that the CA certificate %2 did not sign, so Gantry does not trust it. Use the CA certificate of this engine.</source>
        <translation>Le moteur %1 a présenté un certificat que le certificat d&apos;autorité %2 n&apos;a pas signé : Gantry ne lui fait donc pas confiance. Utilisez le certificat d&apos;autorité de ce moteur.</translation>
    </message>
    <message>
        <source>(the system&apos;s)</source>
        <translation>(celui du système)</translation>
    </message>
    <message>
        <source>The engine&apos;s certificate is not valid for %1: it was made for another name or address. Connect with a name the certificate lists.</source>
        <translation>Le certificat du moteur n&apos;est pas valide pour %1 : il a été fait pour un autre nom ou une autre adresse. Connectez-vous avec un nom que le certificat mentionne.</translation>
    </message>
    <message>
        <source>The engine at %1 requires a client certificate and none was given. Set DOCKER_CERT_PATH to the folder holding cert.pem and key.pem.</source>
        <translation>Le moteur %1 exige un certificat client et aucun n&apos;a été fourni. Faites pointer DOCKER_CERT_PATH vers le dossier qui contient cert.pem et key.pem.</translation>
    </message>
    <message>
        <source>The engine at %1 did not accept the client certificate %2.</source>
        <translation>Le moteur %1 n&apos;a pas accepté le certificat client %2.</translation>
    </message>
    <message>
        <source>The engine at %1 refused the connection: it requires a client certificate and none was given. Set DOCKER_CERT_PATH to the folder holding cert.pem and key.pem.</source>
        <translation>Le moteur %1 a refusé la connexion : il exige un certificat client et aucun n&apos;a été fourni. Faites pointer DOCKER_CERT_PATH vers le dossier qui contient cert.pem et key.pem.</translation>
    </message>
    <message>
        <source>The engine at %1 refused the client certificate %2: it was not signed by the CA the engine trusts.</source>
        <translation>Le moteur %1 a refusé le certificat client %2 : il n&apos;a pas été signé par l&apos;autorité à laquelle le moteur fait confiance.</translation>
    </message>
    <message>
        <source>The secure connection to the engine at %1 failed.</source>
        <translation>La connexion sécurisée au moteur %1 a échoué.</translation>
    </message>
    <message>
        <source>(Detail: %1)</source>
        <translation>(Détail : %1)</translation>
    </message>
</context>
<context>
    <name>VolumePruneSpec</name>
    <message>
        <source>unused volumes</source>
        <translation>volumes inutilisés</translation>
    </message>
</context>
<context>
    <name>gantry</name>
    <message>
        <source>Expected a list or a mapping of KEY=VALUE.</source>
        <translation>Une liste ou un dictionnaire CLÉ=VALEUR est attendu.</translation>
    </message>
    <message>
        <source>%1 must be a whole number.</source>
        <translation>%1 doit être un nombre entier.</translation>
    </message>
    <message>
        <source>%1 is not a duration such as 10s or 1m30s.</source>
        <translation>%1 n&apos;est pas une durée comme 10s ou 1m30s.</translation>
    </message>
    <message>
        <source>The %1 %2 names no file.</source>
        <translation>%1 %2 ne désigne aucun fichier.</translation>
    </message>
    <message>
        <source>Cannot read %1 for the %2 %3: %4</source>
        <translation>Impossible de lire %1 pour %2 %3 : %4</translation>
    </message>
    <message>
        <source>The %1 %2 is not declared at the top level.</source>
        <translation>%1 %2 n&apos;est pas déclaré au premier niveau du fichier.</translation>
    </message>
    <message>
        <source>Not a port: %1.</source>
        <translation>Ce n&apos;est pas un port : %1.</translation>
    </message>
    <message>
        <source>The service %1 has no image (building is not part of a stack deploy).</source>
        <translation>Le service %1 n&apos;a pas d&apos;image (la construction ne fait pas partie d&apos;un déploiement de pile).</translation>
    </message>
    <message>
        <source>The service %1 asks for a build, which docker stack deploy ignores and Gantry does not do either: build and tag the image first.</source>
        <translation>Le service %1 demande une construction, que docker stack deploy ignore et que Gantry ne fait pas non plus : construisez et étiquetez d&apos;abord l&apos;image.</translation>
    </message>
    <message>
        <source>Not a memory size: %1.</source>
        <translation>Ce n&apos;est pas une taille mémoire : %1.</translation>
    </message>
    <message>
        <source>The service %1 uses the network %2, which is not declared.</source>
        <translation>Le service %1 utilise le réseau %2, qui n&apos;est pas déclaré.</translation>
    </message>
    <message>
        <source>Not a valid stack name: %1.</source>
        <translation>Nom de pile non valide : %1.</translation>
    </message>
    <message>
        <source>The compose file has no services.</source>
        <translation>Le fichier compose ne contient aucun service.</translation>
    </message>
    <message>
        <source>The compose file is not valid YAML: %1</source>
        <translation>Le fichier compose n&apos;est pas du YAML valide : %1</translation>
    </message>
    <message>
        <source>No such file.</source>
        <translation>Fichier introuvable.</translation>
    </message>
    <message>
        <source>Not a regular file.</source>
        <translation>Ce n&apos;est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>The file is larger than %1 KiB.</source>
        <translation>Le fichier dépasse %1 Kio.</translation>
    </message>
    <message>
        <source>No such file: %1</source>
        <translation>Fichier introuvable : %1</translation>
    </message>
    <message>
        <source>Not a regular file: %1</source>
        <translation>Ce n&apos;est pas un fichier ordinaire : %1</translation>
    </message>
    <message>
        <source>The compose file is larger than %1 KiB.</source>
        <translation>Le fichier compose dépasse %1 Kio.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
</context>
<context>
    <name>gantry::ArchiveDialog</name>
    <message>
        <source>Archive file</source>
        <translation>Fichier d&apos;archive</translation>
    </message>
    <message>
        <source>Tar archives (*.tar);;All files (*)</source>
        <translation>Archives tar (*.tar);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&lt;b&gt;save&lt;/b&gt; writes images as they are: every layer, every tag and the metadata (history, CMD, ENV, ports). &lt;b&gt;load&lt;/b&gt; brings them back with the same IDs and tags. To take a container&apos;s files instead, use export.</source>
        <translation>&lt;b&gt;save&lt;/b&gt; écrit les images telles quelles : chaque couche, chaque tag et les métadonnées (historique, CMD, ENV, ports). &lt;b&gt;load&lt;/b&gt; les restaure avec les mêmes ID et tags. Pour prendre plutôt les fichiers d&apos;un conteneur, utilisez export.</translation>
    </message>
    <message>
        <source>&lt;b&gt;export&lt;/b&gt; writes a container&apos;s filesystem flattened into one tar: no layers, no history, no tags, no CMD or ENV, and not its volumes. &lt;b&gt;import&lt;/b&gt; makes a one-layer image of it. To move images with their layers and tags, use save.</source>
        <translation>&lt;b&gt;export&lt;/b&gt; écrit le système de fichiers d&apos;un conteneur aplati dans un seul tar : ni couches, ni historique, ni tags, ni CMD ou ENV, et pas ses volumes. &lt;b&gt;import&lt;/b&gt; en fait une image à une seule couche. Pour déplacer des images avec leurs couches et leurs tags, utilisez save.</translation>
    </message>
    <message>
        <source>Save images to a file</source>
        <translation>Enregistrer des images dans un fichier</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Images:</source>
        <translation>Images :</translation>
    </message>
    <message>
        <source>Load images from a file</source>
        <translation>Charger des images depuis un fichier</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Charger</translation>
    </message>
    <message>
        <source>Export container %1</source>
        <translation>Exporter le conteneur %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Container:</source>
        <translation>Conteneur :</translation>
    </message>
    <message>
        <source>Import a filesystem as an image</source>
        <translation>Importer un système de fichiers comme image</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>Repository and tag</source>
        <translation>Dépôt et tag</translation>
    </message>
    <message>
        <source>repository:tag (empty: an untagged image)</source>
        <translation>dépôt:étiquette (vide : une image sans étiquette)</translation>
    </message>
    <message>
        <source>Commit message</source>
        <translation>Message du commit</translation>
    </message>
    <message>
        <source>Dockerfile changes</source>
        <translation>Modifications Dockerfile</translation>
    </message>
    <message>
        <source>One per line, e.g. CMD [&quot;sh&quot;]: an imported image has no command of its own</source>
        <translation>Une par ligne, par ex. CMD [&quot;sh&quot;] : une image importée n&apos;a pas de commande propre</translation>
    </message>
    <message>
        <source>Image:</source>
        <translation>Image :</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Message :</translation>
    </message>
    <message>
        <source>Changes:</source>
        <translation>Modifications :</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Choose the archive file.</source>
        <translation>Choisissez le fichier d&apos;archive.</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>Il n&apos;y a pas de fichier à %1.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name.</source>
        <translation>%1 est un dossier ; donnez un nom de fichier.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid image name: lowercase, optional registry and :tag.</source>
        <translation>« %1 » n&apos;est pas un nom d&apos;image valide : minuscules, registre et :tag facultatifs.</translation>
    </message>
    <message>
        <source>%1 exists and will be replaced once the new archive is complete.</source>
        <translation>%1 existe et sera remplacé une fois la nouvelle archive terminée.</translation>
    </message>
    <message>
        <source>%1 of %2 sent</source>
        <translation>%1 sur %2 envoyés</translation>
    </message>
    <message>
        <source>%1 written</source>
        <translation>%1 écrits</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Annulé ; rien n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>gantry::ArchiveTransfer</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Cancelled by the user.</source>
        <translation>Annulé par l&apos;utilisateur.</translation>
    </message>
</context>
<context>
    <name>gantry::BuildDialog</name>
    <message>
        <source>Build folder</source>
        <translation>Dossier de construction</translation>
    </message>
    <message>
        <source>Dockerfile</source>
        <translation>Dockerfile</translation>
    </message>
    <message>
        <source>Do not use the build cache (--no-cache)</source>
        <translation>Ne pas utiliser le cache de construction (--no-cache)</translation>
    </message>
    <message>
        <source>Build an image</source>
        <translation>Construire une image</translation>
    </message>
    <message>
        <source>The folder sent to the engine (the build context)</source>
        <translation>Le dossier envoyé au moteur (le contexte de construction)</translation>
    </message>
    <message>
        <source>Dockerfile in that folder</source>
        <translation>Dockerfile de ce dossier</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>name:tag, several separated by commas</source>
        <translation>nom:étiquette, plusieurs séparés par des virgules</translation>
    </message>
    <message>
        <source>Build arguments</source>
        <translation>Arguments de construction</translation>
    </message>
    <message>
        <source>KEY=value, one per line (ARG in the Dockerfile)</source>
        <translation>CLÉ=valeur, une par ligne (ARG dans le Dockerfile)</translation>
    </message>
    <message>
        <source>Target stage</source>
        <translation>Étape cible</translation>
    </message>
    <message>
        <source>the last stage</source>
        <translation>la dernière étape</translation>
    </message>
    <message>
        <source>Build progress</source>
        <translation>Progression de la construction</translation>
    </message>
    <message>
        <source>Build output</source>
        <translation>Sortie de la construction</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Construire</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Dossier :</translation>
    </message>
    <message>
        <source>Dockerfile:</source>
        <translation>Dockerfile :</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Étiquettes :</translation>
    </message>
    <message>
        <source>Build arguments:</source>
        <translation>Arguments de construction :</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Cible :</translation>
    </message>
    <message>
        <source>Choose the folder to build.</source>
        <translation>Choisissez le dossier à construire.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>There is no Dockerfile at %1.</source>
        <translation>Il n&apos;y a pas de Dockerfile à %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid tag: lowercase name, optional registry and :tag.</source>
        <translation>« %1 » n&apos;est pas un tag valide : nom en minuscules, registre et :tag facultatifs.</translation>
    </message>
    <message>
        <source>Build argument &quot;%1&quot;: %2</source>
        <translation>Argument de construction « %1 » : %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid stage name.</source>
        <translation>« %1 » n&apos;est pas un nom d&apos;étape valide.</translation>
    </message>
    <message>
        <source>Sending the build context: %1 of %2</source>
        <translation>Envoi du contexte de construction : %1 sur %2</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Étape %1 sur %2 : %3</translation>
    </message>
    <message>
        <source>Build cancelled.</source>
        <translation>Construction annulée.</translation>
    </message>
</context>
<context>
    <name>gantry::ClusterTab</name>
    <message>
        <source>Join tokens</source>
        <translation>Jetons d&apos;adhésion</translation>
    </message>
    <message>
        <source>Whoever has a token can join this swarm: as a worker, or as a manager with full control. Rotate a token that may have leaked: the old one is refused from then on (nodes already in the swarm stay).</source>
        <translation>Quiconque a un jeton peut rejoindre ce swarm : comme worker, ou comme manager avec tous les droits. Renouvelez un jeton qui a pu fuiter : l&apos;ancien est refusé dès lors (les nœuds déjà dans le swarm restent).</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Leave the swarm…</source>
        <translation>Quitter le swarm…</translation>
    </message>
    <message>
        <source>Leave the swarm</source>
        <translation>Quitter le swarm</translation>
    </message>
    <message>
        <source>Manager join token</source>
        <translation>Jeton d&apos;adhésion manager</translation>
    </message>
    <message>
        <source>Worker join token</source>
        <translation>Jeton d&apos;adhésion worker</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the manager join command</source>
        <translation>Copier la commande d&apos;adhésion manager</translation>
    </message>
    <message>
        <source>Copy the worker join command</source>
        <translation>Copier la commande d&apos;adhésion worker</translation>
    </message>
    <message>
        <source>Copies the docker swarm join command line with this token</source>
        <translation>Copie la ligne de commande docker swarm join avec ce jeton</translation>
    </message>
    <message>
        <source>Rotate…</source>
        <translation>Renouveler…</translation>
    </message>
    <message>
        <source>Rotate the manager join token</source>
        <translation>Renouveler le jeton d&apos;adhésion manager</translation>
    </message>
    <message>
        <source>Rotate the worker join token</source>
        <translation>Renouveler le jeton d&apos;adhésion worker</translation>
    </message>
    <message>
        <source>Manager join command</source>
        <translation>Commande d&apos;adhésion manager</translation>
    </message>
    <message>
        <source>Worker join command</source>
        <translation>Commande d&apos;adhésion worker</translation>
    </message>
    <message>
        <source>Manager:</source>
        <translation>Manager :</translation>
    </message>
    <message>
        <source>Worker:</source>
        <translation>Worker :</translation>
    </message>
</context>
<context>
    <name>gantry::CommandLog</name>
    <message>
        <source>%1 — failed: %2</source>
        <translation>%1 — échec : %2</translation>
    </message>
</context>
<context>
    <name>gantry::CommandLogDock</name>
    <message>
        <source>Command log</source>
        <translation>Journal des commandes</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy selected</source>
        <translation>Copier la sélection</translation>
    </message>
    <message>
        <source>Copy selected commands</source>
        <translation>Copier les commandes sélectionnées</translation>
    </message>
    <message>
        <source>Each action&apos;s docker command line: run it in a terminal to do the same.</source>
        <translation>La ligne de commande docker de chaque action : lancez-la dans un terminal pour faire la même chose.</translation>
    </message>
</context>
<context>
    <name>gantry::CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation>Palette de commandes</translation>
    </message>
    <message>
        <source>Find an action, page or object</source>
        <translation>Trouver une action, une page ou un objet</translation>
    </message>
    <message>
        <source>Type an action, a page, a container, an image…</source>
        <translation>Tapez une action, une page, un conteneur, une image…</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Résultats</translation>
    </message>
</context>
<context>
    <name>gantry::CommitDialog</name>
    <message>
        <source>Pause the container while committing</source>
        <translation>Mettre le conteneur en pause pendant le commit</translation>
    </message>
    <message>
        <source>Commit container %1</source>
        <translation>Commit du conteneur %1</translation>
    </message>
    <message>
        <source>Commit container</source>
        <translation>Commit du conteneur</translation>
    </message>
    <message>
        <source>Makes an image of the container&apos;s current filesystem (its image plus every change made inside it). Volumes are not included. A Dockerfile is the better way to make images others can rebuild.</source>
        <translation>Crée une image du système de fichiers actuel du conteneur (son image plus chaque modification faite à l&apos;intérieur). Les volumes ne sont pas inclus. Un Dockerfile reste la meilleure façon de faire des images que d&apos;autres peuvent reconstruire.</translation>
    </message>
    <message>
        <source>Repository and tag</source>
        <translation>Dépôt et tag</translation>
    </message>
    <message>
        <source>repository:tag (empty: an untagged image)</source>
        <translation>dépôt:étiquette (vide : une image sans étiquette)</translation>
    </message>
    <message>
        <source>Commit message</source>
        <translation>Message du commit</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Name &lt;email&gt;</source>
        <translation>Nom &lt;e-mail&gt;</translation>
    </message>
    <message>
        <source>Dockerfile changes</source>
        <translation>Modifications Dockerfile</translation>
    </message>
    <message>
        <source>One per line, e.g. CMD [&quot;httpd&quot;, &quot;-f&quot;] or ENV MODE=prod</source>
        <translation>Une par ligne, par ex. CMD [&quot;httpd&quot;, &quot;-f&quot;] ou ENV MODE=prod</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Container:</source>
        <translation>Conteneur :</translation>
    </message>
    <message>
        <source>Image:</source>
        <translation>Image :</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Message :</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>Auteur :</translation>
    </message>
    <message>
        <source>Changes:</source>
        <translation>Modifications :</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid image name: lowercase, optional registry and :tag.</source>
        <translation>« %1 » n&apos;est pas un nom d&apos;image valide : minuscules, registre et :tag facultatifs.</translation>
    </message>
</context>
<context>
    <name>gantry::ComposeEditorDialog</name>
    <message>
        <source>Looking for the compose tool…</source>
        <translation>Recherche de l&apos;outil compose…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Apply</source>
        <comment>compose up -d after editing</comment>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Edit compose project %1</source>
        <translation>Modifier le projet compose %1</translation>
    </message>
    <message>
        <source>Compose files</source>
        <translation>Fichiers compose</translation>
    </message>
    <message>
        <source>Save the files</source>
        <translation>Enregistrer les fichiers</translation>
    </message>
    <message>
        <source>Check the edited files with the compose tool (config), then save them; nothing is written if the check fails</source>
        <translation>Vérifier les fichiers modifiés avec l&apos;outil compose (config), puis les enregistrer ; rien n&apos;est écrit si la vérification échoue</translation>
    </message>
    <message>
        <source>Apply the changes</source>
        <translation>Appliquer les modifications</translation>
    </message>
    <message>
        <source>Save, show which services will be recreated, then run up -d (only what changed is recreated)</source>
        <translation>Enregistrer, montrer quels services seront recréés, puis lancer up -d (seul ce qui a changé est recréé)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message numerus="yes">
        <source>[… cut: the file is larger than %n KiB and cannot be edited here]</source>
        <translation>
            <numerusform>[… coupé : le fichier dépasse %n Kio et ne peut pas être modifié ici]</numerusform>
            <numerusform>[… coupé : le fichier dépasse %n Kio et ne peut pas être modifié ici]</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>No %1 yet: what is typed here is saved as a new file.</source>
        <translation>Pas encore de %1 : ce qui est saisi ici est enregistré dans un nouveau fichier.</translation>
    </message>
    <message>
        <source>Compose tool: %1 (%2)</source>
        <translation>Outil compose : %1 (%2)</translation>
    </message>
    <message>
        <source>Cannot write a temporary copy beside %1 to check it: %2</source>
        <translation>Impossible d&apos;écrire une copie temporaire à côté de %1 pour la vérifier : %2</translation>
    </message>
    <message>
        <source>Checking the edited files (config)…</source>
        <translation>Vérification des fichiers modifiés (config)…</translation>
    </message>
    <message>
        <source>Cannot save: %1</source>
        <translation>Impossible d&apos;enregistrer : %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Comparing the files with the running containers…</source>
        <translation>Comparaison des fichiers avec les conteneurs en place…</translation>
    </message>
    <message>
        <source>%1: recreated</source>
        <translation>%1 : recréé</translation>
    </message>
    <message>
        <source>%1: created</source>
        <translation>%1 : créé</translation>
    </message>
    <message>
        <source>%1: started</source>
        <translation>%1 : démarré</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>up -d on %1 recreates only what changed. A recreated container loses what was written inside it outside its volumes.</source>
        <translation>up -d sur %1 ne recrée que ce qui a changé. Un conteneur recréé perd ce qui a été écrit dedans hors de ses volumes.</translation>
    </message>
    <message>
        <source>Apply (up -d)</source>
        <translation>Appliquer (up -d)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>These files have changes that are not saved. Close and lose them?</source>
        <translation>Ces fichiers ont des modifications non enregistrées. Fermer et les perdre ?</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Fermer sans enregistrer</translation>
    </message>
    <message>
        <source>[… the file is not UTF-8 text and cannot be edited here: saving would change its bytes]</source>
        <translation>[… le fichier n’est pas du texte UTF-8 et ne peut pas être modifié ici : l’enregistrer changerait ses octets]</translation>
    </message>
    <message>
        <source>Changed on disk</source>
        <translation>Modifié sur le disque</translation>
    </message>
    <message>
        <source>These files changed on disk since you opened them. Overwrite them with your text, or reload them from disk (your changes to them are lost)?</source>
        <translation>Ces fichiers ont changé sur le disque depuis que vous les avez ouverts. Les écraser avec votre texte, ou les recharger depuis le disque (vos modifications y sont perdues) ?</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Écraser</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Reloaded from disk; nothing was saved.</source>
        <translation>Rechargé depuis le disque ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The configuration of %1 is unchanged: up -d recreates a container only if its image was updated or a network or volume it uses changed.</source>
        <translation>La configuration de %1 est inchangée : up -d ne recrée un conteneur que si son image a été mise à jour ou si un réseau ou un volume qu’il utilise a changé.</translation>
    </message>
</context>
<context>
    <name>gantry::ComposeJob</name>
    <message>
        <source>Cancelled: the compose tool was stopped.</source>
        <translation>Annulé : l&apos;outil compose a été arrêté.</translation>
    </message>
    <message>
        <source>The compose tool crashed.</source>
        <translation>L&apos;outil compose a planté.</translation>
    </message>
    <message>
        <source>The compose tool failed (exit code %1).</source>
        <translation>L&apos;outil compose a échoué (code de sortie %1).</translation>
    </message>
    <message>
        <source>The compose tool could not be started: %1</source>
        <translation>Impossible de lancer l&apos;outil compose : %1</translation>
    </message>
    <message numerus="yes">
        <source>The compose tool&apos;s output is too large (more than %n MiB); it was stopped.</source>
        <translation>
            <numerusform>La sortie de l’outil compose est trop grande (plus de %n Mio) ; il a été arrêté.</numerusform>
            <numerusform>La sortie de l’outil compose est trop grande (plus de %n Mio) ; il a été arrêté.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gantry::ComposeProjectDialog</name>
    <message>
        <source>Looking for the compose tool…</source>
        <translation>Recherche de l&apos;outil compose…</translation>
    </message>
    <message>
        <source>With volumes (down -v)</source>
        <translation>Avec les volumes (down -v)</translation>
    </message>
    <message>
        <source>Compose project %1</source>
        <translation>Projet compose %1</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Projet : %1</translation>
    </message>
    <message>
        <source>Services: %1</source>
        <translation>Services : %1</translation>
    </message>
    <message>
        <source>Working directory: %1</source>
        <translation>Dossier de travail : %1</translation>
    </message>
    <message>
        <source>Files: %1</source>
        <translation>Fichiers : %1</translation>
    </message>
    <message>
        <source>The engine runs on another machine: this project&apos;s files are there, not here, so the compose tool cannot be run on them from Gantry. The actions on its containers still work.</source>
        <translation>Le moteur tourne sur une autre machine : les fichiers de ce projet sont là-bas, pas ici, et Gantry ne peut donc pas lancer l&apos;outil compose dessus. Les actions sur ses conteneurs fonctionnent toujours.</translation>
    </message>
    <message>
        <source>Compose did not record this project&apos;s files on its containers (no com.docker.compose.project.config_files label). The actions on its containers still work.</source>
        <translation>Compose n&apos;a pas noté les fichiers de ce projet sur ses conteneurs (pas d&apos;étiquette com.docker.compose.project.config_files). Les actions sur ses conteneurs fonctionnent toujours.</translation>
    </message>
    <message>
        <source>This project&apos;s files are not readable on this machine (they may be on another one, or were moved): %1. The actions on its containers still work.</source>
        <translation>Les fichiers de ce projet ne sont pas lisibles sur cette machine (ils sont peut-être sur une autre, ou ont été déplacés) : %1. Les actions sur ses conteneurs fonctionnent toujours.</translation>
    </message>
    <message>
        <source>Compose files</source>
        <translation>Fichiers compose</translation>
    </message>
    <message>
        <source>Create and start what is missing or changed (up -d)</source>
        <translation>Créer et démarrer ce qui manque ou a changé (up -d)</translation>
    </message>
    <message>
        <source>Stop and remove the containers and networks (down)</source>
        <translation>Arrêter et supprimer les conteneurs et les réseaux (down)</translation>
    </message>
    <message>
        <source>Pull the services&apos; images (pull)</source>
        <translation>Télécharger les images des services (pull)</translation>
    </message>
    <message>
        <source>Restart the services&apos; containers (restart)</source>
        <translation>Redémarrer les conteneurs des services (restart)</translation>
    </message>
    <message>
        <source>Build the images again and recreate (up -d --build)</source>
        <translation>Reconstruire les images et recréer (up -d --build)</translation>
    </message>
    <message>
        <source>Down removes the volumes too</source>
        <translation>Down supprime aussi les volumes</translation>
    </message>
    <message>
        <source>Also remove the project&apos;s named and anonymous volumes: their data is lost</source>
        <translation>Supprimer aussi les volumes nommés et anonymes du projet : leurs données sont perdues</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>[… cut: the file is larger than %n KiB]</source>
        <translation>
            <numerusform>[… coupé : le fichier dépasse %n Kio]</numerusform>
            <numerusform>[… coupé : le fichier dépasse %n Kio]</numerusform>
        </translation>
    </message>
    <message>
        <source>Contents of %1</source>
        <translation>Contenu de %1</translation>
    </message>
    <message>
        <source>Compose tool: %1 (%2)</source>
        <translation>Outil compose : %1 (%2)</translation>
    </message>
    <message>
        <source>Compose tool: none found</source>
        <translation>Outil compose : aucun trouvé</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Down and remove volumes</source>
        <translation>Down et supprimer les volumes</translation>
    </message>
    <message>
        <source>Edit…</source>
        <comment>the compose files</comment>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Edit the compose files</source>
        <translation>Modifier les fichiers compose</translation>
    </message>
    <message>
        <source>Edit the compose file and .env, check and save them, and apply the changes (up -d)</source>
        <translation>Modifier le fichier compose et le .env, les vérifier et les enregistrer, et appliquer les modifications (up -d)</translation>
    </message>
    <message>
        <source>Show values</source>
        <translation>Afficher les valeurs</translation>
    </message>
    <message>
        <source>Show the values of secret-looking keys</source>
        <translation>Afficher les valeurs des clés qui semblent secrètes</translation>
    </message>
    <message>
        <source>Values of keys whose name holds PASSWORD, SECRET, TOKEN or KEY are hidden</source>
        <translation>Les valeurs des clés dont le nom contient PASSWORD, SECRET, TOKEN ou KEY sont masquées</translation>
    </message>
    <message>
        <source>Reading the files to name what Down removes…</source>
        <translation>Lecture des fichiers pour nommer ce que Down supprime…</translation>
    </message>
    <message>
        <source>container %1</source>
        <translation>conteneur %1</translation>
    </message>
    <message>
        <source>network %1</source>
        <translation>réseau %1</translation>
    </message>
    <message>
        <source>volume %1</source>
        <translation>volume %1</translation>
    </message>
    <message>
        <source>Stop and remove the containers of %1, its networks AND its volumes (the named volumes declared in its files and its containers&apos; anonymous volumes): the data in them is lost for good.</source>
        <translation>Arrêter et supprimer les conteneurs de %1, ses réseaux ET ses volumes (les volumes nommés déclarés dans ses fichiers et les volumes anonymes de ses conteneurs) : leurs données sont perdues pour de bon.</translation>
    </message>
    <message>
        <source>Stop and remove the containers of %1 and its networks?</source>
        <translation>Arrêter et supprimer les conteneurs de %1 et ses réseaux ?</translation>
    </message>
    <message>
        <source>Its files could not be read, so its networks and volumes cannot be named here: %1</source>
        <translation>Ses fichiers n&apos;ont pas pu être lus, ses réseaux et ses volumes ne peuvent donc pas être nommés ici : %1</translation>
    </message>
    <message>
        <source>Its named volumes, if any, are kept.</source>
        <translation>Ses volumes nommés, s&apos;il y en a, sont gardés.</translation>
    </message>
    <message>
        <source>Its named volumes are kept: %1.</source>
        <translation>Ses volumes nommés sont gardés : %1.</translation>
    </message>
</context>
<context>
    <name>gantry::ComposeRunPanel</name>
    <message>
        <source>Cancel</source>
        <comment>stop the running compose command</comment>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Compose output</source>
        <translation>Sortie de compose</translation>
    </message>
    <message>
        <source>The compose tool&apos;s output appears here.</source>
        <translation>La sortie de l&apos;outil compose s&apos;affiche ici.</translation>
    </message>
    <message>
        <source>Cancel the compose command</source>
        <translation>Annuler la commande compose</translation>
    </message>
    <message numerus="yes">
        <source>Ask the compose tool to stop; it is killed if it has not stopped after %n seconds</source>
        <translation>
            <numerusform>Demander à l&apos;outil compose de s&apos;arrêter ; il est tué s&apos;il ne s&apos;est pas arrêté après %n seconde</numerusform>
            <numerusform>Demander à l&apos;outil compose de s&apos;arrêter ; il est tué s&apos;il ne s&apos;est pas arrêté après %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
</context>
<context>
    <name>gantry::ConfirmDialog</name>
    <message>
        <source>What will be affected</source>
        <translation>Ce qui sera touché</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>gantry::ConnectionMonitor</name>
    <message>
        <source>The engine speaks API %1; Gantry needs %2 or newer (Docker 20.10).</source>
        <translation>Le moteur parle l&apos;API %1 ; Gantry demande la %2 ou plus récente (Docker 20.10).</translation>
    </message>
</context>
<context>
    <name>gantry::ConnectionPresenter</name>
    <message>
        <source>Connecting to the Docker engine at %1…</source>
        <translation>Connexion au moteur Docker sur %1…</translation>
    </message>
    <message>
        <source>This Docker engine is too old for Gantry. %1</source>
        <translation>Ce moteur Docker est trop ancien pour Gantry. %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Retry now</source>
        <comment>reconnect to the engine</comment>
        <translation>Réessayer maintenant</translation>
    </message>
    <message>
        <source>Not connected to %1</source>
        <translation>Non connecté à %1</translation>
    </message>
    <message>
        <source>No Docker engine answers at %1. %2</source>
        <translation>Aucun moteur Docker ne répond à %1. %2</translation>
    </message>
    <message>
        <source>Gantry keeps trying and reconnects by itself.</source>
        <translation>Gantry continue d&apos;essayer et se reconnecte tout seul.</translation>
    </message>
    <message>
        <source>You may not use the Docker socket at %1. Add your user to the docker group (&quot;sudo usermod -aG docker $USER&quot;), then log out and in again.</source>
        <translation>Vous n&apos;avez pas le droit d&apos;utiliser le socket Docker à %1. Ajoutez votre utilisateur au groupe docker (« sudo usermod -aG docker $USER »), puis fermez et rouvrez votre session.</translation>
    </message>
    <message>
        <source>Connected to %1 — %2 %3, API %4</source>
        <comment>engine, product, its version</comment>
        <translation>Connecté à %1 — %2 %3, API %4</translation>
    </message>
</context>
<context>
    <name>gantry::ContainerActions</name>
    <message>
        <source>Remove containers</source>
        <translation>Supprimer des conteneurs</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n container(s)? Each one&apos;s writable layer (every file changed inside it) is deleted for good. Named volumes are kept.</source>
        <translation>
            <numerusform>Supprimer %n conteneur ? Sa couche inscriptible (tous les fichiers modifiés à l&apos;intérieur) est effacée pour de bon. Les volumes nommés sont conservés.</numerusform>
            <numerusform>Supprimer %n conteneurs ? La couche inscriptible de chacun (tous les fichiers modifiés à l&apos;intérieur) est effacée pour de bon. Les volumes nommés sont conservés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n container(s)</source>
        <translation>
            <numerusform>Supprimer %n conteneur</numerusform>
            <numerusform>Supprimer %n conteneurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Also remove their anonymous volumes (docker rm -v)</source>
        <translation>Supprimer aussi leurs volumes anonymes (docker rm -v)</translation>
    </message>
    <message>
        <source>Stop and remove running containers too (docker rm -f)</source>
        <translation>Arrêter et supprimer aussi les conteneurs en marche (docker rm -f)</translation>
    </message>
    <message>
        <source>Without this, running containers are refused by the engine and kept.</source>
        <translation>Sans cela, le moteur refuse les conteneurs en marche, qui sont conservés.</translation>
    </message>
    <message>
        <source>Kill containers</source>
        <translation>Tuer des conteneurs</translation>
    </message>
    <message numerus="yes">
        <source>Kill %n container(s)? Their processes get SIGKILL at once, with no chance to save anything.</source>
        <translation>
            <numerusform>Tuer %n conteneur ? Ses processus reçoivent SIGKILL immédiatement, sans pouvoir rien enregistrer.</numerusform>
            <numerusform>Tuer %n conteneurs ? Leurs processus reçoivent SIGKILL immédiatement, sans pouvoir rien enregistrer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kill %n container(s)</source>
        <translation>
            <numerusform>Tuer %n conteneur</numerusform>
            <numerusform>Tuer %n conteneurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) failed:</source>
        <translation>
            <numerusform>%n action a échoué :</numerusform>
            <numerusform>%n actions ont échoué :</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove compose project</source>
        <translation>Supprimer le projet compose</translation>
    </message>
    <message>
        <source>Remove every container of %1, in this order (running ones are stopped first)? Each one&apos;s writable layer is deleted for good. Named volumes and networks are kept.</source>
        <translation>Supprimer tous les conteneurs de %1, dans cet ordre (ceux qui tournent sont d&apos;abord arrêtés) ? La couche modifiable de chacun (tout fichier modifié à l&apos;intérieur) est supprimée pour de bon. Les volumes nommés et les réseaux sont conservés.</translation>
    </message>
    <message>
        <source>Kill compose project</source>
        <translation>Tuer le projet compose</translation>
    </message>
    <message>
        <source>Kill every running container of %1, in this order? Their processes get SIGKILL at once.</source>
        <translation>Tuer tous les conteneurs de %1 qui tournent, dans cet ordre ? Leurs processus reçoivent SIGKILL immédiatement.</translation>
    </message>
    <message>
        <source>%1 compose project</source>
        <translation>%1 le projet compose</translation>
    </message>
    <message>
        <source>%1 these containers of %2, in this order?</source>
        <translation>%1 ces conteneurs de %2, dans cet ordre ?</translation>
    </message>
    <message numerus="yes">
        <source>%1 %n container(s)</source>
        <translation>
            <numerusform>%1 %n conteneur</numerusform>
            <numerusform>%1 %n conteneurs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gantry::ContainerAlerts</name>
    <message>
        <source>%1 stopped unexpectedly</source>
        <translation>%1 s&apos;est arrêté de façon inattendue</translation>
    </message>
    <message>
        <source>%1 ran out of memory</source>
        <translation>%1 a manqué de mémoire</translation>
    </message>
    <message>
        <source>%1 is unhealthy</source>
        <translation>%1 est en mauvaise santé</translation>
    </message>
    <message>
        <source>%1 keeps restarting</source>
        <translation>%1 redémarre sans cesse</translation>
    </message>
    <message>
        <source>The container exited with code %1 without being asked to stop.</source>
        <translation>Le conteneur s&apos;est terminé avec le code %1 sans qu&apos;on lui ait demandé de s&apos;arrêter.</translation>
    </message>
    <message>
        <source>The kernel killed a process of the container: it used all the memory it is allowed (--memory).</source>
        <translation>Le noyau a tué un processus du conteneur : il a utilisé toute la mémoire qui lui est permise (--memory).</translation>
    </message>
    <message>
        <source>Its health check failed. The last probes are in the container&apos;s details.</source>
        <translation>Son contrôle de santé a échoué. Les derniers essais sont dans les détails du conteneur.</translation>
    </message>
    <message numerus="yes">
        <source>It died %n times within a minute (last exit code %1) and its restart policy starts it again each time.</source>
        <translation>
            <numerusform>Il s&apos;est arrêté %n fois en une minute (dernier code de sortie %1) et sa politique de redémarrage le relance à chaque fois.</numerusform>
            <numerusform>Il s&apos;est arrêté %n fois en une minute (dernier code de sortie %1) et sa politique de redémarrage le relance à chaque fois.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gantry::ContainerModel</name>
    <message>
        <source>%1 of %2 running</source>
        <translation>%1 sur %2 en marche</translation>
    </message>
    <message>
        <source>Compose project %1</source>
        <translation>Projet Compose %1</translation>
    </message>
    <message>
        <source>%1
ID %2</source>
        <translation>%1
ID %2</translation>
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
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Service</source>
        <comment>compose service</comment>
        <translation>Service</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En marche</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Exited (%1)</source>
        <translation>Arrêté (%1)</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Restarting</source>
        <translation>Redémarrage</translation>
    </message>
    <message>
        <source>Removing</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>Dead</source>
        <translation>Mort</translation>
    </message>
    <message>
        <source>No health check</source>
        <translation>Aucune sonde de santé</translation>
    </message>
    <message>
        <source>Health check: %1</source>
        <translation>Sonde de santé : %1</translation>
    </message>
    <message>
        <source>Health</source>
        <comment>container health check</comment>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>En bonne santé</translation>
    </message>
    <message>
        <source>Unhealthy</source>
        <translation>En mauvaise santé</translation>
    </message>
    <message>
        <source>Starting</source>
        <comment>health check</comment>
        <translation>Démarrage</translation>
    </message>
</context>
<context>
    <name>gantry::ContainerNotifications</name>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Notifications</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>When a container stops &amp;unexpectedly</source>
        <translation>Quand un conteneur s&apos;arrête de façon &amp;inattendue</translation>
    </message>
    <message>
        <source>When a container runs out of &amp;memory</source>
        <translation>Quand un conteneur manque de &amp;mémoire</translation>
    </message>
    <message>
        <source>When a container becomes unh&amp;ealthy</source>
        <translation>Quand un conteneur devient en mauvaise &amp;santé</translation>
    </message>
    <message>
        <source>When a container keeps &amp;restarting</source>
        <translation>Quand un conteneur &amp;redémarre sans cesse</translation>
    </message>
</context>
<context>
    <name>gantry::ContainersPage</name>
    <message>
        <source>Containers</source>
        <translation>Conteneurs</translation>
    </message>
    <message>
        <source>Show stopped containers too (docker ps -a)</source>
        <translation>Afficher aussi les conteneurs arrêtés (docker ps -a)</translation>
    </message>
    <message>
        <source>Show stopped containers</source>
        <translation>Afficher les conteneurs arrêtés</translation>
    </message>
    <message>
        <source>Start the selected containers</source>
        <translation>Démarrer les conteneurs sélectionnés</translation>
    </message>
    <message>
        <source>Stop: SIGTERM, then SIGKILL after the grace period</source>
        <translation>Arrêter : SIGTERM, puis SIGKILL après le délai de grâce</translation>
    </message>
    <message>
        <source>Restart the selected containers</source>
        <translation>Redémarrer les conteneurs sélectionnés</translation>
    </message>
    <message>
        <source>Freeze the processes (cgroup freezer)</source>
        <translation>Geler les processus (cgroup freezer)</translation>
    </message>
    <message>
        <source>Resume paused containers</source>
        <translation>Reprendre les conteneurs suspendus</translation>
    </message>
    <message>
        <source>Kill at once with SIGKILL</source>
        <translation>Tuer immédiatement avec SIGKILL</translation>
    </message>
    <message>
        <source>Remove the selected containers</source>
        <translation>Supprimer les conteneurs sélectionnés</translation>
    </message>
    <message>
        <source>Run…</source>
        <translation>Lancer…</translation>
    </message>
    <message>
        <source>Run a new container (docker run)</source>
        <translation>Lancer un nouveau conteneur (docker run)</translation>
    </message>
    <message>
        <source>Edit and recreate…</source>
        <translation>Modifier et recréer…</translation>
    </message>
    <message>
        <source>Change the options of the selected container and recreate it</source>
        <translation>Modifier les options du conteneur sélectionné et le recréer</translation>
    </message>
    <message>
        <source>Open terminal</source>
        <translation>Ouvrir un terminal</translation>
    </message>
    <message>
        <source>Open a shell in the selected container (docker exec -it)</source>
        <translation>Ouvrir un shell dans le conteneur sélectionné (docker exec -it)</translation>
    </message>
    <message>
        <source>Compose project…</source>
        <translation>Projet compose…</translation>
    </message>
    <message>
        <source>The selected compose project: its files, up, down, pull, rebuild</source>
        <translation>Le projet compose sélectionné : ses fichiers, up, down, pull, reconstruction</translation>
    </message>
    <message>
        <source>No containers. Run one from an image with Run… (%1), here or on the Images page.</source>
        <translation>Aucun conteneur. Lancez-en un à partir d’une image avec Lancer… (%1), ici ou sur la page Images.</translation>
    </message>
    <message>
        <source>Health filter</source>
        <translation>Filtre de santé</translation>
    </message>
    <message>
        <source>Show only the containers whose health check says this (docker ps --filter health=...)</source>
        <translation>N’afficher que les conteneurs dont la sonde de santé indique cet état (docker ps --filter health=...)</translation>
    </message>
    <message>
        <source>Any health</source>
        <translation>Toute santé</translation>
    </message>
    <message>
        <source>No health check</source>
        <translation>Aucune sonde de santé</translation>
    </message>
    <message>
        <source>Change limits…</source>
        <translation>Modifier les limites…</translation>
    </message>
    <message>
        <source>Change memory, CPUs and restart policy without recreating (docker update)</source>
        <translation>Modifier la mémoire, les processeurs et la politique de redémarrage sans recréer (docker update)</translation>
    </message>
    <message>
        <source>No container matches. Clear the filter, or tick “Show stopped containers too” to see those that are not running.</source>
        <translation>Aucun conteneur ne correspond. Videz le filtre, ou cochez « Afficher aussi les conteneurs arrêtés » pour voir ceux qui ne tournent pas.</translation>
    </message>
</context>
<context>
    <name>gantry::CopyFromJob</name>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation>Impossible d’écrire dans %1 : %2</translation>
    </message>
    <message>
        <source>%1 already exists in %2: nothing was overwritten.</source>
        <translation>%1 existe déjà dans %2 : rien n’a été écrasé.</translation>
    </message>
    <message>
        <source>Cannot move %1 into %2: %3</source>
        <translation>Impossible de déplacer %1 dans %2 : %3</translation>
    </message>
</context>
<context>
    <name>gantry::CreateNetworkDialog</name>
    <message>
        <source>Internal: no access to the outside world (--internal)</source>
        <translation>Interne : aucun accès au monde extérieur (--internal)</translation>
    </message>
    <message>
        <source>Attachable: standalone containers may join (--attachable)</source>
        <translation>Attachable : les conteneurs autonomes peuvent le rejoindre (--attachable)</translation>
    </message>
    <message>
        <source>Create network</source>
        <translation>Créer un réseau</translation>
    </message>
    <message>
        <source>Network name</source>
        <translation>Nom du réseau</translation>
    </message>
    <message>
        <source>Network driver</source>
        <translation>Pilote du réseau</translation>
    </message>
    <message>
        <source>bridge — containers on this host</source>
        <translation>bridge — conteneurs sur cet hôte</translation>
    </message>
    <message>
        <source>overlay — across the hosts of a swarm</source>
        <translation>overlay — entre les hôtes d&apos;un swarm</translation>
    </message>
    <message>
        <source>macvlan — containers appear on the host&apos;s LAN</source>
        <translation>macvlan — les conteneurs apparaissent sur le réseau local de l&apos;hôte</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>Sous-réseau</translation>
    </message>
    <message>
        <source>Optional, e.g. 172.30.0.0/16</source>
        <translation>Facultatif, p. ex. 172.30.0.0/16</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Interne</translation>
    </message>
    <message>
        <source>Attachable</source>
        <translation>Attachable</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Driver:</source>
        <translation>Pilote :</translation>
    </message>
    <message>
        <source>Subnet:</source>
        <translation>Sous-réseau :</translation>
    </message>
    <message>
        <source>Not a valid network name: start with a letter or digit, then use letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;.</source>
        <translation>Nom de réseau non valide : commencez par une lettre ou un chiffre, puis utilisez des lettres, des chiffres, « _ », « . » ou « - ».</translation>
    </message>
    <message>
        <source>Not a subnet in CIDR notation: an IPv4 or IPv6 network address, a slash and the prefix length, e.g. 172.30.0.0/16 or fd00:30::/64.</source>
        <translation>Ce n&apos;est pas un sous-réseau en notation CIDR : une adresse de réseau IPv4 ou IPv6, une barre oblique et la longueur du préfixe, p. ex. 172.30.0.0/16 ou fd00:30::/64.</translation>
    </message>
    <message>
        <source>%1 has host bits set: the network is %2.</source>
        <translation>%1 a des bits d&apos;hôte non nuls : le réseau est %2.</translation>
    </message>
</context>
<context>
    <name>gantry::CreateServiceDialog</name>
    <message>
        <source>Replicas</source>
        <translation>Répliques</translation>
    </message>
    <message>
        <source>Restart attempts</source>
        <translation>Tentatives de redémarrage</translation>
    </message>
    <message>
        <source>Update parallelism</source>
        <translation>Parallélisme de mise à jour</translation>
    </message>
    <message>
        <source>Update delay</source>
        <translation>Délai de mise à jour</translation>
    </message>
    <message>
        <source>Create service</source>
        <translation>Créer un service</translation>
    </message>
    <message>
        <source>Service name</source>
        <translation>Nom du service</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Published ports</source>
        <translation>Ports publiés</translation>
    </message>
    <message>
        <source>Mounts</source>
        <translation>Montages</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Placement constraints</source>
        <translation>Contraintes de placement</translation>
    </message>
    <message>
        <source>CPU limit</source>
        <translation>Limite CPU</translation>
    </message>
    <message>
        <source>Memory limit</source>
        <translation>Limite mémoire</translation>
    </message>
    <message>
        <source>Restart condition</source>
        <translation>Condition de redémarrage</translation>
    </message>
    <message>
        <source>Update order</source>
        <translation>Ordre de mise à jour</translation>
    </message>
    <message>
        <source>On update failure</source>
        <translation>En cas d’échec de mise à jour</translation>
    </message>
    <message>
        <source>e.g. nginx:1.25 (used as it is here: never resolved)</source>
        <translation>p. ex. nginx:1.25 (utilisée telle quelle ici : jamais résolue)</translation>
    </message>
    <message>
        <source>Optional: what to run instead of the image&apos;s command</source>
        <translation>Facultatif : ce qu&apos;il faut lancer à la place de la commande de l&apos;image</translation>
    </message>
    <message>
        <source>Replicated: this many tasks</source>
        <translation>Répliqué : ce nombre de tâches</translation>
    </message>
    <message>
        <source>Global: one task on every node</source>
        <translation>Global : une tâche sur chaque nœud</translation>
    </message>
    <message>
        <source>e.g. 8080:80, 53/udp</source>
        <translation>p. ex. 8080:80, 53/udp</translation>
    </message>
    <message>
        <source>e.g. data:/var/lib/data, /srv/conf:/etc/app:ro</source>
        <translation>p. ex. data:/var/lib/data, /srv/conf:/etc/app:ro</translation>
    </message>
    <message>
        <source>KEY=value, one per line</source>
        <translation>CLÉ=valeur, une par ligne</translation>
    </message>
    <message>
        <source>e.g. node.role==manager</source>
        <translation>p. ex. node.role==manager</translation>
    </message>
    <message>
        <source>e.g. 0.5</source>
        <translation>p. ex. 0.5</translation>
    </message>
    <message>
        <source>e.g. 256m</source>
        <translation>p. ex. 256m</translation>
    </message>
    <message>
        <source>always (any exit)</source>
        <translation>toujours (toute sortie)</translation>
    </message>
    <message>
        <source>on failure</source>
        <translation>en cas d’échec</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>stop the old task first</source>
        <translation>arrêter d&apos;abord l&apos;ancienne tâche</translation>
    </message>
    <message>
        <source>start the new task first</source>
        <translation>démarrer d&apos;abord la nouvelle tâche</translation>
    </message>
    <message>
        <source>pause</source>
        <translation>mettre en pause</translation>
    </message>
    <message>
        <source>roll back</source>
        <translation>revenir en arrière</translation>
    </message>
    <message>
        <source>continue</source>
        <translation>continuer</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Image:</source>
        <translation>Image :</translation>
    </message>
    <message>
        <source>Command:</source>
        <translation>Commande :</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Mode :</translation>
    </message>
    <message>
        <source>Ports:</source>
        <translation>Ports :</translation>
    </message>
    <message>
        <source>Mounts:</source>
        <translation>Montages :</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Environnement :</translation>
    </message>
    <message>
        <source>Constraints:</source>
        <translation>Contraintes :</translation>
    </message>
    <message>
        <source>CPUs, memory:</source>
        <translation>CPU, mémoire :</translation>
    </message>
    <message>
        <source>Restart:</source>
        <translation>Redémarrage :</translation>
    </message>
    <message>
        <source>Rolling updates</source>
        <translation>Mises à jour progressives</translation>
    </message>
    <message>
        <source>Tasks at a time:</source>
        <translation>Tâches à la fois :</translation>
    </message>
    <message>
        <source>Delay between them:</source>
        <translation>Délai entre elles :</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>Ordre :</translation>
    </message>
    <message>
        <source>On failure:</source>
        <translation>En cas d’échec :</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>all at once</source>
        <translation>toutes à la fois</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Not a valid image reference.</source>
        <translation>Référence d&apos;image non valide.</translation>
    </message>
    <message>
        <source>Not a valid service name: a letter or digit, then letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, 63 characters at most.</source>
        <translation>Nom de service non valide : une lettre ou un chiffre, puis des lettres, chiffres, « _ », « . » ou « - », 63 caractères au plus.</translation>
    </message>
    <message>
        <source>A quote is left open in the command.</source>
        <translation>Un guillemet reste ouvert dans la commande.</translation>
    </message>
    <message>
        <source>Not a port to publish: %1 (write PUBLISHED:TARGET, TARGET, with /udp for UDP).</source>
        <translation>Ce n&apos;est pas un port à publier : %1 (écrivez PUBLIÉ:CIBLE ou CIBLE, avec /udp pour UDP).</translation>
    </message>
    <message>
        <source>Not a mount: %1 (write VOLUME:/path, /host/path:/path or /path, with :ro to make it read-only).</source>
        <translation>Ce n&apos;est pas un montage : %1 (écrivez VOLUME:/chemin, /chemin/hôte:/chemin ou /chemin, avec :ro pour la lecture seule).</translation>
    </message>
    <message>
        <source>Not an environment variable: %1 (write KEY=value).</source>
        <translation>Ce n&apos;est pas une variable d&apos;environnement : %1 (écrivez CLÉ=valeur).</translation>
    </message>
    <message>
        <source>Not a constraint: %1 (write e.g. node.role==manager or node.labels.zone!=east).</source>
        <translation>Ce n&apos;est pas une contrainte : %1 (écrivez p. ex. node.role==manager ou node.labels.zone!=east).</translation>
    </message>
    <message>
        <source>Not a number of CPUs: %1.</source>
        <translation>Ce n&apos;est pas un nombre de CPU : %1.</translation>
    </message>
    <message>
        <source>Not a memory limit (4m at least): %1.</source>
        <translation>Ce n&apos;est pas une limite mémoire (4m au moins) : %1.</translation>
    </message>
</context>
<context>
    <name>gantry::CreateVolumeDialog</name>
    <message>
        <source>Create volume</source>
        <translation>Créer un volume</translation>
    </message>
    <message>
        <source>Volume name</source>
        <translation>Nom du volume</translation>
    </message>
    <message>
        <source>Leave empty for a generated name</source>
        <translation>Laisser vide pour un nom généré</translation>
    </message>
    <message>
        <source>Volume driver</source>
        <translation>Pilote du volume</translation>
    </message>
    <message>
        <source>local keeps the data under the engine&apos;s data directory; a plugin (e.g. vieux/sshfs) stores it elsewhere</source>
        <translation>local garde les données dans le répertoire de données du moteur ; un plugin (p. ex. vieux/sshfs) les stocke ailleurs</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Driver:</source>
        <translation>Pilote :</translation>
    </message>
    <message>
        <source>Not a valid volume name: start with a letter or digit, then use letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos; (two characters at least). Leave it empty for a generated name.</source>
        <translation>Nom de volume non valide : commencez par une lettre ou un chiffre, puis utilisez des lettres, des chiffres, « _ », « . » ou « - » (deux caractères au moins). Laissez-le vide pour un nom généré.</translation>
    </message>
    <message>
        <source>Name a volume driver: local, or an installed plugin.</source>
        <translation>Indiquez un pilote de volume : local, ou un plugin installé.</translation>
    </message>
</context>
<context>
    <name>gantry::DeployStackDialog</name>
    <message>
        <source>Compose file</source>
        <translation>Fichier compose</translation>
    </message>
    <message>
        <source>Deploy stack</source>
        <translation>Déployer une pile</translation>
    </message>
    <message>
        <source>Compose files (*.yml *.yaml)</source>
        <translation>Fichiers compose (*.yml *.yaml)</translation>
    </message>
    <message>
        <source>docker-compose.yml</source>
        <translation>docker-compose.yml</translation>
    </message>
    <message>
        <source>Stack name</source>
        <translation>Nom de la pile</translation>
    </message>
    <message>
        <source>Compose file:</source>
        <translation>Fichier compose :</translation>
    </message>
    <message>
        <source>Stack name:</source>
        <translation>Nom de la pile :</translation>
    </message>
    <message>
        <source>Networks, secrets, configs and services are named after the stack (NAME_web) and labelled with it; deploying again updates the services in place. Images are used as they are here.</source>
        <translation>Réseaux, secrets, configs et services portent le nom de la pile (NOM_web) et son étiquette ; un nouveau déploiement met les services à jour sur place. Les images sont utilisées telles qu&apos;elles sont ici.</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Déployer</translation>
    </message>
    <message>
        <source>Not a valid stack name: a letter or digit, then letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;.</source>
        <translation>Nom de pile non valide : une lettre ou un chiffre, puis des lettres, chiffres, « _ », « . » ou « - ».</translation>
    </message>
</context>
<context>
    <name>gantry::DesktopNotifier</name>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
</context>
<context>
    <name>gantry::DetailsPanel</name>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <source>History</source>
        <comment>image layers</comment>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Journaux</translation>
    </message>
    <message>
        <source>Stats</source>
        <comment>container statistics</comment>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>Health</source>
        <comment>container health check</comment>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Files</source>
        <comment>a container&apos;s files</comment>
        <translation>Fichiers</translation>
    </message>
</context>
<context>
    <name>gantry::DiskUsagePage</name>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Conteneur</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Build cache</source>
        <translation>Cache de construction</translation>
    </message>
    <message>
        <source>untagged image %1</source>
        <translation>image sans étiquette %1</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Free space…</source>
        <translation>Libérer de l&apos;espace…</translation>
    </message>
    <message>
        <source>Refresh disk usage</source>
        <translation>Actualiser l&apos;utilisation du disque</translation>
    </message>
    <message>
        <source>Ask the engine where the space goes (docker system df -v). This can take minutes on a big host.</source>
        <translation>Demander au moteur où part l&apos;espace (docker system df -v). Cela peut prendre plusieurs minutes sur un gros hôte.</translation>
    </message>
    <message>
        <source>Cancel measuring disk usage</source>
        <translation>Annuler la mesure de l&apos;utilisation du disque</translation>
    </message>
    <message>
        <source>Stop measuring; the figures shown before stay</source>
        <translation>Arrêter la mesure ; les chiffres affichés auparavant restent</translation>
    </message>
    <message>
        <source>Free space</source>
        <translation>Libérer de l&apos;espace</translation>
    </message>
    <message>
        <source>Choose what to remove, preview it, then remove it (docker system prune and its relatives)</source>
        <translation>Choisir ce qu&apos;il faut supprimer, en voir un aperçu, puis le supprimer (docker system prune et les commandes apparentées)</translation>
    </message>
    <message>
        <source>Measuring disk usage</source>
        <translation>Mesure de l&apos;utilisation du disque</translation>
    </message>
    <message>
        <source>Space by category</source>
        <translation>Espace par catégorie</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>in use</comment>
        <translation>En usage</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Reclaimable</source>
        <translation>Récupérable</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Containers (writable layers)</source>
        <translation>Conteneurs (couches inscriptibles)</translation>
    </message>
    <message>
        <source>Local volumes</source>
        <translation>Volumes locaux</translation>
    </message>
    <message>
        <source>—</source>
        <comment>not measured</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>Chart of the space by category</source>
        <translation>Graphique de l&apos;espace par catégorie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Biggest items</source>
        <translation>Éléments les plus gros</translation>
    </message>
    <message>
        <source>Biggest items (click a column to sort):</source>
        <translation>Éléments les plus gros (cliquez sur une colonne pour trier) :</translation>
    </message>
    <message>
        <source>Disk usage could not be measured. %1</source>
        <translation>L&apos;utilisation du disque n&apos;a pas pu être mesurée. %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Space was freed since these figures were measured.</source>
        <translation>De l&apos;espace a été libéré depuis la mesure de ces chiffres.</translation>
    </message>
    <message>
        <source>Measuring… %1 s. The engine answers when it has walked every image, container and volume.</source>
        <translation>Mesure en cours… %1 s. Le moteur répond quand il a parcouru chaque image, chaque conteneur et chaque volume.</translation>
    </message>
    <message>
        <source>Measured at %1; the newer measurement was cancelled.</source>
        <translation>Mesure effectuée à %1 ; la mesure plus récente a été annulée.</translation>
    </message>
    <message>
        <source>Measured at %1.</source>
        <translation>Mesure effectuée à %1.</translation>
    </message>
    <message>
        <source>Measuring was cancelled. Refresh to try again.</source>
        <translation>La mesure a été annulée. Actualisez pour réessayer.</translation>
    </message>
    <message>
        <source>Not measured yet. Refresh asks the engine where the space goes; on a big host it can take minutes.</source>
        <translation>Pas encore mesuré. « Actualiser » demande au moteur où part l&apos;espace ; sur un gros hôte, cela peut prendre plusieurs minutes.</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <comment>reclaimable bytes, percentage of the size</comment>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Conteneurs</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>category: size</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Nothing stored yet</source>
        <translation>Rien n&apos;est encore stocké</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>unused</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Nothing takes space: no images, containers, volumes or build cache.</source>
        <translation>Rien n’occupe d’espace : ni image, ni conteneur, ni volume, ni cache de construction.</translation>
    </message>
    <message>
        <source>Not measured yet: Refresh asks the engine where the space goes (on a big host it can take minutes).</source>
        <translation>Pas encore mesuré : Actualiser demande au moteur où va l’espace (sur une grosse machine, cela peut prendre des minutes).</translation>
    </message>
</context>
<context>
    <name>gantry::DockerClient</name>
    <message>
        <source>The engine&apos;s ping did not say which API version it speaks.</source>
        <translation>Le ping du moteur n&apos;indique pas quelle version de l&apos;API il parle.</translation>
    </message>
</context>
<context>
    <name>gantry::EngineEditDialog</name>
    <message>
        <source>CA certificate</source>
        <translation>Certificat de l&apos;autorité (CA)</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Certificat client</translation>
    </message>
    <message>
        <source>Client key</source>
        <translation>Clé client</translation>
    </message>
    <message>
        <source>Ping</source>
        <translation>Ping</translation>
    </message>
    <message>
        <source>Add an engine</source>
        <translation>Ajouter un moteur</translation>
    </message>
    <message>
        <source>Edit engine</source>
        <translation>Modifier le moteur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>PEM files (*.pem);;All files (*)</source>
        <translation>Fichiers PEM (*.pem);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Ping the engine</source>
        <translation>Interroger le moteur (ping)</translation>
    </message>
    <message>
        <source>Ask the engine at this address whether it answers</source>
        <translation>Demander au moteur à cette adresse s&apos;il répond</translation>
    </message>
    <message>
        <source>Ping result</source>
        <translation>Résultat du ping</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>TLS (tcp:// only; leave empty for none). Only the paths are saved, never the files&apos; contents.</source>
        <translation>TLS (tcp:// seulement ; laissez vide pour s&apos;en passer). Seuls les chemins sont enregistrés, jamais le contenu des fichiers.</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>&amp;Certificat de l&apos;autorité :</translation>
    </message>
    <message>
        <source>Client c&amp;ertificate:</source>
        <translation>C&amp;ertificat client :</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>Clé c&amp;lient :</translation>
    </message>
    <message>
        <source>unix:///path, tcp://host:port or ssh://[user@]host[:port]</source>
        <translation>unix:///chemin, tcp://hôte:port ou ssh://[utilisateur@]hôte[:port]</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Asking the engine…</source>
        <translation>Interrogation du moteur…</translation>
    </message>
    <message>
        <source>The engine answers: API %1 (%2).</source>
        <translation>Le moteur répond : API %1 (%2).</translation>
    </message>
    <message>
        <source>unknown system</source>
        <translation>système inconnu</translation>
    </message>
</context>
<context>
    <name>gantry::EngineSession</name>
    <message>
        <source>%1: Apply (up -d) running</source>
        <translation>%1 : Appliquer (up -d) en cours</translation>
    </message>
    <message>
        <source>%1: unsaved changes</source>
        <translation>%1 : modifications non enregistrées</translation>
    </message>
    <message>
        <source>Close window</source>
        <translation>Fermer la fenêtre</translation>
    </message>
    <message>
        <source>Closing this window closes its compose editors: their unsaved changes are lost and a running Apply (up -d) is stopped mid-way.</source>
        <translation>Fermer cette fenêtre ferme ses éditeurs compose : leurs modifications non enregistrées sont perdues et un Appliquer (up -d) en cours est arrêté en plein milieu.</translation>
    </message>
    <message>
        <source>Close them</source>
        <translation>Les fermer</translation>
    </message>
</context>
<context>
    <name>gantry::EngineSessions</name>
    <message>
        <source>That engine is no longer in the list.</source>
        <translation>Ce moteur n&apos;est plus dans la liste.</translation>
    </message>
    <message>
        <source>Cannot open that engine: %1</source>
        <translation>Impossible d&apos;ouvrir ce moteur : %1</translation>
    </message>
    <message>
        <source>Switch engine</source>
        <translation>Changer de moteur</translation>
    </message>
    <message>
        <source>Switching this window to another engine closes its connected terminals:</source>
        <translation>Passer cette fenêtre sur un autre moteur ferme ses terminaux connectés :</translation>
    </message>
    <message>
        <source>Switch and close them</source>
        <translation>Changer et les fermer</translation>
    </message>
    <message>
        <source>Switching this window to another engine closes these (unsaved changes are lost, a running Apply is stopped mid-way):</source>
        <translation>Passer cette fenêtre sur un autre moteur ferme ceci (les modifications non enregistrées sont perdues, un Appliquer en cours est arrêté en plein milieu) :</translation>
    </message>
</context>
<context>
    <name>gantry::EngineSwitcher</name>
    <message>
        <source>%1 (docker&apos;s current context)</source>
        <translation>%1 (contexte courant de docker)</translation>
    </message>
    <message>
        <source>Engine: %1</source>
        <translation>Moteur : %1</translation>
    </message>
    <message>
        <source>The engine this window shows; click to switch engines or to open another one in a new window.</source>
        <translation>Le moteur affiché dans cette fenêtre ; cliquez pour changer de moteur ou en ouvrir un autre dans une nouvelle fenêtre.</translation>
    </message>
    <message>
        <source>Engines</source>
        <translation>Moteurs</translation>
    </message>
    <message>
        <source>Open in a new window</source>
        <translation>Ouvrir dans une nouvelle fenêtre</translation>
    </message>
    <message>
        <source>Docker contexts</source>
        <translation>Contextes docker</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Saved engines</source>
        <translation>Moteurs enregistrés</translation>
    </message>
    <message>
        <source>Manage engines…</source>
        <translation>Gérer les moteurs…</translation>
    </message>
</context>
<context>
    <name>gantry::EnginesDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Save as docker &amp;context…</source>
        <translation>Enregistrer comme &amp;contexte docker…</translation>
    </message>
    <message>
        <source>Manage engines</source>
        <translation>Gérer les moteurs</translation>
    </message>
    <message>
        <source>Saved engines</source>
        <translation>Moteurs enregistrés</translation>
    </message>
    <message>
        <source>Add an engine</source>
        <translation>Ajouter un moteur</translation>
    </message>
    <message>
        <source>Edit the engine</source>
        <translation>Modifier le moteur</translation>
    </message>
    <message>
        <source>Remove the engine</source>
        <translation>Retirer le moteur</translation>
    </message>
    <message>
        <source>Save as docker context</source>
        <translation>Enregistrer comme contexte docker</translation>
    </message>
    <message>
        <source>Engines saved here are listed beside docker&apos;s contexts in the window&apos;s engine menu. Gantry keeps their addresses and the paths of their TLS files, no secret.</source>
        <translation>Les moteurs enregistrés ici apparaissent à côté des contextes docker dans le menu des moteurs de la fenêtre. Gantry garde leur adresse et le chemin de leurs fichiers TLS, aucun secret.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <translation>« %1 » enregistré.</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot; from Gantry&apos;s list (%2). The engine and its files are untouched.</source>
        <translation>« %1 » retiré de la liste de Gantry (%2). Le moteur et ses fichiers ne sont pas touchés.</translation>
    </message>
    <message>
        <source>Created the docker context &quot;%1&quot;.</source>
        <translation>Contexte docker « %1 » créé.</translation>
    </message>
    <message>
        <source>Remove a saved engine</source>
        <translation>Retirer un moteur enregistré</translation>
    </message>
    <message>
        <source>Remove this engine from Gantry&apos;s list? Its name, address and TLS file paths are forgotten; the engine, its files and docker&apos;s contexts are untouched.</source>
        <translation>Retirer ce moteur de la liste de Gantry ? Son nom, son adresse et les chemins de ses fichiers TLS sont oubliés ; le moteur, ses fichiers et les contextes docker ne sont pas touchés.</translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation>Retirer de la liste</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not removed: %2</source>
        <translation>« %1 » n&apos;a pas été retiré : %2</translation>
    </message>
</context>
<context>
    <name>gantry::FilesView</name>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>The folder above</source>
        <translation>Le dossier parent</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>List the folder again</source>
        <translation>Relister le dossier</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show the beginning of the selected text file</source>
        <translation>Afficher le début du fichier texte sélectionné</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>Télécharger…</translation>
    </message>
    <message>
        <source>Copy the selected file or folder to this computer (docker cp)</source>
        <translation>Copier le fichier ou le dossier sélectionné sur cet ordinateur (docker cp)</translation>
    </message>
    <message>
        <source>Upload file…</source>
        <translation>Envoyer un fichier…</translation>
    </message>
    <message>
        <source>Copy a file from this computer into the folder shown</source>
        <translation>Copier un fichier de cet ordinateur dans le dossier affiché</translation>
    </message>
    <message>
        <source>Upload folder…</source>
        <translation>Envoyer un dossier…</translation>
    </message>
    <message>
        <source>Copy a folder from this computer into the folder shown</source>
        <translation>Copier un dossier de cet ordinateur dans le dossier affiché</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop the copy</source>
        <translation>Arrêter la copie</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Folder in the container</source>
        <translation>Dossier dans le conteneur</translation>
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
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Link target</source>
        <translation>Cible du lien</translation>
    </message>
    <message>
        <source>Files of the folder</source>
        <translation>Fichiers du dossier</translation>
    </message>
    <message>
        <source>Copy progress</source>
        <translation>Progression de la copie</translation>
    </message>
    <message>
        <source>Equivalent command</source>
        <translation>Commande équivalente</translation>
    </message>
    <message>
        <source>File contents</source>
        <translation>Contenu du fichier</translation>
    </message>
    <message>
        <source>Select a text file and press View.</source>
        <translation>Sélectionnez un fichier texte et appuyez sur Afficher.</translation>
    </message>
    <message>
        <source>Listing %1…</source>
        <translation>Lecture du dossier %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown; the folder holds more (the listing stops there).</source>
        <translation>
            <numerusform>%n entrée affichée ; le dossier en contient davantage (la liste s’arrête là).</numerusform>
            <numerusform>%n entrées affichées ; le dossier en contient davantage (la liste s’arrête là).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries.</source>
        <translation>
            <numerusform>%n entrée.</numerusform>
            <numerusform>%n entrées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>%1 is not a text file (%2): download it to open it.</source>
        <translation>%1 n’est pas un fichier texte (%2) : téléchargez-le pour l’ouvrir.</translation>
    </message>
    <message>
        <source>%1: the first %2 of %3 shown.</source>
        <translation>%1 : les premiers %2 sur %3 affichés.</translation>
    </message>
    <message>
        <source>%1 (%2).</source>
        <translation>%1 (%2).</translation>
    </message>
    <message>
        <source>Download %1 into</source>
        <translation>Télécharger %1 dans</translation>
    </message>
    <message>
        <source>Upload a folder into %1</source>
        <translation>Envoyer un dossier dans %1</translation>
    </message>
    <message>
        <source>Upload a file into %1</source>
        <translation>Envoyer un fichier dans %1</translation>
    </message>
    <message>
        <source>Downloading… %1 received</source>
        <translation>Téléchargement… %1 reçus</translation>
    </message>
    <message>
        <source>%1 downloaded into %2.</source>
        <translation>%1 téléchargé dans %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n links pointing outside it or special files were not created.</source>
        <translation>
            <numerusform>%n lien pointant hors du dossier ou fichier spécial n’a pas été créé.</numerusform>
            <numerusform>%n liens pointant hors du dossier ou fichiers spéciaux n’ont pas été créés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Uploading… %1 sent</source>
        <translation>Envoi… %1 envoyés</translation>
    </message>
    <message>
        <source>%1 uploaded into %2.</source>
        <translation>%1 envoyé dans %2.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was left behind.</source>
        <translation>Annulé : rien n’a été laissé derrière.</translation>
    </message>
    <message>
        <source>Cancelled: what was already sent may be in %1.</source>
        <translation>Annulé : ce qui était déjà envoyé peut se trouver dans %1.</translation>
    </message>
</context>
<context>
    <name>gantry::FormDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>gantry::HealthCheckEditor</name>
    <message>
        <source>No health check, not even the image&apos;s (--no-healthcheck)</source>
        <translation>Aucune sonde de santé, pas même celle de l’image (--no-healthcheck)</translation>
    </message>
    <message>
        <source>Health check interval</source>
        <translation>Intervalle de la sonde de santé</translation>
    </message>
    <message>
        <source>the image&apos;s, else 30s</source>
        <translation>celui de l’image, sinon 30s</translation>
    </message>
    <message>
        <source>Health check timeout</source>
        <translation>Délai maximal de la sonde de santé</translation>
    </message>
    <message>
        <source>Health check start period</source>
        <translation>Période de démarrage de la sonde de santé</translation>
    </message>
    <message>
        <source>the image&apos;s, else 0s</source>
        <translation>celle de l’image, sinon 0s</translation>
    </message>
    <message>
        <source>No health check</source>
        <translation>Aucune sonde de santé</translation>
    </message>
    <message>
        <source>Health check command</source>
        <translation>Commande de la sonde de santé</translation>
    </message>
    <message>
        <source>the image&apos;s HEALTHCHECK, if any (e.g. wget -q -O- localhost)</source>
        <translation>le HEALTHCHECK de l’image, s’il y en a un (p. ex. wget -q -O- localhost)</translation>
    </message>
    <message>
        <source>Health check retries</source>
        <translation>Essais de la sonde de santé</translation>
    </message>
    <message>
        <source>the image&apos;s, else 3</source>
        <translation>ceux de l’image, sinon 3</translation>
    </message>
    <message>
        <source>The engine runs the command in the container every interval; exit code 0 means healthy. After as many failures in a row as the retries, the container is unhealthy. Durations: 30s, 1m30s, 500ms.</source>
        <translation>Le moteur exécute la commande dans le conteneur à chaque intervalle ; le code de sortie 0 signifie « en bonne santé ». Après autant d’échecs d’affilée que d’essais, le conteneur est en mauvaise santé. Durées : 30s, 1m30s, 500ms.</translation>
    </message>
    <message>
        <source>Command (--health-cmd):</source>
        <translation>Commande (--health-cmd) :</translation>
    </message>
    <message>
        <source>Interval (--health-interval):</source>
        <translation>Intervalle (--health-interval) :</translation>
    </message>
    <message>
        <source>Timeout (--health-timeout):</source>
        <translation>Délai maximal (--health-timeout) :</translation>
    </message>
    <message>
        <source>Start period (--health-start-period):</source>
        <translation>Période de démarrage (--health-start-period) :</translation>
    </message>
    <message>
        <source>Retries (--health-retries):</source>
        <translation>Essais (--health-retries) :</translation>
    </message>
    <message>
        <source>A duration is a number with a unit: 30s, 1m30s, 500ms, 1h.</source>
        <translation>Une durée est un nombre suivi d’une unité : 30s, 1m30s, 500ms, 1h.</translation>
    </message>
    <message>
        <source>At least 1ms (or 0 for the default).</source>
        <translation>Au moins 1ms (ou 0 pour la valeur par défaut).</translation>
    </message>
    <message>
        <source>Health check interval: %1</source>
        <translation>Intervalle de la sonde de santé : %1</translation>
    </message>
    <message>
        <source>Health check timeout: %1</source>
        <translation>Délai maximal de la sonde de santé : %1</translation>
    </message>
    <message>
        <source>Health check start period: %1</source>
        <translation>Période de démarrage de la sonde de santé : %1</translation>
    </message>
</context>
<context>
    <name>gantry::HealthView</name>
    <message>
        <source>No health check</source>
        <translation>Aucune sonde de santé</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Refresh the health probes</source>
        <translation>Actualiser les sondages de santé</translation>
    </message>
    <message>
        <source>Last health probes</source>
        <translation>Derniers sondages de santé</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Exit code</source>
        <translation>Code de sortie</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Output of the selected probe</source>
        <translation>Sortie du sondage sélectionné</translation>
    </message>
    <message>
        <source>Select a probe to see its whole output.</source>
        <translation>Sélectionnez un sondage pour voir toute sa sortie.</translation>
    </message>
    <message>
        <source>This container has no health check.</source>
        <translation>Ce conteneur n’a pas de sonde de santé.</translation>
    </message>
    <message>
        <source>Test: %1</source>
        <translation>Test : %1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>
[… cut]</source>
        <translation>
[… coupé]</translation>
    </message>
    <message>
        <source>%1, failures in a row: %2</source>
        <translation>%1, échecs d’affilée : %2</translation>
    </message>
</context>
<context>
    <name>gantry::HijackedStream</name>
    <message>
        <source>The engine did not answer the request for the stream.</source>
        <translation>Le moteur n&apos;a pas répondu à la demande de flux.</translation>
    </message>
    <message>
        <source>The engine answered HTTP %1 instead of opening the stream.</source>
        <translation>Le moteur a répondu HTTP %1 au lieu d&apos;ouvrir le flux.</translation>
    </message>
    <message>
        <source>The engine closed the connection before answering.</source>
        <translation>Le moteur a fermé la connexion avant de répondre.</translation>
    </message>
    <message>
        <source>%1 is not a PEM certificate or key that Gantry can read (for the engine at %2).</source>
        <translation>%1 n&apos;est pas un certificat ou une clé PEM que Gantry sait lire (pour le moteur %2).</translation>
    </message>
    <message>
        <source>Over TLS, Gantry cannot end a process&apos;s input without ending the whole stream (engine %1). Use a terminal (TTY) and type the end of input (Ctrl+D) instead.</source>
        <translation>Sur TLS, Gantry ne peut pas fermer l&apos;entrée d&apos;un processus sans fermer tout le flux (moteur %1). Utilisez plutôt un terminal (TTY) et tapez la fin d&apos;entrée (Ctrl+D).</translation>
    </message>
</context>
<context>
    <name>gantry::HistoryModel</name>
    <message>
        <source>Tags: %1</source>
        <translation>Tags : %1</translation>
    </message>
    <message>
        <source>Image: %1</source>
        <translation>Image : %1</translation>
    </message>
    <message>
        <source>Created by</source>
        <comment>the Dockerfile step that made a layer</comment>
        <translation>Créée par</translation>
    </message>
    <message>
        <source>Size</source>
        <comment>of a layer</comment>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>when a layer was made</comment>
        <translation>Créée le</translation>
    </message>
    <message>
        <source>Comment</source>
        <comment>of a layer</comment>
        <translation>Commentaire</translation>
    </message>
</context>
<context>
    <name>gantry::HistoryView</name>
    <message>
        <source>Each line is a layer, newest first: the Dockerfile step that made it and what it added.</source>
        <translation>Chaque ligne est une couche, la plus récente en premier : l&apos;étape du Dockerfile qui l&apos;a créée et ce qu&apos;elle a ajouté.</translation>
    </message>
    <message>
        <source>Image history (layers)</source>
        <translation>Historique de l&apos;image (couches)</translation>
    </message>
    <message>
        <source>Image history columns</source>
        <translation>Colonnes de l&apos;historique de l&apos;image</translation>
    </message>
</context>
<context>
    <name>gantry::ImageActions</name>
    <message>
        <source>untagged image %1</source>
        <translation>image sans étiquette %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 — used by %n container(s)</source>
        <translation>
            <numerusform>%1 — utilisée par %n conteneur</numerusform>
            <numerusform>%1 — utilisée par %n conteneurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove images</source>
        <translation>Supprimer des images</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n image(s)? Each tag goes; layers that no other image uses are deleted and must be pulled or built again.</source>
        <translation>
            <numerusform>Supprimer %n image ? Chaque étiquette disparaît ; les couches qu&apos;aucune autre image n&apos;utilise sont effacées et devront être téléchargées ou reconstruites.</numerusform>
            <numerusform>Supprimer %n images ? Chaque étiquette disparaît ; les couches qu&apos;aucune autre image n&apos;utilise sont effacées et devront être téléchargées ou reconstruites.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n image(s)</source>
        <translation>
            <numerusform>Supprimer %n image</numerusform>
            <numerusform>Supprimer %n images</numerusform>
        </translation>
    </message>
    <message>
        <source>Force (docker image rm -f): also remove images used by stopped containers, and an image ID that has several tags</source>
        <translation>Forcer (docker image rm -f) : supprimer aussi les images utilisées par des conteneurs arrêtés, et un ID d&apos;image qui a plusieurs étiquettes</translation>
    </message>
    <message>
        <source>An image used by a container is refused by the engine unless forced; a running container&apos;s image cannot be removed at all.</source>
        <translation>Le moteur refuse une image utilisée par un conteneur, sauf en forçant ; l&apos;image d&apos;un conteneur en marche ne peut pas être supprimée du tout.</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) could not be removed:</source>
        <translation>
            <numerusform>%n image n&apos;a pas pu être supprimée :</numerusform>
            <numerusform>%n images n&apos;ont pas pu être supprimées :</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — only this tag goes: the image keeps its other tags</source>
        <translation>%1 — seule cette étiquette est retirée : l&apos;image garde ses autres étiquettes</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n tag(s)? Each image keeps its other tags: nothing is deleted and the containers that use it are not affected.</source>
        <translation>
            <numerusform>Retirer %n étiquette ? L&apos;image garde ses autres étiquettes : rien n&apos;est supprimé et les conteneurs qui l&apos;utilisent ne sont pas touchés.</numerusform>
            <numerusform>Retirer %n étiquettes ? Chaque image garde ses autres étiquettes : rien n&apos;est supprimé et les conteneurs qui les utilisent ne sont pas touchés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n tag(s)</source>
        <translation>
            <numerusform>Retirer %n étiquette</numerusform>
            <numerusform>Retirer %n étiquettes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gantry::ImageModel</name>
    <message numerus="yes">
        <source>Dangling images (%n)</source>
        <comment>untagged images</comment>
        <translation>
            <numerusform>Images orphelines (%n)</numerusform>
            <numerusform>Images orphelines (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>unused</source>
        <translation>inutilisée</translation>
    </message>
    <message numerus="yes">
        <source>%n container(s)</source>
        <translation>
            <numerusform>%n conteneur</numerusform>
            <numerusform>%n conteneurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Images that lost their last tag, usually to a newer build of the same name. They take %1 and can be removed.</source>
        <translation>Images qui ont perdu leur dernière étiquette, en général au profit d&apos;une construction plus récente du même nom. Elles occupent %1 et peuvent être supprimées.</translation>
    </message>
    <message>
        <source>Repository / tag</source>
        <translation>Dépôt / étiquette</translation>
    </message>
    <message>
        <source>Image ID</source>
        <translation>ID d&apos;image</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée le</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Utilisée par</translation>
    </message>
</context>
<context>
    <name>gantry::ImageTransferController</name>
    <message>
        <source>Build…</source>
        <translation>Construire…</translation>
    </message>
    <message>
        <source>Build an image from a folder with a Dockerfile (docker build)</source>
        <translation>Construire une image depuis un dossier avec un Dockerfile (docker build)</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>Save the selected images with their layers and tags to a tar file (docker save)</source>
        <translation>Enregistrer les images sélectionnées avec leurs couches et leurs étiquettes dans un fichier tar (docker save)</translation>
    </message>
    <message>
        <source>Load…</source>
        <translation>Charger…</translation>
    </message>
    <message>
        <source>Load images from a tar file made by docker save (docker load)</source>
        <translation>Charger des images depuis un fichier tar fait par docker save (docker load)</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Make a one-layer image from a filesystem tar (docker import)</source>
        <translation>Créer une image à une seule couche depuis le tar d&apos;un système de fichiers (docker import)</translation>
    </message>
    <message>
        <source>Commit…</source>
        <translation>Commit…</translation>
    </message>
    <message>
        <source>Make an image of the container&apos;s filesystem (docker commit)</source>
        <translation>Créer une image du système de fichiers du conteneur (docker commit)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Write the container&apos;s filesystem to a tar file (docker export)</source>
        <translation>Écrire le système de fichiers du conteneur dans un fichier tar (docker export)</translation>
    </message>
    <message>
        <source>Reading the folder…</source>
        <translation>Lecture du dossier…</translation>
    </message>
    <message>
        <source>Build cancelled.</source>
        <translation>Construction annulée.</translation>
    </message>
    <message numerus="yes">
        <source>Sending the build context (%n file(s), %1; %2 excluded by .dockerignore)…</source>
        <translation>
            <numerusform>Envoi du contexte de construction (%n fichier, %1 ; %2 exclus par .dockerignore)…</numerusform>
            <numerusform>Envoi du contexte de construction (%n fichiers, %1 ; %2 exclus par .dockerignore)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Built image %1.</source>
        <translation>Image %1 construite.</translation>
    </message>
    <message>
        <source>Built image %1, tagged %2.</source>
        <translation>Image %1 construite, étiquetée %2.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporté dans %1.</translation>
    </message>
    <message>
        <source>Loaded: %1.</source>
        <translation>Chargé : %1.</translation>
    </message>
    <message>
        <source>Imported as image %1.</source>
        <translation>Importé comme image %1.</translation>
    </message>
</context>
<context>
    <name>gantry::ImagesPage</name>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Filter by repository or tag…</source>
        <translation>Filtrer par dépôt ou étiquette…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected images (docker image rm)</source>
        <translation>Supprimer les images sélectionnées (docker image rm)</translation>
    </message>
    <message>
        <source>Tag…</source>
        <translation>Étiqueter…</translation>
    </message>
    <message>
        <source>Give the selected image another name (docker tag)</source>
        <translation>Donner un autre nom à l&apos;image sélectionnée (docker tag)</translation>
    </message>
    <message>
        <source>Select all dangling</source>
        <translation>Sélectionner les images orphelines</translation>
    </message>
    <message>
        <source>Select every image that has no tag left</source>
        <translation>Sélectionner toutes les images qui n&apos;ont plus d&apos;étiquette</translation>
    </message>
    <message>
        <source>Run…</source>
        <translation>Lancer…</translation>
    </message>
    <message>
        <source>Run a container from the selected image (docker run)</source>
        <translation>Lancer un conteneur à partir de l&apos;image sélectionnée (docker run)</translation>
    </message>
    <message>
        <source>Remove dangling images…</source>
        <translation>Supprimer les images orphelines…</translation>
    </message>
    <message>
        <source>List the dangling images and what they weigh, then remove them (docker image prune)</source>
        <translation>Lister les images orphelines et ce qu&apos;elles pèsent, puis les supprimer (docker image prune)</translation>
    </message>
    <message>
        <source>Pull…</source>
        <translation>Télécharger…</translation>
    </message>
    <message>
        <source>Download an image from a registry (docker pull)</source>
        <translation>Télécharger une image depuis un registre (docker pull)</translation>
    </message>
    <message>
        <source>Push…</source>
        <translation>Envoyer…</translation>
    </message>
    <message>
        <source>Upload the selected image to a registry (docker push)</source>
        <translation>Envoyer l’image sélectionnée vers un registre (docker push)</translation>
    </message>
    <message>
        <source>Registries…</source>
        <translation>Registres…</translation>
    </message>
    <message>
        <source>Log in to or out of registries (docker login, docker logout)</source>
        <translation>Se connecter à des registres ou s’en déconnecter (docker login, docker logout)</translation>
    </message>
    <message>
        <source>Check for update</source>
        <translation>Vérifier les mises à jour</translation>
    </message>
    <message>
        <source>Ask the registry whether a newer image is behind the selected tag, without pulling it</source>
        <translation>Demander au registre si une image plus récente se trouve derrière l’étiquette sélectionnée, sans la télécharger</translation>
    </message>
    <message>
        <source>No images. Pull one from a registry (%1), or build one from a Dockerfile or load a saved archive with the buttons above.</source>
        <translation>Aucune image. Téléchargez-en une depuis un registre (%1), ou construisez-en une à partir d’un Dockerfile ou chargez une archive avec les boutons ci-dessus.</translation>
    </message>
</context>
<context>
    <name>gantry::InspectView</name>
    <message>
        <source>Copy all</source>
        <translation>Tout copier</translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation>Copier la valeur</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Copier le chemin</translation>
    </message>
    <message>
        <source>Search inspect data</source>
        <translation>Rechercher dans les données d&apos;inspection</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <source>Copy the whole document as JSON</source>
        <translation>Copier tout le document en JSON</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <source>Inspect columns</source>
        <translation>Colonnes de l&apos;inspection</translation>
    </message>
    <message>
        <source>Copy the jq path of this value</source>
        <translation>Copier le chemin jq de cette valeur</translation>
    </message>
    <message>
        <source>Select a container, an image, a volume or a network to see what the engine knows about it.</source>
        <translation>Sélectionnez un conteneur, une image, un volume ou un réseau pour voir ce que le moteur en sait.</translation>
    </message>
    <message>
        <source>Nothing matches the search.</source>
        <translation>Rien ne correspond à la recherche.</translation>
    </message>
</context>
<context>
    <name>gantry::JobDialog</name>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Cancelled: the window was closed.</source>
        <translation>Annulé : la fenêtre a été fermée.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>gantry::JsonTreeModel</name>
    <message>
        <source>object</source>
        <comment>JSON type</comment>
        <translation>objet</translation>
    </message>
    <message>
        <source>array</source>
        <comment>JSON type</comment>
        <translation>tableau</translation>
    </message>
    <message>
        <source>string</source>
        <comment>JSON type</comment>
        <translation>chaîne</translation>
    </message>
    <message>
        <source>number</source>
        <comment>JSON type</comment>
        <translation>nombre</translation>
    </message>
    <message>
        <source>boolean</source>
        <comment>JSON type</comment>
        <translation>booléen</translation>
    </message>
    <message>
        <source>null</source>
        <comment>JSON type</comment>
        <translation>null</translation>
    </message>
    <message>
        <source>Key</source>
        <comment>JSON member name</comment>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <comment>JSON value</comment>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>JSON type</comment>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>gantry::Keychain</name>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s).</source>
        <translation>
            <numerusform>Le trousseau n&apos;a pas répondu en %n seconde.</numerusform>
            <numerusform>Le trousseau n&apos;a pas répondu en %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gantry::LimitsController</name>
    <message>
        <source>Cannot read the container&apos;s limits: %1</source>
        <translation>Impossible de lire les limites du conteneur : %1</translation>
    </message>
</context>
<context>
    <name>gantry::LimitsDialog</name>
    <message>
        <source>Change the limits of %1</source>
        <translation>Modifier les limites de %1</translation>
    </message>
    <message>
        <source>Memory limit</source>
        <translation>Limite de mémoire</translation>
    </message>
    <message>
        <source>no limit (e.g. 512m, 1g)</source>
        <translation>aucune limite (p. ex. 512m, 1g)</translation>
    </message>
    <message>
        <source>Memory plus swap limit</source>
        <translation>Limite de mémoire plus swap</translation>
    </message>
    <message>
        <source>the engine&apos;s choice (e.g. 1g; -1: unlimited swap)</source>
        <translation>au choix du moteur (p. ex. 1g ; -1 : swap illimité)</translation>
    </message>
    <message>
        <source>CPU limit</source>
        <translation>Limite de processeur</translation>
    </message>
    <message>
        <source>no limit (e.g. 1.5)</source>
        <translation>aucune limite (p. ex. 1.5)</translation>
    </message>
    <message>
        <source>Restart policy</source>
        <translation>Politique de redémarrage</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Toujours</translation>
    </message>
    <message>
        <source>Unless stopped</source>
        <translation>Sauf s’il a été arrêté</translation>
    </message>
    <message>
        <source>On failure</source>
        <translation>En cas d’échec</translation>
    </message>
    <message>
        <source>Maximum restarts on failure</source>
        <translation>Nombre maximal de redémarrages en cas d’échec</translation>
    </message>
    <message>
        <source>no maximum</source>
        <translation>sans maximum</translation>
    </message>
    <message>
        <source>These take effect at once, on the running container too; nothing else changes. A limit cannot be removed here once set: edit and recreate the container for that.</source>
        <translation>Ces réglages s’appliquent aussitôt, y compris au conteneur en marche ; rien d’autre ne change. Une limite déjà fixée ne peut pas être retirée ici : modifiez et recréez le conteneur pour cela.</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>au plus</translation>
    </message>
    <message>
        <source>restarts</source>
        <comment>on-failure:N</comment>
        <translation>redémarrages</translation>
    </message>
    <message>
        <source>Memory (--memory):</source>
        <translation>Mémoire (--memory) :</translation>
    </message>
    <message>
        <source>Memory + swap (--memory-swap):</source>
        <translation>Mémoire + swap (--memory-swap) :</translation>
    </message>
    <message>
        <source>CPUs (--cpus):</source>
        <translation>Processeurs (--cpus) :</translation>
    </message>
    <message>
        <source>Restart (--restart):</source>
        <translation>Redémarrage (--restart) :</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Units: b, k, m, g (1024 each).</source>
        <translation>Unités : b, k, m, g (1024 chacune).</translation>
    </message>
    <message>
        <source>Memory is a number with a unit: 512m, 1g, 1.5g.</source>
        <translation>La mémoire est un nombre suivi d’une unité : 512m, 1g, 1.5g.</translation>
    </message>
    <message>
        <source>The memory limit cannot be removed in place: give a value, or edit and recreate the container.</source>
        <translation>La limite de mémoire ne peut pas être retirée sur place : donnez une valeur, ou modifiez et recréez le conteneur.</translation>
    </message>
    <message>
        <source>The engine&apos;s smallest memory limit is 6m.</source>
        <translation>La plus petite limite de mémoire qu’accepte le moteur est 6m.</translation>
    </message>
    <message>
        <source>The swap limit cannot be removed in place: give a value (-1: unlimited).</source>
        <translation>La limite de swap ne peut pas être retirée sur place : donnez une valeur (-1 : illimité).</translation>
    </message>
    <message>
        <source>Memory + swap is a number with a unit (1g), or -1 for unlimited swap.</source>
        <translation>Mémoire + swap est un nombre suivi d’une unité (1g), ou -1 pour un swap illimité.</translation>
    </message>
    <message>
        <source>Memory + swap needs a memory limit too.</source>
        <translation>Mémoire + swap demande aussi une limite de mémoire.</translation>
    </message>
    <message>
        <source>Memory + swap counts the memory too: it must be at least the memory limit.</source>
        <translation>Mémoire + swap compte aussi la mémoire : elle doit être au moins égale à la limite de mémoire.</translation>
    </message>
    <message>
        <source>The CPU limit cannot be removed in place: give a value, or edit and recreate the container.</source>
        <translation>La limite de processeur ne peut pas être retirée sur place : donnez une valeur, ou modifiez et recréez le conteneur.</translation>
    </message>
    <message>
        <source>CPUs is a decimal number: 0.5, 1, 1.5 (at most 9 decimals).</source>
        <translation>Le nombre de processeurs est un nombre décimal : 0.5, 1, 1.5 (au plus 9 décimales).</translation>
    </message>
    <message>
        <source>Nothing changed yet.</source>
        <translation>Rien n’a encore changé.</translation>
    </message>
    <message>
        <source>Memory and swap together; -1: swap without limit.</source>
        <translation>Mémoire et swap ensemble ; -1 : swap sans limite.</translation>
    </message>
    <message>
        <source>1.5: one and a half CPUs&apos; worth of time.</source>
        <translation>1.5 : l’équivalent d’un processeur et demi en temps de calcul.</translation>
    </message>
</context>
<context>
    <name>gantry::LogStream</name>
    <message>
        <source>The container&apos;s inspect data has no Config.Tty.</source>
        <translation>Les données d&apos;inspection du conteneur n&apos;ont pas de Config.Tty.</translation>
    </message>
    <message>
        <source>The service&apos;s inspect data has no Spec.</source>
        <translation>Les données d&apos;inspection du service n&apos;ont pas de Spec.</translation>
    </message>
</context>
<context>
    <name>gantry::LogView</name>
    <message>
        <source>Follow</source>
        <translation>Suivre</translation>
    </message>
    <message>
        <source>Timestamps</source>
        <translation>Horodatage</translation>
    </message>
    <message>
        <source>Wrap</source>
        <comment>wrap long lines</comment>
        <translation>Retour à la ligne</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>e.g. 10m</source>
        <comment>log since</comment>
        <translation>p. ex. 10m</translation>
    </message>
    <message>
        <source>Only lines newer than this: a duration (10m, 1h30m), a date (2024-05-01T10:00:00) or a UNIX timestamp. Empty: no limit.</source>
        <translation>Seulement les lignes plus récentes : une durée (10m, 1h30m), une date (2024-05-01T10:00:00) ou un horodatage UNIX. Vide : sans limite.</translation>
    </message>
    <message>
        <source>Tail</source>
        <translation>Dernières lignes</translation>
    </message>
    <message>
        <source>How many of the last lines to read first; “all” for the whole log.</source>
        <translation>Combien des dernières lignes lire d&apos;abord ; « toutes » pour tout le journal.</translation>
    </message>
    <message>
        <source>all</source>
        <comment>all lines</comment>
        <translation>toutes</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Read the log again from these options</source>
        <translation>Relire le journal avec ces options</translation>
    </message>
    <message>
        <source>Keep the newest line in view while at the bottom</source>
        <translation>Garder la ligne la plus récente visible tant que la vue est en bas</translation>
    </message>
    <message>
        <source>Wrap long lines</source>
        <translation>Renvoyer les longues lignes à la ligne</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>Save the lines kept to a file</source>
        <translation>Enregistrer les lignes conservées dans un fichier</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Forget the lines shown</source>
        <translation>Oublier les lignes affichées</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Rechercher dans le journal</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Rechercher…</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Occurrence précédente (Maj+F3)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Occurrence suivante (F3)</translation>
    </message>
    <message>
        <source>Show only lines containing</source>
        <translation>N&apos;afficher que les lignes contenant</translation>
    </message>
    <message>
        <source>Filter: show only lines containing…</source>
        <translation>Filtre : n&apos;afficher que les lignes contenant…</translation>
    </message>
    <message>
        <source>Log lines</source>
        <translation>Lignes du journal</translation>
    </message>
    <message>
        <source>The docker command that prints the same lines</source>
        <translation>La commande docker qui affiche les mêmes lignes</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Occurrence suivante</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Occurrence précédente</translation>
    </message>
    <message>
        <source>The log of %1 stopped: %2</source>
        <translation>Le journal de %1 s&apos;est arrêté : %2</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Aucune occurrence</translation>
    </message>
    <message numerus="yes">
        <source>%n matching line(s)</source>
        <translation>
            <numerusform>%n ligne correspondante</numerusform>
            <numerusform>%n lignes correspondantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) kept</source>
        <translation>
            <numerusform>%n ligne conservée</numerusform>
            <numerusform>%n lignes conservées</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 older dropped: at most %2 are kept)</source>
        <translation>(%1 plus anciennes écartées : %2 au plus sont conservées)</translation>
    </message>
    <message>
        <source>No container selected.</source>
        <translation>Aucun conteneur sélectionné.</translation>
    </message>
    <message>
        <source>paused while hidden</source>
        <translation>en pause tant que masqué</translation>
    </message>
    <message>
        <source>following</source>
        <translation>suivi en direct</translation>
    </message>
    <message>
        <source>the log is complete (%1 stopped)</source>
        <translation>le journal est complet (%1 arrêté)</translation>
    </message>
    <message>
        <source>Save the log</source>
        <translation>Enregistrer le journal</translation>
    </message>
    <message>
        <source>Log files (*.log *.txt);;All files (*)</source>
        <translation>Fichiers journaux (*.log *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n line(s) to %1.</source>
        <translation>
            <numerusform>%n ligne enregistrée dans %1.</numerusform>
            <numerusform>%n lignes enregistrées dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save the log: %1</source>
        <translation>Impossible d&apos;enregistrer le journal : %1</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>All the project&apos;s services merged, or one service&apos;s logs</source>
        <translation>Tous les services du projet réunis, ou les journaux d&apos;un seul service</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Tous les services</translation>
    </message>
</context>
<context>
    <name>gantry::LoginDialog</name>
    <message>
        <source>Log in for this session only</source>
        <translation>Se connecter pour cette session seulement</translation>
    </message>
    <message>
        <source>Log in to a registry</source>
        <translation>Connexion à un registre</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>docker.io, or host:port</source>
        <translation>docker.io, ou hôte:port</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Password or access token</source>
        <translation>Mot de passe ou jeton d’accès</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Registry:</source>
        <translation>Registre :</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nom d’utilisateur :</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <source>Not a registry address: a host name or IP address, optionally with :port.</source>
        <translation>Ce n’est pas une adresse de registre : un nom d’hôte ou une adresse IP, éventuellement suivi de :port.</translation>
    </message>
    <message>
        <source>Docker Hub. For another registry, type its host[:port].</source>
        <translation>Docker Hub. Pour un autre registre, saisissez son hôte[:port].</translation>
    </message>
    <message>
        <source>The registry at %1.</source>
        <translation>Le registre à l’adresse %1.</translation>
    </message>
</context>
<context>
    <name>gantry::MainWindow</name>
    <message>
        <source>Gantry</source>
        <translation>Gantry</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>%1 — Gantry</source>
        <comment>window title: engine — app</comment>
        <translation>%1 — Gantry</translation>
    </message>
    <message>
        <source>Menus</source>
        <translation>Menus</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Command &amp;palette…</source>
        <translation>&amp;Palette de commandes…</translation>
    </message>
    <message>
        <source>Find an action, a page or an object by typing a few letters</source>
        <translation>Trouver une action, une page ou un objet en tapant quelques lettres</translation>
    </message>
    <message>
        <source>&amp;Go to page</source>
        <translation>&amp;Aller à la page</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>&amp;Réinitialiser la disposition</translation>
    </message>
    <message>
        <source>Window size, panels, columns, sorting and filters as they were at first</source>
        <translation>Taille de la fenêtre, panneaux, colonnes, tris et filtres comme au premier lancement</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Raccourcis &amp;clavier</translation>
    </message>
</context>
<context>
    <name>gantry::NamedListPage</name>
    <message>
        <source>Filter by name…</source>
        <translation>Filtrer par nom…</translation>
    </message>
    <message>
        <source>Create…</source>
        <translation>Créer…</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>gantry::NetworkActions</name>
    <message>
        <source>Not removed: %1. The built-in networks bridge, host and none cannot be removed (docker network rm refuses them too).</source>
        <translation>Non supprimés : %1. Les réseaux intégrés bridge, host et none ne peuvent pas être supprimés (docker network rm les refuse aussi).</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n container(s) attached: %2</source>
        <translation>
            <numerusform>%1 — %n conteneur attaché : %2</numerusform>
            <numerusform>%1 — %n conteneurs attachés : %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove networks</source>
        <translation>Supprimer des réseaux</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n network(s)? Their settings (subnet, options) are lost.</source>
        <translation>
            <numerusform>Supprimer %n réseau ? Ses réglages (sous-réseau, options) sont perdus.</numerusform>
            <numerusform>Supprimer %n réseaux ? Leurs réglages (sous-réseau, options) sont perdus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n network(s)</source>
        <translation>
            <numerusform>Supprimer %n réseau</numerusform>
            <numerusform>Supprimer %n réseaux</numerusform>
        </translation>
    </message>
    <message>
        <source>A network with running containers attached is refused by the engine: disconnect or stop them first.</source>
        <translation>Le moteur refuse un réseau auquel des conteneurs en marche sont attachés : déconnectez-les ou arrêtez-les d&apos;abord.</translation>
    </message>
    <message numerus="yes">
        <source>%n network(s) could not be removed:</source>
        <translation>
            <numerusform>%n réseau n&apos;a pas pu être supprimé :</numerusform>
            <numerusform>%n réseaux n&apos;ont pas pu être supprimés :</numerusform>
        </translation>
    </message>
    <message>
        <source>No container can be connected to %1: each one is attached to it already, or uses the host&apos;s network or none.</source>
        <translation>Aucun conteneur ne peut être connecté à %1 : chacun y est déjà attaché, ou utilise le réseau de l&apos;hôte ou aucun réseau.</translation>
    </message>
</context>
<context>
    <name>gantry::NetworkContainerDialog</name>
    <message>
        <source>Connect a container to %1</source>
        <translation>Connecter un conteneur à %1</translation>
    </message>
    <message>
        <source>Disconnect a container from %1</source>
        <translation>Déconnecter un conteneur de %1</translation>
    </message>
    <message>
        <source>Connect container</source>
        <translation>Connecter un conteneur</translation>
    </message>
    <message>
        <source>Disconnect container</source>
        <translation>Déconnecter un conteneur</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Conteneur</translation>
    </message>
    <message>
        <source>The container gets an address on %1 and can reach the other containers there by name. A running one is connected at once.</source>
        <translation>Le conteneur reçoit une adresse sur %1 et peut y joindre les autres conteneurs par leur nom. Un conteneur en marche est connecté immédiatement.</translation>
    </message>
    <message>
        <source>The container loses its address on %1 and no longer reaches the containers there.</source>
        <translation>Le conteneur perd son adresse sur %1 et ne peut plus y joindre les conteneurs.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connecter</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Déconnecter</translation>
    </message>
    <message>
        <source>Container:</source>
        <translation>Conteneur :</translation>
    </message>
    <message>
        <source>Force, even if the engine cannot reach the container (-f)</source>
        <translation>Forcer, même si le moteur ne peut pas joindre le conteneur (-f)</translation>
    </message>
    <message>
        <source>Force disconnect</source>
        <translation>Forcer la déconnexion</translation>
    </message>
</context>
<context>
    <name>gantry::NetworkModel</name>
    <message>
        <source>Yes</source>
        <comment>network is internal</comment>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <comment>network is internal</comment>
        <translation>Non</translation>
    </message>
    <message>
        <source>%1 (built in: cannot be removed)
ID %2</source>
        <translation>%1 (intégré : ne peut pas être supprimé)
ID %2</translation>
    </message>
    <message>
        <source>%1
ID %2</source>
        <translation>%1
ID %2</translation>
    </message>
    <message>
        <source>Internal: no route to the outside world</source>
        <translation>Interne : aucune route vers le monde extérieur</translation>
    </message>
    <message numerus="yes">
        <source>%n container(s) attached: %1</source>
        <translation>
            <numerusform>%n conteneur attaché : %1</numerusform>
            <numerusform>%n conteneurs attachés : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Pilote</translation>
    </message>
    <message>
        <source>Scope</source>
        <comment>network scope: local, swarm</comment>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>Sous-réseau</translation>
    </message>
    <message>
        <source>Internal</source>
        <comment>network without outside access</comment>
        <translation>Interne</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Conteneurs</translation>
    </message>
</context>
<context>
    <name>gantry::NetworksPage</name>
    <message>
        <source>Networks</source>
        <translation>Réseaux</translation>
    </message>
    <message>
        <source>Create a network (docker network create)</source>
        <translation>Créer un réseau (docker network create)</translation>
    </message>
    <message>
        <source>Show the selected network in the details (docker network inspect)</source>
        <translation>Afficher le réseau sélectionné dans les détails (docker network inspect)</translation>
    </message>
    <message>
        <source>Remove the selected networks (docker network rm)</source>
        <translation>Supprimer les réseaux sélectionnés (docker network rm)</translation>
    </message>
    <message>
        <source>Connect container…</source>
        <translation>Connecter un conteneur…</translation>
    </message>
    <message>
        <source>Attach a container to the selected network (docker network connect)</source>
        <translation>Attacher un conteneur au réseau sélectionné (docker network connect)</translation>
    </message>
    <message>
        <source>Disconnect container…</source>
        <translation>Déconnecter un conteneur…</translation>
    </message>
    <message>
        <source>Detach a container from the selected network (docker network disconnect)</source>
        <translation>Détacher un conteneur du réseau sélectionné (docker network disconnect)</translation>
    </message>
    <message>
        <source>No networks. Create one (%1) to let containers reach each other by name.</source>
        <translation>Aucun réseau. Créez-en un (%1) pour que les conteneurs se joignent par leur nom.</translation>
    </message>
</context>
<context>
    <name>gantry::NodeModel</name>
    <message>
        <source>manager (leader)</source>
        <translation>manager (leader)</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>manager</translation>
    </message>
    <message>
        <source>worker</source>
        <translation>worker</translation>
    </message>
    <message>
        <source>drain</source>
        <comment>node availability</comment>
        <translation>drainé</translation>
    </message>
    <message>
        <source>pause</source>
        <comment>node availability</comment>
        <translation>en pause</translation>
    </message>
    <message>
        <source>active</source>
        <comment>node availability</comment>
        <translation>actif</translation>
    </message>
    <message>
        <source>ready</source>
        <comment>node status</comment>
        <translation>prêt</translation>
    </message>
    <message>
        <source>down</source>
        <comment>node status</comment>
        <translation>hors service</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>Nom d&apos;hôte</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Engine version</source>
        <translation>Version du moteur</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>gantry::NodesTab</name>
    <message>
        <source>Swarm nodes</source>
        <translation>Nœuds du swarm</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Activer</translation>
    </message>
    <message>
        <source>Let the node run tasks again (docker node update --availability active)</source>
        <translation>Laisser le nœud exécuter de nouveau des tâches (docker node update --availability active)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Mettre en pause</translation>
    </message>
    <message>
        <source>No new tasks on the node; the ones it runs stay (--availability pause)</source>
        <translation>Plus de nouvelles tâches sur le nœud ; celles qu&apos;il exécute restent (--availability pause)</translation>
    </message>
    <message>
        <source>Drain</source>
        <translation>Drainer</translation>
    </message>
    <message>
        <source>Move the node&apos;s tasks to other nodes and give it no new ones (--availability drain)</source>
        <translation>Déplacer les tâches du nœud vers d&apos;autres nœuds et ne plus lui en donner (--availability drain)</translation>
    </message>
    <message>
        <source>Promote</source>
        <translation>Promouvoir</translation>
    </message>
    <message>
        <source>Make the node a manager (docker node promote)</source>
        <translation>Faire du nœud un manager (docker node promote)</translation>
    </message>
    <message>
        <source>Demote</source>
        <translation>Rétrograder</translation>
    </message>
    <message>
        <source>Make the node a worker (docker node demote)</source>
        <translation>Faire du nœud un worker (docker node demote)</translation>
    </message>
    <message>
        <source>Add label…</source>
        <translation>Ajouter une étiquette…</translation>
    </message>
    <message>
        <source>Add or change a label of the node (--label-add)</source>
        <translation>Ajouter ou modifier une étiquette du nœud (--label-add)</translation>
    </message>
    <message>
        <source>Remove label…</source>
        <translation>Retirer une étiquette…</translation>
    </message>
    <message>
        <source>Remove labels of the node (--label-rm)</source>
        <translation>Retirer des étiquettes du nœud (--label-rm)</translation>
    </message>
</context>
<context>
    <name>gantry::OpenComposeDialog</name>
    <message>
        <source>Compose file or folder</source>
        <translation>Fichier ou dossier compose</translation>
    </message>
    <message>
        <source>Check</source>
        <comment>compose config</comment>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Edit…</source>
        <comment>the compose files</comment>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Up</source>
        <comment>compose up -d</comment>
        <translation>Up</translation>
    </message>
    <message>
        <source>Open a compose file</source>
        <translation>Ouvrir un fichier compose</translation>
    </message>
    <message>
        <source>Compose files (*.yml *.yaml)</source>
        <translation>Fichiers compose (*.yml *.yaml)</translation>
    </message>
    <message>
        <source>A compose file, or a folder holding compose.yaml or docker-compose.yml</source>
        <translation>Un fichier compose, ou un dossier contenant compose.yaml ou docker-compose.yml</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>Nom du projet</translation>
    </message>
    <message>
        <source>Lowercase letters, digits, &apos;-&apos; and &apos;_&apos; (the -p of the compose tool); the folder&apos;s name by default</source>
        <translation>Lettres minuscules, chiffres, « - » et « _ » (le -p de l&apos;outil compose) ; par défaut le nom du dossier</translation>
    </message>
    <message>
        <source>Looking for the compose tool…</source>
        <translation>Recherche de l&apos;outil compose…</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <source>Check the compose file</source>
        <translation>Vérifier le fichier compose</translation>
    </message>
    <message>
        <source>Read the files with the compose tool (config): nothing is started</source>
        <translation>Lire les fichiers avec l&apos;outil compose (config) : rien n&apos;est démarré</translation>
    </message>
    <message>
        <source>Edit the compose files</source>
        <translation>Modifier les fichiers compose</translation>
    </message>
    <message>
        <source>Start the project (up -d)</source>
        <translation>Démarrer le projet (up -d)</translation>
    </message>
    <message>
        <source>Create and start the project&apos;s containers, networks and volumes (up -d)</source>
        <translation>Créer et démarrer les conteneurs, réseaux et volumes du projet (up -d)</translation>
    </message>
    <message>
        <source>&amp;File or folder:</source>
        <translation>&amp;Fichier ou dossier :</translation>
    </message>
    <message>
        <source>&amp;Project name:</source>
        <translation>Nom du &amp;projet :</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Done: the project %1 is in the containers list.</source>
        <translation>Terminé : le projet %1 est dans la liste des conteneurs.</translation>
    </message>
    <message>
        <source>Compose tool: %1 (%2)</source>
        <translation>Outil compose : %1 (%2)</translation>
    </message>
    <message>
        <source>No compose file in this folder (compose.yaml, compose.yml, docker-compose.yaml or docker-compose.yml).</source>
        <translation>Aucun fichier compose dans ce dossier (compose.yaml, compose.yml, docker-compose.yaml ou docker-compose.yml).</translation>
    </message>
    <message>
        <source>Files: %1</source>
        <translation>Fichiers : %1</translation>
    </message>
    <message>
        <source>Checking the files (config)…</source>
        <translation>Vérification des fichiers (config)…</translation>
    </message>
    <message>
        <source>(built from its build section)</source>
        <translation>(construite d&apos;après sa section build)</translation>
    </message>
    <message>
        <source>%1 (external)</source>
        <translation>%1 (externe)</translation>
    </message>
    <message>
        <source>Networks: %1</source>
        <translation>Réseaux : %1</translation>
    </message>
    <message>
        <source>the project&apos;s default network</source>
        <translation>le réseau par défaut du projet</translation>
    </message>
    <message>
        <source>Named volumes: %1</source>
        <translation>Volumes nommés : %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>gantry::PathField</name>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>Parcourir pour %1</translation>
    </message>
</context>
<context>
    <name>gantry::PortMappingEditor</name>
    <message>
        <source>Publish all exposed ports on random host ports (-P)</source>
        <translation>Publier tous les ports exposés sur des ports de l&apos;hôte aléatoires (-P)</translation>
    </message>
    <message>
        <source>Publish all exposed ports</source>
        <translation>Publier tous les ports exposés</translation>
    </message>
    <message>
        <source>Add port</source>
        <translation>Ajouter un port</translation>
    </message>
    <message>
        <source>Host IP</source>
        <translation>IP de l&apos;hôte</translation>
    </message>
    <message>
        <source>Host port</source>
        <translation>Port de l&apos;hôte</translation>
    </message>
    <message>
        <source>Container port</source>
        <translation>Port du conteneur</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>-p HOST_IP:HOST_PORT:CONTAINER_PORT/PROTOCOL. An empty host port lets the engine pick one; 127.0.0.1 keeps the port private to this machine.</source>
        <translation>-p HOST_IP:HOST_PORT:CONTAINER_PORT/PROTOCOL. Un port de l&apos;hôte vide laisse le moteur en choisir un ; 127.0.0.1 garde le port privé à cette machine.</translation>
    </message>
    <message>
        <source>Free port</source>
        <translation>Port libre</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Host IP of port %1</source>
        <translation>IP de l&apos;hôte du port %1</translation>
    </message>
    <message>
        <source>all interfaces</source>
        <translation>toutes les interfaces</translation>
    </message>
    <message>
        <source>Host port of port %1</source>
        <translation>Port de l&apos;hôte du port %1</translation>
    </message>
    <message>
        <source>any</source>
        <translation>automatique</translation>
    </message>
    <message>
        <source>Container port of port %1</source>
        <translation>Port du conteneur du port %1</translation>
    </message>
    <message>
        <source>Protocol of port %1</source>
        <translation>Protocole du port %1</translation>
    </message>
    <message>
        <source>Pick a free host port for port %1</source>
        <translation>Choisir un port de l&apos;hôte libre pour le port %1</translation>
    </message>
    <message>
        <source>Remove port %1</source>
        <translation>Supprimer le port %1</translation>
    </message>
    <message>
        <source>Which port inside the container?</source>
        <translation>Quel port dans le conteneur ?</translation>
    </message>
    <message>
        <source>Ports are whole numbers from 1 to 65535; a host range and a container range must have the same length; the host IP must be an address.</source>
        <translation>Les ports sont des nombres entiers de 1 à 65535 ; une plage de l&apos;hôte et une plage du conteneur doivent avoir la même longueur ; l&apos;IP de l&apos;hôte doit être une adresse.</translation>
    </message>
    <message>
        <source>Host port %1/%2 is used twice.</source>
        <translation>Le port de l&apos;hôte %1/%2 est utilisé deux fois.</translation>
    </message>
    <message>
        <source>Host port %1/%2 is already published by another container: use &quot;Free port&quot;.</source>
        <translation>Le port de l&apos;hôte %1/%2 est déjà publié par un autre conteneur : utilisez « Port libre ».</translation>
    </message>
    <message>
        <source>Host port %1/%2 is in use on this machine: use &quot;Free port&quot;.</source>
        <translation>Le port de l&apos;hôte %1/%2 est occupé sur cette machine : utilisez « Port libre ».</translation>
    </message>
</context>
<context>
    <name>gantry::PortModel</name>
    <message>
        <source>all interfaces</source>
        <translation>toutes les interfaces</translation>
    </message>
    <message>
        <source>Another container publishes host port %1/%2 too: only one of them can run at a time.</source>
        <translation>Un autre conteneur publie aussi le port de l&apos;hôte %1/%2 : un seul d&apos;entre eux peut être en marche à la fois.</translation>
    </message>
    <message>
        <source>Open %1 in the browser</source>
        <translation>Ouvrir %1 dans le navigateur</translation>
    </message>
    <message>
        <source>Host address</source>
        <translation>Adresse de l&apos;hôte</translation>
    </message>
    <message>
        <source>Container port</source>
        <translation>Port du conteneur</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Conteneur</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>gantry::PortsPage</name>
    <message>
        <source>Published ports</source>
        <translation>Ports publiés</translation>
    </message>
    <message>
        <source>Filter by port or container…</source>
        <translation>Filtrer par port ou conteneur…</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Ouvrir dans le navigateur</translation>
    </message>
    <message>
        <source>Open the selected TCP port with the web browser</source>
        <translation>Ouvrir le port TCP sélectionné avec le navigateur web</translation>
    </message>
    <message>
        <source>No published ports. A container publishes one when it is run with a port mapping (Ports in the Run dialog, docker run -p 8080:80).</source>
        <translation>Aucun port publié. Un conteneur en publie un quand on le lance avec une redirection de port (Ports dans la fenêtre Lancer, docker run -p 8080:80).</translation>
    </message>
</context>
<context>
    <name>gantry::PruneDialog</name>
    <message>
        <source>Cancel preview</source>
        <translation>Annuler l&apos;aperçu</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Free space</source>
        <translation>Libérer de l&apos;espace</translation>
    </message>
    <message>
        <source>Choose what to remove. Nothing is deleted before you have read the list below and pressed the button that names what goes.</source>
        <translation>Choisissez ce qu&apos;il faut supprimer. Rien n&apos;est effacé avant que vous ayez lu la liste ci-dessous et appuyé sur le bouton qui nomme ce qui part.</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <source>List what would be removed; nothing is deleted yet</source>
        <translation>Lister ce qui serait supprimé ; rien n&apos;est encore effacé</translation>
    </message>
    <message>
        <source>Some items are unticked, so this is no longer a prune: each ticked item is removed on its own (docker rm, docker image rm, docker network rm…) and the unticked ones stay.</source>
        <translation>Certains éléments sont décochés, ce n&apos;est donc plus un nettoyage (prune) : chaque élément coché est supprimé individuellement (docker rm, docker image rm, docker network rm…) et les éléments décochés restent.</translation>
    </message>
    <message>
        <source>Command line equivalent:</source>
        <translation>Équivalent en ligne de commande :</translation>
    </message>
    <message>
        <source>Command line equivalent</source>
        <translation>Équivalent en ligne de commande</translation>
    </message>
    <message>
        <source>What was removed</source>
        <translation>Ce qui a été supprimé</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Listing what would be removed…</source>
        <translation>Recherche de ce qui serait supprimé…</translation>
    </message>
    <message>
        <source>Tick at least one kind of thing to remove.</source>
        <translation>Cochez au moins un type d&apos;élément à supprimer.</translation>
    </message>
    <message>
        <source>No preview: press Preview to list what would go.</source>
        <translation>Pas d&apos;aperçu : appuyez sur « Aperçu » pour lister ce qui serait supprimé.</translation>
    </message>
    <message>
        <source>The preview could not be computed: %1</source>
        <translation>L&apos;aperçu n&apos;a pas pu être calculé : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n container(s)</source>
        <translation>
            <numerusform>%n conteneur</numerusform>
            <numerusform>%n conteneurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n volume(s)</source>
        <translation>
            <numerusform>%n volume</numerusform>
            <numerusform>%n volumes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n network(s)</source>
        <translation>
            <numerusform>%n réseau</numerusform>
            <numerusform>%n réseaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n build cache record(s)</source>
        <translation>
            <numerusform>%n entrée du cache de construction</numerusform>
            <numerusform>%n entrées du cache de construction</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>a list: &quot;3 images, 2 volumes and 1 network&quot;</comment>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Nothing to remove: nothing matches.</source>
        <translation>Rien à supprimer : rien ne correspond.</translation>
    </message>
    <message>
        <source>Everything is unticked: nothing will be removed.</source>
        <translation>Tout est décoché : rien ne sera supprimé.</translation>
    </message>
    <message>
        <source>Removing %1 frees %2.</source>
        <translation>Supprimer %1 libère %2.</translation>
    </message>
    <message>
        <source>Command line equivalent (the ticked items, one by one):</source>
        <translation>Équivalent en ligne de commande (les éléments cochés, un par un) :</translation>
    </message>
    <message>
        <source>Remove %1 (%2)</source>
        <comment>what goes, space freed</comment>
        <translation>Supprimer %1 (%2)</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <comment>what goes</comment>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Suppression en cours…</translation>
    </message>
    <message>
        <source>Nothing was removed: the engine found nothing that matched any more.</source>
        <translation>Rien n&apos;a été supprimé : le moteur n&apos;a plus rien trouvé qui corresponde.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n item(s):</source>
        <translation>
            <numerusform>%n élément supprimé :</numerusform>
            <numerusform>%n éléments supprimés :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not remove %n item(s):</source>
        <translation>
            <numerusform>Impossible de supprimer %n élément :</numerusform>
            <numerusform>Impossible de supprimer %n éléments :</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <comment>item: error</comment>
        <translation>  %1 : %2</translation>
    </message>
    <message>
        <source>Space reclaimed, as the engine reports it: %1.</source>
        <translation>Espace récupéré, d&apos;après le moteur : %1.</translation>
    </message>
    <message>
        <source>Space reclaimed: the engine does not report space for single removals. Refresh the disk usage page to measure it.</source>
        <translation>Espace récupéré : le moteur n&apos;indique pas l&apos;espace libéré par les suppressions individuelles. Actualisez la page « Espace disque » pour le mesurer.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>Done, with failures (see below).</source>
        <translation>Terminé, avec des échecs (voir ci-dessous).</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Removal cancelled: what had not been removed yet stays (see below).</source>
        <translation>Suppression annulée : ce qui n’avait pas encore été supprimé reste (voir ci-dessous).</translation>
    </message>
    <message>
        <source>Removing %1 (step %2 of %3)…</source>
        <translation>Suppression de %1 (étape %2 sur %3)…</translation>
    </message>
    <message numerus="yes">
        <source>Not removed, the removal was cancelled first: %n item(s):</source>
        <translation>
            <numerusform>Non supprimé, la suppression a été annulée avant : %n élément :</numerusform>
            <numerusform>Non supprimés, la suppression a été annulée avant : %n éléments :</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulée.</translation>
    </message>
</context>
<context>
    <name>gantry::PruneOptionsForm</name>
    <message>
        <source>Dangling images: untagged and used by no container (docker image prune)</source>
        <translation>Images orphelines : sans étiquette et qu&apos;aucun conteneur n&apos;utilise (docker image prune)</translation>
    </message>
    <message>
        <source>All unused images: tagged or not, used by no container (docker image prune -a)</source>
        <translation>Toutes les images inutilisées : avec ou sans étiquette, qu&apos;aucun conteneur n&apos;utilise (docker image prune -a)</translation>
    </message>
    <message>
        <source>Stopped containers (docker container prune)</source>
        <translation>Conteneurs arrêtés (docker container prune)</translation>
    </message>
    <message>
        <source>Unused volumes, with the data in them (docker volume prune)</source>
        <translation>Volumes inutilisés, avec les données qu&apos;ils contiennent (docker volume prune)</translation>
    </message>
    <message>
        <source>Unused networks (docker network prune)</source>
        <translation>Réseaux inutilisés (docker network prune)</translation>
    </message>
    <message>
        <source>Build cache (docker builder prune)</source>
        <translation>Cache de construction (docker builder prune)</translation>
    </message>
    <message>
        <source>Everything above (docker system prune -a --volumes)</source>
        <translation>Tout ce qui précède (docker system prune -a --volumes)</translation>
    </message>
    <message>
        <source>What to remove</source>
        <translation>Ce qu&apos;il faut supprimer</translation>
    </message>
    <message>
        <source>Removing a volume deletes its data for good: databases, uploads, whatever containers wrote there. Untick the volumes to keep. Volumes are removed one by one (docker volume rm), so that none made after the preview goes.</source>
        <translation>Supprimer un volume efface ses données pour de bon : bases de données, fichiers envoyés, tout ce que les conteneurs y ont écrit. Décochez les volumes à conserver. Les volumes sont supprimés un par un (docker volume rm), afin qu&apos;aucun volume créé après l&apos;aperçu ne parte.</translation>
    </message>
</context>
<context>
    <name>gantry::PrunePlanner</name>
    <message>
        <source>stopped containers</source>
        <translation>conteneurs arrêtés</translation>
    </message>
    <message>
        <source>unused networks</source>
        <translation>réseaux inutilisés</translation>
    </message>
    <message>
        <source>dangling images</source>
        <translation>images orphelines</translation>
    </message>
    <message>
        <source>unused images</source>
        <translation>images inutilisées</translation>
    </message>
    <message>
        <source>build cache</source>
        <translation>cache de construction</translation>
    </message>
    <message>
        <source>Reading the engine&apos;s clock</source>
        <translation>Lecture de l&apos;horloge du moteur</translation>
    </message>
    <message>
        <source>The engine did not say what time it is.</source>
        <translation>Le moteur n&apos;a pas indiqué l&apos;heure.</translation>
    </message>
    <message>
        <source>Listing containers</source>
        <translation>Listage des conteneurs</translation>
    </message>
    <message>
        <source>Listing images</source>
        <translation>Listage des images</translation>
    </message>
    <message>
        <source>Listing networks</source>
        <translation>Listage des réseaux</translation>
    </message>
    <message>
        <source>Measuring volumes and build cache (this can take minutes)</source>
        <translation>Mesure des volumes et du cache de construction (cela peut prendre plusieurs minutes)</translation>
    </message>
    <message>
        <source>Inspecting stopped containers</source>
        <translation>Inspection des conteneurs arrêtés</translation>
    </message>
    <message numerus="yes">
        <source>Reading the layers of %n image(s)</source>
        <translation>
            <numerusform>Lecture des couches de %n image</numerusform>
            <numerusform>Lecture des couches de %n images</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>%1: something changed since the preview, so the previewed items were removed one by one.</source>
        <translation>%1 : quelque chose a changé depuis l&apos;aperçu, les éléments de l&apos;aperçu ont donc été supprimés un par un.</translation>
    </message>
    <message>
        <source>The engine did not remove it: in use, or changed since the preview.</source>
        <translation>Le moteur a refusé la suppression : élément en cours d&apos;utilisation, ou modifié depuis l&apos;aperçu.</translation>
    </message>
    <message>
        <source>The tag was removed since the preview.</source>
        <translation>L’étiquette a été supprimée depuis l’aperçu.</translation>
    </message>
    <message>
        <source>Since the preview this tag names another image: left alone.</source>
        <translation>Depuis l’aperçu, cette étiquette désigne une autre image : laissée telle quelle.</translation>
    </message>
    <message>
        <source>The volume was removed since the preview.</source>
        <translation>Le volume a été supprimé depuis l’aperçu.</translation>
    </message>
    <message>
        <source>A volume of this name was made again since the preview: left alone.</source>
        <translation>Un volume de ce nom a été recréé depuis l’aperçu : laissé tel quel.</translation>
    </message>
    <message>
        <source>Cancelled before it was carried out.</source>
        <translation>Annulé avant d’avoir été exécuté.</translation>
    </message>
</context>
<context>
    <name>gantry::PrunePreviewTree</name>
    <message>
        <source>Dangling images (%1)</source>
        <translation>Images orphelines (%1)</translation>
    </message>
    <message>
        <source>Unused images (%1)</source>
        <translation>Images inutilisées (%1)</translation>
    </message>
    <message>
        <source>Stopped containers (%1)</source>
        <translation>Conteneurs arrêtés (%1)</translation>
    </message>
    <message>
        <source>Unused volumes (%1): their data goes with them</source>
        <translation>Volumes inutilisés (%1) : leurs données partent avec eux</translation>
    </message>
    <message>
        <source>Unused networks (%1)</source>
        <translation>Réseaux inutilisés (%1)</translation>
    </message>
    <message>
        <source>Build cache (%1)</source>
        <translation>Cache de construction (%1)</translation>
    </message>
    <message>
        <source>untagged image %1</source>
        <translation>image sans étiquette %1</translation>
    </message>
    <message>
        <source>What will be removed</source>
        <translation>Ce qui sera supprimé</translation>
    </message>
    <message>
        <source>Item (untick to keep it)</source>
        <translation>Élément (décochez pour le conserver)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>%1 — nothing to remove</source>
        <comment>a category</comment>
        <translation>%1 — rien à supprimer</translation>
    </message>
    <message>
        <source>Stays: a container that uses it is unticked.</source>
        <translation>Reste en place : un conteneur qui l&apos;utilise est décoché.</translation>
    </message>
</context>
<context>
    <name>gantry::PullDialog</name>
    <message>
        <source>Pull image</source>
        <translation>Télécharger une image</translation>
    </message>
    <message>
        <source>Pull</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <source>Image to pull</source>
        <translation>Image à télécharger</translation>
    </message>
    <message>
        <source>registry/namespace/repository:tag</source>
        <translation>registre/espace/dépôt:étiquette</translation>
    </message>
    <message>
        <source>Image:</source>
        <translation>Image :</translation>
    </message>
    <message>
        <source>For example busybox:latest, or myregistry:5000/team/app:1.0.</source>
        <translation>Par exemple busybox:latest, ou monregistre:5000/equipe/app:1.0.</translation>
    </message>
    <message>
        <source>Not a valid image reference: use lowercase letters, digits and separators (. _ -), an optional registry host, and an optional :tag or @sha256:digest.</source>
        <translation>Référence d’image non valide : utilisez des minuscules, des chiffres et des séparateurs (. _ -), un hôte de registre facultatif, et une :étiquette ou un @sha256:condensé facultatifs.</translation>
    </message>
    <message>
        <source>From %1.</source>
        <translation>Depuis %1.</translation>
    </message>
    <message>
        <source>From %1; no tag given, so the tag %2 is pulled.</source>
        <translation>Depuis %1 ; aucune étiquette n’est indiquée, c’est donc l’étiquette %2 qui est téléchargée.</translation>
    </message>
</context>
<context>
    <name>gantry::PushDialog</name>
    <message>
        <source>Push image</source>
        <translation>Envoyer une image</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Push to</source>
        <translation>Envoyer vers</translation>
    </message>
    <message>
        <source>registry/namespace/repository:tag</source>
        <translation>registre/espace/dépôt:étiquette</translation>
    </message>
    <message>
        <source>Image:</source>
        <translation>Image :</translation>
    </message>
    <message>
        <source>Push to:</source>
        <translation>Envoyer vers :</translation>
    </message>
    <message>
        <source>Where the image goes: the registry&apos;s host (none for Docker Hub), a namespace (your user or organisation), the repository and a tag.</source>
        <translation>Où va l’image : l’hôte du registre (aucun pour Docker Hub), un espace de noms (votre utilisateur ou votre organisation), le dépôt et une étiquette.</translation>
    </message>
    <message>
        <source>Not a valid image reference: use lowercase letters, digits and separators (. _ -), an optional registry host, and an optional :tag of up to 128 characters.</source>
        <translation>Référence d&apos;image non valide : utilisez des minuscules, des chiffres et des séparateurs (. _ -), un hôte de registre facultatif et une :étiquette facultative de 128 caractères au plus.</translation>
    </message>
    <message>
        <source>Docker Hub needs a namespace you may push to, usually your user name: for example yourname/%1.</source>
        <translation>Docker Hub demande un espace de noms où vous avez le droit d’envoyer, en général votre nom d’utilisateur : par exemple votrenom/%1.</translation>
    </message>
    <message>
        <source>To Docker Hub, namespace %1.</source>
        <translation>Vers Docker Hub, espace de noms %1.</translation>
    </message>
    <message>
        <source>To the registry %1.</source>
        <translation>Vers le registre %1.</translation>
    </message>
    <message>
        <source>The image is tagged with this name first.</source>
        <translation>L’image reçoit d’abord ce nom (docker tag).</translation>
    </message>
</context>
<context>
    <name>gantry::RegistriesDialog</name>
    <message>
        <source>Registries</source>
        <translation>Registres</translation>
    </message>
    <message>
        <source>Registry logins</source>
        <translation>Connexions aux registres</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Stored in</source>
        <translation>Enregistré dans</translation>
    </message>
    <message>
        <source>Passwords are kept in the system keychain, never in a file. Logins made with docker login are used too; docker logout removes them.</source>
        <translation>Les mots de passe sont conservés dans le trousseau du système, jamais dans un fichier. Les connexions faites avec docker login servent aussi ; docker logout les supprime.</translation>
    </message>
    <message>
        <source>Log in…</source>
        <translation>Se connecter…</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>System keychain</source>
        <translation>Trousseau du système</translation>
    </message>
    <message>
        <source>This session only</source>
        <translation>Cette session seulement</translation>
    </message>
    <message>
        <source>Docker&apos;s configuration (read only)</source>
        <translation>Configuration de Docker (lecture seule)</translation>
    </message>
    <message>
        <source>No keychain service is running: logins last for this session only. Start a Secret Service (for example gnome-keyring) to keep them.</source>
        <translation>Aucun service de trousseau ne fonctionne : les connexions ne durent que le temps de cette session. Démarrez un Secret Service (par exemple gnome-keyring) pour les conserver.</translation>
    </message>
    <message>
        <source>This login belongs to the docker command: use docker logout</source>
        <translation>Cette connexion appartient à la commande docker : utilisez docker logout</translation>
    </message>
</context>
<context>
    <name>gantry::RegistryController</name>
    <message>
        <source>The login is right, but no keychain service is running (%1), so the password cannot be stored safely. Gantry can keep it in memory for this session only: it is written nowhere and forgotten when Gantry quits.</source>
        <translation>L’identifiant est correct, mais aucun service de trousseau ne fonctionne (%1) : le mot de passe ne peut donc pas être enregistré de façon sûre. Gantry peut le garder en mémoire pour cette session seulement : il n’est écrit nulle part et il est oublié quand Gantry se ferme.</translation>
    </message>
    <message>
        <source>The login is right, but the system keychain refused to store it: %1</source>
        <translation>L’identifiant est correct, mais le trousseau du système a refusé de l’enregistrer : %1</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Log out of %1? Gantry forgets the password of %2 for it: you will need it to log in again, and pulls and pushes there go without a login.</source>
        <translation>Se déconnecter de %1 ? Gantry oublie le mot de passe de %2 pour ce registre : il vous faudra le saisir pour vous reconnecter, et les téléchargements et envois s’y feront sans identifiant.</translation>
    </message>
    <message>
        <source>The system keychain did not remove the login: %1</source>
        <translation>Le trousseau du système n’a pas supprimé l’identifiant : %1</translation>
    </message>
    <message>
        <source>Pulled %1.</source>
        <translation>%1 téléchargée.</translation>
    </message>
    <message>
        <source>Pushed %1.</source>
        <translation>%1 envoyée.</translation>
    </message>
    <message>
        <source>Pushed %1 (digest %2).</source>
        <translation>%1 envoyée (condensé %2).</translation>
    </message>
    <message>
        <source>Send the registry login?</source>
        <translation>Envoyer l&apos;identifiant du registre ?</translation>
    </message>
    <message>
        <source>Send the registry user name and password over this connection anyway?</source>
        <translation>Envoyer quand même le nom d&apos;utilisateur et le mot de passe du registre par cette connexion ?</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Envoyer quand même</translation>
    </message>
    <message>
        <source>Nothing was sent: the connection to the engine is not private.</source>
        <translation>Rien n&apos;a été envoyé : la connexion au moteur n&apos;est pas privée.</translation>
    </message>
</context>
<context>
    <name>gantry::ResourcePage</name>
    <message>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
    <message>
        <source>Filter by name, image, project…</source>
        <translation>Filtrer par nom, image, projet…</translation>
    </message>
    <message>
        <source>Nothing matches the filter. Clear it to see every row.</source>
        <translation>Rien ne correspond au filtre. Videz-le pour tout revoir.</translation>
    </message>
</context>
<context>
    <name>gantry::RunController</name>
    <message>
        <source>The container was created but did not start: %1 Fix the options and run again under another name, or remove it from the containers page.</source>
        <translation>Le conteneur a été créé mais n&apos;a pas démarré : %1 Corrigez les options et relancez-le sous un autre nom, ou supprimez-le depuis la page des conteneurs.</translation>
    </message>
    <message>
        <source>Recreate container</source>
        <translation>Recréer le conteneur</translation>
    </message>
    <message>
        <source>Recreate</source>
        <translation>Recréer</translation>
    </message>
    <message>
        <source>Recreate %1 with these changes? The new container is created first; the old one is kept aside and only removed once the new one runs. Files changed inside it that are not in a volume (its writable layer) are lost; volumes are kept.</source>
        <translation>Recréer %1 avec ces changements ? Le nouveau conteneur est créé d’abord ; l’ancien est mis de côté et n’est supprimé qu’une fois le nouveau démarré. Les fichiers modifiés à l’intérieur hors volume (sa couche inscriptible) sont perdus ; les volumes sont conservés.</translation>
    </message>
    <message>
        <source>%1 is removed by the engine when it stops (--rm), so it cannot be kept aside once stopped: if the new container then fails to start, a fresh one with the old settings is started in its place.</source>
        <translation>%1 est supprimé par le moteur à son arrêt (--rm) : il ne peut donc pas être gardé de côté une fois arrêté. Si le nouveau conteneur ne démarre pas, un conteneur neuf avec les anciens réglages est démarré à sa place.</translation>
    </message>
</context>
<context>
    <name>gantry::RunDialog</name>
    <message>
        <source>Run a container</source>
        <translation>Lancer un conteneur</translation>
    </message>
    <message>
        <source>Run options</source>
        <translation>Options de lancement</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Resources and security</source>
        <translation>Ressources et sécurité</translation>
    </message>
    <message>
        <source>docker run command line</source>
        <translation>Ligne de commande docker run</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the command line</source>
        <translation>Copier la ligne de commande</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lancer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The same with the docker command line:</source>
        <translation>La même chose avec la ligne de commande docker :</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Container name</source>
        <translation>Nom du conteneur</translation>
    </message>
    <message>
        <source>generated by the engine when empty</source>
        <translation>généré par le moteur s&apos;il est vide</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>the image&apos;s default command</source>
        <translation>la commande par défaut de l&apos;image</translation>
    </message>
    <message>
        <source>Entrypoint</source>
        <translation>Point d&apos;entrée</translation>
    </message>
    <message>
        <source>Working directory</source>
        <translation>Répertoire de travail</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Keep standard input open (-i)</source>
        <translation>Garder l&apos;entrée standard ouverte (-i)</translation>
    </message>
    <message>
        <source>Keep standard input open</source>
        <translation>Garder l&apos;entrée standard ouverte</translation>
    </message>
    <message>
        <source>Allocate a terminal (-t)</source>
        <translation>Allouer un terminal (-t)</translation>
    </message>
    <message>
        <source>Allocate a terminal</source>
        <translation>Allouer un terminal</translation>
    </message>
    <message>
        <source>Remove the container when it stops (--rm)</source>
        <translation>Supprimer le conteneur quand il s&apos;arrête (--rm)</translation>
    </message>
    <message>
        <source>Remove the container when it stops</source>
        <translation>Supprimer le conteneur quand il s&apos;arrête</translation>
    </message>
    <message>
        <source>Image:</source>
        <translation>Image :</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Command:</source>
        <translation>Commande :</translation>
    </message>
    <message>
        <source>Entrypoint:</source>
        <translation>Point d&apos;entrée :</translation>
    </message>
    <message>
        <source>Working directory (-w):</source>
        <translation>Répertoire de travail (-w) :</translation>
    </message>
    <message>
        <source>User (-u):</source>
        <translation>Utilisateur (-u) :</translation>
    </message>
    <message>
        <source>Environment variables</source>
        <translation>Variables d&apos;environnement</translation>
    </message>
    <message>
        <source>Load an env file…</source>
        <translation>Charger un fichier d&apos;environnement…</translation>
    </message>
    <message>
        <source>Load an env file</source>
        <translation>Charger un fichier d&apos;environnement</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Environment (-e), one per line:</source>
        <translation>Environnement (-e), une variable par ligne :</translation>
    </message>
    <message>
        <source>Labels (-l), one per line:</source>
        <translation>Labels (-l), un par ligne :</translation>
    </message>
    <message>
        <source>Restart policy</source>
        <translation>Politique de redémarrage</translation>
    </message>
    <message>
        <source>Never (default)</source>
        <translation>Jamais (par défaut)</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Toujours</translation>
    </message>
    <message>
        <source>Unless stopped</source>
        <translation>Sauf s&apos;il a été arrêté</translation>
    </message>
    <message>
        <source>On failure</source>
        <translation>En cas d&apos;échec</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Default bridge</source>
        <translation>Réseau bridge par défaut</translation>
    </message>
    <message>
        <source>Memory limit</source>
        <translation>Limite de mémoire</translation>
    </message>
    <message>
        <source>no limit (e.g. 512m, 1g)</source>
        <translation>aucune limite (p. ex. 512m, 1g)</translation>
    </message>
    <message>
        <source>CPU limit</source>
        <translation>Limite de processeur</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>aucune limite</translation>
    </message>
    <message>
        <source>Privileged (--privileged)</source>
        <translation>Privilégié (--privileged)</translation>
    </message>
    <message>
        <source>Privileged</source>
        <translation>Privilégié</translation>
    </message>
    <message>
        <source>A privileged container can do almost anything root can do on the host: every device, every capability, no seccomp or AppArmor confinement. Use it only for containers you fully trust.</source>
        <translation>Un conteneur privilégié peut faire presque tout ce que root peut faire sur l&apos;hôte : tous les périphériques, toutes les capacités, aucun confinement seccomp ni AppArmor. Ne l&apos;utilisez que pour des conteneurs en qui vous avez entièrement confiance.</translation>
    </message>
    <message>
        <source>Capabilities to add</source>
        <translation>Capacités à ajouter</translation>
    </message>
    <message>
        <source>Capabilities to drop</source>
        <translation>Capacités à retirer</translation>
    </message>
    <message>
        <source>Read-only root filesystem (--read-only)</source>
        <translation>Système de fichiers racine en lecture seule (--read-only)</translation>
    </message>
    <message>
        <source>Read-only root filesystem</source>
        <translation>Système de fichiers racine en lecture seule</translation>
    </message>
    <message>
        <source>Restart (--restart):</source>
        <translation>Redémarrage (--restart) :</translation>
    </message>
    <message>
        <source>Network (--network):</source>
        <translation>Réseau (--network) :</translation>
    </message>
    <message>
        <source>Memory (-m):</source>
        <translation>Mémoire (-m) :</translation>
    </message>
    <message>
        <source>CPUs (--cpus):</source>
        <translation>Processeurs (--cpus) :</translation>
    </message>
    <message>
        <source>Add capabilities (--cap-add):</source>
        <translation>Ajouter des capacités (--cap-add) :</translation>
    </message>
    <message>
        <source>Drop capabilities (--cap-drop):</source>
        <translation>Retirer des capacités (--cap-drop) :</translation>
    </message>
    <message>
        <source>Edit and recreate %1</source>
        <translation>Modifier et recréer %1</translation>
    </message>
    <message>
        <source>Recreate</source>
        <translation>Recréer</translation>
    </message>
    <message>
        <source>Choose an image to run.</source>
        <translation>Choisissez une image à lancer.</translation>
    </message>
    <message>
        <source>A container name starts with a letter or digit, then letters, digits, _ . or - (at least two characters).</source>
        <translation>Un nom de conteneur commence par une lettre ou un chiffre, puis des lettres, des chiffres, _ . ou - (au moins deux caractères).</translation>
    </message>
    <message>
        <source>The name %1 is already taken by another container.</source>
        <translation>Le nom %1 est déjà pris par un autre conteneur.</translation>
    </message>
    <message>
        <source>Memory is a number with a unit: 512m, 1g, 1.5g.</source>
        <translation>La mémoire est un nombre suivi d&apos;une unité : 512m, 1g, 1.5g.</translation>
    </message>
    <message>
        <source>An environment line needs a name before &quot;=&quot;: %1</source>
        <translation>Une ligne d&apos;environnement doit avoir un nom avant « = » : %1</translation>
    </message>
    <message>
        <source>A label line needs a key before &quot;=&quot;: %1</source>
        <translation>Une ligne de label doit avoir une clé avant « = » : %1</translation>
    </message>
    <message>
        <source>Letters, digits, _ . - only, starting with a letter or digit.</source>
        <translation>Lettres, chiffres, _ . - uniquement, en commençant par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>Already taken by another container.</source>
        <translation>Déjà pris par un autre conteneur.</translation>
    </message>
    <message>
        <source>Env file</source>
        <translation>Fichier d&apos;environnement</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Health check</source>
        <translation>Sonde de santé</translation>
    </message>
    <message>
        <source>With both -i and -t, the container starts attached to a terminal in the details panel, as docker run -it does: leaving its shell (exit, Ctrl+D) stops the container.</source>
        <translation>Avec -i et -t, le conteneur démarre attaché à un terminal dans le panneau des détails, comme avec docker run -it : quitter son shell (exit, Ctrl+D) arrête le conteneur.</translation>
    </message>
    <message>
        <source>Without both -i and -t, the container runs in the background (-d); open a terminal on it from the details panel.</source>
        <translation>Sans -i et -t ensemble, le conteneur tourne en arrière-plan (-d) ; ouvrez-y un terminal depuis le panneau des détails.</translation>
    </message>
</context>
<context>
    <name>gantry::SafeRecreate</name>
    <message>
        <source>Undoing it did not fully work:</source>
        <translation>L’annulation n’a pas entièrement réussi :</translation>
    </message>
    <message>
        <source>Nothing was changed: the container is back as it was.</source>
        <translation>Rien n’a changé : le conteneur est revenu tel qu’il était.</translation>
    </message>
    <message>
        <source>The new container runs, but the old one, renamed %1, could not be removed: %2</source>
        <translation>Le nouveau conteneur tourne, mais l’ancien, renommé %1, n’a pas pu être supprimé : %2</translation>
    </message>
    <message>
        <source>The new container %1 could not be removed:</source>
        <translation>Le nouveau conteneur %1 n’a pas pu être supprimé :</translation>
    </message>
    <message>
        <source>The old container could not be renamed back from %1 to %2:</source>
        <translation>L’ancien conteneur n’a pas pu être renommé de %1 en %2 :</translation>
    </message>
    <message>
        <source>The old container could not be started again:</source>
        <translation>L’ancien conteneur n’a pas pu être redémarré :</translation>
    </message>
    <message>
        <source>The old container was removed when it stopped (--rm), and one with its settings could not be created:</source>
        <translation>L’ancien conteneur a été supprimé à son arrêt (--rm), et un conteneur avec ses réglages n’a pas pu être créé :</translation>
    </message>
    <message>
        <source>The old container was removed when it stopped (--rm); one with its settings was created but did not start:</source>
        <translation>L’ancien conteneur a été supprimé à son arrêt (--rm) ; un conteneur avec ses réglages a été créé mais n’a pas démarré :</translation>
    </message>
    <message>
        <source>The old container was removed when it stopped (--rm): one with its settings runs in its place.</source>
        <translation>L’ancien conteneur a été supprimé à son arrêt (--rm) : un conteneur avec ses réglages tourne à sa place.</translation>
    </message>
</context>
<context>
    <name>gantry::SaveContextDialog</name>
    <message>
        <source>Save as docker context</source>
        <translation>Enregistrer comme contexte docker</translation>
    </message>
    <message>
        <source>Context name</source>
        <translation>Nom du contexte</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>The docker CLI and other tools will see this engine as a context. Gantry writes into %1 what this command writes:</source>
        <translation>La CLI docker et d&apos;autres outils verront ce moteur comme un contexte. Gantry écrit dans %1 ce qu&apos;écrit cette commande :</translation>
    </message>
    <message>
        <source>Context &amp;name:</source>
        <translation>&amp;Nom du contexte :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>Create context</source>
        <translation>Créer le contexte</translation>
    </message>
</context>
<context>
    <name>gantry::ScaleServiceDialog</name>
    <message>
        <source>Scale %1</source>
        <translation>Mettre %1 à l’échelle</translation>
    </message>
    <message>
        <source>Scale service</source>
        <translation>Mettre le service à l’échelle</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>Répliques</translation>
    </message>
    <message>
        <source>Replicas:</source>
        <translation>Répliques :</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Mettre à l’échelle</translation>
    </message>
</context>
<context>
    <name>gantry::ServiceActions</name>
    <message>
        <source>The rollback failed:</source>
        <translation>Le retour en arrière a échoué :</translation>
    </message>
    <message>
        <source>Remove service</source>
        <translation>Supprimer le service</translation>
    </message>
    <message>
        <source>Remove the service %1? Its tasks are stopped and their containers removed.</source>
        <translation>Supprimer le service %1 ? Ses tâches sont arrêtées et leurs conteneurs supprimés.</translation>
    </message>
    <message>
        <source>It belongs to the stack %1: deploying the stack again brings it back.</source>
        <translation>Il fait partie de la pile %1 : la redéployer le fait revenir.</translation>
    </message>
    <message>
        <source>The service could not be removed:</source>
        <translation>Le service n&apos;a pas pu être supprimé :</translation>
    </message>
</context>
<context>
    <name>gantry::ServiceModel</name>
    <message>
        <source>updating</source>
        <translation>mise à jour en cours</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>rolling back</source>
        <translation>retour en arrière en cours</translation>
    </message>
    <message>
        <source>rollback paused</source>
        <translation>retour en arrière en pause</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>revenu en arrière</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
    <message>
        <source>global</source>
        <translation>global</translation>
    </message>
    <message>
        <source>replicated</source>
        <translation>répliqué</translation>
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
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>Répliques</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Mise à jour</translation>
    </message>
</context>
<context>
    <name>gantry::ServiceParsers</name>
    <message>
        <source>The engine&apos;s list of %1 is not a JSON array.</source>
        <translation>La liste des %1 du moteur n&apos;est pas un tableau JSON.</translation>
    </message>
</context>
<context>
    <name>gantry::ServicesView</name>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Service actions</source>
        <translation>Actions sur les services</translation>
    </message>
    <message>
        <source>Create…</source>
        <translation>Créer…</translation>
    </message>
    <message>
        <source>Create a service (docker service create)</source>
        <translation>Créer un service (docker service create)</translation>
    </message>
    <message>
        <source>Scale…</source>
        <translation>Mettre à l’échelle…</translation>
    </message>
    <message>
        <source>Change how many replicas run (docker service scale)</source>
        <translation>Changer le nombre de répliques (docker service scale)</translation>
    </message>
    <message>
        <source>Update image…</source>
        <translation>Mettre à jour l&apos;image…</translation>
    </message>
    <message>
        <source>Rolling update to another image (docker service update --image)</source>
        <translation>Mise à jour progressive vers une autre image (docker service update --image)</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Revenir en arrière</translation>
    </message>
    <message>
        <source>Back to the service&apos;s previous spec (docker service rollback)</source>
        <translation>Revenir à la spec précédente du service (docker service rollback)</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Remove the service and its tasks (docker service rm)</source>
        <translation>Supprimer le service et ses tâches (docker service rm)</translation>
    </message>
    <message>
        <source>Tasks of the service</source>
        <translation>Tâches du service</translation>
    </message>
    <message>
        <source>Rolling update progress</source>
        <translation>Avancement de la mise à jour progressive</translation>
    </message>
    <message>
        <source>Service details</source>
        <translation>Détails du service</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Journaux</translation>
    </message>
    <message>
        <source>Rolling back to %1: %2 of %3 tasks</source>
        <translation>Retour en arrière vers %1 : %2 tâches sur %3</translation>
    </message>
    <message>
        <source>Updating to %1: %2 of %3 tasks</source>
        <translation>Mise à jour vers %1 : %2 tâches sur %3</translation>
    </message>
    <message>
        <source>Update paused: %1</source>
        <translation>Mise à jour en pause : %1</translation>
    </message>
    <message>
        <source>No services. Create one: an image run as replicas spread over the swarm&apos;s nodes (docker service create).</source>
        <translation>Aucun service. Créez-en un : une image lancée en répliques réparties sur les nœuds du swarm (docker service create).</translation>
    </message>
</context>
<context>
    <name>gantry::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Ctrl+K finds any action, page or object by typing a few of its letters. A page&apos;s shortcuts work while the focus is in that page; Ctrl+Tab leaves a terminal.</source>
        <translation>Ctrl+K trouve n’importe quelle action, page ou objet en tapant quelques-unes de ses lettres. Les raccourcis d’une page agissent quand le focus est dans cette page ; Ctrl+Tab sort d’un terminal.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
</context>
<context>
    <name>gantry::SshBridge</name>
    <message>
        <source>The ssh program could not be started for %1: %2. Install the OpenSSH client (Debian: openssh-client).</source>
        <translation>Le programme ssh n&apos;a pas pu être lancé pour %1 : %2. Installez le client OpenSSH (Debian : openssh-client).</translation>
    </message>
    <message>
        <source>Gantry could not open its local socket for ssh to %1 in %2: %3.</source>
        <translation>Gantry n&apos;a pas pu ouvrir son socket local pour ssh vers %1 dans %2 : %3.</translation>
    </message>
</context>
<context>
    <name>gantry::StackRunner</name>
    <message>
        <source>Creating network %1</source>
        <translation>Création du réseau %1</translation>
    </message>
    <message>
        <source>Creating secret %1</source>
        <translation>Création du secret %1</translation>
    </message>
    <message>
        <source>Creating config %1</source>
        <translation>Création de la config %1</translation>
    </message>
    <message>
        <source>%1 not found</source>
        <translation>%1 introuvable</translation>
    </message>
    <message>
        <source>Updating service %1</source>
        <translation>Mise à jour du service %1</translation>
    </message>
    <message>
        <source>Creating service %1</source>
        <translation>Création du service %1</translation>
    </message>
    <message>
        <source>Removing %1</source>
        <translation>Suppression de %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>gantry::StacksView</name>
    <message>
        <source>Stacks</source>
        <translation>Piles</translation>
    </message>
    <message>
        <source>Stack actions</source>
        <translation>Actions sur les piles</translation>
    </message>
    <message>
        <source>Deploy stack…</source>
        <translation>Déployer une pile…</translation>
    </message>
    <message>
        <source>Deploy a compose file as a stack (docker stack deploy)</source>
        <translation>Déployer un fichier compose comme pile (docker stack deploy)</translation>
    </message>
    <message>
        <source>Remove stack…</source>
        <translation>Supprimer la pile…</translation>
    </message>
    <message>
        <source>Remove the stack&apos;s services, networks, secrets and configs (docker stack rm)</source>
        <translation>Supprimer les services, réseaux, secrets et configs de la pile (docker stack rm)</translation>
    </message>
    <message>
        <source>Stacks and their services</source>
        <translation>Piles et leurs services</translation>
    </message>
    <message>
        <source>Remove stack</source>
        <translation>Supprimer la pile</translation>
    </message>
    <message>
        <source>The stack %1 could not be removed entirely: %2</source>
        <translation>La pile %1 n&apos;a pas pu être entièrement supprimée : %2</translation>
    </message>
    <message>
        <source>The stack %1 could not be listed: %2</source>
        <translation>La pile %1 n&apos;a pas pu être listée : %2</translation>
    </message>
    <message>
        <source>service</source>
        <translation>service</translation>
    </message>
    <message>
        <source>secret</source>
        <translation>secret</translation>
    </message>
    <message>
        <source>config</source>
        <translation>config</translation>
    </message>
    <message>
        <source>network</source>
        <translation>réseau</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>kind, name</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Remove the stack %1? These go; a secret&apos;s value cannot be recovered:</source>
        <translation>Supprimer la pile %1 ? Ceci disparaît ; la valeur d&apos;un secret ne peut pas être récupérée :</translation>
    </message>
</context>
<context>
    <name>gantry::StatsOverviewModel</name>
    <message>
        <source>%1
Image %2
ID %3</source>
        <translation>%1
Image %2
ID %3</translation>
    </message>
    <message>
        <source>No figures yet: statistics are read only for the rows on screen.</source>
        <translation>Pas encore de chiffres : les statistiques ne sont lues que pour les lignes à l&apos;écran.</translation>
    </message>
    <message>
        <source>Share of the host&apos;s CPU time; 100% is one full CPU.</source>
        <translation>Part du temps processeur de l&apos;hôte ; 100 % correspond à un processeur entier.</translation>
    </message>
    <message>
        <source>Memory used, without the page cache the kernel can reclaim.</source>
        <translation>Mémoire utilisée, sans le cache de pages que le noyau peut récupérer.</translation>
    </message>
    <message>
        <source>Bytes received / sent on all the container&apos;s networks.</source>
        <translation>Octets reçus / envoyés sur tous les réseaux du conteneur.</translation>
    </message>
    <message>
        <source>Bytes read / written on block devices.</source>
        <translation>Octets lus / écrits sur les périphériques de bloc.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>CPU %</source>
        <translation>CPU %</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Limit</source>
        <comment>memory limit</comment>
        <translation>Limite</translation>
    </message>
    <message>
        <source>Memory %</source>
        <translation>Mémoire %</translation>
    </message>
    <message>
        <source>Net I/O</source>
        <translation>E/S réseau</translation>
    </message>
    <message>
        <source>Block I/O</source>
        <translation>E/S disque</translation>
    </message>
    <message>
        <source>PIDs</source>
        <translation>PID</translation>
    </message>
</context>
<context>
    <name>gantry::StatsOverviewPage</name>
    <message>
        <source>Container statistics</source>
        <translation>Statistiques des conteneurs</translation>
    </message>
    <message>
        <source>Statistics columns</source>
        <translation>Colonnes des statistiques</translation>
    </message>
    <message>
        <source>The docker command that shows the same figures</source>
        <translation>La commande docker qui affiche les mêmes chiffres</translation>
    </message>
    <message>
        <source>No container is running.</source>
        <translation>Aucun conteneur n&apos;est en cours d&apos;exécution.</translation>
    </message>
    <message>
        <source>Paused while the page is hidden.</source>
        <translation>En pause tant que la page est masquée.</translation>
    </message>
    <message numerus="yes">
        <source>Reading statistics for %1 of %n running container(s): only the rows on screen, to spare the engine.</source>
        <translation>
            <numerusform>Statistiques lues pour %1 conteneur en cours d&apos;exécution sur %n : seulement les lignes à l&apos;écran, pour ménager le moteur.</numerusform>
            <numerusform>Statistiques lues pour %1 des %n conteneurs en cours d&apos;exécution : seulement les lignes à l&apos;écran, pour ménager le moteur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Statistics of %1 failed: %2</source>
        <translation>Les statistiques de %1 ont échoué : %2</translation>
    </message>
    <message>
        <source>No running containers: statistics are read from running containers only. Start one on the Containers page.</source>
        <translation>Aucun conteneur en cours d’exécution : les statistiques ne se lisent que sur les conteneurs qui tournent. Démarrez-en un sur la page Conteneurs.</translation>
    </message>
</context>
<context>
    <name>gantry::StatsView</name>
    <message>
        <source>The docker command that shows the same figures</source>
        <translation>La commande docker qui affiche les mêmes chiffres</translation>
    </message>
    <message>
        <source>CPU %</source>
        <translation>CPU %</translation>
    </message>
    <message>
        <source>Memory (MiB)</source>
        <translation>Mémoire (Mio)</translation>
    </message>
    <message>
        <source>%</source>
        <comment>CPU percent axis</comment>
        <translation>%</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>Mio</translation>
    </message>
    <message>
        <source>CPU % (100% = one CPU)</source>
        <translation>CPU % (100 % = un processeur)</translation>
    </message>
    <message>
        <source>CPU usage chart</source>
        <translation>Graphique de l&apos;utilisation CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Memory usage chart</source>
        <translation>Graphique de l&apos;utilisation mémoire</translation>
    </message>
    <message>
        <source>CPU:</source>
        <translation>CPU :</translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation>Mémoire :</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>Réseau :</translation>
    </message>
    <message>
        <source>Block I/O:</source>
        <translation>E/S disque :</translation>
    </message>
    <message>
        <source>PIDs:</source>
        <translation>PID :</translation>
    </message>
    <message>
        <source>No container selected.</source>
        <translation>Aucun conteneur sélectionné.</translation>
    </message>
    <message>
        <source>Statistics stopped: %1</source>
        <translation>Statistiques interrompues : %1</translation>
    </message>
    <message>
        <source>The container is not running: no statistics.</source>
        <translation>Le conteneur n&apos;est pas en cours d&apos;exécution : pas de statistiques.</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 sur %2 (%3)</translation>
    </message>
    <message>
        <source>%1 received, %2 sent</source>
        <translation>%1 reçus, %2 envoyés</translation>
    </message>
    <message>
        <source>%1 read, %2 written</source>
        <translation>%1 lus, %2 écrits</translation>
    </message>
    <message>
        <source>Network (received + sent)</source>
        <translation>Réseau (reçu + envoyé)</translation>
    </message>
    <message>
        <source>Block I/O (read + written)</source>
        <translation>E/S disque (lu + écrit)</translation>
    </message>
    <message>
        <source>KiB/s</source>
        <translation>Kio/s</translation>
    </message>
    <message>
        <source>Network and block I/O</source>
        <translation>Réseau et E/S disque</translation>
    </message>
    <message>
        <source>Network and block I/O chart</source>
        <translation>Graphique du réseau et des E/S disque</translation>
    </message>
</context>
<context>
    <name>gantry::SwarmActions</name>
    <message>
        <source>The swarm could not be initialised:</source>
        <translation>Le swarm n&apos;a pas pu être initialisé :</translation>
    </message>
    <message>
        <source>The swarm could not be joined:</source>
        <translation>Le swarm n&apos;a pas pu être rejoint :</translation>
    </message>
    <message>
        <source>The node could not be changed:</source>
        <translation>Le nœud n&apos;a pas pu être modifié :</translation>
    </message>
    <message>
        <source>Drain node %1? Its tasks are stopped and started again on other nodes; it gets no new ones until it is activated again.</source>
        <translation>Drainer le nœud %1 ? Ses tâches sont arrêtées et relancées sur d&apos;autres nœuds ; il n&apos;en reçoit plus de nouvelles tant qu&apos;il n&apos;est pas réactivé.</translation>
    </message>
    <message>
        <source>Demote node %1 to a worker? It no longer takes part in managing the swarm; with too few managers left the swarm cannot recover from a manager&apos;s failure.</source>
        <translation>Rétrograder le nœud %1 en worker ? Il ne prend plus part à la gestion du swarm ; avec trop peu de managers restants, le swarm ne peut pas se remettre de la panne d&apos;un manager.</translation>
    </message>
    <message>
        <source>Change node</source>
        <translation>Modifier le nœud</translation>
    </message>
    <message>
        <source>Demote</source>
        <translation>Rétrograder</translation>
    </message>
    <message>
        <source>Drain</source>
        <translation>Drainer</translation>
    </message>
    <message>
        <source>The same as: %1</source>
        <translation>Équivaut à : %1</translation>
    </message>
    <message>
        <source>Add a node label</source>
        <translation>Ajouter une étiquette au nœud</translation>
    </message>
    <message>
        <source>Label of %1, as key=value (or a key alone):</source>
        <translation>Étiquette de %1, sous la forme clé=valeur (ou une clé seule) :</translation>
    </message>
    <message>
        <source>The label could not be added:</source>
        <translation>L&apos;étiquette n&apos;a pas pu être ajoutée :</translation>
    </message>
    <message>
        <source>Remove a node label</source>
        <translation>Retirer une étiquette du nœud</translation>
    </message>
    <message>
        <source>Label of %1 to remove:</source>
        <translation>Étiquette de %1 à retirer :</translation>
    </message>
    <message>
        <source>The label could not be removed:</source>
        <translation>L&apos;étiquette n&apos;a pas pu être retirée :</translation>
    </message>
    <message>
        <source>Remove secrets</source>
        <translation>Supprimer des secrets</translation>
    </message>
    <message>
        <source>Remove configs</source>
        <translation>Supprimer des configs</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n secret(s)? Their values are lost for good.</source>
        <translation>
            <numerusform>Supprimer %n secret ? Sa valeur est perdue pour de bon.</numerusform>
            <numerusform>Supprimer %n secrets ? Leurs valeurs sont perdues pour de bon.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n config(s)? Their content is lost for good.</source>
        <translation>
            <numerusform>Supprimer %n config ? Son contenu est perdu pour de bon.</numerusform>
            <numerusform>Supprimer %n configs ? Leur contenu est perdu pour de bon.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n secret(s)</source>
        <translation>
            <numerusform>Supprimer %n secret</numerusform>
            <numerusform>Supprimer %n secrets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n config(s)</source>
        <translation>
            <numerusform>Supprimer %n config</numerusform>
            <numerusform>Supprimer %n configs</numerusform>
        </translation>
    </message>
    <message>
        <source>One a service uses is refused by the engine and kept.</source>
        <translation>Le moteur refuse de supprimer ce qu&apos;un service utilise : c&apos;est conservé.</translation>
    </message>
    <message>
        <source>Some could not be removed:</source>
        <translation>Certains n&apos;ont pas pu être supprimés :</translation>
    </message>
    <message>
        <source>Rotate the manager token</source>
        <translation>Renouveler le jeton manager</translation>
    </message>
    <message>
        <source>Rotate the worker token</source>
        <translation>Renouveler le jeton worker</translation>
    </message>
    <message>
        <source>Make a new manager join token? The current one is refused from now on: nodes not yet joined with it need the new one. Nodes in the swarm stay.</source>
        <translation>Créer un nouveau jeton d&apos;adhésion manager ? L&apos;actuel est refusé dès maintenant : les nœuds qui ne l&apos;ont pas encore utilisé devront prendre le nouveau. Les nœuds du swarm restent.</translation>
    </message>
    <message>
        <source>Make a new worker join token? The current one is refused from now on: nodes not yet joined with it need the new one. Nodes in the swarm stay.</source>
        <translation>Créer un nouveau jeton d&apos;adhésion worker ? L&apos;actuel est refusé dès maintenant : les nœuds qui ne l&apos;ont pas encore utilisé devront prendre le nouveau. Les nœuds du swarm restent.</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Renouveler</translation>
    </message>
    <message>
        <source>The token could not be rotated:</source>
        <translation>Le jeton n&apos;a pas pu être renouvelé :</translation>
    </message>
    <message>
        <source>This engine is the swarm&apos;s last manager. Leaving ends the swarm: its services and their tasks, its secrets and configs, its overlay networks and its join tokens are lost for good, and the other nodes are left without a manager. Leaving needs --force here.</source>
        <translation>Ce moteur est le dernier manager du swarm. Le quitter met fin au swarm : ses services et leurs tâches, ses secrets et configs, ses réseaux overlay et ses jetons d&apos;adhésion sont perdus pour de bon, et les autres nœuds restent sans manager. Quitter demande --force ici.</translation>
    </message>
    <message>
        <source>This engine is one of the swarm&apos;s %1 managers. Leaving removes it from the managers: with too few left the swarm loses its quorum and cannot be managed. Demote it first to be safe. Leaving needs --force here.</source>
        <translation>Ce moteur est l&apos;un des %1 managers du swarm. Le quitter le retire des managers : avec trop peu de managers restants, le swarm perd son quorum et ne peut plus être géré. Rétrogradez-le d&apos;abord par prudence. Quitter demande --force ici.</translation>
    </message>
    <message>
        <source>Leave the swarm? This engine&apos;s tasks stop; the swarm starts them elsewhere.</source>
        <translation>Quitter le swarm ? Les tâches de ce moteur s&apos;arrêtent ; le swarm les relance ailleurs.</translation>
    </message>
    <message>
        <source>Leave the swarm</source>
        <translation>Quitter le swarm</translation>
    </message>
    <message>
        <source>The swarm could not be left:</source>
        <translation>Le swarm n&apos;a pas pu être quitté :</translation>
    </message>
    <message>
        <source>secret %1</source>
        <translation>secret %1</translation>
    </message>
    <message>
        <source>config %1</source>
        <translation>config %1</translation>
    </message>
</context>
<context>
    <name>gantry::SwarmObjectDialog</name>
    <message>
        <source>From a file</source>
        <translation>Depuis un fichier</translation>
    </message>
    <message>
        <source>Typed here</source>
        <translation>Saisi ici</translation>
    </message>
    <message>
        <source>Create secret</source>
        <translation>Créer un secret</translation>
    </message>
    <message>
        <source>Create config</source>
        <translation>Créer une config</translation>
    </message>
    <message>
        <source>Secret name</source>
        <translation>Nom du secret</translation>
    </message>
    <message>
        <source>Config name</source>
        <translation>Nom de la config</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Choisir le fichier</translation>
    </message>
    <message>
        <source>Secret value</source>
        <translation>Valeur du secret</translation>
    </message>
    <message>
        <source>Config content</source>
        <translation>Contenu de la config</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Not a valid name: letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, starting and ending with a letter or digit, 64 characters at most.</source>
        <translation>Nom non valide : lettres, chiffres, « _ », « . » ou « - », en commençant et finissant par une lettre ou un chiffre, 64 caractères au plus.</translation>
    </message>
    <message>
        <source>No readable file there.</source>
        <translation>Aucun fichier lisible à cet endroit.</translation>
    </message>
    <message>
        <source>The engine takes at most 500 KiB.</source>
        <translation>Le moteur accepte 500 Kio au plus.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Choose a file, or type the value.</source>
        <translation>Choisissez un fichier, ou saisissez la valeur.</translation>
    </message>
    <message>
        <source>The value is empty: the engine refuses an empty one.</source>
        <translation>La valeur est vide : le moteur refuse une valeur vide.</translation>
    </message>
</context>
<context>
    <name>gantry::SwarmObjectModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>gantry::SwarmObjectsTab</name>
    <message>
        <source>Swarm secrets</source>
        <translation>Secrets du swarm</translation>
    </message>
    <message>
        <source>Swarm configs</source>
        <translation>Configs du swarm</translation>
    </message>
    <message>
        <source>Create secret…</source>
        <translation>Créer un secret…</translation>
    </message>
    <message>
        <source>Create config…</source>
        <translation>Créer une config…</translation>
    </message>
    <message>
        <source>Remove secrets</source>
        <translation>Supprimer des secrets</translation>
    </message>
    <message>
        <source>Remove configs</source>
        <translation>Supprimer des configs</translation>
    </message>
    <message>
        <source>A secret&apos;s value cannot be read back: the engine gives it only to the services it is granted to.</source>
        <translation>La valeur d&apos;un secret ne peut pas être relue : le moteur ne la donne qu&apos;aux services auxquels elle est accordée.</translation>
    </message>
    <message>
        <source>No secrets. Create one (a password, a key) to hand it to services without putting it in their image or environment.</source>
        <translation>Aucun secret. Créez-en un (un mot de passe, une clé) pour le confier aux services sans le mettre dans leur image ni leur environnement.</translation>
    </message>
    <message>
        <source>No configs. Create one to give services a configuration file without building it into their image.</source>
        <translation>Aucune config. Créez-en une pour donner aux services un fichier de configuration sans l’inclure dans leur image.</translation>
    </message>
</context>
<context>
    <name>gantry::SwarmPage</name>
    <message>
        <source>Asking the engine whether it is in a swarm…</source>
        <translation>Le moteur est-il dans un swarm ? Question posée…</translation>
    </message>
    <message>
        <source>Swarm</source>
        <translation>Swarm</translation>
    </message>
    <message>
        <source>Swarm summary</source>
        <translation>Résumé du swarm</translation>
    </message>
    <message>
        <source>This engine is a swarm worker</source>
        <translation>Ce moteur est un worker du swarm</translation>
    </message>
    <message>
        <source>Swarm tabs</source>
        <translation>Onglets du swarm</translation>
    </message>
    <message numerus="yes">
        <source>This engine is a manager of swarm %1: %n node(s), %2 manager(s).</source>
        <translation>
            <numerusform>Ce moteur est un manager du swarm %1 : %n nœud, %2 manager(s).</numerusform>
            <numerusform>Ce moteur est un manager du swarm %1 : %n nœuds, %2 manager(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>This engine is a worker of a swarm (node %1).</source>
        <translation>Ce moteur est un worker d&apos;un swarm (nœud %1).</translation>
    </message>
    <message>
        <source>This engine is a worker node: it runs the swarm&apos;s tasks, but only a manager can show and change the swarm&apos;s services, nodes, secrets and configs. Connect Gantry to a manager to manage the swarm, or have a manager promote this node.</source>
        <translation>Ce moteur est un nœud worker : il exécute les tâches du swarm, mais seul un manager peut afficher et modifier les services, nœuds, secrets et configs du swarm. Connectez Gantry à un manager pour gérer le swarm, ou faites promouvoir ce nœud par un manager.</translation>
    </message>
    <message>
        <source>This engine&apos;s swarm is locked: unlock it with docker swarm unlock and its unlock key.</source>
        <translation>Le swarm de ce moteur est verrouillé : déverrouillez-le avec docker swarm unlock et sa clé de déverrouillage.</translation>
    </message>
    <message>
        <source>This engine&apos;s swarm reports an error: %1</source>
        <translation>Le swarm de ce moteur signale une erreur : %1</translation>
    </message>
</context>
<context>
    <name>gantry::SwarmSetupPanel</name>
    <message>
        <source>Initialise command line</source>
        <translation>Ligne de commande d&apos;initialisation</translation>
    </message>
    <message>
        <source>Initialise a swarm</source>
        <translation>Initialiser un swarm</translation>
    </message>
    <message>
        <source>Join command line</source>
        <translation>Ligne de commande d&apos;adhésion</translation>
    </message>
    <message>
        <source>Join the swarm</source>
        <translation>Rejoindre le swarm</translation>
    </message>
    <message>
        <source>This engine is not in a swarm. Initialise a new swarm, with this engine as its first manager, or join an existing one.</source>
        <translation>Ce moteur n&apos;est pas dans un swarm. Initialisez un nouveau swarm, avec ce moteur comme premier manager, ou rejoignez-en un existant.</translation>
    </message>
    <message>
        <source>This engine is not in a swarm</source>
        <translation>Ce moteur n&apos;est pas dans un swarm</translation>
    </message>
    <message>
        <source>Advertise address</source>
        <translation>Adresse annoncée</translation>
    </message>
    <message>
        <source>Listen address for initialising</source>
        <translation>Adresse d&apos;écoute pour l&apos;initialisation</translation>
    </message>
    <message>
        <source>Initialise</source>
        <translation>Initialiser</translation>
    </message>
    <message>
        <source>Advertise address:</source>
        <translation>Adresse annoncée :</translation>
    </message>
    <message>
        <source>Listen address:</source>
        <translation>Adresse d&apos;écoute :</translation>
    </message>
    <message>
        <source>Join token</source>
        <translation>Jeton d&apos;adhésion</translation>
    </message>
    <message>
        <source>Manager address</source>
        <translation>Adresse du manager</translation>
    </message>
    <message>
        <source>host:port of a manager, e.g. 192.168.1.10:2377</source>
        <translation>hôte:port d&apos;un manager, par ex. 192.168.1.10:2377</translation>
    </message>
    <message>
        <source>Listen address for joining</source>
        <translation>Adresse d&apos;écoute pour l&apos;adhésion</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Rejoindre</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Jeton :</translation>
    </message>
    <message>
        <source>Manager address:</source>
        <translation>Adresse du manager :</translation>
    </message>
    <message>
        <source>This is not a join token: it looks like SWMTKN-1-… (docker swarm join-token on a manager shows it).</source>
        <translation>Ce n&apos;est pas un jeton d&apos;adhésion : il ressemble à SWMTKN-1-… (docker swarm join-token sur un manager l&apos;affiche).</translation>
    </message>
</context>
<context>
    <name>gantry::TagImageDialog</name>
    <message>
        <source>Tag image</source>
        <translation>Étiqueter l&apos;image</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>Nouvelle étiquette</translation>
    </message>
    <message>
        <source>registry/namespace/repository:tag</source>
        <translation>registre/espace/dépôt:étiquette</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiqueter</translation>
    </message>
    <message>
        <source>Image:</source>
        <translation>Image :</translation>
    </message>
    <message>
        <source>New tag:</source>
        <translation>Nouvelle étiquette :</translation>
    </message>
    <message>
        <source>Not a valid image reference: use lowercase letters, digits and separators (. _ -), an optional registry host, and an optional :tag of up to 128 characters.</source>
        <translation>Référence d&apos;image non valide : utilisez des minuscules, des chiffres et des séparateurs (. _ -), un hôte de registre facultatif et une :étiquette facultative de 128 caractères au plus.</translation>
    </message>
</context>
<context>
    <name>gantry::TarStream</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot read %1: it was replaced by a symbolic link since the folder was scanned.</source>
        <translation>Impossible de lire %1 : il a été remplacé par un lien symbolique depuis le parcours du dossier.</translation>
    </message>
    <message>
        <source>Cannot read %1: it was replaced by another file since the folder was scanned.</source>
        <translation>Impossible de lire %1 : il a été remplacé par un autre fichier depuis le parcours du dossier.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
</context>
<context>
    <name>gantry::TaskModel</name>
    <message>
        <source>earlier task</source>
        <translation>tâche précédente</translation>
    </message>
    <message>
        <source>global</source>
        <translation>global</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 depuis %2</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier task(s) failed</source>
        <translation>
            <numerusform>%n tâche précédente a échoué</numerusform>
            <numerusform>%n tâches précédentes ont échoué</numerusform>
        </translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>Desired</source>
        <translation>Voulu</translation>
    </message>
    <message>
        <source>Current state</source>
        <translation>État actuel</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
</context>
<context>
    <name>gantry::TerminalPanel</name>
    <message>
        <source>Open shell</source>
        <translation>Ouvrir un shell</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Attacher</translation>
    </message>
    <message>
        <source>Command to run</source>
        <translation>Commande à exécuter</translation>
    </message>
    <message>
        <source>The command the shell runs in the container (docker exec -it)</source>
        <translation>La commande lancée dans le conteneur (docker exec -it)</translation>
    </message>
    <message>
        <source>Command, e.g. sh or bash</source>
        <translation>Commande, par exemple sh ou bash</translation>
    </message>
    <message>
        <source>Run the command in the container with a terminal (docker exec -it)</source>
        <translation>Exécuter la commande dans le conteneur avec un terminal (docker exec -it)</translation>
    </message>
    <message>
        <source>Connect to the container&apos;s main process (docker attach); Ctrl+P Ctrl+Q detaches</source>
        <translation>Se connecter au processus principal du conteneur (docker attach) ; Ctrl+P Ctrl+Q pour se détacher</translation>
    </message>
    <message>
        <source>Terminals</source>
        <translation>Terminaux</translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation>&amp;Commande :</translation>
    </message>
    <message>
        <source>Select a running container to open a terminal in it.</source>
        <translation>Sélectionnez un conteneur en cours d&apos;exécution pour y ouvrir un terminal.</translation>
    </message>
    <message>
        <source>%1 is paused: unpause it to open a terminal.</source>
        <translation>%1 est en pause : reprenez-le pour ouvrir un terminal.</translation>
    </message>
    <message>
        <source>%1 is not running: start it to open a terminal.</source>
        <translation>%1 n&apos;est pas en cours d&apos;exécution : démarrez-le pour ouvrir un terminal.</translation>
    </message>
    <message>
        <source>The command has an unmatched quote.</source>
        <translation>La commande contient un guillemet non fermé.</translation>
    </message>
    <message>
        <source>Type the command to run, e.g. sh.</source>
        <translation>Saisissez la commande à exécuter, par exemple sh.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>terminal tab: container, command</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: attached</source>
        <comment>terminal tab: container</comment>
        <translation>%1 : attaché</translation>
    </message>
    <message>
        <source>Terminal: %1</source>
        <translation>Terminal : %1</translation>
    </message>
    <message>
        <source>Close terminal %1</source>
        <translation>Fermer le terminal %1</translation>
    </message>
    <message>
        <source>%1 (ended)</source>
        <comment>terminal tab</comment>
        <translation>%1 (terminé)</translation>
    </message>
    <message>
        <source>%1: run</source>
        <comment>terminal tab: container</comment>
        <translation>%1 : run</translation>
    </message>
</context>
<context>
    <name>gantry::TerminalSession</name>
    <message>
        <source>The connection to the engine was lost; the container may still be running.</source>
        <translation>La connexion au moteur a été perdue ; le conteneur est peut-être toujours en cours d&apos;exécution.</translation>
    </message>
    <message>
        <source>The engine did not say which exec it made.</source>
        <translation>Le moteur n&apos;a pas indiqué quelle instance exec il a créée.</translation>
    </message>
    <message>
        <source>The container %1 is paused; unpause it first.</source>
        <translation>Le conteneur %1 est en pause ; reprenez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>The container %1 is not running; start it first.</source>
        <translation>Le conteneur %1 n&apos;est pas en cours d&apos;exécution ; démarrez-le d&apos;abord.</translation>
    </message>
</context>
<context>
    <name>gantry::TerminalTab</name>
    <message>
        <source>Process exited with code %1</source>
        <translation>Le processus s&apos;est terminé avec le code %1</translation>
    </message>
    <message>
        <source>The container exited with code %1</source>
        <translation>Le conteneur s&apos;est arrêté avec le code %1</translation>
    </message>
    <message>
        <source>Detached: the process keeps running in the container.</source>
        <translation>Détaché : le processus continue de s&apos;exécuter dans le conteneur.</translation>
    </message>
    <message>
        <source>Connecting: %1</source>
        <translation>Connexion : %1</translation>
    </message>
    <message>
        <source>The container exited and was removed (--rm).</source>
        <translation>Le conteneur s’est arrêté et a été supprimé (--rm).</translation>
    </message>
</context>
<context>
    <name>gantry::TerminalWidget</name>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C copies the selection, Ctrl+Shift+V pastes, Shift+Page Up and Page Down scroll, Ctrl+Tab leaves the terminal.</source>
        <translation>Ctrl+Maj+C copie la sélection, Ctrl+Maj+V colle, Maj+Page précédente et Page suivante font défiler, Ctrl+Tab quitte le terminal.</translation>
    </message>
    <message>
        <source>Terminal history</source>
        <translation>Historique du terminal</translation>
    </message>
</context>
<context>
    <name>gantry::TransferDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>gantry::TransferProgressView</name>
    <message>
        <source>Overall progress</source>
        <translation>Progression globale</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Couches</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En file d’attente</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Téléchargement</translation>
    </message>
    <message>
        <source>Verifying checksum</source>
        <translation>Vérification de la somme de contrôle</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Téléchargée</translation>
    </message>
    <message>
        <source>Extracting</source>
        <translation>Extraction</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>Déjà présente</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Reused from %1</source>
        <translation>Reprise de %1</translation>
    </message>
    <message>
        <source>Layer %1</source>
        <translation>Couche %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>gantry::Transport</name>
    <message>
        <source>Shutting down.</source>
        <translation>Arrêt en cours.</translation>
    </message>
    <message>
        <source>Cancelled by the user.</source>
        <translation>Annulé par l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>The engine&apos;s answer is larger than the %1 MiB allowed for it.</source>
        <translation>La réponse du moteur dépasse les %1 Mio permis.</translation>
    </message>
    <message>
        <source>The engine&apos;s answer has more than %1 KiB of headers.</source>
        <translation>La réponse du moteur a plus de %1 Kio d&apos;en-têtes.</translation>
    </message>
</context>
<context>
    <name>gantry::TrayIcon</name>
    <message>
        <source>&amp;Show Gantry</source>
        <translation>&amp;Afficher Gantry</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message numerus="yes">
        <source>Gantry: %n running container(s) on %1</source>
        <translation>
            <numerusform>Gantry : %n conteneur en cours d&apos;exécution sur %1</numerusform>
            <numerusform>Gantry : %n conteneurs en cours d&apos;exécution sur %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gantry::UpdateCheck</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: the registry answered HTTP %2.</source>
        <translation>%1 : le registre a répondu HTTP %2.</translation>
    </message>
    <message>
        <source>%1 is not a tagged image reference.</source>
        <translation>%1 n’est pas une référence d’image étiquetée.</translation>
    </message>
    <message>
        <source>Checking %1:%2</source>
        <translation>Vérification de %1:%2</translation>
    </message>
    <message>
        <source>The registry did not give the manifest&apos;s digest.</source>
        <translation>Le registre n’a pas donné l’empreinte du manifeste.</translation>
    </message>
    <message>
        <source>The registry&apos;s login challenge has no realm.</source>
        <translation>La demande d’authentification du registre n’indique pas de « realm ».</translation>
    </message>
    <message>
        <source>Logging in to %1</source>
        <translation>Connexion à %1</translation>
    </message>
    <message>
        <source>The registry gave no token.</source>
        <translation>Le registre n’a donné aucun jeton.</translation>
    </message>
</context>
<context>
    <name>gantry::UpdateChecker</name>
    <message>
        <source>%1 has no tag to check.</source>
        <translation>%1 n’a pas d’étiquette à vérifier.</translation>
    </message>
    <message>
        <source>Cannot check %1: %2</source>
        <translation>Impossible de vérifier %1 : %2</translation>
    </message>
    <message>
        <source>%1 is up to date with its registry.</source>
        <translation>%1 est à jour par rapport à son registre.</translation>
    </message>
    <message>
        <source>A newer image is available for %1 (registry: %2, here: %3). Pull it to update.</source>
        <translation>Une image plus récente est disponible pour %1 (registre : %2, ici : %3). Téléchargez-la (pull) pour mettre à jour.</translation>
    </message>
    <message>
        <source>%1 was not pulled from or pushed to its registry: there is nothing to compare (the registry has %2).</source>
        <translation>%1 n’a été ni téléchargée depuis son registre ni envoyée vers lui : rien à comparer (le registre a %2).</translation>
    </message>
</context>
<context>
    <name>gantry::UpdateImageDialog</name>
    <message>
        <source>Update the image of %1</source>
        <translation>Mettre à jour l&apos;image de %1</translation>
    </message>
    <message>
        <source>Update service image</source>
        <translation>Mettre à jour l&apos;image du service</translation>
    </message>
    <message>
        <source>New image</source>
        <translation>Nouvelle image</translation>
    </message>
    <message>
        <source>The tasks are replaced a few at a time, as the service&apos;s update config says; Roll back returns to the image before.</source>
        <translation>Les tâches sont remplacées quelques-unes à la fois, selon la config de mise à jour du service ; Revenir en arrière rend l&apos;image d&apos;avant.</translation>
    </message>
    <message>
        <source>Image:</source>
        <translation>Image :</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>Not a valid image reference.</source>
        <translation>Référence d&apos;image non valide.</translation>
    </message>
    <message>
        <source>The service already runs this image.</source>
        <translation>Le service utilise déjà cette image.</translation>
    </message>
</context>
<context>
    <name>gantry::VolumeActions</name>
    <message>
        <source>%1 — used by %2</source>
        <comment>volume — used by containers</comment>
        <translation>%1 — utilisé par %2</translation>
    </message>
    <message>
        <source>Remove volumes</source>
        <translation>Supprimer des volumes</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n volume(s)? Everything stored in them is deleted for good.</source>
        <translation>
            <numerusform>Supprimer %n volume ? Tout ce qu&apos;il contient est effacé pour de bon.</numerusform>
            <numerusform>Supprimer %n volumes ? Tout ce qu&apos;ils contiennent est effacé pour de bon.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n volume(s)</source>
        <translation>
            <numerusform>Supprimer %n volume</numerusform>
            <numerusform>Supprimer %n volumes</numerusform>
        </translation>
    </message>
    <message>
        <source>A volume used by a container, running or not, is refused by the engine and kept: remove the container first.</source>
        <translation>Le moteur refuse un volume utilisé par un conteneur, en marche ou non, et le conserve : supprimez d&apos;abord le conteneur.</translation>
    </message>
    <message numerus="yes">
        <source>In use by %n container(s): %1.</source>
        <translation>
            <numerusform>Utilisé par %n conteneur : %1.</numerusform>
            <numerusform>Utilisé par %n conteneurs : %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n volume(s) could not be removed:</source>
        <translation>
            <numerusform>%n volume n&apos;a pas pu être supprimé :</numerusform>
            <numerusform>%n volumes n&apos;ont pas pu être supprimés :</numerusform>
        </translation>
    </message>
    <message>
        <source>No volume is unused: nothing to prune.</source>
        <translation>Aucun volume n&apos;est inutilisé : rien à nettoyer.</translation>
    </message>
    <message>
        <source>Prune unused volumes</source>
        <translation>Nettoyer les volumes inutilisés</translation>
    </message>
    <message numerus="yes">
        <source>Remove the %n volume(s) that no container uses, running or not? Their data is lost for good.</source>
        <translation>
            <numerusform>Supprimer %n volume qu&apos;aucun conteneur n&apos;utilise, en marche ou non ? Ses données sont perdues pour de bon.</numerusform>
            <numerusform>Supprimer les %n volumes qu&apos;aucun conteneur n&apos;utilise, en marche ou non ? Leurs données sont perdues pour de bon.</numerusform>
        </translation>
    </message>
    <message>
        <source>The same as: %1</source>
        <translation>Équivaut à : %1</translation>
    </message>
    <message>
        <source>Pruning failed:</source>
        <translation>Échec du nettoyage :</translation>
    </message>
</context>
<context>
    <name>gantry::VolumeModel</name>
    <message>
        <source>unused</source>
        <comment>volume used by no container</comment>
        <translation>inutilisé</translation>
    </message>
    <message>
        <source>Anonymous volume %1</source>
        <translation>Volume anonyme %1</translation>
    </message>
    <message>
        <source>No container uses this volume: a prune removes it.</source>
        <translation>Aucun conteneur n&apos;utilise ce volume : un nettoyage (prune) le supprime.</translation>
    </message>
    <message numerus="yes">
        <source>Used by %n container(s): %1</source>
        <translation>
            <numerusform>Utilisé par %n conteneur : %1</numerusform>
            <numerusform>Utilisé par %n conteneurs : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Pilote</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Utilisé par</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Mount point</source>
        <translation>Point de montage</translation>
    </message>
</context>
<context>
    <name>gantry::VolumeMountEditor</name>
    <message>
        <source>Add mount</source>
        <translation>Ajouter un montage</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Host folder or volume</source>
        <translation>Dossier de l&apos;hôte ou volume</translation>
    </message>
    <message>
        <source>Path in the container</source>
        <translation>Chemin dans le conteneur</translation>
    </message>
    <message>
        <source>-v SOURCE:PATH[:ro]. A bind mount shows a host folder inside the container; a named volume is storage Docker manages and keeps after the container is gone; an anonymous volume has no name and is easy to lose.</source>
        <translation>-v SOURCE:PATH[:ro]. Un montage de dossier (bind mount) montre un dossier de l&apos;hôte dans le conteneur ; un volume nommé est un stockage que Docker gère et conserve après la disparition du conteneur ; un volume anonyme n&apos;a pas de nom et se perd facilement.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Named volume</source>
        <translation>Volume nommé</translation>
    </message>
    <message>
        <source>Bind mount</source>
        <translation>Montage de dossier (bind mount)</translation>
    </message>
    <message>
        <source>Anonymous volume</source>
        <translation>Volume anonyme</translation>
    </message>
    <message>
        <source>Kind of mount %1</source>
        <translation>Type du montage %1</translation>
    </message>
    <message>
        <source>Source of mount %1</source>
        <translation>Source du montage %1</translation>
    </message>
    <message>
        <source>Choose the host folder of mount %1</source>
        <translation>Choisir le dossier de l&apos;hôte du montage %1</translation>
    </message>
    <message>
        <source>Container path of mount %1</source>
        <translation>Chemin dans le conteneur du montage %1</translation>
    </message>
    <message>
        <source>Mount %1 read-only</source>
        <translation>Monter %1 en lecture seule</translation>
    </message>
    <message>
        <source>Remove mount %1</source>
        <translation>Supprimer le montage %1</translation>
    </message>
    <message>
        <source>Host folder to mount</source>
        <translation>Dossier de l&apos;hôte à monter</translation>
    </message>
    <message>
        <source>/home/me/project</source>
        <translation>/home/moi/projet</translation>
    </message>
    <message>
        <source>volume name</source>
        <translation>nom du volume</translation>
    </message>
    <message>
        <source>The path in the container must be absolute, like /data.</source>
        <translation>Le chemin dans le conteneur doit être absolu, comme /data.</translation>
    </message>
    <message>
        <source>A bind mount needs an absolute host path.</source>
        <translation>Un montage de dossier (bind mount) demande un chemin absolu sur l&apos;hôte.</translation>
    </message>
    <message>
        <source>%1 does not exist on this machine.</source>
        <translation>%1 n&apos;existe pas sur cette machine.</translation>
    </message>
    <message>
        <source>A volume name uses letters, digits and . _ - (at least two characters).</source>
        <translation>Un nom de volume utilise des lettres, des chiffres et . _ - (au moins deux caractères).</translation>
    </message>
    <message>
        <source>%1 is mounted twice.</source>
        <translation>%1 est monté deux fois.</translation>
    </message>
</context>
<context>
    <name>gantry::VolumesPage</name>
    <message>
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <source>Create a volume (docker volume create)</source>
        <translation>Créer un volume (docker volume create)</translation>
    </message>
    <message>
        <source>Show the selected volume in the details (docker volume inspect)</source>
        <translation>Afficher le volume sélectionné dans les détails (docker volume inspect)</translation>
    </message>
    <message>
        <source>Remove the selected volumes and their data (docker volume rm)</source>
        <translation>Supprimer les volumes sélectionnés et leurs données (docker volume rm)</translation>
    </message>
    <message>
        <source>Prune unused…</source>
        <translation>Nettoyer les inutilisés…</translation>
    </message>
    <message>
        <source>Remove every volume no container uses (docker volume prune)</source>
        <translation>Supprimer tous les volumes qu&apos;aucun conteneur n&apos;utilise (docker volume prune)</translation>
    </message>
    <message>
        <source>No volumes. Create one (%1), or run a container with a volume mount (docker run -v NAME:/path).</source>
        <translation>Aucun volume. Créez-en un (%1), ou lancez un conteneur avec un montage de volume (docker run -v NOM:/chemin).</translation>
    </message>
</context>
<context>
    <name>gantry::Workspace</name>
    <message>
        <source>Containers</source>
        <translation>Conteneurs</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Réseaux</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Listing failed: %1</source>
        <translation>Échec de la liste : %1</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Disk usage</source>
        <translation>Espace disque</translation>
    </message>
    <message>
        <source>Stats</source>
        <comment>container statistics</comment>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>Swarm</source>
        <translation>Swarm</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nœuds</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Secrets</translation>
    </message>
    <message>
        <source>Configs</source>
        <translation>Configs</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Stacks</source>
        <translation>Piles</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Conteneur</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Open compose file…</source>
        <translation>Ouvrir un fichier compose…</translation>
    </message>
    <message>
        <source>Check a compose file (or a folder holding one), see its services, and start it (up -d); dropping one on the window does the same</source>
        <translation>Vérifier un fichier compose (ou un dossier qui en contient un), voir ses services et le démarrer (up -d) ; le déposer sur la fenêtre fait de même</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Gantry: a native desktop app for Docker.</source>
        <translation>Gantry : une application de bureau native pour Docker.</translation>
    </message>
    <message>
        <source>Check that the engine answers, print its version and exit (0: reachable).</source>
        <translation>Vérifier que le moteur répond, afficher sa version et quitter (0 : joignable).</translation>
    </message>
    <message>
        <source>Quit once the first listing is shown (benchmarks).</source>
        <translation>Quitter dès que la première liste est affichée (mesures de performance).</translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;file&gt; once the first listing is shown, then quit.</source>
        <translation>Enregistrer une image de la fenêtre dans &lt;file&gt; dès que la première liste est affichée, puis quitter.</translation>
    </message>
    <message>
        <source>Engine endpoint, as with docker: unix:///path, tcp://host:port or ssh://[user@]host[:port]. Default: DOCKER_HOST, the current docker context, then /var/run/docker.sock.</source>
        <translation>Point d&apos;accès du moteur, comme avec docker : unix:///chemin, tcp://hôte:port ou ssh://[utilisateur@]hôte[:port]. Par défaut : DOCKER_HOST, le contexte docker courant, puis /var/run/docker.sock.</translation>
    </message>
</context>
</TS>
