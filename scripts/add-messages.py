#!/usr/bin/env python3
"""Add or update UI messages in messages/ko.json and messages/en.json.
Usage: python3 scripts/add-messages.py < pairs.json   where pairs.json is {"key": ["ko", "en"], ...}
A new key goes right after the last key that shares its prefix (the part before the first `_`,
or before the second for a prefix shared by many areas), so the files stay grouped by area."""
import json, sys

def prefix(key, depth):
    return '_'.join(key.split('_')[:depth])

pairs = json.load(sys.stdin)
for i, lang in enumerate(['ko', 'en']):
    path = f'messages/{lang}.json'
    data = json.load(open(path, encoding='utf-8'))
    items = list(data.items())
    for key, texts in pairs.items():
        text = texts[i]
        existing = [k for k, _ in items]
        if key in existing:
            items[existing.index(key)] = (key, text)
            continue
        at = len(items)
        for depth in (2, 1):
            same = [j for j, k in enumerate(existing) if prefix(k, depth) == prefix(key, depth)]
            if same:
                at = same[-1] + 1
                break
        items.insert(at, (key, text))
    with open(path, 'w', encoding='utf-8') as f:
        json.dump(dict(items), f, ensure_ascii=False, indent='\t')
        f.write('\n')
