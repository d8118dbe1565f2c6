// The index of the whole corpus as a tree: the FAQ's sections and the book's groups as
// headings, entries as links. On the index page, and compact beside an answer.

import { useEffect, useRef } from 'react';
import type { IndexNode } from '@/lib/corpus';

/** The index tree: FAQ sections and the book's groups as headings, entries as links. */
export function SectionIndex({ index, currentId, compact = false }: { index: readonly IndexNode[]; currentId?: string; compact?: boolean }) {
  const root = useRef<HTMLDivElement>(null);
  // Beside a guide far down the index, the index shows where the reader is.
  useEffect(() => {
    if (compact) root.current?.querySelector('[aria-current="page"]')?.scrollIntoView?.({ block: 'center' });
  }, [compact, currentId]);
  return (
    <div ref={root} className={compact ? 'section-index compact' : 'section-index'}>
      {index.map((node, i) => (
        <section key={i} aria-label={compact ? undefined : node.title}>
          <h2 className="section-title">{node.entry ? <a href={`#${node.entry}`}>{node.title}</a> : node.title}</h2>
          <IndexList nodes={node.children} currentId={currentId} />
        </section>
      ))}
    </div>
  );
}

function IndexList({ nodes, currentId }: { nodes: readonly IndexNode[]; currentId?: string }) {
  if (nodes.length === 0) return null;
  return (
    <ul>
      {nodes.map((node, i) => (
        <li key={node.entry ?? `group-${i}`}>
          {node.entry ? (
            <a href={`#${node.entry}`} aria-current={node.entry === currentId ? 'page' : undefined}>
              {node.title}
            </a>
          ) : (
            <span className="index-group">{node.title}</span>
          )}
          <IndexList nodes={node.children} currentId={currentId} />
        </li>
      ))}
    </ul>
  );
}
