"""Starts `dondoc serve --demo` on a fresh data folder and a free loopback
port, for the browser tests, and stops it afterwards."""

import os
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.request

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class DondocServer:
    """The real server binary (the debug build unless DONDOC_BIN names
    another), run from the repository root so it finds its views and the
    demo fixtures."""

    def __init__(self, binary=None, startup_seconds=60):
        self.binary = binary or os.environ.get("DONDOC_BIN", os.path.join(REPO, ".build", "debug", "dondoc"))
        # The folder holding Resources/Views and Fixtures/demo for that binary.
        self.root = os.environ.get("DONDOC_ROOT", REPO)
        self.startup_seconds = startup_seconds
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.data_dir = tempfile.mkdtemp(prefix="dondoc-browser-")
        self.log_path = os.path.join(self.data_dir, "server.log")
        self.process = None

    def __enter__(self):
        if not os.access(self.binary, os.X_OK):
            raise RuntimeError(f"{self.binary} is missing: build first (swift build)")
        env = dict(os.environ)
        env.pop("DATABASE_URL", None)  # always the throwaway SQLite file
        self.log = open(self.log_path, "w")
        self.process = subprocess.Popen(
            [self.binary, "serve", "--demo", "--data-dir", self.data_dir, "--port", str(self.port)],
            cwd=self.root, env=env, stdout=self.log, stderr=subprocess.STDOUT)
        try:
            self._wait_until_healthy()
        except BaseException:
            self.__exit__(None, None, None)
            raise
        return self

    def _wait_until_healthy(self):
        deadline = time.monotonic() + self.startup_seconds
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"dondoc serve exited early:\n{self.server_log()}")
            try:
                with urllib.request.urlopen(self.base_url + "/health", timeout=2) as response:
                    if response.status == 200:
                        return
            except OSError:
                pass
            time.sleep(0.2)  # polling the port, not waiting for the page
        raise RuntimeError(f"dondoc serve did not answer /health in {self.startup_seconds}s:\n{self.server_log()}")

    def server_log(self):
        with open(self.log_path, errors="replace") as f:
            return f.read()[-4000:]

    def __exit__(self, *exc):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
        self.log.close()
        shutil.rmtree(self.data_dir, ignore_errors=True)
        return False
