<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>gantry::ContainerActions</name>
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
    <name>gantry::NetworkActions</name>
    <message numerus="yes">
        <source>%1 — %n container(s) attached: %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n network(s)? Their settings (subnet, options) are lost.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n network(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n network(s) could not be removed:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gantry::NetworkModel</name>
    <message numerus="yes">
        <source>%n container(s) attached: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gantry::VolumeActions</name>
    <message numerus="yes">
        <source>Remove %n volume(s)? Everything stored in them is deleted for good.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n volume(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In use by %n container(s): %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n volume(s) could not be removed:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the %n volume(s) that no container uses, running or not? Their data is lost for good.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gantry::VolumeModel</name>
    <message numerus="yes">
        <source>Used by %n container(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
