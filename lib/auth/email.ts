import { z } from 'zod';

/** Emails are compared and stored in this form, so "Ada@Example.com " and "ada@example.com" are one account. */
export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, 'An email address has at most 254 characters.')
  .pipe(z.email('Enter a valid email address.'));
