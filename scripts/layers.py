#!/usr/bin/env python3
"""The layer picture: which top-level module of src/ imports which (`crate::x` paths,
`use super::` stays inside a module). Prints one line per module and flags imports that go
up the layers (document → rules → extract → checks → pipeline → report/lsp/cli).

    python3 scripts/layers.py [SRC_DIR]
"""
import os
import re
import sys

src = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "src")
# The intended order, lowest first; modules on one line may import each other.
LAYERS = [
    ["lang", "text_search"],
    ["document"],
    ["diagnostic", "finding"],
    ["rules"],
    ["extract"],
    ["plan_facts"],
    ["checks"],
    ["suppress", "waivers", "postpass"],
    ["check"],
    ["batch", "bench_corpus", "init"],
    ["report", "lsp", "cli", "main"],
]
rank = {m: i for i, layer in enumerate(LAYERS) for m in layer}
crate_path = re.compile(r"\bcrate::(\w+)")
use_group = re.compile(r"use crate::\{([^;]*)\};", re.S)

edges = {}
for root, _, files in os.walk(src):
    for f in files:
        if not f.endswith(".rs"):
            continue
        path = os.path.join(root, f)
        rel = os.path.relpath(path, src)
        top = rel.split(os.sep)[0].removesuffix(".rs")
        text = open(path, encoding="utf-8").read()
        # Tests inside a module may reach anywhere; they are not the module's layer.
        text = text.split("#[cfg(test)]")[0]
        # Comments name other modules in links; only code imports.
        text = "\n".join(l.split("//")[0] for l in text.splitlines())
        used = set(crate_path.findall(text))
        for g in use_group.findall(text):
            used.update(re.findall(r"(?:^|[,{\s])(\w+)(?=::|\s*[,}]|$)", g))
        for u in used:
            if u != top and u in rank:
                edges.setdefault(top, set()).add(u)

upward = []
for m in sorted(edges, key=lambda m: (rank.get(m, 99), m)):
    deps = sorted(edges[m], key=lambda d: (rank.get(d, 99), d))
    marks = []
    for d in deps:
        up = rank.get(d, 99) > rank.get(m, 99)
        marks.append(d + (" ↑" if up else ""))
        if up:
            upward.append(f"{m} → {d}")
    print(f"{m:13} → {', '.join(marks)}")
print()
print(f"imports going up the layers: {len(upward)}" + (": " + "; ".join(upward) if upward else ""))
