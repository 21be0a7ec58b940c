import { describe, expect, it } from 'vitest';
import { answerKeys, normalizeText } from '@/lib/questions/grading';
import { questionSchema } from '@/lib/questions/schema';
import { grade, text } from './fixtures';

const answerText = (value: string) => grade(text, { type: 'text', text: value });

describe('text', () => {
  it('matches any accepted answer ignoring case, surrounding and repeated whitespace', () => {
    expect(answerText('stp')).toMatchObject({ correct: true, score: 1, partial: 1 });
    expect(answerText('  spanning \t tree\nPROTOCOL ')).toMatchObject({ correct: true });
    expect(answerText('spanning tree')).toMatchObject({ correct: false, score: 0, partial: 0 });
  });

  it('ignores one trailing period', () => {
    expect(answerText('STP.')).toMatchObject({ correct: true });
    expect(answerText('STP .')).toMatchObject({ correct: true });
    expect(answerText('STP..')).toMatchObject({ correct: false });
  });

  it('normalizes unicode compatibility forms and unicode spaces', () => {
    expect(answerText('ＳＴＰ')).toMatchObject({ correct: true });
    expect(answerText('Spanning\u00a0Tree\u3000Protocol')).toMatchObject({ correct: true });
    expect(normalizeText('ﬁ  Straße ')).toBe('fi straße');
  });

  it('never accepts an empty answer', () => {
    const dot = questionSchema.parse({ ...text, accept: ['.'] });
    expect(grade(dot, { type: 'text', text: '' })).toMatchObject({ correct: false });
    expect(answerText('   ')).toMatchObject({ correct: false });
  });
});

describe('text: hyphens, brackets and restating parentheses', () => {
  const accepting =
    (...accept: string[]) =>
    (value: string) =>
      grade(questionSchema.parse({ ...text, accept }), { type: 'text', text: value }).correct;

  // The misses an independent review found, each against the form a bank would list first.
  it('accepts the known misses: l04-default-bridge-name, l05-downtime-target-term, l07-azure-vpc-name, l02-esxi-kernel-name, l06-service-chaining-term', () => {
    expect(accepting('docker0 bridge')('docker0-bridge')).toBe(true);
    expect(accepting('recovery time objective')('Recovery Time Objective (RTO)')).toBe(true);
    expect(accepting('RTO')('RTO (recovery time objective)')).toBe(true);
    expect(accepting('virtual network')('Virtual Network (VNet)')).toBe(true);
    expect(accepting('VMkernel')('VM-kernel')).toBe(true);
    expect(accepting('service function chain')('Service-Function Chain (SFC)')).toBe(true);
    expect(accepting('spanning tree protocol')('spanning-tree protocol')).toBe(true);
    expect(accepting('docker0 bridge')('[docker0] bridge')).toBe(true);
  });

  it('keeps distinct answers apart', () => {
    // A different term, or its acronym, is still wrong.
    expect(accepting('recovery time objective')('recovery point objective (RPO)')).toBe(false);
    expect(accepting('recovery time objective')('RTO')).toBe(false);
    // A parenthesis that does not abbreviate the words before it is part of the answer.
    expect(accepting('WPA2')('WPA2 (PSK)')).toBe(false);
    expect(accepting('WPA2-PSK')('WPA2 (Enterprise)')).toBe(false);
    expect(accepting('WPA2-PSK')('WPA2 (PSK)')).toBe(true);
    // Hyphens between digits are ranges or signs; spaces are never dropped.
    expect(accepting('1020')('10-20')).toBe(false);
    expect(accepting('1')('-1')).toBe(false);
    expect(accepting('show ip route')('showiproute')).toBe(false);
    expect(accepting('VMkernel')('VM kernel')).toBe(false);
    expect(accepting('docker0')('docker')).toBe(false);
  });
});

describe('text item-analysis key', () => {
  it('is the answer as grading compares it, so spellings the grader treats alike count as one', () => {
    expect(answerKeys({ type: 'text', text: '  Spanning \t TREE\u00a0protocol. ' })).toEqual(['spanning tree protocol']);
    expect(answerKeys({ type: 'text', text: 'ＳＴＰ' })).toEqual(['stp']);
    expect(answerKeys({ type: 'text', text: 'Recovery-Time Objective (RTO)' })).toEqual(['recovery time objective']);
    expect(answerKeys({ type: 'text', text: 'docker0-bridge' })).toEqual(answerKeys({ type: 'text', text: 'docker0 bridge' }));
  });
});
