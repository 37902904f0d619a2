#!/usr/bin/env python3
"""Per-edit latency of `peaklint lsp`: didChange -> publishDiagnostics, over stdio.

    cargo build --release
    python3 bench/lsp_latency.py [FILE ...]      # default: the two Markdown fixture plans

For each file: open it, then send 20 full-text edits (a character appended to the last
line, alternately added and removed) one at a time, waiting for the diagnostics of each,
and print the first check (pack loading included) and the median and max of the edits.
Not part of CI (timing on a shared machine is noise for a test).

The binary is $CARGO_TARGET_DIR/release/peaklint when that is set. Instructions per edit
(steady on a loaded machine): run the server under callgrind with 0 and with N edits and
divide the difference by N:

    EDITS=0  LSP_WRAPPER="valgrind --tool=callgrind --callgrind-out-file=/tmp/cg0" python3 bench/lsp_latency.py F
    EDITS=20 LSP_WRAPPER="valgrind --tool=callgrind --callgrind-out-file=/tmp/cg20" python3 bench/lsp_latency.py F
"""

import json
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.path.join(os.environ.get("CARGO_TARGET_DIR") or os.path.join(ROOT, "target"),
                      "release", "peaklint")
BINARY = os.environ.get("LSP_BIN", BINARY)
EDITS = int(os.environ.get("EDITS", "20"))
WRAPPER = os.environ.get("LSP_WRAPPER", "").split()


def send(proc, message):
    body = json.dumps(message).encode()
    proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
    proc.stdin.flush()


def receive(proc):
    length = None
    while True:
        line = proc.stdout.readline()
        if not line:
            raise EOFError("server closed its output")
        line = line.strip()
        if not line:
            break
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":")[1])
    return json.loads(proc.stdout.read(length))


def wait_diagnostics(proc, uri):
    while True:
        m = receive(proc)
        if m.get("method") == "textDocument/publishDiagnostics" and m["params"]["uri"] == uri:
            return m["params"]["diagnostics"]


def measure(path):
    text = open(path, encoding="utf-8").read()
    uri = "file://" + os.path.abspath(path)
    proc = subprocess.Popen(WRAPPER + [BINARY, "lsp"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE)
    send(proc, {"jsonrpc": "2.0", "id": 1, "method": "initialize",
                "params": {"processId": None, "rootUri": None, "capabilities": {}}})
    while receive(proc).get("id") != 1:
        pass
    send(proc, {"jsonrpc": "2.0", "method": "initialized", "params": {}})
    start = time.perf_counter()
    send(proc, {"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {
        "uri": uri, "languageId": "markdown", "version": 1, "text": text}}})
    found = len(wait_diagnostics(proc, uri))
    first = time.perf_counter() - start
    edits = []
    for version in range(2, 2 + EDITS):
        changed = text + ("。" if version % 2 == 0 else "")
        start = time.perf_counter()
        send(proc, {"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {
            "textDocument": {"uri": uri, "version": version},
            "contentChanges": [{"text": changed}]}})
        wait_diagnostics(proc, uri)
        edits.append(time.perf_counter() - start)
    send(proc, {"jsonrpc": "2.0", "id": 2, "method": "shutdown", "params": None})
    while receive(proc).get("id") != 2:
        pass
    send(proc, {"jsonrpc": "2.0", "method": "exit", "params": None})
    proc.wait(timeout=600)
    size = len(text.encode())
    print(f"{path} ({size // 1024} KB, {found} findings): first check {first * 1000:.0f} ms, "
          f"edits median {statistics.median(edits or [0]) * 1000:.0f} ms, "
          f"max {max(edits or [0]) * 1000:.0f} ms")


def main():
    if not os.path.exists(BINARY):
        sys.exit("build first: cargo build --release")
    files = sys.argv[1:] or [os.path.join(ROOT, "fixtures/md/gov-plan.md"),
                             os.path.join(ROOT, "fixtures/md/standard-plan.md")]
    for f in files:
        measure(f)


if __name__ == "__main__":
    main()
