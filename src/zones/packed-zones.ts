import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { BoundingBox } from '../geometry/bounding-box.js';
import type { ZoneList } from './zone-list.js';
import type { ZoneFeature, ZoneProperties } from './zone.js';

/** Where a loader puts accepted zones instead of an array (see the `zoneSink` load option). */
export interface ZoneSink {
  /** Zones held so far. */
  readonly length: number;
  /** Keeps an accepted zone. */
  add(zone: ZoneFeature): void;
  /** Forgets every zone from `length` on (a loader starting a file over). */
  truncate(length: number): void;
  /**
   * Sets a date of the zone at `index`: a loader fills in dates it could read only once the whole
   * file showed its date order (see `FileDateOrder`).
   */
  setDate(index: number, field: 'startDate' | 'endDate', date: string): void;
}

// Coordinates go into slabs of this many numbers (8 MB), so growing never copies what is stored.
const SLAB_NUMBERS = 1 << 20;
const NO_SOURCE: Record<string, unknown> = Object.freeze({});

/**
 * Accepted zones stored compactly, for national files: coordinates in Float64Array slabs (16 bytes
 * a vertex instead of about 80 as nested arrays) and the normalised properties without `source`
 * (the file's own properties, which reports do not use). A {@link ZoneList} for `summarize`, which
 * rebuilds GeoJSON features one batch at a time; a {@link ZoneSink} for `loadZones`.
 *
 * @example
 * const zones = new PackedZones();
 * const loaded = await loadZones(pathSource('national.geojson'), { zoneSink: zones });
 * summarize({ ...loaded, zones }, { regions: districts });
 */
export class PackedZones implements ZoneList, ZoneSink {
  #properties: ZoneProperties[] = [];
  #multi: boolean[] = [];
  #boxes: number[] = [];
  /** Per zone: its slab, its first number there, its first ring. */
  #slab: number[] = [];
  #offset: number[] = [];
  #firstRing: number[] = [];
  /** Per ring: its vertices, and whether it is the outer ring of a new polygon. */
  #ringVertices: number[] = [];
  #ringIsOuter: boolean[] = [];
  #slabs: Float64Array[] = [];
  #slabUsed = 0;
  /**
   * One copy of each date, method, region and organisation: a national file repeats a few hundred
   * of them a million times, each read from the file as a string of its own (about 100 MB).
   */
  #strings = new Map<string, string>();

  /** Zones held. */
  get length(): number {
    return this.#properties.length;
  }

  /** Keeps `zone`: its coordinates packed, its properties without `source`. */
  add(zone: ZoneFeature): void {
    const geometry = zone.geometry;
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    let numbers = 0;
    for (const rings of polygons) for (const ring of rings) numbers += ring.length * 2;
    this.#reserve(numbers);
    const slab = this.#slabs[this.#slabs.length - 1];
    const { startDate, endDate, method, region, organisation } = zone.properties;
    this.#properties.push({
      ...zone.properties,
      startDate: this.#shared(startDate),
      endDate: this.#shared(endDate),
      method: this.#shared(method),
      region: this.#shared(region),
      organisation: this.#shared(organisation),
      source: NO_SOURCE,
    });
    this.#multi.push(geometry.type === 'MultiPolygon');
    this.#slab.push(this.#slabs.length - 1);
    this.#offset.push(this.#slabUsed);
    this.#firstRing.push(this.#ringVertices.length);
    let west = Infinity;
    let south = Infinity;
    let east = -Infinity;
    let north = -Infinity;
    let at = this.#slabUsed;
    for (const rings of polygons) {
      rings.forEach((ring, ringIndex) => {
        this.#ringVertices.push(ring.length);
        this.#ringIsOuter.push(ringIndex === 0);
        for (const [x, y] of ring) {
          slab[at++] = x;
          slab[at++] = y;
          if (x < west) west = x;
          if (x > east) east = x;
          if (y < south) south = y;
          if (y > north) north = y;
        }
      });
    }
    this.#slabUsed = at;
    this.#boxes.push(west, south, east, north);
  }

  /** Forgets every zone from `length` on. */
  truncate(length: number): void {
    if (length >= this.length) return;
    const firstRing = this.#firstRing[length];
    const slab = this.#slab[length];
    this.#slabs.length = slab + 1;
    this.#slabUsed = this.#offset[length];
    for (const list of [this.#properties, this.#multi, this.#slab, this.#offset, this.#firstRing]) list.length = length;
    this.#boxes.length = length * 4;
    this.#ringVertices.length = firstRing;
    this.#ringIsOuter.length = firstRing;
  }

  /** Sets the start or end date of zone `index`. */
  setDate(index: number, field: 'startDate' | 'endDate', date: string): void {
    this.#properties[index][field] = this.#shared(date);
  }

  #shared<T extends string | null>(value: T): T {
    if (value === null) return value;
    const kept = this.#strings.get(value);
    if (kept !== undefined) return kept as T;
    this.#strings.set(value, value);
    return value;
  }

  /** The normalised properties of zone `index` (`source` is empty). */
  propertiesAt(index: number): ZoneProperties {
    return this.#properties[index];
  }

  /** The bounding box of every zone, in order. */
  boxes(): BoundingBox[] {
    const boxes: BoundingBox[] = [];
    for (let at = 0; at < this.#boxes.length; at += 4) boxes.push([this.#boxes[at], this.#boxes[at + 1], this.#boxes[at + 2], this.#boxes[at + 3]]);
    return boxes;
  }

  /** The zones at `indices`, rebuilt as GeoJSON features (new objects on every call). */
  featuresAt(indices: readonly number[]): ZoneFeature[] {
    return indices.map((index) => ({ type: 'Feature', properties: this.#properties[index], geometry: this.#geometryAt(index) }));
  }

  #geometryAt(index: number): Polygon | MultiPolygon {
    const slab = this.#slabs[this.#slab[index]];
    const lastRing = index + 1 < this.length ? this.#firstRing[index + 1] : this.#ringVertices.length;
    const polygons: Position[][][] = [];
    let at = this.#offset[index];
    for (let ringIndex = this.#firstRing[index]; ringIndex < lastRing; ringIndex += 1) {
      const ring: Position[] = new Array(this.#ringVertices[ringIndex]);
      for (let vertex = 0; vertex < ring.length; vertex += 1, at += 2) ring[vertex] = [slab[at], slab[at + 1]];
      if (this.#ringIsOuter[ringIndex]) polygons.push([ring]);
      else polygons[polygons.length - 1].push(ring);
    }
    return this.#multi[index] ? { type: 'MultiPolygon', coordinates: polygons } : { type: 'Polygon', coordinates: polygons[0] ?? [] };
  }

  #reserve(numbers: number): void {
    const last = this.#slabs[this.#slabs.length - 1];
    if (last && this.#slabUsed + numbers <= last.length) return;
    this.#slabs.push(new Float64Array(Math.max(SLAB_NUMBERS, numbers)));
    this.#slabUsed = 0;
  }
}
