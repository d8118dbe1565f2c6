// Ranking a guide section against its own page: the section wins when the query is more
// about it (names its heading, "Android") than about the page as a whole, or when it is as
// much about the query and answers more of it than the page's introduction does. And
// against its siblings: the one whose heading the query names wins.
// A section is part of its page: what the page's introduction says the guide is for holds
// for the section too, so a section whose heading the query names need not cover as much.

import { KEYWORDS, TITLE, type SearchIndex } from './index-build';
import { FIELD_WEIGHT } from './postings';
import type { Candidate } from './score';

/** How much more a section must be about the query than its page to rank above it. */
const SECTION_MARGIN = 0.05;

/**
 * A page's best section at least this strong relative to its page ranks above it where the
 * query does more than name the page, whatever share of the query it covers (see
 * preferSections). Tuned on the tuning sets (840 first of 956 with 0.7 and the section
 * needing to cover as much as its page): 0.7 → 844, 0.6 → 848, 0.5 → 850, 0.3–0.45 → 850–851.
 */
const NEARLY_AS_STRONG = 0.4;

/** How far below the lifted place a lifted section falls for each share of its page's strength it lacks (well within SECTION_MARGIN). */
const LIFT_SPREAD = 0.01;

/** A query this much about a page's heading and keywords names the page: the page answers it. */
const NAMES_THE_PAGE = 0.99;

/**
 * A section carries its page's title as keywords, not as its heading, so for the page's
 * own words it scores the share keywords' field weight is of the heading's. A section at
 * least this strong relative to its page matches as well as the page does.
 */
const sectionShare = () => FIELD_WEIGHT[KEYWORDS] / FIELD_WEIGHT[TITLE];

/**
 * A guide section that is more about the query than its own page (the query names its
 * heading, "Android", not only the page's) ranks just above the page: the reader wants
 * that part of it, and the page is one click away. So does a section that is as much
 * about the query as its page, as strong, and covers more of it ("change my password":
 * the page's introduction names the topic, the section has the steps). And so does a page's
 * strongest section that is nearly as strong, unless the query only names the page ("ldap"):
 * a question or story that the page matches on its broad words is answered by the section
 * with the steps, and the page's introduction says only what the guide is for. The page
 * covers more of such a question (its curated words and its introduction speak of the
 * whole guide), so this section need not cover as much. `couldLead` tells a section whose
 * own match could head the list (score.ts).
 */
export function preferSections(index: SearchIndex, candidates: Candidate[], couldLead: (candidate: Candidate) => boolean): void {
  const byId = new Map(candidates.map((c) => [index.entries[c.index]?.entry.id, c]));
  const pageOf = (c: Candidate) => {
    const entry = index.entries[c.index]?.entry;
    return entry?.kind === 'section' && entry.page !== null ? byId.get(entry.page) : undefined;
  };
  // A section that already ranks above its page keeps its place above the lifted ones,
  // unless a lifted one is more about the query (names more of its heading).
  const aboveTheirPage = candidates.filter((c) => {
    const page = pageOf(c);
    return page !== undefined && c.strength >= page.strength;
  });
  const strongestSection = new Map<Candidate, Candidate>();
  for (const candidate of candidates) {
    const page = pageOf(candidate);
    if (page !== undefined && candidate.strength > (strongestSection.get(page)?.strength ?? -1)) strongestSection.set(page, candidate);
  }
  for (const candidate of candidates) {
    const page = pageOf(candidate);
    if (page === undefined || page.strength <= candidate.strength) continue;
    const moreAbout = candidate.about > page.about + SECTION_MARGIN;
    const answersMore =
      candidate.about >= page.about - SECTION_MARGIN &&
      candidate.coverage > page.coverage + 1e-6 &&
      candidate.strength >= sectionShare() * page.strength;
    // A section the query names need not cover as much as its page (see the top), but it
    // needs a match of its own that could lead the list.
    const coversEnough = candidate.coverage >= page.coverage - SECTION_MARGIN;
    const nearlyAsStrong =
      strongestSection.get(page) === candidate &&
      candidate.strength >= NEARLY_AS_STRONG * page.strength &&
      page.about < NAMES_THE_PAGE &&
      couldLead(candidate);
    if ((moreAbout && (coversEnough || couldLead(candidate))) || (answersMore && coversEnough) || nearlyAsStrong) {
      const ceiling = Math.min(...aboveTheirPage.filter((c) => pageOf(c) === page && !(candidate.about > c.about + SECTION_MARGIN)).map((c) => c.strength), Infinity);
      // Several sections of one page may be lifted: each lands just above the page, the
      // stronger ones a little higher, so they keep their own order among themselves.
      const lifted = page.strength * (1 + SECTION_MARGIN) * (1 - LIFT_SPREAD * (1 - candidate.strength / page.strength));
      candidate.strength = Math.min(lifted, ceiling * (1 - 1e-6));
    }
  }
}

/**
 * Of two sections side by side under one heading ("Element iOS › Export" and "› Import"),
 * the one whose own heading the query names ranks above the one whose heading it does not
 * name at all: the query "export my keys on the iPhone" asks for Export, even where Import's
 * steps happen to say "export" and "encryption" more often. `named`: every stem the query
 * may stand for. The named section takes the other's place, just above it, if its own
 * match could lead the list.
 */
export function preferNamedSiblings(index: SearchIndex, candidates: readonly Candidate[], named: ReadonlySet<string>, couldLead: (candidate: Candidate) => boolean): void {
  const { parent, heading } = siblingsOf(index);
  // Per parent, the strongest section whose own heading the query does not name at all.
  // Lifting a named section never changes these (it names its heading), so the order in
  // which candidates are read does not matter.
  const strongestUnnamed = new Map<string, number>();
  for (const candidate of candidates) {
    const key = parent[candidate.index];
    if (key === undefined || heading[candidate.index]!.some((s) => named.has(s))) continue;
    strongestUnnamed.set(key, Math.max(strongestUnnamed.get(key) ?? 0, candidate.strength));
  }
  for (const candidate of candidates) {
    const key = parent[candidate.index];
    const stems = heading[candidate.index] ?? [];
    if (key === undefined || stems.length === 0 || !stems.every((s) => named.has(s)) || !couldLead(candidate)) continue;
    const passed = strongestUnnamed.get(key);
    if (passed !== undefined && passed > candidate.strength) candidate.strength = passed * (1 + SECTION_MARGIN);
  }
}

/** Per entry of an index: the page and headings a section sits under (what siblings share), and its own heading's stems. */
interface Siblings {
  parent: Array<string | undefined>;
  heading: string[][];
}
const siblings = new WeakMap<SearchIndex, Siblings>();

/** The index's Siblings, worked out the first time a query needs them, not on every keystroke. */
function siblingsOf(index: SearchIndex): Siblings {
  let found = siblings.get(index);
  if (found === undefined) {
    found = {
      parent: index.entries.map(({ entry }) => (entry.kind === 'section' ? `${entry.page ?? ''}\n${entry.section.join('\n')}` : undefined)),
      heading: index.entries.map((data) => [...(data.positions[TITLE]?.keys() ?? [])]),
    };
    siblings.set(index, found);
  }
  return found;
}
