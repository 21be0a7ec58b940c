import { describe, expect, it } from 'vitest';
import { idFollowsTitle, lessonIdFromTitle, placeholderLessonId } from '@/lib/authoring/lesson-id';
import { lessonFrontmatterSchema } from '@/lib/content/lesson-schema';

describe('a new lesson’s id from its title', () => {
  it('makes a slug the lesson schema accepts', () => {
    expect(lessonIdFromTitle('VLANs & Trunks (802.1Q)')).toBe('lesson-vlans-trunks-802-1q');
    expect(lessonIdFromTitle('  Réseaux à commutation — Überblick ')).toBe('lesson-reseaux-a-commutation-uberblick');
    expect(lessonIdFromTitle('!!!')).toBe(placeholderLessonId);
    const long = lessonIdFromTitle('a'.repeat(59) + ' b');
    expect(long).toBe(`lesson-${'a'.repeat(59)}`);
    for (const title of ['VLANs & Trunks (802.1Q)', 'IPv6: EUI-64', 'x'.repeat(300)]) {
      const id = lessonIdFromTitle(title);
      expect(lessonFrontmatterSchema.shape.id.safeParse(id).success, id).toBe(true);
    }
  });

  it('follows the title until the author types an id of their own', () => {
    expect(idFollowsTitle(placeholderLessonId, 'New lesson')).toBe(true);
    expect(idFollowsTitle('lesson-vlans', 'VLANs')).toBe(true);
    expect(idFollowsTitle('lesson-012-vlans', 'VLANs')).toBe(false);
  });
});
