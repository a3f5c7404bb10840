# Reads a TMX file with translate-toolkit and prints one JSON object per
# unit: {"id", "src", "tgt"}; used by corpus tests to check that a
# third-party TMX reader gets every pair back intact.
# Usage: /usr/bin/python3 ttk_read.py FILE SRCLANG TGTLANG
import json
import sys

from translate.storage import tmx

path, src, tgt = sys.argv[1:4]
with open(path, "rb") as f:
    store = tmx.tmxfile(f)
for unit in store.units:
    # unit.source / unit.target are what translate-toolkit users read; the
    # language lookups check that the tuvs carry the right xml:lang.
    by_lang_src = unit.getNodeText(unit.getlanguageNode(lang=src))
    by_lang_tgt = unit.getNodeText(unit.getlanguageNode(lang=tgt))
    ok = by_lang_src == unit.source and by_lang_tgt == unit.target
    print(json.dumps({
        "id": unit.getid(),
        "src": unit.source if ok else None,
        "tgt": unit.target if ok else None,
    }, ensure_ascii=False))
