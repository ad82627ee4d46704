<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Endpoint</name>
    <message>
        <source>A unix endpoint needs an absolute socket path: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid TCP endpoint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssh:// endpoints are not supported yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported endpoint (use unix:// or tcp://): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The docker context &quot;%1&quot; was not found in %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EngineError</name>
    <message>
        <source>The Docker engine cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied by the Docker engine&apos;s socket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine rejected the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication required or refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine&apos;s answer could not be understood.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonLinesDecoder</name>
    <message>
        <source>A line of the stream is not a JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line of the stream is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream ended in the middle of a message.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MuxStreamDecoder</name>
    <message>
        <source>The output stream has a malformed frame header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output stream ended in the middle of a frame.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parse</name>
    <message>
        <source>Malformed answer from the engine: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry without %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a version without Version or ApiVersion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volumes is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a deleted item that is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a created container without Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an event without Type or Action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::ConnectionMonitor</name>
    <message>
        <source>The engine speaks API %1; Gantry needs %2 or newer (Docker 20.10).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::ConnectionPresenter</name>
    <message>
        <source>Connecting to the Docker engine at %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Docker engine answers at %1. Is Docker running? Start it (for example with &quot;sudo systemctl start docker&quot;) or choose another engine with --host. Gantry keeps trying and reconnects by itself.
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not use the Docker socket at %1. Add your user to the docker group (&quot;sudo usermod -aG docker $USER&quot;), then log out and in again.
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Docker engine is too old for Gantry. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 — Docker %2, API %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry now</source>
        <comment>reconnect to the engine</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::DockerClient</name>
    <message>
        <source>The engine&apos;s ping did not say which API version it speaks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::MainWindow</name>
    <message>
        <source>Gantry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::Transport</name>
    <message>
        <source>Shutting down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by the user.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantry::Workspace</name>
    <message>
        <source>Containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Gantry: a native desktop app for Docker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine endpoint, as with docker: unix:///path or tcp://host:port. Default: DOCKER_HOST, the current docker context, then /var/run/docker.sock.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
