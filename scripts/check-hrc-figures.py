#!/usr/bin/env python3
"""
Recomputes the HRC figures of issue 8 from the raw OHCHR export, without the project's parsers:
China's country-specific yes votes on the Council in 2010, Brazil–India agreement with and
without amendment votes, and the records whose catalogue no/abstain totals are swapped.

    python3 scripts/check-hrc-figures.py [../shared/data/hrc-voting]

Country-specific texts of 2010 are listed by hand below (read from the titles), so the check does
not share the project's target rules.
"""
import collections
import csv
import gzip
import os
import re
import sys

DIR = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), '..', '..', 'shared', 'data', 'hrc-voting')
if not os.path.exists(os.path.join(DIR, 'resolutions.csv.gz')):
    print(f'skipped: {DIR} not found')
    sys.exit(0)
res = {r['record_id']: r for r in csv.DictReader(gzip.open(os.path.join(DIR, 'resolutions.csv.gz'), 'rt', encoding='utf-8'))}
votes = collections.defaultdict(dict)
for v in csv.DictReader(gzip.open(os.path.join(DIR, 'votes_long.csv.gz'), 'rt', encoding='utf-8')):
    votes[v['record_id']][v['iso3']] = v['vote']

def recorded(r): return r['vote_type'].startswith('RECORDED')
def council(r): return r['body'] == 'Human Rights Council'
def amendment(r): return bool(re.search(r':\s*amendment\s*/\s*$', r['title'], re.I) or re.match(r'\s*amendment\b', r['draft'], re.I))

# 1. China 2010: the country texts (targets read from the titles and agenda item 7)
country_2010 = {'A/HRC/RES/13/5', 'A/HRC/RES/13/6', 'A/HRC/RES/13/7', 'A/HRC/RES/13/8', 'A/HRC/RES/13/9',
                'A/HRC/RES/13/14', 'A/HRC/RES/14/1', 'A/HRC/RES/15/1', 'A/HRC/RES/15/6', 'A/HRC/RES/15/27'}
c = collections.Counter(votes[rid].get('CHN') for rid, r in res.items()
                        if r['symbol'] in country_2010 and recorded(r) and r['year'] == '2010')
print(f"China 2010 country-specific: yes {c['Y']}, no {c['N']}, abstain {c['A']}")

# 2. Brazil–India agreement: same 1, one abstaining 0.5, opposite 0, over the votes both cast
def agreement(a, b, keep):
    s = n = 0
    for rid, d in votes.items():
        r = res[rid]
        if not (recorded(r) and council(r) and keep(r)): continue
        x, y = d.get(a), d.get(b)
        if x not in ('Y', 'N', 'A') or y not in ('Y', 'N', 'A'): continue
        s += 1 if x == y else 0.5 if 'A' in (x, y) else 0
        n += 1
    return n, s / n
print('Brazil–India texts only: %d votes, %.4f' % agreement('BRA', 'IND', lambda r: not amendment(r)))
print('Brazil–India with amendments: %d votes, %.4f' % agreement('BRA', 'IND', lambda r: True))

# 3. no/abstain swapped: exchanged, the totals fit the roll-call up to missing rows, better than as printed
swapped = []
for rid, r in res.items():
    if not recorded(r) or r['yes'] == '' or rid not in votes: continue
    k = collections.Counter(votes[rid].values())
    Y, N, A = k['Y'], k['N'], k['A']
    oy, on, oa = int(r['yes']), int(r['no']), int(r['abstain'])
    if (Y, N, A) == (oy, on, oa) or N == A or on == oa: continue
    if Y <= oy and N <= oa and A <= on and abs(N - oa) + abs(A - on) < abs(N - on) + abs(A - oa):
        swapped.append(r['symbol'])
print(f'no/abstain swapped: {len(swapped)} records ({sum(1 for s in swapped if s.startswith("A/HRC"))} Council)')
