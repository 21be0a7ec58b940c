import { describe, expect, it } from 'vitest';
import { generatorNames, generators } from '../../../lib/questions/generators';
import { paramFields } from '../../../lib/questions/generators/param-fields';

describe('params form read off each generator schema', () => {
  it('shows every param of every generator, with defaults its schema accepts', () => {
    for (const name of generatorNames) {
      const fields = paramFields(name);
      const schemaKeys = Object.keys((generators[name].params as unknown as { shape: object }).shape);
      expect(fields.map((f) => f.key)).toEqual(schemaKeys);
      const defaults = Object.fromEntries(fields.map((f) => [f.key, f.defaultValue]));
      expect(generators[name].params.safeParse(defaults).success, name).toBe(true);
    }
  });

  it('turns a [from, to] tuple into a bounded range and a list of fixed values into choices', () => {
    expect(paramFields('ipv4-subnet-facts')).toEqual([
      { kind: 'range', key: 'prefix', min: 8, max: 32, defaultValue: [8, 32] },
      {
        kind: 'choices',
        key: 'ask',
        options: ['network', 'broadcast', 'first-host', 'last-host', 'usable-hosts', 'mask', 'prefix', 'which-subnet'],
        defaultValue: ['network', 'broadcast', 'first-host', 'last-host', 'usable-hosts', 'mask', 'prefix', 'which-subnet'],
      },
    ]);
    expect(paramFields('number-conversion')[0]).toEqual({ kind: 'choices', key: 'bits', options: [8, 16], defaultValue: [8, 16] });
  });
});
