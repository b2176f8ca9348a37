"""Writes the leaders' roles into gold.json (office terms checked against public lists of officeholders);
keeps the mentions, events and junk already annotated there."""
import json, os
P = os.path.join(os.path.dirname(__file__), '..', 'gold.json')
R = lambda t, f, to=None: {'title': t, 'from': f, **({'to': to} if to else {})}
L = {
 'Donald Trump': [R('president', '2017-01-20', '2021-01-20'), R('president', '2025-01-20'), R('president-elect', '2016-11-09', '2017-01-20'), R('president-elect', '2024-11-06', '2025-01-20'), R('candidate', '2022-11-15', '2024-11-05'), R('presidential candidate', '2022-11-15', '2024-11-05'), R('nominee', '2024-07-15', '2024-11-05'), R('presidential nominee', '2024-07-15', '2024-11-05'), R('leader', '2017-01-20', '2021-01-20'), R('leader', '2025-01-20')],
 'Joe Biden': [R('president', '2021-01-20', '2025-01-20'), R('vice president', '2009-01-20', '2017-01-20'), R('president-elect', '2020-11-07', '2021-01-20'), R('candidate', '2019-04-25', '2024-07-21'), R('presidential candidate', '2019-04-25', '2024-07-21'), R('nominee', '2020-08-18', '2020-11-07'), R('senator', '1973-01-03', '2009-01-15'), R('leader', '2021-01-20', '2025-01-20')],
 'Kamala Harris': [R('vice president', '2021-01-20', '2025-01-20'), R('senator', '2017-01-03', '2021-01-18'), R('vice president-elect', '2020-11-07', '2021-01-20'), R('candidate', '2019-01-21', '2019-12-03'), R('candidate', '2024-07-21', '2024-11-05'), R('presidential candidate', '2024-07-21', '2024-11-05'), R('nominee', '2024-08-05', '2024-11-05'), R('presidential nominee', '2024-08-05', '2024-11-05'), R('attorney general', '2011-01-03', '2017-01-03')],
 'Vladimir Putin': [R('president', '2000-05-07', '2008-05-07'), R('president', '2012-05-07'), R('prime minister', '2008-05-08', '2012-05-07'), R('leader', '2000-05-07')],
 'Volodymyr Zelenskyy': [R('president', '2019-05-20'), R('leader', '2019-05-20'), R('president-elect', '2019-04-21', '2019-05-20')],
 'Xi Jinping': [R('president', '2013-03-14'), R('leader', '2012-11-15'), R('general secretary', '2012-11-15'), R('communist party leader', '2012-11-15')],
 'Kim Jong Un': [R('leader', '2011-12-17'), R('supreme leader', '2011-12-17'), R('chairman', '2012-04-11'), R('dictator', '2011-12-17')],
 'Benjamin Netanyahu': [R('prime minister', '2009-03-31', '2021-06-13'), R('prime minister', '2022-12-29'), R('leader', '2009-03-31', '2021-06-13'), R('leader', '2022-12-29'), R('opposition leader', '2021-06-13', '2022-12-29')],
 'Emmanuel Macron': [R('president', '2017-05-14'), R('leader', '2017-05-14')],
 'Keir Starmer': [R('prime minister', '2024-07-05'), R('leader', '2020-04-04'), R('opposition leader', '2020-04-04', '2024-07-05')],
 'Rishi Sunak': [R('prime minister', '2022-10-25', '2024-07-05'), R('chancellor', '2020-02-13', '2022-07-05'), R('chancellor of the exchequer', '2020-02-13', '2022-07-05'), R('treasury chief', '2020-02-13', '2022-07-05'), R('candidate', '2022-07-08', '2022-09-05'), R('candidate', '2022-10-21', '2022-10-24'), R('finance minister', '2020-02-13', '2022-07-05'), R('leader', '2022-10-24', '2024-11-02')],
 'Narendra Modi': [R('prime minister', '2014-05-26'), R('leader', '2014-05-26')],
 'Recep Tayyip Erdogan': [R('president', '2014-08-28'), R('prime minister', '2003-03-14', '2014-08-28'), R('leader', '2003-03-14')],
 'Pope Francis': [R('pope', '2013-03-13', '2025-04-21'), R('pontiff', '2013-03-13', '2025-04-21'), R('leader', '2013-03-13', '2025-04-21')],
 'Ron DeSantis': [R('governor', '2019-01-08'), R('candidate', '2023-05-24', '2024-01-21'), R('presidential candidate', '2023-05-24', '2024-01-21'), R('representative', '2013-01-03', '2018-09-10')],
 'Antony Blinken': [R('secretary of state', '2021-01-26', '2025-01-20'), R('secretary', '2021-01-26', '2025-01-20'), R('top diplomat', '2021-01-26', '2025-01-20'), R('deputy secretary of state', '2015-01-09', '2017-01-20')],
 'Olaf Scholz': [R('chancellor', '2021-12-08', '2025-05-06'), R('leader', '2021-12-08', '2025-05-06'), R('finance minister', '2018-03-14', '2021-12-08'), R('vice chancellor', '2018-03-14', '2021-12-08')],
 'Justin Trudeau': [R('prime minister', '2015-11-04', '2025-03-14'), R('leader', '2015-11-04', '2025-03-14')],
 'Boris Johnson': [R('prime minister', '2019-07-24', '2022-09-06'), R('leader', '2019-07-24', '2022-09-06'), R('foreign secretary', '2016-07-13', '2018-07-09'), R('foreign minister', '2016-07-13', '2018-07-09'), R('mayor', '2008-05-04', '2016-05-09')],
 'Mike Pence': [R('vice president', '2017-01-20', '2021-01-20'), R('governor', '2013-01-14', '2017-01-09'), R('candidate', '2023-06-07', '2023-10-28'), R('presidential candidate', '2023-06-07', '2023-10-28')],
 'Nancy Pelosi': [R('speaker', '2007-01-04', '2011-01-03'), R('speaker', '2019-01-03', '2023-01-03'), R('minority leader', '2011-01-03', '2019-01-03'), R('leader', '2003-01-03', '2023-01-03'), R('representative', '1987-06-02'), R('speaker emerita', '2023-01-03')],
 'Liz Truss': [R('prime minister', '2022-09-06', '2022-10-25'), R('foreign secretary', '2021-09-15', '2022-09-06'), R('foreign minister', '2021-09-15', '2022-09-06'), R('candidate', '2022-07-12', '2022-09-05'), R('leader', '2022-09-05', '2022-10-25')],
 'Barack Obama': [R('president', '2009-01-20', '2017-01-20'), R('senator', '2005-01-03', '2008-11-16')],
}
gold = json.load(open(P)) if os.path.exists(P) else {'leaders': [], 'mentions': [], 'junk': []}
old = {l['name']: l for l in gold['leaders']}
gold['leaders'] = [{'name': n, 'roles': r, 'events': old.get(n, {}).get('events', []), 'eventArticles': old.get(n, {}).get('eventArticles', [])} for n, r in L.items()]
json.dump(gold, open(P, 'w'), indent=1, ensure_ascii=False)
print(len(gold['leaders']), 'leaders')
