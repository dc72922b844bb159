#!/usr/bin/env python3
"""Recomputes issue 8's NGO Committee figures from the raw decision tables, without Ground Pass's
parsers (python csv only), so they can be compared with what the CLI and API print.

Usage: python3 scripts/recompute-ngo-committee.py [../shared/data/ecosoc-ngo-committee-decisions]

Name matching here is deliberately simple (case, spaces, a leading "The"): enough for the
organisations the figures name, not a replacement for the project's resolver.
"""
import collections
import csv
import datetime
import os
import re
import sys

D = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
    os.path.dirname(__file__), '..', '..', 'shared', 'data', 'ecosoc-ngo-committee-decisions')


def key(name):
    return re.sub(r'^the ', '', re.sub(r'\s+', ' ', name.strip().lower()))


def rows(f):
    with open(os.path.join(D, f), encoding='utf-8') as fh:
        return list(csv.DictReader(fh))


events = collections.defaultdict(list)
for f, kind in [('7_applications_deferred.csv', 'deferred'),
                ('10_newapplications_deferred.csv', 'deferred-new'),
                ('11_deferred_status_reclassification.csv', 'reclassification'),
                ('1_ecosoc_status_granted.csv', 'final'),
                ('3_ecosoc_closedrequests_failedrespond.csv', 'final'),
                ('4_ecosoc_application_withdrawn.csv', 'final'),
                ('5_ecosoc_status_declined.csv', 'final')]:
    for r in rows(f):
        events[key(r['NGO_name'])].append((r['Session_number'], kind))

histories = []
for org, es in events.items():
    es.sort(key=lambda e: (e[0], e[1] == 'final'))
    for kinds, request in [({'deferred', 'deferred-new'}, 'application'), ({'reclassification'}, 'reclassification')]:
        open_, out = [], []
        for date, k in es:
            if k == 'final' and request == 'application':
                if open_:
                    out.append((open_, 'decided'))
                open_ = []
            elif k in kinds:
                if k == 'deferred-new' and open_ and open_[-1] < date:
                    out.append((open_, 'lapsed'))
                    open_ = []
                open_.append(date)
        if open_:
            out.append((open_, 'pending'))
        for dates, status in out:
            days = (datetime.date.fromisoformat(dates[-1]) - datetime.date.fromisoformat(dates[0])).days
            histories.append((org, request, status, dates[0], dates[-1], days, len(set(dates))))

first_reclass = {org: min(d for d, k in es if k == 'reclassification')
                 for org, es in events.items() if any(k == 'reclassification' for _, k in es)}
pending = [h for h in histories if h[1] == 'application' and h[2] == 'pending'
           and not (h[0] in first_reclass and h[4] < first_reclass[h[0]])]
exact8 = [h for h in pending if h[5] / 365.25 >= 8]
rounded8 = [h for h in pending if round(h[5] / 365.25, 1) >= 8]
print(f'applications pending 8+ years (exact span): {len(exact8)}')
for h in sorted(exact8, key=lambda h: -h[5]):
    print(f'  {h[0]}  {h[3]} -> {h[4]}  {h[5] / 365.25:.3f} y, {h[6]} sessions')
print(f'  (comparing the rounded span instead: {len(rounded8)})')

votes = collections.defaultdict(dict)
for r in rows('8_roll_call_votes_filled.csv'):
    v = r['Country_vote'].strip().replace('abstent', 'abstaining')
    votes[(r['Session_number'], r['Vote_topic'])][r['Country'].strip()] = v
china = collections.Counter(b.get('China') for b in votes.values())
print(f'roll-calls: {len(votes)}; China in favor {china["in favor"]}, against {china["against"]}')
