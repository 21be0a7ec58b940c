import { describe, expect, it } from 'vitest';
import type { Launch } from '../../lib/lti/claims';
import { launchTarget } from '../../lib/lti/complete-launch';
import { scoresUrl } from '../../lib/lti/deliver-score';
import { gradedActivity } from '../../lib/lti/grade-links';
import { hasCookie, stateCookie } from '../../lib/lti/login';

const origin = 'https://netprep.example.edu';
const launchTo = (targetLinkUri: string | null) => ({ targetLinkUri }) as Launch;

describe('where a launch lands', () => {
  it('opens a page of this site named by the link, keeping its query', () => {
    expect(launchTarget(launchTo(`${origin}/lessons/lesson-a?x=1`), origin, 'ccna')).toBe('/lessons/lesson-a?x=1');
  });

  it('opens the course page for the tool URL itself, another site, an API route, or no usable URL', () => {
    for (const target of [`${origin}/`, 'https://evil.example/phish', `${origin}/api/lti/jwks`, 'not a url', null]) {
      expect(launchTarget(launchTo(target), origin, 'ccna-200-301')).toBe('/courses/ccna-200-301');
    }
  });
});

describe('graded activities', () => {
  it('are the exam, practice and a lesson quiz; other pages have nothing to grade', () => {
    expect(gradedActivity('/exam')).toEqual({ kind: 'EXAM', lessonId: null });
    expect(gradedActivity('/practice?domain=2')).toEqual({ kind: 'PRACTICE', lessonId: null });
    expect(gradedActivity('/lessons/lesson-001%20x')).toEqual({ kind: 'LESSON', lessonId: 'lesson-001 x' });
    expect(gradedActivity('/courses/ccna')).toBeNull();
    expect(gradedActivity('/lessons/a/b')).toBeNull();
  });
});

describe('AGS score URL', () => {
  it('appends /scores to the line item path and keeps its query (Moodle puts the type id there)', () => {
    expect(scoresUrl('https://moodle.example.edu/mod/lti/services.php/2/lineitems/7/lineitem?type_id=3')).toBe(
      'https://moodle.example.edu/mod/lti/services.php/2/lineitems/7/lineitem/scores?type_id=3',
    );
    expect(scoresUrl('https://canvas.example.edu/api/lti/courses/1/line_items/5/')).toBe('https://canvas.example.edu/api/lti/courses/1/line_items/5/scores');
  });
});

describe('state cookie lookup', () => {
  it('matches the name exactly, not a prefix', () => {
    expect(hasCookie('a=1; netprep-lti-state-abc=1', 'netprep-lti-state-abc')).toBe(true);
    expect(hasCookie('netprep-lti-state-abcd=1', 'netprep-lti-state-abc')).toBe(false);
    expect(hasCookie(null, 'netprep-lti-state-abc')).toBe(false);
  });
});

describe('LTI cookies', () => {
  it('cross sites (SameSite=None; Secure) on https, where browsers allow it, and stay Lax on plain http', () => {
    expect(stateCookie('s1', 'https://netprep.example.edu', 600)).toBe('netprep-lti-state-s1=1; Path=/api/lti; Max-Age=600; HttpOnly; SameSite=None; Secure');
    expect(stateCookie('s1', 'http://localhost:3000', 0)).toBe('netprep-lti-state-s1=; Path=/api/lti; Max-Age=0; HttpOnly; SameSite=Lax');
  });
});
