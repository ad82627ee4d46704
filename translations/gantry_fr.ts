<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
        <source>ssh:// endpoints are not supported yet: %1</source>
        <translation>Les points d&apos;accès ssh:// ne sont pas encore pris en charge : %1</translation>
    </message>
    <message>
        <source>Unsupported endpoint (use unix:// or tcp://): %1</source>
        <translation>Point d&apos;accès non pris en charge (utilisez unix:// ou tcp://) : %1</translation>
    </message>
    <message>
        <source>The docker context &quot;%1&quot; was not found in %2.</source>
        <translation>Le contexte docker « %1 » est introuvable dans %2.</translation>
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
    <name>MuxStreamDecoder</name>
    <message>
        <source>The output stream has a malformed frame header.</source>
        <translation>Le flux de sortie contient un en-tête de trame mal formé.</translation>
    </message>
    <message>
        <source>The output stream ended in the middle of a frame.</source>
        <translation>Le flux de sortie s&apos;est terminé au milieu d&apos;une trame.</translation>
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
        <source>No Docker engine answers at %1. Is Docker running? Start it (for example with &quot;sudo systemctl start docker&quot;) or choose another engine with --host. Gantry keeps trying and reconnects by itself.
%2</source>
        <translation>Aucun moteur Docker ne répond sur %1. Docker est-il lancé ? Démarrez-le (par exemple avec « sudo systemctl start docker ») ou choisissez un autre moteur avec --host. Gantry réessaie et se reconnecte tout seul.
%2</translation>
    </message>
    <message>
        <source>You may not use the Docker socket at %1. Add your user to the docker group (&quot;sudo usermod -aG docker $USER&quot;), then log out and in again.
%2</source>
        <translation>Vous n&apos;avez pas le droit d&apos;utiliser le socket Docker %1. Ajoutez votre utilisateur au groupe docker (« sudo usermod -aG docker $USER »), puis déconnectez-vous et reconnectez-vous.
%2</translation>
    </message>
    <message>
        <source>This Docker engine is too old for Gantry. %1</source>
        <translation>Ce moteur Docker est trop ancien pour Gantry. %1</translation>
    </message>
    <message>
        <source>Connected to %1 — Docker %2, API %3</source>
        <translation>Connecté à %1 — Docker %2, API %3</translation>
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
</context>
<context>
    <name>gantry::DockerClient</name>
    <message>
        <source>The engine&apos;s ping did not say which API version it speaks.</source>
        <translation>Le ping du moteur n&apos;indique pas quelle version de l&apos;API il parle.</translation>
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
</context>
<context>
    <name>main</name>
    <message>
        <source>Gantry: a native desktop app for Docker.</source>
        <translation>Gantry : une application de bureau native pour Docker.</translation>
    </message>
    <message>
        <source>Engine endpoint, as with docker: unix:///path or tcp://host:port. Default: DOCKER_HOST, the current docker context, then /var/run/docker.sock.</source>
        <translation>Point d&apos;accès du moteur, comme avec docker : unix:///chemin ou tcp://hôte:port. Par défaut : DOCKER_HOST, le contexte docker courant, puis /var/run/docker.sock.</translation>
    </message>
    <message>
        <source>Check that the engine answers, print its version and exit (0: reachable).</source>
        <translation>Vérifier que le moteur répond, afficher sa version et quitter (0 : joignable).</translation>
    </message>
</context>
</TS>
