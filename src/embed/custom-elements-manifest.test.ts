import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ClearedLandMapElement, EMBED_EVENTS, EMBED_PARTS } from './cleared-land-map-element.js';
import { MAP_STYLESHEET_TEXT } from '../map/adopt-map-styles.js';

interface Manifest {
  modules: {
    declarations: {
      tagName: string;
      attributes: { name: string; fieldName: string }[];
      members: { name: string; attribute?: string }[];
      events: { name: string }[];
      cssParts: { name: string }[];
      cssProperties: { name: string }[];
    }[];
  }[];
}

const manifest = JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8')) as Manifest;
const [element] = manifest.modules[0].declarations;
const elementSource = readFileSync(new URL('./cleared-land-map-element.ts', import.meta.url), 'utf8');

/** An element without a DOM: the class's accessors over a plain attribute map. */
function elementWithAttributes(): ClearedLandMapElement & { attributes: Map<string, string> } {
  const attributes = new Map<string, string>();
  const element = Object.create(ClearedLandMapElement.prototype) as ClearedLandMapElement & { attributes: Map<string, string> };
  Object.defineProperty(element, 'attributes', { value: attributes });
  element.getAttribute = (name: string) => attributes.get(name) ?? null;
  element.setAttribute = (name: string, value: string) => void attributes.set(name, value);
  element.removeAttribute = (name: string) => void attributes.delete(name);
  return element;
}

describe('custom-elements.json', () => {
  it('lists every attribute the element reads, each with its reflecting property', () => {
    // lang is read through HTMLElement's own `lang` property.
    const read = new Set([...elementSource.matchAll(/getAttribute\('([a-z-]+)'\)/g)].map((match) => match[1]).concat('lang'));
    expect(new Set(element.attributes.map((attribute) => attribute.name))).toEqual(read);
    for (const name of ClearedLandMapElement.observedAttributes) expect(read.has(name) || name === 'lang').toBe(true);
  });

  it('has a property mirroring each attribute: setting it sets the attribute, null removes it', () => {
    for (const { name, fieldName } of element.attributes) {
      if (name === 'lang') continue; // HTMLElement's own reflected property
      const target = elementWithAttributes();
      (target as unknown as Record<string, string | null>)[fieldName] = 'value';
      expect(target.attributes.get(name), fieldName).toBe('value');
      expect((target as unknown as Record<string, string | null>)[fieldName]).toBe('value');
      (target as unknown as Record<string, string | null>)[fieldName] = null;
      expect(target.attributes.has(name), fieldName).toBe(false);
    }
  });

  it('names the events, parts and custom properties the element really has', () => {
    expect(element.tagName).toBe('cleared-land-map');
    expect(element.events.map((event) => event.name).sort()).toEqual(Object.values(EMBED_EVENTS).sort());
    expect(element.cssParts.map((part) => part.name)).toEqual([...EMBED_PARTS]);
    const used = new Set([...`${MAP_STYLESHEET_TEXT}${elementSource}`.matchAll(/var\((--cleared-land-[a-z-]+)/g)].map((match) => match[1]));
    expect(new Set(element.cssProperties.map((property) => property.name))).toEqual(used);
  });
});
