import { describe, expect, it } from 'vitest';
import { entries, upstreamLink } from '@/lib/corpus';

const getEntry = (id: string) => entries.find((e) => e.id === id);

describe('the corpus as the bundles carry it', () => {
  it('has the 44 questions of the EMS FAQ and every guide page with its sections', () => {
    expect(entries.filter((e) => e.kind === 'faq')).toHaveLength(44);
    expect(entries.filter((e) => e.kind === 'guide')).toHaveLength(34);
    expect(entries.filter((e) => e.kind === 'section').length).toBeGreaterThan(100);
  });

  it('links a guide section to the same place in the public documentation', () => {
    expect(upstreamLink(getEntry('integrations-telegram-bridge--purchase-the-telegram-integration')!)).toBe(
      'https://github.com/element-hq/ems-docs/blob/HEAD/src/integrations/Telegram-Bridge.md#purchase-the-telegram-integration',
    );
  });

  it('looks entries up by id', () => {
    expect(getEntry('dns-not-resolving')?.title).toBe('DNS not resolving');
    expect(getEntry('no-such-entry')).toBeUndefined();
  });

  it('links an entry to the same answer in the public upstream FAQ', () => {
    expect(upstreamLink(getEntry('dns-not-resolving')!)).toBe(
      'https://github.com/element-hq/ems-docs/blob/HEAD/src/Frequently-Asked-Questions.md#dns-not-resolving',
    );
  });
});
