"""A real HTTP server on 127.0.0.1 for the tests that download, so that nnlib opens real sockets as a learner's
kernel does and nothing is mocked. Never any other address.

    with Server(files) as server:               # files: name -> bytes; a name not there is a 404
        nl.load_mnist(mirrors=[server.url], ...)  # server.url is "http://127.0.0.1:<free port>/mnist/"
        server.requests                           # the paths asked for, in order
    with Server(directory=folder, path="/") as server:  # the files of a folder, at the top of the server

``delay``: seconds before answering each request; ``trickle``: seconds between chunks of 10 bytes (a server that
is too slow); ``on_request(path)``: called as each request arrives, before the answer.
"""

import http.server
import socket
import threading
import time
from collections.abc import Callable
from pathlib import Path


class Server:
    """A ``ThreadingHTTPServer`` on 127.0.0.1 (a free port) in a thread, while the ``with`` block runs."""

    def __init__(self, files: dict | None = None, *, directory: Path | None = None, path: str = "/mnist/",
                 delay: float = 0.0, trickle: float = 0.0, on_request: Callable[[str], None] | None = None):
        self.requests: list[str] = []
        files = dict(files or {})
        server = self

        def body(name: str) -> bytes | None:
            if name in files:
                return files[name]
            if directory is not None and name and (Path(directory) / name).is_file():
                return (Path(directory) / name).read_bytes()
            return None

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 (the name http.server asks for)
                server.requests.append(self.path)
                if on_request is not None:
                    on_request(self.path)
                time.sleep(delay)
                content = body(self.path.rsplit("/", 1)[-1])
                if content is None:
                    self.send_error(404)
                    return
                self.send_response(200)
                self.send_header("Content-Length", str(len(content)))
                self.end_headers()
                chunk = 10 if trickle else max(len(content), 1)
                try:
                    for start in range(0, len(content), chunk):
                        self.wfile.write(content[start : start + chunk])
                        if trickle:
                            self.wfile.flush()
                            time.sleep(trickle)
                except OSError:  # the client gave up (too slow for it): as it should
                    pass

            def log_message(self, *args):
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}{path}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> "Server":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def unused_port() -> int:
    """A port on 127.0.0.1 where nothing listens (connections are refused)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
