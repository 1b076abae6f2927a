#!/usr/bin/env python3
"""Add or update UI messages in messages/ko.json and messages/en.json.
Usage: python3 scripts/add-messages.py < pairs.json   where pairs.json is {"key": ["ko", "en"], ...}"""
import json, sys
pairs = json.load(sys.stdin)
for i, lang in enumerate(['ko', 'en']):
    path = f'messages/{lang}.json'
    data = json.load(open(path, encoding='utf-8'))
    for key, texts in pairs.items():
        data[key] = texts[i]
    with open(path, 'w', encoding='utf-8') as f:
        json.dump(data, f, ensure_ascii=False, indent='\t')
        f.write('\n')
