"""Writes the leaders' dated events into gold.json: read by hand from the articles named (the leader as actor,
the date the text gives for that clause). eventArticles: the articles read for that leader."""
import json, os
P = os.path.join(os.path.dirname(__file__), '..', 'gold.json')
E = lambda a, v, d, planned=False: {'article': a, 'verb': v, 'date': d, **({'planned': True} if planned else {})}
EV = {
 'Donald Trump': [E('rtqa-x1399', 'blamed', '2025-12-17'), E('rtqa-x1399', 'said', '2025-12-17'), E('rtqa-x1399', 'teased', '2025-12-17'), E('rtqa-x1399', 'pressure maduro', '2025-12-17', True),
                  E('rtqa-x1376', 'host', '2025-05'), E('rtqa-x1390', 'warns', '2025-10-02')],
 'Joe Biden': [E('rtqa-x0101', 'pledged', '2021-04'), E('rtqa-x1158', 'pushes', '2023-09'), E('rtqa-x1080', 'signed', '2022-08'), E('rtqa-x0143', 'pick', '2022-02', True)],
 'Kamala Harris': [E('rtqa-x1304', 'concession speech', '2024-11-06', True), E('rtqa-x1305', 'make a speech', '2024-11-06', True), E('rtqa-x1305', 'called and congratulated', '2024-11-06'),
                   E('rtqa-x1305', 'address her election night party', '2024-11-05', True), E('rtqa-x1297', 'criticized', '2024-10-17'), E('rtqa-x1367', 'answer', '2024-10')],
 'Vladimir Putin': [E('rtqa-x1298', 'walked back', '2024-10-25'), E('rtqa-x1308', 'congratulated', '2024-11-07'), E('rtqa-x1314', 'isolation', '2024'), E('rtqa-x1347', 'talk', '2025-02-12'), E('rtqa-x1373', 'frustrated', '2025')],
 'Volodymyr Zelenskyy': [E('rtqa-x1253', 'peace summit', '2024-06-15', True), E('rtqa-x1298', 'said', '2024-10-25'), E('rtqa-x1314', 'pushed', '2024'), E('rtqa-x1351', 'came to the white house', '2025-02-28'), E('rtqa-x1351', 'sign an agreement', '2025-02-28', True)],
 'Xi Jinping': [E('rtqa-x0952', 'met', '2022-11-14'), E('rtqa-x0952', 'invited', '2022-11'), E('rtqa-x1020', 'landed', '2022-12-07'), E('rtqa-x1075', 'imposed', '2020')],
 'Kim Jong Un': [E('rtqa-x1088', 'praised', '2022-12-31'), E('rtqa-x1088', 'speech', '2022-12-31'), E('rtqa-x1107', 'ordered', '2023-03'), E('rtqa-x1136', 'new position', '2023-06'), E('rtqa-x1298', 'taken his support', '2024-10')],
 'Benjamin Netanyahu': [E('rtqa-x1081', 'incoming government', '2022-12-29', True), E('rtqa-x1082', 'sworn', '2022-12-29'), E('rtqa-x1156', 'meet', '2023-09-20'), E('rtqa-x1170', 'reiterated', '2023-11-02')],
 'Emmanuel Macron': [E('rtqa-x0952', 'visit beijing', '2023', True), E('rtqa-x1119', 'discussed', '2023-04-04'), E('rtqa-x1119', 'trip', '2023-04', True), E('rtqa-x1253', 'host', '2024-06-08', True), E('rtqa-x1328', 'provided a look', '2024-11-29')],
 'Keir Starmer': [E('rtqa-x0831', 'repeated his calls', '2022-10-20'), E('rtqa-x0847', 'congratulated', '2022-10-25'), E('rtqa-x1062', 'attacked', '2022-12-14'), E('rtqa-x1074', 'put forward', '2022-12'), E('rtqa-x1379', 'continue to talk trade', '2025-07-25', True)],
 'Rishi Sunak': [E('rtqa-x0841', 'declared', '2022-10-23'), E('rtqa-x0969', 'criticized', '2022-11-28'), E('rtqa-x1062', 'halted', '2022-12', True), E('rtqa-x1052', 'plans', '2022-12')],
 'Narendra Modi': [E('rtqa-x0867', 'visited', '2022-11-01'), E('rtqa-x1140', 'called the bond', '2023-06-22'), E('rtqa-x1140', 'touted', '2023-06-22')],
}
gold = json.load(open(P))
for l in gold['leaders']:
    ev = EV.get(l['name'], [])
    l['events'] = ev
    l['eventArticles'] = sorted({e['article'] for e in ev})
json.dump(gold, open(P, 'w'), indent=1, ensure_ascii=False)
print(sum(len(v) for v in EV.values()), 'events in', len({e['article'] for v in EV.values() for e in v}), 'articles')
