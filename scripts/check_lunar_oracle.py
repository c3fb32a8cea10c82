#!/usr/bin/env python3
"""Cross-check dondoc's lunar calendar against an independent ephemeris (PyEphem).

Not part of CI (it needs `pip install ephem`). Usage:
    swift run --package-path Core dondoc-core calendar months 1900 2199 --json > /tmp/months.json
    python3 scripts/check_lunar_oracle.py /tmp/months.json

Checks that every month begins on the civil date of the new moon (UTC+8 before
1968-01-01, UTC+7 after) and that the leap months are exactly the first months
without a major term in the 13-month solstice years, the Sun's longitude being
taken from the ephemeris at local midnight. Notes the new moons within 5 minutes of
midnight: there a less precise method, or beyond ~2050 the uncertainty of the predicted
ΔT (TT - UT), could move a month by a day.
"""
import datetime
import json
import math
import sys

import ephem

SWITCH = datetime.date(1968, 1, 1)


def zone(day):
    return 7 if day >= SWITCH else 8


def sun_longitude_at_local_midnight(day):
    instant = ephem.Date(datetime.datetime(day.year, day.month, day.day) - datetime.timedelta(hours=zone(day)))
    return math.degrees(ephem.Ecliptic(ephem.Sun(instant), epoch=instant).lon)


def main(path):
    months = json.load(open(path))
    starts = [datetime.date.fromisoformat(m["start"]) for m in months]
    problems = 0

    # 1. Month starts = local dates of the ephemeris new moons.
    moon_days = set()
    cursor = ephem.Date(datetime.datetime.combine(starts[0] - datetime.timedelta(days=2), datetime.time()))
    end = starts[-1] + datetime.timedelta(days=31)
    while True:
        new_moon = ephem.next_new_moon(cursor)
        ut = new_moon.datetime()
        local = ut + datetime.timedelta(hours=7)
        if local.date() < SWITCH:
            local = ut + datetime.timedelta(hours=8)
        if local.date() > end:
            break
        moon_days.add(local.date())
        minutes_from_midnight = min(local.hour * 60 + local.minute, 24 * 60 - (local.hour * 60 + local.minute))
        if minutes_from_midnight < 5 and starts[0] <= local.date() <= starts[-1]:
            print(f"note: new moon {local:%Y-%m-%d %H:%M} local, {minutes_from_midnight} min from midnight")
        cursor = ephem.Date(new_moon + 1)
    for day in starts:
        if day not in moon_days:
            problems += 1
            print(f"MISMATCH: month start {day} is not a new-moon day")

    # 2. Leap months by the no-major-term rule, with the ephemeris Sun.
    terms = [int(sun_longitude_at_local_midnight(d) // 30) for d in starts]
    month11 = [i for i, m in enumerate(months) if m["month"] == 11 and not m["isLeapMonth"]]
    for a, b in zip(month11, month11[1:]):
        expected = None
        if b - a == 13:
            expected = next((i for i in range(a + 1, b) if terms[i] == terms[i + 1]), None)
        actual = next((i for i in range(a, b) if months[i]["isLeapMonth"]), None)
        if expected != actual:
            problems += 1
            print(f"MISMATCH: leap month after {starts[a]}: ephemeris {expected and starts[expected]}, dondoc {actual and starts[actual]}")

    print(f"{len(months)} months, {sum(m['isLeapMonth'] for m in months)} leap months checked: "
          f"{'all agree' if problems == 0 else f'{problems} mismatches'}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
