<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
    <name>gantry::ConfirmDialog</name>
    <message>
        <source>What will be affected</source>
        <translation>Ce qui sera touché</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
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
</context>
<context>
    <name>gantry::DockerClient</name>
    <message>
        <source>The engine&apos;s ping did not say which API version it speaks.</source>
        <translation>Le ping du moteur n&apos;indique pas quelle version de l&apos;API il parle.</translation>
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
    <name>gantry::ResourcePage</name>
    <message>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
    <message>
        <source>Filter by name, image, project…</source>
        <translation>Filtrer par nom, image, projet…</translation>
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
        <source>Cancel</source>
        <translation>Annuler</translation>
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
    <message>
        <source>Volumes are not managed by this version yet.</source>
        <translation>Cette version ne gère pas encore les volumes.</translation>
    </message>
    <message>
        <source>Networks are not managed by this version yet.</source>
        <translation>Cette version ne gère pas encore les réseaux.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Listing failed: %1</source>
        <translation>Échec de la liste : %1</translation>
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
    <message>
        <source>Quit once the first listing is shown (benchmarks).</source>
        <translation>Quitter dès que la première liste est affichée (mesures de performance).</translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;file&gt; once the first listing is shown, then quit.</source>
        <translation>Enregistrer une image de la fenêtre dans &lt;file&gt; dès que la première liste est affichée, puis quitter.</translation>
    </message>
</context>
</TS>
