// @vitest-environment node
// The project's ESLint rules catch HTML strings and code evaluation in our code.
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function ruleMessages(code: string, file = 'components/Example.tsx') {
  const [result] = await eslint.lintText(code, { filePath: file });
  return result!.messages.map((m) => m.ruleId);
}

describe('lint rules for code that runs in someone else’s page', () => {
  // Loading the config and its plugins takes seconds on a busy machine: once, before the cases.
  beforeAll(() => ruleMessages('export {};'), 60_000);

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

  // Forms the first guard missed (issue 22). Each is an error only through our
  // no-restricted-syntax rules: without them this test fails for every row.
  it.each([
    ['createElement(…, { dangerouslySetInnerHTML })', 'import { createElement } from "react"; export const A = (s: string) => createElement("div", { dangerouslySetInnerHTML: { __html: s } });'],
    ['createElement("iframe", { srcDoc })', 'import { createElement } from "react"; export const A = (s: string) => createElement("iframe", { srcDoc: s });'],
    ['a JSX spread of a literal carrying it', 'export const A = (s: string) => <div {...{ dangerouslySetInnerHTML: { __html: s } }} />;'],
    ['a JSX spread of props made elsewhere', 'export const A = (s: string) => { const props = { ["dangerouslySetInnerHTML"]: { __html: s } }; return <div {...props} />; };'],
    ['document["write"]', 'export function f(s: string) { document["write"](s); }'],
    ['document[`writeln`]', 'export function f(s: string) { document[`writeln`](s); }'],
    ['document.write.call', 'export function f(s: string) { document.write.call(document, s); }'],
    ['const { write } = document', 'export function f(s: string) { const { write } = document; write.call(document, s); }'],
    ['setAttribute("srcdoc", …)', 'export function f(el: HTMLIFrameElement, s: string) { el.setAttribute("srcdoc", s); }'],
    ['setAttributeNS(null, "srcDoc", …)', 'export function f(el: HTMLIFrameElement, s: string) { el.setAttributeNS(null, "srcDoc", s); }'],
    ['setAttribute("onclick", …)', 'export function f(el: HTMLElement, s: string) { el.setAttribute(`onclick`, s); }'],
    ['execCommand("insertHTML", …)', 'export function f(s: string) { document.execCommand("insertHTML", false, s); }'],
    ['Reflect.set(el, "innerHTML", …)', 'export function f(el: HTMLElement, s: string) { Reflect.set(el, "innerHTML", s); }'],
    ['el[`insertAdjacentHTML`](…)', 'export function f(el: HTMLElement, s: string) { el[`insertAdjacentHTML`]("beforeend", s); }'],
    ['insertAdjacentHTML through .call', 'export function f(el: HTMLElement, s: string) { Element.prototype.insertAdjacentHTML.call(el, "beforeend", s); }'],
    ['Object.assign(el, { [`innerHTML`]: s })', 'export function f(el: HTMLElement, s: string) { Object.assign(el, { [`innerHTML`]: s }); }'],
    ['const { insertAdjacentHTML } = el', 'export function f(el: HTMLElement, s: string) { const { insertAdjacentHTML } = el; insertAdjacentHTML.call(el, "beforeend", s); }'],
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
    ['an attribute', 'export function f(el: HTMLElement, s: string) { el.setAttribute("title", s); el.setAttribute("data-once", s); }'],
    ['a plain element made with createElement', 'import { createElement } from "react"; export const A = (s: string) => createElement("div", { title: s }, s);'],
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
