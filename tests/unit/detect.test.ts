// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { detectPage, detectors, offSiteExamples, otherExamples, type PageKind } from '@/lib/page/detect';

const kinds = Object.keys(detectors) as Array<keyof typeof detectors>;

describe('page detection, checked against every detector’s own examples', () => {
  for (const kind of kinds) {
    describe(kind, () => {
      it.each(detectors[kind].examples)(`is ${kind} for %s`, (url) => {
        expect(detectPage(url)?.kind).toBe(kind);
      });
      const others = kinds.filter((k) => k !== kind).flatMap((k) => detectors[k].examples);
      it.each([...others, ...otherExamples])(`is not ${kind} for %s`, (url) => {
        expect(detectPage(url)?.kind).not.toBe(kind);
      });
    });
  }

  it.each(otherExamples)('is "other" for the rest of EMS: %s', (url) => {
    expect(detectPage(url)?.kind).toBe<PageKind>('other');
  });

  it.each(offSiteExamples)('is null off ems.element.io: %s', (url) => {
    expect(detectPage(url)).toBeNull();
  });
});

describe('routes', () => {
  it.each([
    ['https://ems.element.io/user/billing#/invoices', '#/invoices'],
    ['https://ems.element.io/User/Billing#/Invoices/', '#/invoices'],
    ['https://ems.element.io/user/hosting?host=x#/integrations?tab=bridges', '#/integrations'],
    ['https://ems.element.io/user/hosting#/', null],
    ['https://ems.element.io/user/hosting#section', null],
    ['https://ems.element.io/user/account?tab=profile', null],
  ])('%s has the route %s', (url, route) => {
    expect(detectPage(url)?.route).toBe(route);
  });

  it('takes the route from the selected tab when the address has none', () => {
    expect(detectPage('https://ems.element.io/user/hosting', { activeTab: ' Server  Admin ' })).toEqual({
      kind: 'hosting',
      route: '#/server-admin',
    });
  });

  it('prefers the address over the tab label', () => {
    expect(detectPage('https://ems.element.io/user/hosting#/hosts', { activeTab: 'Integrations' })?.route).toBe('#/hosts');
  });

  it('accepts a URL object', () => {
    expect(detectPage(new URL('https://ems.element.io/support'))).toEqual({ kind: 'support', route: null });
  });
});
