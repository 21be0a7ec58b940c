import { z } from 'zod';
import { generators, type GeneratorName } from '.';

/** One control of a generator's params form, read off the generator's own zod schema. */
export type ParamField =
  | { kind: 'range'; key: string; min: number; max: number; defaultValue: [number, number] }
  | { kind: 'choices'; key: string; options: Array<string | number>; defaultValue: Array<string | number> };

type JsonSchema = {
  type?: string;
  default?: unknown;
  prefixItems?: JsonSchema[];
  items?: JsonSchema | false;
  minimum?: number;
  maximum?: number;
  enum?: Array<string | number>;
  anyOf?: JsonSchema[];
  const?: string | number;
  properties?: Record<string, JsonSchema>;
};

/**
 * Reads the form from the schema rather than keeping a second description of each generator's
 * params, so the form cannot drift from what `content:check` accepts. Generators use two shapes
 * of param: a [from, to] range of integers, and a list picked from fixed values.
 */
export function paramFields(name: GeneratorName): ParamField[] {
  const schema = z.toJSONSchema(generators[name].params as z.ZodType, { io: 'input' }) as JsonSchema;
  return Object.entries(schema.properties ?? {}).map(([key, property]) => fieldOf(name, key, property));
}

function fieldOf(name: string, key: string, property: JsonSchema): ParamField {
  const [from, to] = property.prefixItems ?? [];
  if (from?.type === 'integer' && to && from.minimum !== undefined && from.maximum !== undefined) {
    return { kind: 'range', key, min: from.minimum, max: from.maximum, defaultValue: property.default as [number, number] };
  }
  const items = property.items;
  const options = items ? (items.enum ?? items.anyOf?.map((choice) => choice.const)) : undefined;
  if (options?.every((option) => option !== undefined)) {
    return { kind: 'choices', key, options: options as Array<string | number>, defaultValue: property.default as Array<string | number> };
  }
  throw new Error(`The params form cannot show ${name}.${key}: it is neither a [from, to] range nor a list of fixed values.`);
}

/** "first-host" → "First host", for labels. */
export const paramLabel = (value: string | number) => {
  const text = String(value).replace(/-/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
};
