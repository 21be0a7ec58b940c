// commonmark-spec ships no types: the examples it extracts from spec.txt.
declare module 'commonmark-spec' {
  const spec: { text: string; tests: Array<{ markdown: string; html: string; section: string; number: number }> };
  export default spec;
}
