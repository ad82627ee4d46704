#!/usr/bin/env python3
"""A unix-socket proxy in front of the engine that logs every HTTP request it forwards.

    count_requests.py LISTEN_SOCKET ENGINE_SOCKET LOG_FILE

Each request line (method and path) is written to LOG_FILE with the time it was seen, so the
idle-cost benchmark can count what Gantry asks besides its event stream. Hijacked streams
(attach, exec) are forwarded untouched once upgraded.
"""
import asyncio
import os
import re
import sys
import time

REQUEST = re.compile(rb"(?:^|\r\n)(GET|HEAD|POST|PUT|DELETE|PATCH) (/\S*) HTTP/1\.[01]\r\n")


async def pump(reader, writer, log=None):
    pending = b""
    try:
        while True:
            data = await reader.read(65536)
            if not data:
                break
            if log is not None:
                # Request lines never span more than a few hundred bytes: keep a short tail.
                pending = (pending + data)[-70000:]
                for m in REQUEST.finditer(pending):
                    log.write(f"{time.time():.3f} {m.group(1).decode()} {m.group(2).decode()}\n")
                    log.flush()
                last = None
                for m in REQUEST.finditer(pending):
                    last = m
                if last is not None:
                    pending = pending[last.end():]
            writer.write(data)
            await writer.drain()
    except (ConnectionResetError, BrokenPipeError):
        pass
    finally:
        try:
            writer.close()
        except Exception:
            pass


async def main():
    listen, engine, log_path = sys.argv[1:4]
    log = open(log_path, "a", buffering=1)

    async def handle(client_reader, client_writer):
        try:
            engine_reader, engine_writer = await asyncio.open_unix_connection(engine)
        except OSError:
            client_writer.close()
            return
        await asyncio.gather(pump(client_reader, engine_writer, log),
                             pump(engine_reader, client_writer))

    if os.path.exists(listen):
        os.unlink(listen)
    server = await asyncio.start_unix_server(handle, path=listen)
    os.chmod(listen, 0o600)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main())
