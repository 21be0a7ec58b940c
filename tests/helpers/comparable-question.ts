import type { Question } from '../../lib/questions/schema';

/** GIFT carries no option/prompt/choice ids: compare questions, answers included, through their texts. */
export function comparableByText(question: Question) {
  const common = { id: question.id, type: question.type, stem: question.stem, explanation: question.explanation };
  switch (question.type) {
    case 'single':
    case 'multiple': {
      const answer = new Set([question.answer].flat());
      return {
        ...common,
        options: question.options.map((o) => ({
          text: o.text,
          feedback: o.feedback || undefined,
          correct: answer.has(o.id),
          credit: 'credit' in o ? o.credit : undefined,
        })),
      };
    }
    case 'matching': {
      const choiceText = (id: string) => question.choices.find((c) => c.id === id)?.text;
      return {
        ...common,
        prompts: question.prompts.map((p) => ({ text: p.text, match: choiceText(p.match) })),
        choices: question.choices.map((c) => c.text).sort(),
      };
    }
    case 'ordering':
      return { ...common, items: question.items.map((item) => item.text) };
    case 'truefalse':
      return { ...common, answer: question.answer, feedback: question.feedback };
    case 'numeric':
      return { ...common, answer: question.answer };
    case 'text':
      return { ...common, accept: question.accept };
  }
}
