import type { FieldKeys } from './create-field-lookup.js';

/**
 * The identifier of a zone as text: the id column (mapped, or found under a default alias) when it
 * holds a non-empty string or a finite number, otherwise the Feature's own top-level `id`, otherwise
 * null. Strings are trimmed.
 *
 * @example
 * readZoneId({ task_id: 'T-0042' }, { id: 'task_id' }, 7); // 'T-0042'
 * readZoneId({}, {}, 7); // '7'
 */
export function readZoneId(
  properties: Record<string, unknown>,
  keys: FieldKeys,
  featureId: unknown,
): string | null {
  const fromProperties = keys.id === undefined ? null : idText(properties[keys.id]);
  return fromProperties ?? idText(featureId);
}

function idText(value: unknown): string | null {
  if (typeof value === 'string') {
    const text = value.trim();
    return text === '' ? null : text;
  }
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}
