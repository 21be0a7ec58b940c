import { describe, expect, it } from 'vitest';
import { checkEntry } from '../../lib/authoring/questions/check-entry';
import type { EditorContext } from '../../lib/authoring/questions/editor-context';
import { followIds, freeId, withField, withType } from '../../lib/authoring/questions/entry-edit';
import { yamlToEntry } from '../../components/authoring/questions/entry-yaml';

// Pure helpers of the browser editor; kept next to the authoring tests they serve.
const context: EditorContext = {
  lessonId: 'lesson-x',
  lessonTitle: 'X',
  headingIds: ['intro'],
  sections: [{ id: 'intro', text: 'Intro' }],
  objectiveCodes: { 'ccna-200-301': ['1.12'] },
  lessonObjectives: { 'ccna-200-301': ['1.12'] },
};

describe('question editor helpers', () => {
  it('checks an entry with the schema, the rules and the lesson, keyed by field path', () => {
    const entry = {
      id: 'q-1',
      type: 'single',
      stem: 'S',
      explanation: 'E',
      section: 'outro',
      objectives: { 'ccna-200-301': ['9.9'] },
      options: [
        { id: 'a', text: 'A' },
        { id: 'a', text: 'B' },
      ],
      answer: 'a',
    };
    expect(checkEntry(entry, context).errors).toEqual({
      'options.1.id': ['duplicate id "a"'],
      section: ['lesson lesson-x has no heading #outro'],
      'objectives.ccna-200-301': ['course ccna-200-301 has no objective or sub-objective 9.9'],
    });
    expect(
      checkEntry(
        {
          ...entry,
          section: 'intro',
          objectives: undefined,
          options: [
            { id: 'a', text: 'A' },
            { id: 'b', text: 'B' },
          ],
        },
        context,
      ).question?.id,
    ).toBe('q-1');
  });

  it('keeps the answer on its option when an id is renamed, but not through a momentary duplicate', () => {
    expect(followIds('a', [{ id: 'a' }, { id: 'b' }], [{ id: 'x' }, { id: 'b' }])).toBe('x');
    expect(followIds('a', [{ id: 'a' }, { id: 'a' }], [{ id: 'a' }, { id: 'b' }])).toBe('a');
    expect(followIds(['a', 'b'], [{ id: 'a' }, { id: 'b' }], [{ id: 'a' }, { id: 'c' }])).toEqual(['a', 'c']);
  });

  it('changes type carrying options over, and drops empty optional fields', () => {
    const single = {
      id: 'q',
      type: 'single',
      stem: 'S',
      explanation: 'E',
      options: [
        { id: 'a', text: '1' },
        { id: 'b', text: '2' },
        { id: 'c', text: '3' },
      ],
      answer: 'b',
    };
    expect(withType(single, 'multiple')).toMatchObject({ type: 'multiple', options: single.options, answer: ['b'] });
    expect(withType(single, 'ordering')).toMatchObject({
      items: [
        { id: 'a', text: '1' },
        { id: 'b', text: '2' },
        { id: 'c', text: '3' },
      ],
    });
    expect(withType(single, 'truefalse')).toEqual({ id: 'q', type: 'truefalse', stem: 'S', explanation: 'E', answer: true });
    expect(withField({ section: 'intro', tags: ['x'] }, 'section', '')).toEqual({ tags: ['x'] });
    expect(withField({ tags: ['x'] }, 'tags', [])).toEqual({});
    expect(freeId([{ id: 'a' }, { id: 'c' }])).toBe('b');
    expect(freeId([{ id: 'i1' }], 'i')).toBe('i2');
  });

  it('reads the YAML tab with each problem at its line', () => {
    const read = yamlToEntry('id: q\ntype: truefalse\nstem: S\nanswer: maybe\nexplanation: E\n', (entry) => checkEntry(entry, context).errors ?? {});
    expect(read.problems).toEqual([{ line: 4, field: 'answer', message: expect.stringContaining('boolean') }]);
    expect(yamlToEntry('id: [', () => ({})).entry).toBeNull();
  });
});
