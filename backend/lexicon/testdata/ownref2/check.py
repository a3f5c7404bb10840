import re, sys
AR = re.compile(r'[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]')
LAT = re.compile(r'[A-Za-z]')
ok = True
def bad(msg):
    global ok; ok = False; print("FAIL", msg)
for name, lo, hi in [("news", 12, 30), ("talk", 4, 18)]:
    raw = {}
    for ext in ("ar", "en"):
        b = open(f"{name}.{ext}", "rb").read()
        if b.startswith(b"\xef\xbb\xbf"): bad(f"{name}.{ext} BOM")
        if b"\r" in b: bad(f"{name}.{ext} CR")
        if not b.endswith(b"\n"): bad(f"{name}.{ext} no final LF")
        raw[ext] = b.decode("utf-8").split("\n")[:-1]
    ar, en = raw["ar"], raw["en"]
    if len(ar) != len(en): bad(f"{name} line counts {len(ar)} != {len(en)}")
    for ext, lines in raw.items():
        if len(set(lines)) != len(lines): bad(f"{name}.{ext} duplicate lines")
        for i, l in enumerate(lines, 1):
            if not l.strip(): bad(f"{name}.{ext}:{i} blank")
            if l != l.strip() or "  " in l: bad(f"{name}.{ext}:{i} stray whitespace")
            if l.count('"') % 2: bad(f"{name}.{ext}:{i} unbalanced quotes")
    for i, (a, e) in enumerate(zip(ar, en), 1):
        if not AR.search(a): bad(f"{name}.ar:{i} no Arabic")
        if LAT.search(a): bad(f"{name}.ar:{i} Latin letters")
        if AR.search(e): bad(f"{name}.en:{i} Arabic letters")
        n = sum(1 for w in a.split() if AR.search(w) or re.search(r'\d', w))
        if not lo <= n <= hi: bad(f"{name}.ar:{i} {n} Arabic words, want {lo}-{hi}")
    aw = [len(l.split()) for l in ar]; ew = [len(l.split()) for l in en]
    print(f"{name}: {len(ar)} lines; Arabic words {sum(aw)} ({min(aw)}-{max(aw)}, mean {sum(aw)/len(aw):.1f}); English words {sum(ew)} ({min(ew)}-{max(ew)}, mean {sum(ew)/len(ew):.1f})")
print("OK" if ok else "FAILED"); sys.exit(0 if ok else 1)
