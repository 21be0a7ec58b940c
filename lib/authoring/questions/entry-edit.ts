import { letterId } from '../../questions/formats/slug';
import type { QuestionType } from '../../questions/schema';
import { commonFields } from '../../questions/types/fields';
import { questionModules } from '../../questions/types/registry';

/**
 * A question entry while it is being edited: the shape of a .questions.yaml entry, but possibly
 * incomplete or wrong (checkEntry says what is wrong). Unknown keys are kept so the YAML tab and
 * the form never silently drop what an author typed.
 */
export type Entry = Record<string, unknown> & { type?: unknown };
export type Choice = { id: string; text: string; pinned?: boolean; feedback?: string; match?: string; credit?: number };

export function asEntry(raw: unknown): Entry {
  return raw && typeof raw === 'object' && !Array.isArray(raw) ? { ...(raw as Entry) } : {};
}

/** Sets a field; an empty value removes an optional key instead of storing "" that would fail as a slug. */
export function withField(entry: Entry, key: string, value: unknown): Entry {
  const next = { ...entry };
  if (value === '' || value === undefined || (Array.isArray(value) && value.length === 0)) delete next[key];
  else next[key] = value;
  return next;
}

export function listOf(entry: Entry, key: string): Choice[] {
  const value = entry[key];
  return Array.isArray(value) ? value.map((v) => ({ ...(v as Choice) })) : [];
}

export function stringsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

/** The first of a, b, c… (or i1, i2… with a prefix) not used in the list. */
export function freeId(list: Array<{ id: string }>, prefix = ''): string {
  const used = new Set(list.map((c) => c.id));
  for (let i = 0; ; i++) {
    const id = prefix ? `${prefix}${i + 1}` : letterId(i);
    if (!used.has(id)) return id;
  }
}

/** After ids were edited in place, the answer ids follow their options. */
export function followIds(answer: unknown, before: Array<{ id: string }>, after: Array<{ id: string }>): unknown {
  if (before.length !== after.length) return answer;
  const renamed = new Map<string, string>();
  // Only an id that is gone was renamed; a typo that briefly duplicates another id must not move the answer.
  before.forEach((b, i) => {
    if (b.id !== after[i].id && !after.some((a) => a.id === b.id)) renamed.set(b.id, after[i].id);
  });
  if (typeof answer === 'string') return renamed.get(answer) ?? answer;
  return Array.isArray(answer) ? answer.map((a) => renamed.get(String(a)) ?? a) : answer;
}

export function move<T>(list: T[], from: number, to: number): T[] {
  if (to < 0 || to >= list.length) return list;
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item);
  return next;
}

// Every key some type defines beyond the shared ones: what a type switch replaces.
const answerKeys = new Set(
  Object.values(questionModules)
    .flatMap((m) => Object.keys(m.definition.shape))
    .filter((key) => key !== 'type' && !(key in commonFields)),
);

/**
 * Switches the type, carrying over what still makes sense (options between single and
 * multiple-select, texts of options into ordering items) and starting the rest blank.
 */
export function withType(entry: Entry, type: QuestionType): Entry {
  const base: Entry = Object.fromEntries(Object.entries(entry).filter(([key]) => !answerKeys.has(key)));
  const options = listOf(entry, 'options').length ? listOf(entry, 'options') : listOf(entry, 'items');
  const answers = Array.isArray(entry.answer) ? stringsOf(entry.answer) : typeof entry.answer === 'string' ? [entry.answer] : [];
  return { ...base, type, ...questionModules[type].blank({ options, answers }) };
}
