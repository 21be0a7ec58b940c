/** What a new lesson's id starts as, before the author gives it a title. */
export const placeholderLessonId = 'lesson-new';

// Lesson ids are slugs (lowercase letters, digits, hyphens) and appear in every lesson URL.
const maxSlugLength = 60;

/** The id a new lesson gets from its title: "VLANs & Trunks (802.1Q)" → "lesson-vlans-trunks-802-1q". */
export function lessonIdFromTitle(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, maxSlugLength)
    .replace(/^-+|-+$/g, '');
  return slug ? `lesson-${slug}` : placeholderLessonId;
}

/**
 * Whether the id still follows the title: it is the placeholder or what the old title gave. Once
 * the author types an id of their own, a new title leaves it alone.
 */
export function idFollowsTitle(id: string, previousTitle: string): boolean {
  return id === placeholderLessonId || id === '' || id === lessonIdFromTitle(previousTitle);
}
