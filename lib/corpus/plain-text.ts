// An answer's plain text, from its AST: what search indexes and snippets quote. Used at
// build time (checks, tests) and in the browser (the bundles carry only the AST).
// Screenshots and recordings add no words: their alt texts mostly repeat the heading.

import type { BlockNode, InlineNode } from './types';

export function inlinesToText(nodes: ReadonlyArray<InlineNode>): string {
  return nodes
    .map((node) => {
      switch (node.type) {
        case 'text':
        case 'inlineCode':
          return node.value;
        case 'break':
          return '\n';
        default:
          return inlinesToText(node.children);
      }
    })
    .join('');
}

export function blocksToText(blocks: ReadonlyArray<BlockNode>): string {
  return blocks
    .map((block) => {
      switch (block.type) {
        case 'paragraph':
          return inlinesToText(block.children);
        case 'code':
          return block.value;
        case 'blockquote':
          return blocksToText(block.children);
        case 'list':
          return block.children.map((item) => blocksToText(item.children)).join('\n');
        case 'table':
          return [block.header, ...block.rows].map((row) => row.map(inlinesToText).join(' · ')).join('\n');
        case 'image':
        case 'video':
          return '';
      }
    })
    .filter((text) => text !== '')
    .join('\n\n');
}
