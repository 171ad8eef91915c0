#!/usr/bin/python3
"""The report as a skilled GIS engineer would write it with shapely 1.8 / GEOS and pyproj: the
benchmark's strong baseline for `cleared-land report`.

It reads the same two files the CLI reads and computes the same figures as summarize() with no
period: totals, each district, land outside every district, each ISO week's releases, and the
three data-quality findings. The work is organised the way one would to make GEOS fast:
  - unions per bounding-box-connected component (an STRtree finds the touching boxes, a
    union-find groups them), never one cascaded union of a whole outcome;
  - remaining hazard: each dissolved hazard part minus only the released parts that touch it;
  - districts: each part is tested with a prepared district for containment, and intersected
    only where it crosses a district boundary;
  - areas on the WGS84 ellipsoid with pyproj's Geod (GeographicLib C), each ring once.

Usage: /usr/bin/python3 bench/geos-report-strong.py zones.geojson districts.geojson
Prints one JSON line: {"seconds": …, "readSeconds": …, "peakRssMiB": …, "totals": {…ha…},
"regions": [{name, …ha…}], "outside": {…ha…}, "weeks": [{weekStart, …ha…}], "issues": {code: n}}.
`seconds` is from the start of reading to the last figure; the bench also times the process.
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
from shapely.geometry import box, shape
from shapely.ops import unary_union
from shapely.prepared import prep
from shapely.strtree import STRtree

GEOD = Geod(ellps='WGS84')
RELEASES = ('cleared', 'reduced', 'cancelled')
HAZARDS = ('suspected', 'confirmed')
LAYERS = ('cleared', 'reduced', 'cancelled', 'released', 'hazard', 'remainingHazard')
ITEM_KEYS = ('apMines', 'atMines', 'uxo', 'otherItems')
SQUARE_METERS_PER_HECTARE = 1e4
# The thresholds summarize() uses (src/report/find-*.ts).
OVERLAP_THRESHOLD_SQUARE_METERS = 1.0
OUTSIDE_HAZARD_SHARE_THRESHOLD = 0.01
REPORTED_AREA_TOLERANCE = 0.1


def ring_area_m2(ring):
    # Straight to GeographicLib C on the coordinate array: shapely 1.8's .xy and orient() cost
    # more than the geodesic computation itself.
    xy = np.asarray(ring.coords)
    return abs(GEOD.polygon_area_perimeter(xy[:, 0], xy[:, 1])[0])


def polygon_area_m2(polygon):
    return ring_area_m2(polygon.exterior) - sum(ring_area_m2(hole) for hole in polygon.interiors)


def polygons(geometry):
    """The Polygon parts of a geometry (lines and points left by an overlay have no area)."""
    if geometry.is_empty:
        return []
    if geometry.geom_type == 'Polygon':
        return [geometry]
    if hasattr(geometry, 'geoms'):
        return [part for member in geometry.geoms for part in polygons(member)]
    return []


def area_m2(geometry):
    return sum(polygon_area_m2(polygon) for polygon in polygons(geometry))


def components(geometries):
    """Groups of indices whose bounding boxes touch, directly or through others (union-find)."""
    parent = list(range(len(geometries)))

    def root(index):
        while parent[index] != index:
            parent[index] = parent[parent[index]]
            index = parent[index]
        return index

    if geometries:
        tree = STRtree(geometries)
        index_of = {id(geometry): index for index, geometry in enumerate(geometries)}
        for index, geometry in enumerate(geometries):
            for other in tree.query(box(*geometry.bounds)):
                a, b = root(index), root(index_of[id(other)])
                if a != b:
                    parent[a] = b
    groups = defaultdict(list)
    for index in range(len(geometries)):
        groups[root(index)].append(index)
    return list(groups.values())


def dissolve(geometries):
    """The union of the geometries as a list of polygons, united per connected component."""
    parts = []
    for group in components(geometries):
        if len(group) == 1:
            parts.extend(polygons(geometries[group[0]]))
        else:
            parts.extend(polygons(unary_union([geometries[index] for index in group])))
    return parts


def subtract(parts, cutters):
    """Each part minus the union of only the cutters whose boxes touch it."""
    if not cutters:
        return parts
    tree = STRtree(cutters)
    remaining = []
    for part in parts:
        near = tree.query(part)
        remaining.extend(polygons(part.difference(unary_union(near))) if near else [part])
    return remaining


class Districts:
    """Districts indexed for splitting areas: prepared containment, intersection at boundaries."""

    def __init__(self, geometries):
        self.geometries = geometries
        self.prepared = [prep(geometry) for geometry in geometries]
        self.tree = STRtree(geometries)
        self.index_of = {id(geometry): index for index, geometry in enumerate(geometries)}

    def split(self, polygon, polygon_m2):
        """(m² per district index, m² outside every district) of one polygon."""
        shares = {}
        candidates = [self.index_of[id(district)] for district in self.tree.query(polygon)]
        for index in candidates:
            if self.prepared[index].contains(polygon):
                return {index: polygon_m2}, 0.0
        for index in candidates:
            if self.prepared[index].intersects(polygon):
                shares[index] = area_m2(polygon.intersection(self.geometries[index]))
        return shares, polygon_m2 - sum(shares.values())


def empty_figures():
    return {layer: 0.0 for layer in LAYERS}


def hectares(figures):
    return {layer + 'Ha': figures[layer] / SQUARE_METERS_PER_HECTARE for layer in LAYERS}


def outcome_layers(zones):
    """The dissolved parts of each outcome layer, from (geometry, properties) pairs, no period."""
    by_status = defaultdict(list)
    for geometry, properties in zones:
        by_status[properties['status']].append(geometry)
    layers = {status: dissolve(by_status[status]) for status in RELEASES}
    layers['released'] = dissolve([part for status in RELEASES for part in layers[status]])
    layers['hazard'] = dissolve(by_status['suspected'] + by_status['confirmed'])
    layers['remainingHazard'] = subtract(layers['hazard'], layers['released'])
    return layers


def iso_week_start(end_date):
    day = datetime.date.fromisoformat(end_date[:10])
    return (day - datetime.timedelta(days=day.weekday())).isoformat()


def main(zones_path, districts_path):
    start = time.perf_counter()
    with open(zones_path) as handle:
        zone_features = json.load(handle)['features']
    with open(districts_path) as handle:
        district_features = json.load(handle)['features']
    zones = [(shape(feature['geometry']), feature['properties']) for feature in zone_features]
    names = [feature['properties']['name'] for feature in district_features]
    districts = Districts([shape(feature['geometry']) for feature in district_features])
    read_seconds = time.perf_counter() - start

    zone_m2 = [area_m2(geometry) for geometry, _ in zones]
    layers = outcome_layers(zones)
    totals = empty_figures()
    outside = empty_figures()
    per_district = [empty_figures() for _ in names]
    for layer, parts in layers.items():
        for part in parts:
            part_m2 = polygon_area_m2(part)
            totals[layer] += part_m2
            shares, outside_m2 = districts.split(part, part_m2)
            outside[layer] += outside_m2
            for index, share in shares.items():
                per_district[index][layer] += share

    # Items go to the district holding most of each zone with finds (outside when most is outside).
    items = {'total': defaultdict(int), 'outside': defaultdict(int), 'districts': [defaultdict(int) for _ in names]}
    for (geometry, properties), geometry_m2 in zip(zones, zone_m2):
        if sum(properties[key] for key in ITEM_KEYS) == 0:
            continue
        shares, outside_m2 = districts.split(geometry, geometry_m2)
        best, best_m2 = None, outside_m2
        for index in sorted(shares):
            if shares[index] > best_m2:
                best, best_m2 = index, shares[index]
        home = items['outside'] if best is None else items['districts'][best]
        for key in ITEM_KEYS:
            home[key] += properties[key]
            items['total'][key] += properties[key]

    weeks = defaultdict(list)
    for zone in zones:
        properties = zone[1]
        if properties['status'] in RELEASES and properties.get('endDate'):
            weeks[iso_week_start(properties['endDate'])].append(zone)
    week_figures = []
    for week_start in sorted(weeks):
        week_layers = outcome_layers(weeks[week_start])
        figures = {layer + 'Ha': sum(polygon_area_m2(part) for part in week_layers[layer]) / SQUARE_METERS_PER_HECTARE for layer in RELEASES + ('released',)}
        week_figures.append({'weekStart': week_start, **figures})

    issues = defaultdict(int)
    release_indices = [index for index, (_, properties) in enumerate(zones) if properties['status'] in RELEASES]
    release_geometries = [zones[index][0] for index in release_indices]
    if release_geometries:
        tree = STRtree(release_geometries)
        position_of = {id(geometry): position for position, geometry in enumerate(release_geometries)}
        for position, geometry in enumerate(release_geometries):
            properties = zones[release_indices[position]][1]
            for other in tree.query(geometry):
                other_position = position_of[id(other)]
                if other_position <= position:
                    continue
                other_properties = zones[release_indices[other_position]][1]
                same_hazard = properties.get('hazardId') is not None and properties.get('hazardId') == other_properties.get('hazardId')
                if properties['status'] == other_properties['status'] and not same_hazard:
                    continue
                if geometry.intersects(other) and area_m2(geometry.intersection(other)) > OVERLAP_THRESHOLD_SQUARE_METERS:
                    issues['overlapping-outcomes'] += 1
    if layers['hazard']:
        # The dissolved hazard parts are disjoint: a release's land inside hazards is the sum of its
        # intersections with the parts it crosses, and a part that contains it needs no overlay.
        hazard_parts = layers['hazard']
        hazard_prepared = [prep(part) for part in hazard_parts]
        hazard_tree = STRtree(hazard_parts)
        hazard_index = {id(part): position for position, part in enumerate(hazard_parts)}
        for index in release_indices:
            geometry = zones[index][0]
            if zone_m2[index] <= 0:
                continue
            inside_m2 = 0.0
            for part in hazard_tree.query(geometry):
                ready = hazard_prepared[hazard_index[id(part)]]
                if ready.contains(geometry):
                    inside_m2 = zone_m2[index]
                    break
                if ready.intersects(geometry):
                    inside_m2 += area_m2(geometry.intersection(part))
            if (zone_m2[index] - inside_m2) / zone_m2[index] > OUTSIDE_HAZARD_SHARE_THRESHOLD:
                issues['release-outside-hazard'] += 1
    for (geometry, properties), computed in zip(zones, zone_m2):
        reported = properties.get('reportedAreaM2')
        if reported is None:
            continue
        if abs(reported - computed) / computed > REPORTED_AREA_TOLERANCE if computed > 0 else reported != 0:
            issues['reported-area-mismatch'] += 1

    def with_items(figures, counts):
        return {**hectares(figures), 'items': {key: counts[key] for key in ITEM_KEYS}}

    seconds = time.perf_counter() - start
    print(json.dumps({
        'seconds': seconds,
        'readSeconds': read_seconds,
        'peakRssMiB': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        'totals': with_items(totals, items['total']),
        'regions': [{'name': name, **with_items(figures, counts)} for name, figures, counts in zip(names, per_district, items['districts'])],
        'outside': with_items(outside, items['outside']),
        'weeks': week_figures,
        'issues': issues,
    }))


if __name__ == '__main__':
    # shapely 1.8 warns about its 2.0 STRtree and array interface on every call.
    warnings.simplefilter('ignore')
    main(sys.argv[1], sys.argv[2])
