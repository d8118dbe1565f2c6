// @vitest-environment node
// The project's ESLint rules catch HTML strings and code evaluation in our code.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function ruleMessages(code: string, file = 'components/Example.tsx') {
  const [result] = await eslint.lintText(code, { filePath: file });
  return result!.messages.map((m) => m.ruleId);
}

describe('lint rules for code that runs in someone else’s page', () => {
  it.each([
    ['dangerouslySetInnerHTML', 'export const A = () => <div dangerouslySetInnerHTML={{ __html: "x" }} />;'],
    ['innerHTML assignment', 'export function f(el: HTMLElement) { el.innerHTML = "<b>x</b>"; }'],
    ['outerHTML assignment', 'export function f(el: HTMLElement) { el.outerHTML = "<b>x</b>"; }'],
    ['insertAdjacentHTML', 'export function f(el: HTMLElement) { el.insertAdjacentHTML("beforeend", "<b>x</b>"); }'],
  ])('forbids %s', async (_name, code) => {
    expect(await ruleMessages(code)).toContain('no-restricted-syntax');
  });

  it('forbids eval and new Function', async () => {
    expect(await ruleMessages('export const x = eval("1");', 'lib/x.ts')).toContain('no-eval');
    expect(await ruleMessages('export const f = new Function("return 1");', 'lib/x.ts')).toContain('no-new-func');
  });

  it('allows text content', async () => {
    expect(await ruleMessages('export function f(el: HTMLElement) { el.textContent = "x"; }')).toEqual([]);
  });
});
