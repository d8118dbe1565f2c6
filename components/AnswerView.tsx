// Renders an answer from the corpus AST with React elements: no HTML strings anywhere,
// because the panel lives inside someone else's page.

import { useRef, type ReactNode } from 'react';
import { browser } from 'wxt/browser';
import type { BlockNode, ImageNode, InlineNode, LinkNode } from '@/lib/corpus';
import { t, uiLanguage } from '@/lib/i18n';
import { safeExternalUrl } from '@/lib/safe-url';

export interface AnswerViewProps {
  body: readonly BlockNode[];
  /** A link to another FAQ entry was followed: the surface decides what that means. */
  onOpenEntry: (id: string) => void;
  /** Address of an entry link, so it can also be opened in a new tab or copied. */
  entryHref?: (id: string) => string;
  /**
   * The entry's language (`en`, `de`; see entryLang), for screen readers and hyphenation:
   * the interface around it may be in another.
   */
  lang?: string;
}

export function AnswerView({ body, onOpenEntry, entryHref, lang }: AnswerViewProps) {
  const ctx: RenderContext = { onOpenEntry, entryHref };
  return (
    <div className="answer" lang={lang}>
      {renderBlocks(body, ctx)}
    </div>
  );
}

interface RenderContext {
  onOpenEntry: (id: string) => void;
  entryHref?: (id: string) => string;
}

function renderBlocks(blocks: readonly BlockNode[], ctx: RenderContext): ReactNode[] {
  return blocks.map((block, i) => {
    switch (block.type) {
      case 'paragraph':
        return <p key={i}>{renderInlines(block.children, ctx)}</p>;
      case 'code':
        return (
          <pre key={i} className="code-block" data-lang={block.lang || undefined}>
            <code>{block.value}</code>
          </pre>
        );
      case 'blockquote':
        return <blockquote key={i}>{renderBlocks(block.children, ctx)}</blockquote>;
      case 'table':
        return (
          <div key={i} className="table-scroll" tabIndex={0}>
            <table>
              <thead>
                <tr>
                  {block.header.map((cell, j) => (
                    <th key={j}>{renderInlines(cell, ctx)}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {block.rows.map((row, r) => (
                  <tr key={r}>
                    {row.map((cell, j) => (
                      <td key={j}>{renderInlines(cell, ctx)}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        );
      case 'image':
        return <Screenshot key={i} image={block} />;
      case 'video':
        return (
          // A bundled recording: it plays only when asked, and has no sound to caption.
          <video key={i} className="recording" src={mediaUrl(block.src)} controls preload="none" title={block.title} />
        );
      case 'list': {
        const items = block.children.map((item, j) => (
          <li key={j}>{renderListItem(item.children, ctx)}</li>
        ));
        return block.ordered ? (
          <ol key={i} start={block.start}>
            {items}
          </ol>
        ) : (
          <ul key={i}>{items}</ul>
        );
      }
    }
  });
}

/** A file the build bundled into the extension (`corpus-media/…`). */
function mediaUrl(path: string): string {
  return browser.runtime.getURL(`/${path}` as '/');
}

/**
 * A screenshot: lazily loaded at its final size (so the page never jumps), click to see it
 * large. A screenshot missing upstream shows its alt text instead of a broken picture.
 */
function Screenshot({ image }: { image: ImageNode }) {
  const dialog = useRef<HTMLDialogElement>(null);
  if (image.src === null) {
    // The alt text often says "Screenshot: …" itself: the notice says it once.
    const what = image.alt.replace(/^\s*(screenshot|image|picture|bildschirmfoto|bild)\s*(of\b|von\b|[:\-–—])?\s*/i, '').trim();
    return <p className="missing-image">{what ? t('answer.screenshotMissing', what) : t('answer.screenshotMissingNoAlt')}</p>;
  }
  const src = mediaUrl(image.src);
  return (
    <figure className="screenshot">
      <button type="button" className="screenshot-button" onClick={() => dialog.current?.showModal()} aria-label={t('answer.enlarge', image.alt)}>
        <img src={src} alt={image.alt} width={image.width} height={image.height} loading="lazy" decoding="async" />
      </button>
      <dialog ref={dialog} className="screenshot-dialog" aria-label={image.alt} onClick={() => dialog.current?.close()}>
        <img src={src} alt={image.alt} width={image.width} height={image.height} />
        <button type="button" className="screenshot-close" lang={uiLanguage()} onClick={() => dialog.current?.close()}>
          {t('common.close')}
        </button>
      </dialog>
    </figure>
  );
}

/** A tight list item holds one paragraph: render its text without a <p>, as markdown does. */
function renderListItem(children: readonly BlockNode[], ctx: RenderContext): ReactNode {
  const [first, ...rest] = children;
  if (first?.type === 'paragraph') {
    return [
      <span key="text">{renderInlines(first.children, ctx)}</span>,
      ...renderBlocks(rest, ctx),
    ];
  }
  return renderBlocks(children, ctx);
}

function renderInlines(nodes: readonly InlineNode[], ctx: RenderContext): ReactNode[] {
  return nodes.map((node, i) => {
    switch (node.type) {
      case 'text':
        return node.value;
      case 'inlineCode':
        return <code key={i}>{node.value}</code>;
      case 'emphasis':
        return <em key={i}>{renderInlines(node.children, ctx)}</em>;
      case 'strong':
        return <strong key={i}>{renderInlines(node.children, ctx)}</strong>;
      case 'delete':
        return <del key={i}>{renderInlines(node.children, ctx)}</del>;
      case 'break':
        return <br key={i} />;
      case 'link':
        return <AnswerLink key={i} link={node} ctx={ctx} />;
    }
  });
}

function AnswerLink({ link, ctx }: { link: LinkNode; ctx: RenderContext }) {
  const label = renderInlines(link.children, ctx);
  if (link.kind === 'entry') {
    const href = ctx.entryHref?.(link.href) ?? `#${link.href}`;
    return (
      <a
        href={href}
        className="entry-link"
        onClick={(event) => {
          // Where the link has a real address (the answer tab), modified clicks keep the
          // browser's meaning (new tab, new window). In the panel it has none: a `#id`
          // would move the host page's own address, so every click stays in the panel.
          const modified = event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey;
          if (modified && ctx.entryHref) return;
          event.preventDefault();
          ctx.onOpenEntry(link.href);
        }}
      >
        {label}
      </a>
    );
  }
  const href = safeExternalUrl(link.href);
  if (href === null) return <span>{label}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" className="external-link">
      {label}
    </a>
  );
}
