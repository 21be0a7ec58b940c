/**
 * The page's Content-Security-Policy. Scripts run only with this response's nonce (Next.js puts it
 * on its own scripts; `strict-dynamic` lets those load their chunks), so injected markup cannot run
 * script even if sanitizing ever missed something. Styles allow inline attributes: charts and the
 * Markdown editor set them at run time, and a style attribute cannot run script.
 */
export function contentSecurityPolicy(nonce: string, { development, frameAncestors }: { development: boolean; frameAncestors: string[] }): string {
  const directives = [
    "default-src 'self'",
    // Next's development server evaluates code for hot reloading; production never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    // Nobody may frame the app unless listed (an LMS embedding it over LTI will be).
    `frame-ancestors ${frameAncestors.length ? frameAncestors.join(' ') : "'none'"}`,
  ];
  return directives.join('; ');
}

export function newNonce(): string {
  return btoa(crypto.randomUUID());
}
