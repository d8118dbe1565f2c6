import { describe, expect, it } from 'vitest';
import { entries, getEntry } from '../../lib/corpus';

describe('the bundled corpus', () => {
  it('has the 44 questions of the EMS FAQ', () => {
    expect(entries).toHaveLength(44);
  });
});
