import type { Paragraph, PhrasingContent, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { compileState } from './compile-state';

const label = 'Next Lesson:';

function startsWithLabel(node: Paragraph): boolean {
  const first = node.children[0];
  return first?.type === 'strong' && toString(first).trim() === label;
}

/**
 * Marks the closing "**Next Lesson:** …" paragraph. Only the compiler's caller knows which lesson
 * really comes next (order can change without the text changing), so the link is added from options.
 */
export default function remarkNextLesson() {
  return (tree: Root, file: { data: Record<string, unknown> }) => {
    const { nextLesson } = compileState(file);
    let last: Paragraph | undefined;
    visit(tree, 'paragraph', (node) => {
      if (startsWithLabel(node)) last = node;
    });
    if (!last) return;

    last.data = { ...last.data, hProperties: { ...last.data?.hProperties, className: ['next-lesson'] } };
    if (!nextLesson) return;
    const [strong, ...rest] = last.children;
    const first = rest[0];
    if (first?.type === 'text') rest[0] = { ...first, value: first.value.replace(/^\s+/, '') };
    const hasText = rest.some((child) => toString(child).trim() !== '');
    const linkChildren: PhrasingContent[] = hasText ? rest : [{ type: 'text', value: nextLesson.title }];
    last.children = [strong, { type: 'text', value: ' ' }, { type: 'link', url: `/lessons/${nextLesson.id}`, children: linkChildren }];
  };
}
