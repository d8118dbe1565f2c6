// Build time only: the one error the corpus build throws, so a failing build names the
// file and line a person has to fix.

export class CorpusError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly reason: string,
  ) {
    super(`${file}:${line}: ${reason}`);
    this.name = 'CorpusError';
  }
}
