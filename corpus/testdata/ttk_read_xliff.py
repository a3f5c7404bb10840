# Reads an XLIFF file with a third-party parser and prints one JSON object
# per unit: {"id", "src", "tgt", "state"}. XLIFF 1.2 is read with
# translate-toolkit (translate.storage.xliff, as CAT-tool pipelines use it);
# XLIFF 2.x with translate-toolkit's xliff2 module where it exists (it is
# newer than Debian 12's translate-toolkit 3.8), else with Python's own
# namespace-aware ElementTree, following the XLIFF 2.1 core structure
# (xliff/file/unit/segment/source|target).
# Usage: /usr/bin/python3 ttk_read_xliff.py FILE
import json
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1]
root = ET.parse(path).getroot()
try:
    from translate.storage import xliff2
except ImportError:
    xliff2 = None
if root.tag == "{urn:oasis:names:tc:xliff:document:2.0}xliff" and xliff2 is not None:
    with open(path, "rb") as f:
        store = xliff2.xliff2file(f)
    for unit in store.units:
        seg = unit.xmlelement.find("{urn:oasis:names:tc:xliff:document:2.0}segment")
        print(json.dumps({"id": unit.xmlelement.get("name"), "src": unit.source, "tgt": unit.target,
                          "state": seg.get("state")}, ensure_ascii=False))
elif root.tag == "{urn:oasis:names:tc:xliff:document:2.0}xliff":
    ns = {"x": "urn:oasis:names:tc:xliff:document:2.0"}
    assert root.get("version") == "2.1", root.get("version")
    for unit in root.iterfind("x:file/x:unit", ns):
        segs = unit.findall("x:segment", ns)
        src = "".join("".join(s.find("x:source", ns).itertext()) for s in segs)
        tgt = "".join("".join(s.find("x:target", ns).itertext()) for s in segs)
        print(json.dumps({"id": unit.get("name"), "src": src, "tgt": tgt,
                          "state": segs[0].get("state")}, ensure_ascii=False))
else:
    from translate.storage import xliff
    with open(path, "rb") as f:
        store = xliff.xlifffile(f)
    for unit in store.units:
        if unit.isheader():
            continue
        print(json.dumps({"id": unit.getid().split("\x04")[-1], "src": unit.source, "tgt": unit.target,
                          "state": unit.xmlelement.find("{urn:oasis:names:tc:xliff:document:1.2}target").get("state")},
                         ensure_ascii=False))
