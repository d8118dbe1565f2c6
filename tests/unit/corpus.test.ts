import { describe, expect, it } from 'vitest';
import { entries, getEntry, upstreamLink } from '../../lib/corpus';

describe('the corpus as the bundles carry it', () => {
  it('has the 44 questions of the EMS FAQ', () => {
    expect(entries).toHaveLength(44);
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
