// Types only: `<cleared-land-map>` in React's JSX. Import it once, as a type, where you use the tag:
//   import type {} from 'cleared-land/embed/react';
// It needs @types/react (18.3 or 19), which every React + TypeScript project has.
import type * as React from 'react';
import type { ClearedLandMapElement } from './cleared-land-map-element.js';

/**
 * The attributes of `<cleared-land-map>` as JSX props (attribute names, as React passes them to
 * custom elements); see {@link ClearedLandMapElement} for what each does.
 *
 * @example
 * const props: ClearedLandMapAttributes = { src: 'zones.geojson', from: '2024-04-21', lang: 'az' };
 */
export interface ClearedLandMapAttributes {
  src?: string;
  regions?: string;
  'region-field'?: string;
  'region-id-field'?: string;
  from?: string;
  to?: string;
  lang?: string;
  basemap?: string;
  controls?: string;
  'worker-url'?: string;
  'summary-worker'?: 'off';
}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'cleared-land-map': React.DetailedHTMLProps<React.HTMLAttributes<ClearedLandMapElement>, ClearedLandMapElement> & ClearedLandMapAttributes;
    }
  }
}
