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
  // Each HTML-string sink is an error whatever its argument: a literal today is a template
  // with a variable tomorrow, and the panel has no need to parse HTML at all.
  it.each([
    ['dangerouslySetInnerHTML', 'export const A = () => <div dangerouslySetInnerHTML={{ __html: "x" }} />;'],
    ['innerHTML assignment', 'export function f(el: HTMLElement) { el.innerHTML = "<b>x</b>"; }'],
    ['outerHTML assignment', 'export function f(el: HTMLElement) { el.outerHTML = "<b>x</b>"; }'],
    ['innerHTML appended to', 'export function f(el: HTMLElement, s: string) { el.innerHTML += s; }'],
    ['insertAdjacentHTML', 'export function f(el: HTMLElement) { el.insertAdjacentHTML("beforeend", "<b>x</b>"); }'],
    ['el["innerHTML"] = s', 'export function f(el: HTMLElement, s: string) { el["innerHTML"] = s; }'],
    ['el[`outerHTML`] = s', 'export function f(el: HTMLElement, s: string) { el[`outerHTML`] = s; }'],
    ['document.write', 'export function f(s: string) { document.write(s); }'],
    ['document.writeln with a literal', 'export function f() { document.writeln("<b>x</b>"); }'],
    ['ownerDocument.write', 'export function f(el: HTMLElement, s: string) { el.ownerDocument.write(s); }'],
    ['createContextualFragment', 'export function f(s: string) { return document.createRange().createContextualFragment(s); }'],
    ['DOMParser.parseFromString', 'export function f(s: string) { return new DOMParser().parseFromString(s, "text/html"); }'],
    ['Object.assign(el, { innerHTML })', 'export function f(el: HTMLElement, innerHTML: string) { Object.assign(el, { innerHTML }); }'],
    ['Object.assign(el, { "outerHTML": s })', 'export function f(el: HTMLElement, s: string) { Object.assign(el, { "outerHTML": s }); }'],
    ['setHTMLUnsafe', 'export function f(el: Element & { setHTMLUnsafe(s: string): void }, s: string) { el.setHTMLUnsafe(s); }'],
    ['iframe srcdoc', 'export function f(el: HTMLIFrameElement, s: string) { el.srcdoc = s; }'],
    ['<iframe srcDoc>', 'export const A = () => <iframe srcDoc="<b>x</b>" />;'],
  ])('forbids %s', async (_name, code) => {
    expect(await ruleMessages(code)).toContain('no-restricted-syntax');
  });

  it('forbids eval and new Function', async () => {
    expect(await ruleMessages('export const x = eval("1");', 'lib/x.ts')).toContain('no-eval');
    expect(await ruleMessages('export const f = new Function("return 1");', 'lib/x.ts')).toContain('no-new-func');
  });

  it('forbids importing a module whose name is computed (Mozilla’s no-unsanitized)', async () => {
    expect(await ruleMessages('export const load = (url: string) => import(url);', 'lib/x.ts')).toContain(
      'no-unsanitized/method',
    );
  });

  it.each([
    ['text content', 'export function f(el: HTMLElement, s: string) { el.textContent = s; }'],
    ['an attribute', 'export function f(el: HTMLElement, s: string) { el.setAttribute("title", s); }'],
    ['built elements', 'export function f(el: HTMLElement) { el.append(document.createElement("b")); }'],
    ['reading innerHTML', 'export function f(el: HTMLElement) { return el.innerHTML.length + el["outerHTML"].length; }'],
    ['destructuring innerHTML', 'export function f(el: HTMLElement) { const { innerHTML } = el; return innerHTML; }'],
    ['a stream’s write', 'export function f(s: string) { process.stdout.write(s); }'],
    ['Object.assign of styles and text', 'export function f(el: HTMLElement, s: string) { Object.assign(el.style, { color: "red" }); Object.assign(el, { textContent: s }); }'],
    ['a DOMParser made but not fed', 'export const parser = new DOMParser();'],
    ['a literal dynamic import', 'export const load = () => import("./x.ts");'],
  ])('allows %s', async (_name, code) => {
    expect(await ruleMessages(code)).toEqual([]);
  });
});
