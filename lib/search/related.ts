// Related answers: the entries nearest to one entry, by cosine similarity of field-weighted
// TF-IDF vectors.

import type { FaqEntry } from '../corpus/types';
import type { SearchIndex } from './index-build';
import { FIELD_WEIGHT } from './postings';

/** Entries under the same heading are a little closer. */
const SAME_HEADING_BONUS = 0.02;

/** Per entry: stem → weight, normalised to length 1. */
export type Vectors = Array<Map<string, number>>;

/** Every entry's vector (the engine builds them the first time related entries are asked for). */
export function buildVectors(index: SearchIndex): Vectors {
  const result: Vectors = index.entries.map(() => new Map<string, number>());
  for (const [s, list] of index.postings) {
    const weight = index.idf.get(s) ?? 0;
    for (const posting of list) {
      let value = 0;
      posting.tf.forEach((tf, f) => {
        if (tf > 0) value += (FIELD_WEIGHT[f] ?? 0) * Math.sqrt(tf);
      });
      result[posting.entry]?.set(s, value * weight);
    }
  }
  for (const vector of result) {
    const norm = Math.sqrt([...vector.values()].reduce((sum, v) => sum + v * v, 0)) || 1;
    for (const [s, v] of vector) vector.set(s, v / norm);
  }
  return result;
}

/** The `limit` entries nearest to entry `id`; [] for an unknown id. `vectors` builds or returns the vectors. */
export function relatedEntries(index: SearchIndex, vectors: () => Vectors, id: string, limit: number): FaqEntry[] {
  const data = index.entries;
  const at = data.findIndex((d) => d.entry.id === id);
  if (at < 0 || limit <= 0) return [];
  const all = vectors();
  const own = all[at];
  const ownSection = data[at]?.entry.section.join('\u0000');
  if (own === undefined) return [];
  const scored: Array<{ index: number; similarity: number }> = [];
  all.forEach((vector, other) => {
    if (other === at) return;
    let similarity = 0;
    for (const [s, v] of own) similarity += v * (vector.get(s) ?? 0);
    if (data[other]?.entry.section.join('\u0000') === ownSection) similarity += SAME_HEADING_BONUS;
    if (similarity > 0) scored.push({ index: other, similarity });
  });
  scored.sort((a, b) => b.similarity - a.similarity || a.index - b.index);
  return scored.slice(0, limit).flatMap(({ index: i }) => (data[i] ? [data[i].entry] : []));
}
