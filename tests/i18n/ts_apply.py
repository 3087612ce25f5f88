#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fill a Qt Linguist .ts file from translation tables.

Usage: ts_apply.py FILE.ts TABLE.tsv [TABLE.tsv...] [--report]

A table has one message a line: context<TAB>source<TAB>translation, with "\\n", "\\t" and
"\\\\" escaped. Lines starting with "#" and blank lines are ignored. Later tables win.
A message with numerus forms (%n) gets the translation in every form (zh_CN has one form);
several forms may be given separated by " || ".

Every matched message is marked finished. The file is written back (run lupdate afterwards
to restore lupdate's exact layout). The script prints the table rows that matched nothing
and the messages still unfinished, and exits 1 if any message is still unfinished.
"""
import re
import sys
import xml.etree.ElementTree as ET


def unescape(text):
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t", "\\": "\\"}.get(m.group(1), m.group(0)), text)


def escape(text):
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def read_table(path):
    rows = {}
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != 3:
                sys.exit(f"{path}:{number}: expected 3 tab-separated fields, got {len(parts)}")
            context, source, translation = (unescape(p) for p in parts)
            rows[(context, source)] = translation
    return rows


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    if len(args) < 1:
        sys.exit(__doc__)
    ts_path, tables = args[0], args[1:]
    rows = {}
    for table in tables:
        rows.update(read_table(table))

    tree = ET.parse(ts_path)
    used = set()
    unfinished = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            key = (name, source)
            if key in rows:
                used.add(key)
                text = rows[key]
                forms = translation.findall("numerusform")
                if message.get("numerus") == "yes":
                    values = text.split(" || ")
                    for form in forms:
                        translation.remove(form)
                    for i in range(max(1, len(forms))):
                        form = ET.SubElement(translation, "numerusform")
                        form.text = values[min(i, len(values) - 1)]
                    translation.text = None
                else:
                    translation.text = text
                if "type" in translation.attrib:
                    del translation.attrib["type"]
            if translation.get("type") in ("unfinished", "vanished", "obsolete"):
                if translation.get("type") == "unfinished":
                    unfinished.append(key)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)

    for key in sorted(set(rows) - used):
        print(f"unused\t{escape(key[0])}\t{escape(key[1])}")
    for key in unfinished:
        print(f"unfinished\t{escape(key[0])}\t{escape(key[1])}")
    print(f"{len(used)} applied, {len(set(rows) - used)} unused, {len(unfinished)} unfinished",
          file=sys.stderr)
    return 1 if unfinished else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
