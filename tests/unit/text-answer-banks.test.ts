import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../lib/content/sync';
import { gradeText } from '../../lib/questions/types/text/grade';
import type { TextQuestion } from '../../lib/questions/types/text/schema';

// The five text answers an independent review found rejecting valid forms, graded against the real banks.
const misses: Array<[string, string[]]> = [
  ['l04-default-bridge-name', ['docker0 bridge', 'docker0-bridge', 'Docker0 Bridge.']],
  ['l05-downtime-target-term', ['recovery time objective (RTO)', 'Recovery-Time Objective', 'RTO (Recovery Time Objective)']],
  ['l07-azure-vpc-name', ['Virtual Network (VNet)', 'virtual-network', 'V-Net']],
  ['l02-esxi-kernel-name', ['VM-kernel', 'VMkernel', 'vm kernel']],
  ['l06-service-chaining-term', ['service function chain', 'Service-Function Chaining (SFC)', 'service chaining']],
];

describe('text answers in the course banks', async () => {
  const { questions } = await checkContent(path.resolve('content'));
  const byId = new Map(questions.map((q) => [q.question.id, q.question]));

  it.each(misses)('%s accepts the forms it used to reject', (id, forms) => {
    const question = byId.get(id) as TextQuestion;
    expect(question.type).toBe('text');
    for (const form of forms) expect(gradeText(question, { type: 'text', text: form }).correct, form).toBe(true);
  });
});
