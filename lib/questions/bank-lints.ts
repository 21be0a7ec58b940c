import type { Question } from './schema';

/** Above this share of choice questions whose right option is the longest, length gives answers away. */
export const longestAnswerLimit = 0.35;
/** Fewer choice questions than this say nothing about a habit; chance alone can exceed the limit. */
const minimumForLengthCue = 4;

/** `index` is the question's position in the bank; null for a habit of the whole bank. */
export type BankLint = { index: number | null; path: PropertyKey[]; message: string };

type ChoiceQuestion = Extract<Question, { type: 'single' | 'multiple' }>;

const isChoice = (q: Question): q is ChoiceQuestion => q.type === 'single' || q.type === 'multiple';
const correctIds = (q: ChoiceQuestion) => new Set(q.type === 'single' ? [q.answer] : q.answer);

/**
 * How far a right option outruns every wrong one, in characters, when a right option is the one
 * strictly longest option; null otherwise.
 */
export function longestAnswerMargin(q: ChoiceQuestion): number | null {
  const right = correctIds(q);
  const lengths = q.options.map((o) => ({ right: right.has(o.id), length: o.text.trim().length }));
  const longest = Math.max(...lengths.map((l) => l.length));
  const atLongest = lengths.filter((l) => l.length === longest);
  if (atLongest.length !== 1 || !atLongest[0].right) return null;
  const longestWrong = Math.max(0, ...lengths.filter((l) => !l.right).map((l) => l.length));
  return longest - longestWrong;
}

/**
 * Words that let a test-wise learner strike an option without knowing the topic. Flagged on a
 * wrong option only when no right option uses one too, since then the word itself is the tell.
 */
const absolutes = /\b(always|never|guaranteed|guarantees|impossible|under no circumstances|in every case|in all cases)\b/i;

/** Habits of a whole bank that give answers away: warnings, for the author to fix. */
export function bankLints(questions: Question[]): BankLint[] {
  const lints: BankLint[] = [];
  const choices = questions
    .map((question, index) => ({ question, index }))
    .filter((c): c is { question: ChoiceQuestion; index: number } => isChoice(c.question));

  const cued = choices.flatMap(({ question, index }) => {
    const margin = longestAnswerMargin(question);
    return margin === null ? [] : [{ id: question.id, index, margin }];
  });
  if (choices.length >= minimumForLengthCue && cued.length / choices.length > longestAnswerLimit) {
    const worst = [...cued].sort((a, b) => b.margin - a.margin).slice(0, 5);
    lints.push({
      index: null,
      path: [],
      message:
        `the right option is the longest in ${cued.length} of ${choices.length} single/multiple questions ` +
        `(${Math.round((100 * cued.length) / choices.length)} %, more than ${longestAnswerLimit * 100} %), so length gives answers away; ` +
        `worst: ${worst.map((w) => `${w.id} (+${w.margin} characters)`).join(', ')}`,
    });
  }

  for (const { question, index } of choices) {
    const right = correctIds(question);
    if (question.options.some((o) => right.has(o.id) && absolutes.test(o.text))) continue;
    question.options.forEach((option, position) => {
      // Inside inline code the word is a command or keyword (`power inline never`), not a claim.
      const word = right.has(option.id) ? null : absolutes.exec(option.text.replace(/`[^`]*`/g, ''))?.[0];
      if (word)
        lints.push({
          index,
          path: ['options', position, 'text'],
          message: `option ${option.id} says "${word}", which lets a learner rule it out by wording alone; no right option uses such a word`,
        });
    });
  }
  return lints;
}
