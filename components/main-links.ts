/** The site's main sections, in the header on wider screens and in the phone menu. */
export const mainLinks = [
  { href: '/', label: 'Courses' },
  { href: '/dashboard', label: 'Dashboard' },
  { href: '/review', label: 'Review' },
  { href: '/practice', label: 'Practice' },
  { href: '/drill', label: 'Drill' },
  { href: '/exam', label: 'Exam' },
] as const;
