<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>gantry::ComposeEditorDialog</name>
    <message numerus="yes">
        <source>[… cut: the file is larger than %n KiB and cannot be edited here]</source>
        <translation>
            <numerusform>[… cut: the file is larger than %n KiB and cannot be edited here]</numerusform>
            <numerusform>[… cut: the file is larger than %n KiB and cannot be edited here]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gantry::ComposeProjectDialog</name>
    <message numerus="yes">
        <source>[… cut: the file is larger than %n KiB]</source>
        <translation>
            <numerusform>[… cut: the file is larger than %n KiB]</numerusform>
            <numerusform>[… cut: the file is larger than %n KiB]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gantry::ComposeRunPanel</name>
    <message numerus="yes">
        <source>Ask the compose tool to stop; it is killed if it has not stopped after %n seconds</source>
        <translation>
            <numerusform>Ask the compose tool to stop; it is killed if it has not stopped after %n second</numerusform>
            <numerusform>Ask the compose tool to stop; it is killed if it has not stopped after %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gantry::ContainerActions</name>
    <message numerus="yes">
        <source>%1 %n container(s)</source>
        <translation>
            <numerusform>%1 %n container</numerusform>
            <numerusform>%1 %n containers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n container(s)? Each one&apos;s writable layer (every file changed inside it) is deleted for good. Named volumes are kept.</source>
        <translation>
            <numerusform>Remove %n container? Each one&apos;s writable layer (every file changed inside it) is deleted for good. Named volumes are kept.</numerusform>
            <numerusform>Remove %n containers? Each one&apos;s writable layer (every file changed inside it) is deleted for good. Named volumes are kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n container(s)</source>
        <translation>
            <numerusform>Remove %n container</numerusform>
            <numerusform>Remove %n containers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kill %n container(s)? Their processes get SIGKILL at once, with no chance to save anything.</source>
        <translation>
            <numerusform>Kill %n container? Their processes get SIGKILL at once, with no chance to save anything.</numerusform>
            <numerusform>Kill %n containers? Their processes get SIGKILL at once, with no chance to save anything.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kill %n container(s)</source>
        <translation>
            <numerusform>Kill %n container</numerusform>
            <numerusform>Kill %n containers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) failed:</source>
        <translation>
            <numerusform>%n action failed:</numerusform>
            <numerusform>%n actions failed:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gantry::ContainerAlerts</name>
    <message numerus="yes">
        <source>It died %n times within a minute (last exit code %1) and its restart policy starts it again each time.</source>
        <translation>
            <numerusform>It died %n time within a minute (last exit code %1) and its restart policy starts it again each time.</numerusform>
            <numerusform>It died %n times within a minute (last exit code %1) and its restart policy starts it again each time.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gantry::ImageActions</name>
    <message numerus="yes">
        <source>%1 — used by %n container(s)</source>
        <translation>
            <numerusform>%1 — used by %n container</numerusform>
            <numerusform>%1 — used by %n containers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n image(s)? Each tag goes; layers that no other image uses are deleted and must be pulled or built again.</source>
        <translation>
            <numerusform>Remove %n image? Each tag goes; layers that no other image uses are deleted and must be pulled or built again.</numerusform>
            <numerusform>Remove %n images? Each tag goes; layers that no other image uses are deleted and must be pulled or built again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n image(s)</source>
        <translation>
            <numerusform>Remove %n image</numerusform>
            <numerusform>Remove %n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) could not be removed:</source>
        <translation>
            <numerusform>%n image could not be removed:</numerusform>
            <numerusform>%n images could not be removed:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n tag(s)? Each image keeps its other tags: nothing is deleted and the containers that use it are not affected.</source>
        <translation>
            <numerusform>Remove %n tag? The image keeps its other tags: nothing is deleted and the containers that use it are not affected.</numerusform>
            <numerusform>Remove %n tags? Each image keeps its other tags: nothing is deleted and the containers that use them are not affected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n tag(s)</source>
        <translation>
            <numerusform>Remove %n tag</numerusform>
            <numerusform>Remove %n tags</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gantry::ImageModel</name>
    <message numerus="yes">
        <source>Dangling images (%n)</source>
        <comment>untagged images</comment>
        <translation>
            <numerusform>Dangling images (%n)</numerusform>
            <numerusform>Dangling images (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n container(s)</source>
        <translation>
            <numerusform>%n container</numerusform>
            <numerusform>%n containers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gantry::ImageTransferController</name>
    <message numerus="yes">
        <source>Sending the build context (%n file(s), %1; %2 excluded by .dockerignore)…</source>
        <translation>
            <numerusform>Sending the build context (%n file, %1; %2 excluded by .dockerignore)…</numerusform>
            <numerusform>Sending the build context (%n files, %1; %2 excluded by .dockerignore)…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gantry::Keychain</name>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s).</source>
        <translation>
            <numerusform>The keychain did not answer within %n second.</numerusform>
            <numerusform>The keychain did not answer within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gantry::LogView</name>
    <message numerus="yes">
        <source>%n matching line(s)</source>
        <translation>
            <numerusform>%n matching line</numerusform>
            <numerusform>%n matching lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) kept</source>
        <translation>
            <numerusform>%n line kept</numerusform>
            <numerusform>%n lines kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n line(s) to %1.</source>
        <translation>
            <numerusform>Saved %n line to %1.</numerusform>
            <numerusform>Saved %n lines to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gantry::NetworkActions</name>
    <message numerus="yes">
        <source>%1 — %n container(s) attached: %2</source>
        <translation>
            <numerusform>%1 — %n container attached: %2</numerusform>
            <numerusform>%1 — %n containers attached: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n network(s)? Their settings (subnet, options) are lost.</source>
        <translation>
            <numerusform>Remove %n network? Their settings (subnet, options) are lost.</numerusform>
            <numerusform>Remove %n networks? Their settings (subnet, options) are lost.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n network(s)</source>
        <translation>
            <numerusform>Remove %n network</numerusform>
            <numerusform>Remove %n networks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n network(s) could not be removed:</source>
        <translation>
            <numerusform>%n network could not be removed:</numerusform>
            <numerusform>%n networks could not be removed:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gantry::NetworkModel</name>
    <message numerus="yes">
        <source>%n container(s) attached: %1</source>
        <translation>
            <numerusform>%n container attached: %1</numerusform>
            <numerusform>%n containers attached: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gantry::PruneDialog</name>
    <message numerus="yes">
        <source>%n container(s)</source>
        <translation>
            <numerusform>%n container</numerusform>
            <numerusform>%n containers</numerusform>
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
            <numerusform>%n network</numerusform>
            <numerusform>%n networks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n build cache record(s)</source>
        <translation>
            <numerusform>%n build cache record</numerusform>
            <numerusform>%n build cache records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n item(s):</source>
        <translation>
            <numerusform>Removed %n item:</numerusform>
            <numerusform>Removed %n items:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not remove %n item(s):</source>
        <translation>
            <numerusform>Could not remove %n item:</numerusform>
            <numerusform>Could not remove %n items:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not removed, the removal was cancelled first: %n item(s):</source>
        <translation>
            <numerusform>Not removed, the removal was cancelled first: %n item:</numerusform>
            <numerusform>Not removed, the removal was cancelled first: %n items:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gantry::PrunePlanner</name>
    <message numerus="yes">
        <source>Reading the layers of %n image(s)</source>
        <translation>
            <numerusform>Reading the layers of %n image</numerusform>
            <numerusform>Reading the layers of %n images</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gantry::ServiceModel</name>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gantry::StatsOverviewPage</name>
    <message numerus="yes">
        <source>Reading statistics for %1 of %n running container(s): only the rows on screen, to spare the engine.</source>
        <translation>
            <numerusform>Reading statistics for %1 of %n running container: only the rows on screen, to spare the engine.</numerusform>
            <numerusform>Reading statistics for %1 of %n running containers: only the rows on screen, to spare the engine.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gantry::SwarmActions</name>
    <message numerus="yes">
        <source>Remove %n secret(s)? Their values are lost for good.</source>
        <translation>
            <numerusform>Remove %n secret? Its value is lost for good.</numerusform>
            <numerusform>Remove %n secrets? Their values are lost for good.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n config(s)? Their content is lost for good.</source>
        <translation>
            <numerusform>Remove %n config? Its content is lost for good.</numerusform>
            <numerusform>Remove %n configs? Their content is lost for good.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n secret(s)</source>
        <translation>
            <numerusform>Remove %n secret</numerusform>
            <numerusform>Remove %n secrets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n config(s)</source>
        <translation>
            <numerusform>Remove %n config</numerusform>
            <numerusform>Remove %n configs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gantry::SwarmPage</name>
    <message numerus="yes">
        <source>This engine is a manager of swarm %1: %n node(s), %2 manager(s).</source>
        <translation>
            <numerusform>This engine is a manager of swarm %1: %n node, %2 manager(s).</numerusform>
            <numerusform>This engine is a manager of swarm %1: %n nodes, %2 manager(s).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gantry::TaskModel</name>
    <message numerus="yes">
        <source>%n earlier task(s) failed</source>
        <translation>
            <numerusform>%n earlier task failed</numerusform>
            <numerusform>%n earlier tasks failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gantry::TrayIcon</name>
    <message numerus="yes">
        <source>Gantry: %n running container(s) on %1</source>
        <translation>
            <numerusform>Gantry: %n running container on %1</numerusform>
            <numerusform>Gantry: %n running containers on %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gantry::VolumeActions</name>
    <message numerus="yes">
        <source>Remove %n volume(s)? Everything stored in them is deleted for good.</source>
        <translation>
            <numerusform>Remove %n volume? Everything stored in them is deleted for good.</numerusform>
            <numerusform>Remove %n volumes? Everything stored in them is deleted for good.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n volume(s)</source>
        <translation>
            <numerusform>Remove %n volume</numerusform>
            <numerusform>Remove %n volumes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In use by %n container(s): %1.</source>
        <translation>
            <numerusform>In use by %n container: %1.</numerusform>
            <numerusform>In use by %n containers: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n volume(s) could not be removed:</source>
        <translation>
            <numerusform>%n volume could not be removed:</numerusform>
            <numerusform>%n volumes could not be removed:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the %n volume(s) that no container uses, running or not? Their data is lost for good.</source>
        <translation>
            <numerusform>Remove the %n volume that no container uses, running or not? Their data is lost for good.</numerusform>
            <numerusform>Remove the %n volumes that no container uses, running or not? Their data is lost for good.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gantry::VolumeModel</name>
    <message numerus="yes">
        <source>Used by %n container(s): %1</source>
        <translation>
            <numerusform>Used by %n container: %1</numerusform>
            <numerusform>Used by %n containers: %1</numerusform>
        </translation>
    </message>
</context>
</TS>
