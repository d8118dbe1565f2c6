// Where a result lives, drawn the same on every surface (lib/hit-location.ts works it out):
// the heading of a group of results (a guide page, or an FAQ section), and under each
// result's title the headings between that page and it. A row also carries its page's name,
// unseen, so a screen reader reads "Export, Export and Import E2E Room Keys › Element iOS",
// never just "Export".

import type { ReactNode } from 'react';
import type { FaqEntry } from '@/lib/corpus';
import { entryLang } from '@/lib/corpus/entry-info';
import { locate, type HitGroup, type PageLookup, type ResultGroup } from '@/lib/hit-location';
import { t, uiLanguage } from '@/lib/i18n';
import { Highlight, type Range } from '../Highlight';
import './results.css';

const SEPARATOR = ' › ';

function kindWord(group: HitGroup): string {
  return group.kind === 'faq' ? t('common.faq') : t('common.guide');
}

const languageNames = new Map<string, string>();

/**
 * A language's name in the interface's language ("de": "German", "Deutsch"). Looked up once
 * per pair: a group heading is drawn again at every keystroke.
 */
function languageName(lang: string): string {
  const key = `${uiLanguage()}:${lang}`;
  let name = languageNames.get(key);
  if (name === undefined) {
    try {
      name = new Intl.DisplayNames([uiLanguage()], { type: 'language' }).of(lang) ?? lang;
    } catch {
      name = lang;
    }
    languageNames.set(key, name);
  }
  return name;
}

/**
 * Whether `entry` is its group's own guide page. Under a heading that already names the page,
 * its row reads "Overview" rather than the page's title a second time.
 */
export const isGroupPage = (group: HitGroup, entry: FaqEntry) => entry.kind === 'guide' && group.key === `page:${entry.id}`;

/** Such a row's title: "Overview", followed, unseen, by the page's own title for a screen reader (and a search in the page). */
function OverviewTitle({ entry }: { entry: FaqEntry }) {
  return (
    <>
      {t('search.pageOverview')}
      <span className="visually-hidden" lang={entry.lang ?? 'en'}>{`: ${entry.title}`}</span>
    </>
  );
}

/**
 * A result row's title, on every surface: "Overview" for its group's own page (`overview`,
 * isGroupPage), else the entry's title with the query's words marked (`ranges`).
 */
export function RowTitle({ entry, ranges, overview }: { entry: FaqEntry; ranges: readonly Range[]; overview: boolean }) {
  return overview ? <OverviewTitle entry={entry} /> : <Highlight text={entry.title} ranges={ranges} />;
}

/** The language of the element that holds a RowTitle: the entry's, or none for "Overview", the interface's own word. */
export const rowTitleLang = (entry: FaqEntry, overview: boolean): string | undefined => (overview ? undefined : entryLang(entry));

/** The group's name as a line of text: "Export and Import E2E Room Keys", "FAQ › Pricing & Payments". */
export function groupName(group: HitGroup): string {
  return group.kind === 'faq' ? [kindWord(group), group.title].filter(Boolean).join(SEPARATOR) : group.title;
}

/** A group's heading: what it is (FAQ or Guide), its name, and where it stands (muted). */
export function GroupHeading({ group, id, level }: { group: HitGroup; id: string; level?: 2 | 3 | 4 }) {
  const Tag = level ? (`h${level}` as const) : 'p';
  return (
    <Tag id={id} className="hit-group-heading">
      <span className={`hit-group-kind hit-group-kind-${group.kind}`} lang={uiLanguage()}>
        {kindWord(group)}
      </span>{' '}
      {group.title ? (
        <span className="hit-group-title" lang={group.lang ?? 'en'}>
          {group.title}
        </span>
      ) : null}{' '}
      {group.lang ? (
        // A page in another language stands in the book's "Non-English" section: its language says more.
        <span className="hit-group-context" lang={uiLanguage()}>
          {languageName(group.lang)}
        </span>
      ) : group.context.length > 0 ? (
        <span className="hit-group-context" lang="en" title={group.context.join(SEPARATOR)}>
          {group.context.join(SEPARATOR)}
        </span>
      ) : null}
    </Tag>
  );
}

/**
 * Under a result's title: the headings between its group and it ("Element iOS"). A guide
 * section's page is there too: unseen when the group's heading shows it (`inGroup`), seen in
 * a list that is not grouped (the panel's suggestions). An FAQ question or a guide page
 * needs no more than its own title (and its group's heading) to be told apart.
 */
export function Trail({
  group,
  path,
  repeat = null,
  inGroup,
  kind,
}: {
  group: HitGroup;
  path: readonly string[];
  repeat?: number | null;
  inGroup: boolean;
  /** What the row is: only a section names its page. */
  kind: FaqEntry['kind'];
}) {
  const name = kind === 'section' ? groupName(group) : '';
  const seen = [...(inGroup || !name ? [] : [name]), ...path].join(SEPARATOR);
  // "(2)": the second row of a group that reads exactly as an earlier one (a repeated heading).
  const count = repeat === null ? '' : ` (${repeat})`;
  const unseen = inGroup && name ? `${name}${path.length ? SEPARATOR : ''}` : '';
  if (!seen && !count && !unseen) return null;
  return (
    <span className="hit-trail" lang={group.lang ?? 'en'}>
      {/* Read after the title as "Export, Export and Import E2E Room Keys › Element iOS". */}
      <span className="visually-hidden">{`, ${unseen}`}</span>
      {seen}
      {count}
    </span>
  );
}

/** The trail of one entry outside any group: its page and the headings down to it. */
export function EntryTrail({ entry, pageOf }: { entry: FaqEntry; pageOf: PageLookup }) {
  const { group, path } = locate(entry, pageOf);
  // A page, or an FAQ answer, says enough by its own title in a list of suggestions.
  if (entry.kind !== 'section') return null;
  return <Trail group={group} path={path} inGroup={false} kind={entry.kind} />;
}

/** Groups of results as lists, each under its heading; `renderRow` draws one `<li>`. */
export function ResultGroups<T>({
  groups,
  idPrefix,
  level,
  listClassName,
  renderRow,
}: {
  groups: ReadonlyArray<ResultGroup<T>>;
  idPrefix: string;
  level?: 2 | 3 | 4;
  listClassName: string;
  renderRow: (row: ResultGroup<T>['rows'][number], group: HitGroup) => ReactNode;
}) {
  return (
    <>
      {groups.map(({ group, rows }, index) => {
        const headingId = `${idPrefix}-group-${index}`;
        return (
          <div key={group.key} className="hit-group" role="group" aria-labelledby={headingId}>
            <GroupHeading group={group} id={headingId} level={level} />
            <ul className={listClassName}>{rows.map((row) => renderRow(row, group))}</ul>
          </div>
        );
      })}
    </>
  );
}
