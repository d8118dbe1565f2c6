// The answer tab's type, measured in the real browser (issue 21): Chromium and Firefox must
// draw the same sizes (answer-type.e2e.ts, answer-type.firefox.ts run this with each driver).

import { expect } from 'vitest';
import type { Driver } from './driver';

export interface TypeFigures {
  body: string;
  guideHeadings: string[];
  relatedTitle: number;
  relatedCrumb: number;
  groupLabel: { size: number; color: string };
  groupItem: { size: number; color: string };
}

/** Computed sizes on a guide read whole (with related answers) and on the index. */
export async function measureAnswerType(driver: Driver): Promise<TypeFigures> {
  const tab = await driver.openExtensionPage('answer.html#integrations-telegram-bridge');
  await expect.poll(() => tab.count('.guide-section h2')).toBeGreaterThan(0);
  await expect.poll(() => tab.count('.related a')).toBeGreaterThan(0);
  const guide = await tab.evaluate(() => {
    const size = (el: Element | null) => (el ? getComputedStyle(el).fontSize : 'missing');
    return {
      body: size(document.body),
      guideHeadings: ['.guide-section h2'].map((css) => size(document.querySelector(css))),
      relatedTitle: parseFloat(size(document.querySelector('.related a'))),
      relatedCrumb: parseFloat(size(document.querySelector('.related .entry-crumb'))),
    };
  }, null);
  await tab.goto(driver.extensionUrl('answer.html#index'));
  await expect.poll(() => tab.count('main .index-group')).toBeGreaterThan(0);
  const index = await tab.evaluate(() => {
    const look = (el: Element) => ({ size: parseFloat(getComputedStyle(el).fontSize), color: getComputedStyle(el).color });
    const group = document.querySelector('main .index-group')!;
    const item = group.parentElement!.querySelector('a')!;
    return { groupLabel: look(group), groupItem: look(item) };
  }, null);
  await tab.close();
  return { ...guide, ...index };
}

/** What both browsers must show: the same px everywhere, titles never below their breadcrumbs. */
export function expectOneTypeScale(figures: TypeFigures): void {
  expect(figures.body).toBe('14px');
  expect(figures.guideHeadings).toEqual(['22px']);
  expect(figures.relatedTitle).toBe(15);
  expect(figures.relatedTitle).toBeGreaterThan(figures.relatedCrumb);
  expect(figures.groupLabel.size).toBeGreaterThanOrEqual(figures.groupItem.size);
  expect(figures.groupLabel.color).toBe(figures.groupItem.color);
}
