import { z } from 'zod';
import { commonFields, localId } from '../../types/fields';
import { textOf, type XmlNode } from './read-xml';

/**
 * What a Netprep export writes in a `<netprep>` element of each question: only the fields Moodle
 * has no place for, so that export then import gives back the same question. Moodle's importer
 * reads the elements it knows and ignores this one. A question carrying it came from Netprep, so
 * its texts that Moodle holds as plain text (matching choices) are read back as our Markdown and
 * its tags are taken as written, without the category.
 */
export const netprepExtension = z.strictObject({
  id: commonFields.id,
  difficulty: commonFields.difficulty.optional(),
  section: commonFields.section,
  objectives: commonFields.objectives,
  /** Exhibits as written: Moodle has nowhere to show them. */
  exhibits: commonFields.exhibits,
  /** single/multiple: option ids in written order, and the ones kept in place when shuffled. */
  options: z.array(localId).optional(),
  pinned: z.array(localId).optional(),
  /** multiple: the correct ids in the order written, when not the options' order. */
  answer: z.array(localId).optional(),
  /** matching: prompt ids in order; choice ids in the order the importer meets their texts, then in our order. */
  prompts: z.array(localId).optional(),
  choicesMet: z.array(localId).optional(),
  choices: z.array(localId).optional(),
  /** ordering: item ids in the correct order. */
  items: z.array(localId).optional(),
  /** numeric: a range as written (Moodle holds it as midpoint ± tolerance, which rounding would change). */
  range: z.strictObject({ min: z.number(), max: z.number() }).optional(),
  /** A frozen variant of a generated entry: the entry itself, validated by the question schema on import. */
  generated: z.record(z.string(), z.unknown()).optional(),
});
export type NetprepExtension = z.infer<typeof netprepExtension>;

export function readExtension(node: XmlNode): { extension?: NetprepExtension } | { error: string } {
  const raw = textOf(node, 'netprep');
  if (raw === undefined) return {};
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { error: 'its <netprep> element is not JSON' };
  }
  const parsed = netprepExtension.safeParse(json);
  if (!parsed.success)
    return { error: `its <netprep> element is invalid: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'value'} ${i.message}`).join('; ')}` };
  return { extension: parsed.data };
}
