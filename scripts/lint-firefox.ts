// `npm run lint:firefox`: builds for Firefox and runs Mozilla's addons-linter on it.
// Passes only with 0 errors, 0 notices and no warnings except react-dom's own
// UNSAFE_VAR_ASSIGNMENT (its innerHTML for SVG and dangerouslySetInnerHTML support). Each
// such warning is traced through the build's source map to the file it came from, so an
// innerHTML of ours fails even though it lands in the same bundle.

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SourceMapConsumer } from 'source-map-js';

const root = resolve(import.meta.dirname, '..');
const outDir = join(root, '.output/firefox-mv2');

interface LinterMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, EMS_HELP_SOURCEMAPS: '1' },
});

let raw: string;
try {
  raw = execFileSync('npx', ['addons-linter', '--output', 'json', outDir], { cwd: root, encoding: 'utf8' });
} catch (error) {
  // addons-linter exits non-zero when it finds errors; its report is still on stdout.
  raw = (error as { stdout?: string }).stdout ?? '';
}
const report = JSON.parse(raw) as { errors: LinterMessage[]; warnings: LinterMessage[]; notices: LinterMessage[] };

/** The original source file of a position in a built file, via its source map. */
function originalSource(file: string, line: number, column: number): string | null {
  try {
    const map = new SourceMapConsumer(JSON.parse(readFileSync(join(outDir, `${file}.map`), 'utf8')));
    // addons-linter's columns are 1-based; source-map's are 0-based.
    for (const col of [column - 1, column]) {
      const pos = map.originalPositionFor({ line, column: Math.max(0, col) });
      if (pos.source) return pos.source;
    }
  } catch {
    // No map: cannot prove where it came from.
  }
  return null;
}

const isReactDomInnerHtml = (m: LinterMessage) =>
  m.code === 'UNSAFE_VAR_ASSIGNMENT' &&
  m.file !== undefined &&
  m.line !== undefined &&
  m.column !== undefined &&
  /node_modules\/react-dom\//.test(originalSource(m.file, m.line, m.column) ?? '');

const accepted = report.warnings.filter(isReactDomInnerHtml);
const problems = [...report.errors, ...report.notices, ...report.warnings.filter((m) => !isReactDomInnerHtml(m))];

const where = (m: LinterMessage) => (m.file ? ` (${m.file}${m.line ? `:${m.line}:${m.column ?? 0}` : ''})` : '');
console.log(
  `addons-linter: ${report.errors.length} errors, ${report.notices.length} notices, ${report.warnings.length} warnings ` +
    `(${accepted.length} of them react-dom's own UNSAFE_VAR_ASSIGNMENT, accepted)`,
);
for (const m of problems) console.log(`  ✗ ${m.code}: ${m.message}${where(m)}`);
process.exit(problems.length === 0 ? 0 : 1);
