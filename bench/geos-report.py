#!/usr/bin/python3
"""The same work as cleared-land's summarize(), done with shapely 1.8 / GEOS and pyproj, as the
benchmark's baseline: cascaded unions per outcome, remaining hazard by difference, district
split with an STRtree and prepared geometry, weeks, the three data-quality checks, and geodesic
areas on the WGS84 ellipsoid (pyproj, GeographicLib C).

Usage: /usr/bin/python3 bench/geos-report.py data.json
  data.json: {"zones": [GeoJSON features with cleared-land's normalised properties],
              "regions": [GeoJSON features with properties.name]}
Prints one JSON line: {"seconds": …, "peakRssMb": …, "totals": {…hectares…}, "issues": {code: count}}.
Reading the file is not timed (summarize() gets parsed zones too).
"""
import datetime
import json
import resource
import sys
import time
import warnings
from collections import defaultdict

import numpy as np

from pyproj import Geod
from shapely.geometry import shape
from shapely.ops import unary_union
from shapely.prepared import prep
from shapely.strtree import STRtree

GEOD = Geod(ellps='WGS84')
RELEASES = ('cleared', 'reduced', 'cancelled')
HAZARDS = ('suspected', 'confirmed')
ITEM_KEYS = ('apMines', 'atMines', 'uxo', 'otherItems')


def ring_area_m2(ring):
    # Straight to GeographicLib C on the coordinate array: shapely 1.8's .xy and orient() cost
    # ten times more than the geodesic computation itself.
    xy = np.asarray(ring.coords)
    return abs(GEOD.polygon_area_perimeter(xy[:, 0], xy[:, 1])[0])


def area_m2(geometry):
    """Ellipsoidal area in m²: |outer ring| − Σ|holes| per polygon, summed."""
    total = 0.0
    for polygon in parts(geometry):
        if polygon.geom_type != 'Polygon':
            continue
        total += ring_area_m2(polygon.exterior) - sum(ring_area_m2(hole) for hole in polygon.interiors)
    return total


def layers(zones):
    by = defaultdict(list)
    for geometry, props in zones:
        by[props['status']].append(geometry)
    out = {status: unary_union(by[status]) for status in RELEASES}
    out['released'] = unary_union([out[s] for s in RELEASES])
    out['hazard'] = unary_union(by['suspected'] + by['confirmed'])
    out['remainingHazard'] = out['hazard'].difference(out['released'])
    return out


def parts(geometry):
    if geometry.is_empty:
        return []
    return list(geometry.geoms) if hasattr(geometry, 'geoms') else [geometry]


def split_by_region(geometry, regions, prepared):
    pieces = parts(geometry)
    tree = STRtree(pieces)
    index_of = {id(piece): i for i, piece in enumerate(pieces)}
    areas = [area_m2(piece) for piece in pieces]
    per_region = []
    for region, ready in zip(regions, prepared):
        total = 0.0
        for piece in tree.query(region):
            if ready.contains(piece):
                total += areas[index_of[id(piece)]]
            elif ready.intersects(piece):
                total += area_m2(piece.intersection(region))
        per_region.append(total)
    return sum(areas), per_region


def main(path):
    with open(path) as handle:
        data = json.load(handle)
    start = time.perf_counter()
    zones = [(shape(f['geometry']), f['properties']) for f in data['zones']]
    regions = [shape(f['geometry']) for f in data['regions']]
    prepared = [prep(r) for r in regions]

    outcome = layers(zones)
    totals = {}
    for name, geometry in outcome.items():
        total, per_region = split_by_region(geometry, regions, prepared)
        totals[name + 'Ha'] = total / 1e4

    # Items go to the region holding most of each zone with finds.
    region_tree = STRtree(regions)
    region_index = {id(r): i for i, r in enumerate(regions)}
    for geometry, props in zones:
        if sum(props[k] for k in ITEM_KEYS) == 0:
            continue
        shares = [(area_m2(geometry.intersection(r)), region_index[id(r)]) for r in region_tree.query(geometry)]
        max(shares, default=(0, None))

    weeks = defaultdict(list)
    for geometry, props in zones:
        if props['status'] in RELEASES and props['endDate']:
            day = datetime.date.fromisoformat(props['endDate'][:10])
            weeks[day - datetime.timedelta(days=day.weekday())].append((geometry, props))
    for monday in sorted(weeks):
        week = layers(weeks[monday])
        for name in RELEASES + ('released',):
            area_m2(week[name])

    issues = defaultdict(int)
    releases = [(g, p) for g, p in zones if p['status'] in RELEASES]
    release_tree = STRtree([g for g, _ in releases])
    release_index = {id(g): i for i, (g, _) in enumerate(releases)}
    for i, (geometry, props) in enumerate(releases):
        for other in release_tree.query(geometry):
            j = release_index[id(other)]
            if j <= i:
                continue
            other_props = releases[j][1]
            same_hazard = props['hazardId'] is not None and props['hazardId'] == other_props['hazardId']
            if props['status'] == other_props['status'] and not same_hazard:
                continue
            if geometry.intersects(other) and area_m2(geometry.intersection(other)) > 1:
                issues['overlapping-outcomes'] += 1
    zone_area = {}

    def area_of(geometry):
        if id(geometry) not in zone_area:
            zone_area[id(geometry)] = area_m2(geometry)
        return zone_area[id(geometry)]

    hazard_parts = parts(outcome['hazard'])
    if hazard_parts:
        hazard_tree = STRtree(hazard_parts)
        for geometry, props in releases:
            near = hazard_tree.query(geometry)
            outside = geometry.difference(unary_union(near)) if near else geometry
            if area_m2(outside) / area_of(geometry) > 0.01:
                issues['release-outside-hazard'] += 1
    for geometry, props in zones:
        reported = props.get('reportedAreaM2')
        if reported is None:
            continue
        computed = area_of(geometry)
        if abs(reported - computed) / computed > 0.1:
            issues['reported-area-mismatch'] += 1

    seconds = time.perf_counter() - start
    peak_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({'seconds': seconds, 'peakRssMb': peak_rss_mb, 'totals': totals, 'issues': issues}))


if __name__ == '__main__':
    # shapely 1.8 warns about its 2.0 STRtree and array interface on every call.
    warnings.simplefilter('ignore')
    main(sys.argv[1])
