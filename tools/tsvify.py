#!/usr/bin/env python3
"""Turns a corpus draft into the TSV of labelling.md (id, label, channel, text).

Draft format: '@LABEL CODE' starts a label; each following line is 'C text' where C is the
channel letter (P phone, H hall, A app, W WeChat, G 12345, R 12398, M media). Blank lines and
lines starting with '#' are skipped. Usage: tsvify.py ID_PREFIX < draft > out.tsv
"""
import sys

CHANNELS = {"P": "PHONE", "H": "HALL", "A": "APP", "W": "WECHAT", "G": "GOV_HOTLINE", "R": "REGULATOR", "M": "MEDIA"}

def main():
    prefix = sys.argv[1]
    label = None
    n = 0
    out = ["id\tlabel\tchannel\ttext"]
    for raw in sys.stdin:
        line = raw.rstrip("\n").strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@LABEL "):
            label = line.split()[1]
            continue
        ch, _, text = line.partition(" ")
        if ch not in CHANNELS or not text.strip():
            sys.exit(f"bad line: {line}")
        text = text.strip().replace("\t", " ")
        n += 1
        out.append(f"{prefix}-{n:04d}\t{label}\t{CHANNELS[ch]}\t{text}")
    print("\n".join(out))

main()
