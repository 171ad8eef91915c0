// polylabel 2 ships no types; this declares the one function cleared-land uses.
declare module 'polylabel' {
  /**
   * The pole of inaccessibility of a polygon (rings of [x, y] positions, outer ring first): the
   * point inside it farthest from its edges, found to within `precision` in coordinate units.
   */
  export default function polylabel(polygon: number[][][], precision?: number): [number, number] & { distance: number };
}
