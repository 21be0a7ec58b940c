/** Keys 1–9 and A–I pick the option at that position (0-based); anything else is not a shortcut. */
export function optionKeyIndex(key: string): number | null {
  if (/^[1-9]$/.test(key)) return Number(key) - 1;
  if (/^[a-i]$/i.test(key)) return key.toLowerCase().charCodeAt(0) - 97;
  return null;
}

/** True/false: T or 1 is "True" (index 0), F or 2 is "False" (index 1). */
export function trueFalseKeyIndex(key: string): number | null {
  const k = key.toLowerCase();
  if (k === 't' || k === '1') return 0;
  if (k === 'f' || k === '2') return 1;
  return null;
}

/** "Press 1–4 or A–D to choose.", or null when there is nothing to choose between. */
export function optionShortcutText(count: number, action: string): string | null {
  const keys = Math.min(count, 9);
  return keys < 2 ? null : `Press 1–${keys} or A–${optionLetter(keys - 1)} to ${action}.`;
}

/** The letter shown next to the option at `index` ("A" for 0). */
export function optionLetter(index: number): string {
  return String.fromCharCode(65 + index);
}

type KeyTarget = { tagName?: string; type?: string; isContentEditable?: boolean } | null;

// Choice controls (radio, checkbox, button) do not take typed text, so a shortcut pressed while
// one of them has focus is meant for the question; text fields and selects do take it.
const choiceInputTypes = new Set(['radio', 'checkbox', 'button', 'submit', 'reset']);

/** Whether a key press lands somewhere the learner is typing, where a shortcut must not fire. */
export function isTypingTarget(target: KeyTarget): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName?.toLowerCase();
  if (tag === 'textarea' || tag === 'select') return true;
  return tag === 'input' && !choiceInputTypes.has((target.type ?? 'text').toLowerCase());
}

type KeyPress = { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean; repeat: boolean; defaultPrevented: boolean };

/** A plain, first press of a key: modifiers are other commands' business and auto-repeat would toggle back and forth. */
export function isPlainKeyPress(event: KeyPress): boolean {
  return !event.ctrlKey && !event.metaKey && !event.altKey && !event.shiftKey && !event.repeat && !event.defaultPrevented;
}
