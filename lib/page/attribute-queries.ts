// The page's elements that carry one exact attribute value (`[role="alert"]`), kept between
// readings of the screen (cues.ts).
//
// The browser indexes elements by id, class and tag name, and answers those questions with
// a live list read only as far as it is needed; for any other attribute `querySelectorAll`
// looks at every element of the page, each time: a 5,000-row table is 20,000 elements per
// question, several questions per reading. Which elements match can only change when an
// element is added or removed, or one of the queried attributes changes; a live table that
// only changes its text does neither. So the lists are kept, and asked again only after
// such a change (cue-watch.ts passes each mutation record on: see noteChange).

/** Attributes the cue reader asks about by value: a change to one can change a list. */
export const QUERIED_ATTRIBUTES: readonly string[] = ['role', 'aria-modal'];

const hasElement = (nodes: NodeList) => {
  for (let i = 0; i < nodes.length; i++) if (nodes[i]!.nodeType === 1) return true;
  return false;
};

export class AttributeQueries {
  private readonly lists = new Map<string, NodeListOf<Element>>();
  private stale = false;

  constructor(private readonly doc: Document) {}

  /**
   * The elements matching `selector` (`[name="value"]`: see QUERIED_ATTRIBUTES), in document
   * order, as of the last change that could alter the answer. An element removed since is
   * still in the list: readers skip what is no longer connected.
   */
  all(selector: string): ArrayLike<Element> {
    if (this.stale) {
      this.lists.clear();
      this.stale = false;
    }
    let list = this.lists.get(selector);
    if (!list) {
      list = this.doc.querySelectorAll(selector);
      this.lists.set(selector, list);
    }
    return list;
  }

  /** A mutation happened: the lists are asked again if it added or removed an element, or changed a queried attribute. */
  noteChange(record: MutationRecord): void {
    if (this.stale) return;
    if (record.type === 'attributes') this.stale = QUERIED_ATTRIBUTES.includes(record.attributeName ?? '');
    else if (record.type === 'childList') this.stale = hasElement(record.addedNodes) || hasElement(record.removedNodes);
  }

  /** Anything may have changed (a navigation): ask again. */
  forget(): void {
    this.stale = true;
  }
}
