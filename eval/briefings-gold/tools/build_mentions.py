"""Writes gold name mentions into gold.json. The bare-surname decisions were made by reading each
article's bare-surname contexts (mentions.py bare Trump|Biden); articles where the bare surname means
a relative are set by hand below, articles where it means several people are left out."""
import json, glob, re, os
P = os.path.join(os.path.dirname(__file__), '..', 'gold.json')
arts = [json.loads(l) for f in sorted(glob.glob('../shared/data/realnews-dev/*.jsonl')) for l in open(f)]
REL = {'Trump': ['Melania Trump', 'Ivanka Trump', 'Donald Trump Jr.', 'Eric Trump'], 'Biden': ['Hunter Biden', 'Jill Biden', 'Beau Biden', 'James Biden', 'Naomi Biden']}
LEADER = {'Trump': 'Donald Trump', 'Biden': 'Joe Biden'}
# Read: bare "Biden" means Hunter in these; means several people (or nobody) in the skipped ones.
BARE_OTHER = {'rtqa-x0569': 'Hunter Biden', 'rtqa-x0877': 'Hunter Biden'}
SKIP = {'rtqa-x0547', 'rtqa-x0575', 'rtqa-x0397', 'rtqa-x0327', 'rtqa-x1084'}
# Re-read later: in these the bare surname means the relative the article is about (every bare use),
# or several people (left out); keyed by article and surname, since an article may name both families.
BARE_REL = {('rtqa-x0330', 'Biden'): 'Jill Biden', ('rtqa-x0371', 'Biden'): 'Jill Biden', ('rtqa-x1330', 'Biden'): 'Jill Biden', ('rtqa-x0102', 'Trump'): 'Melania Trump'}
SKIP_BARE = {('rtqa-x0381', 'Biden'), ('rtqa-x0046', 'Biden')}
out = []
for a in arts:
    b = a['body']
    for sur, rels in REL.items():
        present = [r for r in rels if r in b]
        if not present or a['id'] in SKIP: continue
        bare = [m for m in re.finditer(r'\b%s\b' % sur, b) if not re.search(r'[A-Z][a-z.]+ $', b[max(0, m.start() - 15):m.start()])
                and not re.match(r'\s+(Organization|administration|family|campaign|Tower|Jr)', b[m.end():m.end() + 16])]
        if bare and (a['id'], sur) not in SKIP_BARE:
            out.append({'article': a['id'], 'form': sur, 'person': BARE_REL.get((a['id'], sur), BARE_OTHER.get(a['id'], LEADER[sur]))})
        for r in present: out.append({'article': a['id'], 'form': r, 'person': r})
# Spelling variants of one person: every written form in each article.
VAR = {'Volodymyr Zelenskyy': r'\b(?:Volodymyr |Volodomyr )?Zelensk(?:yy|iy|y)\b', 'Kim Jong Un': r'\bKim Jong[ -][Uu]n\b', 'Recep Tayyip Erdogan': r'\b(?:Recep Tayyip )?Erdo[gğ]an\b', 'Ron DeSantis': r'\b(?:Ron )?DeSantis\b'}
for a in arts:
    for person, pat in VAR.items():
        if re.search(r'Casey DeSantis|Emine Erdo|Olena Zelensk', a['body']): continue
        for form in sorted(set(re.findall(pat, a['body']))):
            out.append({'article': a['id'], 'form': form, 'person': person})
gold = json.load(open(P))
gold['mentions'] = out
gold['people'] = {
 'Donald Trump': ['Donald Trump', 'Donald J. Trump'], 'Joe Biden': ['Joe Biden', 'Joseph R. Biden', 'Joseph Biden'],
 'Volodymyr Zelenskyy': ['Volodymyr Zelenskyy', 'Volodymyr Zelensky', 'Volodymyr Zelenskiy'], 'Kim Jong Un': ['Kim Jong Un', 'Kim Jong-un'],
 'Recep Tayyip Erdogan': ['Recep Tayyip Erdogan', 'Recep Tayyip Erdoğan'], 'Donald Trump Jr.': ['Donald Trump Jr.', 'Donald Trump Jr'],
}
json.dump(gold, open(P, 'w'), indent=1, ensure_ascii=False)
print(len(out), 'mentions in', len({m['article'] for m in out}), 'articles')
