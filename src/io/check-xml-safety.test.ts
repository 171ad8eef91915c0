import { describe, expect, test } from 'vitest';
import { checkXmlSafety } from './check-xml-safety.js';

describe('checkXmlSafety', () => {
  test('refuses entity declarations, internal and external', () => {
    expect(checkXmlSafety('<!DOCTYPE kml [<!ENTITY a "lol">]><kml/>', 100)).toMatch(/^declares XML entities/);
    expect(checkXmlSafety('<!DOCTYPE gpx [<!ENTITY x SYSTEM "file:///etc/passwd">]><gpx/>', 100)).toMatch(/read files from this computer/);
  });

  test('counts element depth, not comments, CDATA, declarations or self-closing elements', () => {
    const kml = '<?xml version="1.0"?><kml><Document><!-- <a><b><c> --><Placemark><name><![CDATA[<x><y>]]></name><Point/></Placemark></Document></kml>';
    expect(checkXmlSafety(kml, 4)).toBeNull();
    expect(() => checkXmlSafety(kml, 3)).toThrow('XML elements nested more than 3 levels deep');
    expect(() => checkXmlSafety(`<kml>${'<Folder>'.repeat(200_000)}`, 100)).toThrow('more than 100 levels');
  });
});
