"""Fits the headline evidence weights (TITLE_WEIGHTS in src/classify/title-weights.ts) as a
conditional logit: a softmax over each page's candidates, maximising the likelihood of the
gold headline, with L2 regularisation. Input: the JSON Lines written by
scripts/dump-title-candidates.ts. Trains on the tune split, reports accuracy on tune and check.
Usage: python3 scripts/fit-title-weights.py .eval/title-candidates.jsonl
"""
import json
import sys

import numpy as np

rows = [json.loads(line) for line in open(sys.argv[1])]
names = [k for k in rows[0]["candidates"][0].keys() if k not in ("index", "gold", "text")]


def pages(split):
    out = []
    for row in rows:
        if row["split"] != split or not row["candidates"]:
            continue
        x = np.array([[c[k] for k in names] for c in row["candidates"]], dtype=float)
        y = np.array([c["gold"] for c in row["candidates"]], dtype=float)
        out.append((x, y, row))
    return out


train, check = pages("tune"), pages("check")


def accuracy(w, data, total):
    hits = 0
    for x, y, _ in data:
        s = x @ w
        if s.max() > -12 and y[int(np.argmax(s))] == 1:  # the code requires base 12 + score > 0
            hits += 1
    return hits / total


lam = float(sys.argv[2]) if len(sys.argv) > 2 and "=" not in sys.argv[2] and not sys.argv[2].startswith("--") else 0.05


def loss(w):
    """Negative log-likelihood of the gold candidates, plus L2, and its gradient."""
    total = 0.5 * lam * w @ w
    grad = lam * w
    for x, y, _ in train:
        if y.sum() == 0:
            continue
        s = x @ w
        m = s.max()
        p = np.exp(s - m)
        z = p.sum()
        p /= z
        target = y / y.sum()
        total -= target @ s - (m + np.log(z))
        grad = grad - (target @ x - p @ x)
    return total / len(train), grad / len(train)


from scipy.optimize import minimize

w = minimize(loss, np.zeros(len(names)), jac=True, method="L-BFGS-B").x
n_tune = sum(1 for r in rows if r["split"] == "tune")
n_check = sum(1 for r in rows if r["split"] == "check")
if "--failures" in sys.argv:
    for x, y, row in train:
        s = x @ w
        best = int(np.argmax(s))
        if y[best] == 1 or y.sum() == 0:
            continue
        g = int(np.argmax(y))
        cands = row["candidates"]
        print(f"{row['id']}\n  got  {s[best]:6.2f} {cands[best]['text']}\n  gold {s[g]:6.2f} {cands[g]['text']}")
        diff = {n: (cands[g][n], cands[best][n]) for n in names if cands[g][n] != cands[best][n]}
        print("   ", diff)
if "--ts" in sys.argv:
    for name, value in zip(names, w):
        print(f"{name}: {value:.2f}")
print(f"accuracy tune {accuracy(w, train, n_tune):.3f}  check {accuracy(w, check, n_check):.3f}")
for name, value in zip(names, w):
    print(f"  {name:18s} {value:7.2f}")

# Accuracy of the weights currently in the code, for comparison (parsed from title-weights.ts).
import re

source = open("src/classify/title-weights.ts").read()
block = source[source.index("export const TITLE_WEIGHTS") :]
block = block[: block.index("} as const")]
current = {m.group(1): float(m.group(2)) for m in re.finditer(r"^\s+(\w+): (-?[\d.]+),$", block, re.M)}
wc = np.array([current.get(k, 0.0) for k in names])
print(f"current code weights: tune {accuracy(wc, train, n_tune):.3f}  check {accuracy(wc, check, n_check):.3f}")
