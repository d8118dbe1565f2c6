// Test helper: the heading a popup result stands under (its guide page or FAQ section), the
// way a person reads the list: the nearest group heading above the option.

export function groupHeadingOf(option: HTMLElement): HTMLElement {
  for (let row = option.previousElementSibling; row; row = row.previousElementSibling) {
    const heading = row.querySelector<HTMLElement>('.hit-group-heading');
    if (heading) return heading;
  }
  throw new Error(`no group heading above "${option.textContent}"`);
}
