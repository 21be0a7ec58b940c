import type { MoodleFormat } from './moodle-text';
import type { NetprepExtension } from './netprep-extension';
import type { XmlNode } from './read-xml';

/** What a type reader gets besides the question element. */
export type ReadContext = {
  /** Set when the question came from a Netprep export. */
  extension?: NetprepExtension;
  /** The question text's format, Moodle's default for its answers and feedback. */
  format: MoodleFormat;
  /** A text element as our Markdown; embedded images are reported as losses. */
  text: (element: XmlNode | undefined) => string;
  loss: (feature: string, reason: string) => void;
};

export type Base = { id: string; stem: string; tags: string[] };
/** A native draft without its explanation, validated by addDraft; or why the question is skipped; or an error. */
export type TypeRead = { draft: Base & { type: string } & Record<string, unknown> } | { skip: string } | { error: string };
export type TypeReader = (node: XmlNode, base: Base, context: ReadContext) => TypeRead;

/** Moodle writes fractions as percentages ("33.33333", "-50"); an absent one is 0. */
export function fraction(value: string | undefined): number {
  const number = Number(value ?? 0);
  return Number.isFinite(number) ? number : 0;
}

/** Moodle's booleans in XML: "true"/"false", "1"/"0". */
export function flag(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  const text = value.trim().toLowerCase();
  return text === 'true' || text === '1';
}

/** Equal within Moodle's five decimals. */
export function near(a: number, b: number): boolean {
  return Math.abs(a - b) < 0.001;
}

/** Ids from the extension when it lists exactly as many, else the generated ones. */
export function idsOr(written: string[] | undefined, count: number, make: (index: number) => string): string[] {
  return written && written.length === count ? written : Array.from({ length: count }, (_, i) => make(i));
}

export const percent = (value: number) => `${Number(value.toFixed(5))}%`;
