#!/usr/bin/env python3
"""Checks every gold file against its document: well-formed fields, ISO
deadlines, and each anchor present exactly once in the normalised text
(GOLD.md: NFC, '*' removed, white space collapsed, lower case).

  python3 Fixtures/corpus/check_gold.py        # exit 1 on any problem
"""
import datetime, json, os, re, subprocess, sys, unicodedata, zipfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import tcvn3  # noqa: E402
import vni  # noqa: E402

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
META = {"number", "issuer", "place", "date", "subject", "signer"}


def norm(s):
    s = unicodedata.normalize("NFC", s).replace("*", "")
    s = s.replace("\u2013", "-").replace("\u2014", "-")
    return re.sub(r"\s+", " ", s).strip().lower()


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    paras = []
    for p in root.iter(W + "p"):
        parts = []
        for el in p.iter():
            if el.tag == W + "t":
                parts.append(el.text or "")
            elif el.tag in (W + "br", W + "tab", W + "cr"):
                parts.append(" ")
        paras.append("".join(parts))
    return "\n".join(paras)


def plain_text(path):
    data = open(path, "rb").read()
    if data.startswith(b"\xff\xfe"):
        return data[2:].decode("utf-16-le")
    if data.startswith(b"\xfe\xff"):
        return data[2:].decode("utf-16-be")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return legacy_text(data)


def legacy_text(data):
    """VNI when its tone bytes all land on vowels (no combining mark is left
    over after NFC), otherwise TCVN3."""
    as_vni = vni.decode(data)
    stray = sum(1 for c in as_vni if unicodedata.combining(c))
    return as_vni if stray == 0 else tcvn3.decode(data)


def pdf_text(path):
    # the same tool the app runs for PDFs (poppler-utils)
    return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True,
                          check=True).stdout.decode("utf-8")


def read(path):
    if path.endswith(".docx"):
        return docx_text(path)
    if path.endswith(".pdf"):
        return pdf_text(path)
    return plain_text(path)


def valid_deadline(d):
    try:
        datetime.date.fromisoformat(d)
        return True
    except (TypeError, ValueError):
        return False


def check(gold_path, docs):
    problems = []
    gold = json.load(open(gold_path, encoding="utf-8"))
    doc_path = os.path.join(docs, gold.get("doc", ""))
    if not os.path.isfile(doc_path):
        return [f"document {gold.get('doc')} missing"], 0
    if set(gold.get("meta", {})) != META:
        problems.append(f"meta keys {sorted(gold.get('meta', {}))}")
    if not gold.get("type"):
        problems.append("type missing")
    text = norm(read(doc_path))
    for i, t in enumerate(gold["tasks"]):
        a = norm(t["anchor"])
        n = len(re.findall(re.escape(a), text))
        if n != 1:
            problems.append(f"task {i + 1}: anchor {t['anchor']!r} occurs {n} times")
        for key in ("lead", "support", "deadlines"):
            if not isinstance(t.get(key), list):
                problems.append(f"task {i + 1}: {key} is not a list")
        if not t.get("lead"):
            problems.append(f"task {i + 1}: no lead")
        for d in t.get("deadlines", []):
            if not valid_deadline(d):
                problems.append(f"task {i + 1}: deadline {d!r} is not an ISO date")
    for ref in gold.get("references", []):
        if norm(ref) not in text:
            problems.append(f"reference {ref!r} not in the document")
    return problems, len(gold["tasks"])


def main():
    docs, golds = os.path.join(HERE, "docs"), os.path.join(HERE, "gold")
    bad = 0
    for name in sorted(os.listdir(golds)):
        if not name.endswith(".json"):
            continue
        problems, n = check(os.path.join(golds, name), docs)
        print(f"{name}: {n} tasks, " + ("ok" if not problems else f"{len(problems)} problem(s)"))
        for p in problems:
            print("   " + p)
        bad += bool(problems)
    without_gold = {os.path.splitext(f)[0] for f in os.listdir(docs)} - \
                   {os.path.splitext(f)[0] for f in os.listdir(golds)}
    for name in sorted(without_gold):
        print(f"{name}: document without gold")
        bad += 1
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
