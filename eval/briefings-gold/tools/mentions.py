"""Prints, for articles naming a relative who shares a leader's surname, each bare-surname sentence (short
window) so the annotator can decide whom it means; and lists name-variant articles (Zelensky spellings...)."""
import json, glob, re, sys
arts = [json.loads(l) for f in sorted(glob.glob('../shared/data/realnews-dev/*.jsonl')) for l in open(f)]
pairs = {'Trump': ['Melania Trump', 'Ivanka Trump', 'Donald Trump Jr', 'Eric Trump'], 'Biden': ['Hunter Biden', 'Jill Biden', 'Beau Biden', 'James Biden', 'Naomi Biden']}
mode = sys.argv[1]
if mode == 'bare':
    sur = sys.argv[2]
    for a in arts:
        rel = [r for r in pairs[sur] if r in a['body']]
        if not rel: continue
        bare = [m.start() for m in re.finditer(r'\b%s\b(?![ -]Jr)' % sur, a['body'])
                if not re.search(r'[A-Z][a-z.]+ $', a['body'][max(0, m.start() - 15):m.start()])]
        if not bare: continue
        b = a['body']
        print('##', a['id'], a['date'], rel, len(bare))
        for i in bare[:int(sys.argv[3]) if len(sys.argv) > 3 else 3]:
            print('   ', b[max(0, i - 70):i + 40].replace('\n', ' '))
else:
    pat = sys.argv[2]
    for a in arts:
        forms = sorted(set(re.findall(pat, a['body'])))
        if forms: print(a['id'], a['date'], forms)
