"""Counts realnews-dev articles naming each candidate leader (by surname forms), to pick the gold's leaders."""
import json, glob, re, sys
arts = [json.loads(l) for f in sorted(glob.glob('../shared/data/realnews-dev/*.jsonl')) for l in open(f)]
cands = {'Trump': r'\bTrump\b', 'Biden': r'\bBiden\b', 'Harris': r'\bKamala Harris|\bHarris\b', 'Putin': r'\bPutin\b',
 'Zelensky': r'\bZelensk', 'Xi': r'\bXi Jinping|\bXi\b', 'Kim Jong Un': r'Kim Jong[ -]?[Uu]n', 'Netanyahu': r'Netanyahu',
 'Macron': r'Macron', 'Starmer': r'Starmer', 'Sunak': r'Sunak', 'Modi': r'\bModi\b', 'Erdogan': r'Erdo[gğ]an', 'Pope Francis': r'Pope Francis',
 'DeSantis': r'DeSantis', 'Blinken': r'Blinken', 'Scholz': r'Scholz', 'Trudeau': r'Trudeau', 'Boris Johnson': r'Boris Johnson', 'Meloni': r'Meloni',
 'Pence': r'\bPence\b', 'Pelosi': r'Pelosi', 'Vance': r'\bVance\b', 'Obama': r'Obama', 'Liz Truss': r'Truss', 'King Charles': r'King Charles', 'Queen Elizabeth': r'Queen Elizabeth',
 'Pope Leo': r'Pope Leo', 'Newsom': r'Newsom', 'McConnell': r'McConnell', 'Rubio': r'Rubio', 'Lavrov': r'Lavrov', 'Maduro': r'Maduro', 'Khamenei': r'Khamenei', 'Hegseth': r'Hegseth'}
for k, p in cands.items():
    ids = [a['id'] for a in arts if re.search(p, a['body'])]
    print(k, len(ids))
for v in ['Zelensky ', 'Zelenskyy', 'Zelenskiy', 'Zelenskyi', 'Melania Trump', 'Ivanka Trump', 'Hunter Biden', 'Beau Biden', 'Jill Biden', 'Donald Trump Jr']:
    print(v, sum(1 for a in arts if v in a['body']))
