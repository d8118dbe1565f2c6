// ESLint (flat config): typescript-eslint, React hooks, and the rules that keep HTML
// strings and code evaluation out of an extension whose panel lives in someone's page.
import js from '@eslint/js';
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Properties that turn a string into markup when assigned (React's names included: an object
// literal carrying them reaches createElement or a JSX spread).
const HTML_PROPERTY = '/^(innerHTML|outerHTML|srcdoc|dangerouslySetInnerHTML)$/i';
// Methods that turn a string into markup (DOMParser's parseFromString included: its
// result is a document of live nodes, and the panel has no HTML to parse).
const HTML_METHOD = '/^(insertAdjacentHTML|createContextualFragment|parseFromString|setHTMLUnsafe|parseHTMLUnsafe|execCommand)$/';
const DOCUMENT_WRITE = '/^(write|writeln)$/';
// Attributes that hold markup or code: set through setAttribute, they act as the property would.
const HTML_ATTRIBUTE = '/^(srcdoc|on[a-z]+)$/i';

/**
 * A selector part: the node at `path` names `re`, however it is spelled: `a.name`,
 * `a["name"]`, `` a[`name`] `` (and the same for object keys).
 */
const named = (path, re) => `:matches([${path}.name=${re}], [${path}.value=${re}], [${path}.quasis.length=1][${path}.quasis.0.value.cooked=${re}])`;
const argumentNamed = (re) => `:matches(${[0, 1].map((i) => named(`arguments.${i}`, re).slice(':matches('.length, -1)).join(', ')})`;

// HTML sinks are forbidden whatever the argument, a literal included. Mozilla's
// no-unsanitized (below) only flags arguments it cannot prove safe, and does not know
// el["innerHTML"], parseFromString or Object.assign(el, { innerHTML }): hence these. A method
// is forbidden wherever it is named, not only where it is called: `.call`, `.apply`, an alias
// or an optional call would otherwise slip past.
const NO_HTML_STRINGS = [
  {
    selector: "JSXAttribute[name.name=/^(dangerouslySetInnerHTML|srcDoc)$/]",
    message: 'No dangerouslySetInnerHTML or srcDoc: render React elements (the panel lives in someone else’s page).',
  },
  {
    // el.innerHTML = s, el["innerHTML"] = s, el[`innerHTML`] = s (any operator, += too).
    selector: `AssignmentExpression[left.type="MemberExpression"]${named('left.property', HTML_PROPERTY)}`,
    message: 'No innerHTML/outerHTML/srcdoc assignment: build elements instead.',
  },
  {
    // Object.assign(el, { innerHTML: s }), createElement('div', { dangerouslySetInnerHTML }),
    // <div {...{ dangerouslySetInnerHTML }} />: any object literal carrying such a key.
    selector: `ObjectExpression > Property${named('key', HTML_PROPERTY)}`,
    message: 'No innerHTML/outerHTML/srcdoc/dangerouslySetInnerHTML key in an object literal (Object.assign, createElement or a JSX spread would set it): build elements instead.',
  },
  {
    // Reflect.set(el, "innerHTML", s), Object.defineProperty(el, "srcdoc", …).
    selector: `CallExpression[callee.object.name=/^(Reflect|Object)$/]${named('callee.property', '/^(set|defineProperty)$/')}${named('arguments.1', HTML_PROPERTY)}`,
    message: 'No innerHTML/outerHTML/srcdoc set through Reflect or Object: build elements instead.',
  },
  {
    selector: `MemberExpression${named('property', HTML_METHOD)}`,
    message: 'No insertAdjacentHTML, createContextualFragment, DOMParser.parseFromString, setHTMLUnsafe or execCommand: build elements instead.',
  },
  {
    // const { insertAdjacentHTML } = el, const { write } = document.
    selector: `ObjectPattern > Property${named('key', HTML_METHOD)}, VariableDeclarator[init.name=/document$/i] > ObjectPattern > Property${named('key', DOCUMENT_WRITE)}`,
    message: 'No HTML-parsing method taken out of an object: build elements instead.',
  },
  {
    // document.write, document["write"], el.ownerDocument.writeln, document.write.call(…), ...
    selector: `MemberExpression${named('property', DOCUMENT_WRITE)}:matches([object.name=/document$/i], [object.property.name=/document$/i])`,
    message: 'No document.write/writeln: build elements instead.',
  },
  {
    // el.setAttribute("srcdoc", s), setAttributeNS(null, "onclick", s), createAttribute("srcdoc").
    selector: `CallExpression${named('callee.property', '/^(setAttribute|setAttributeNS|createAttribute|createAttributeNS)$/')}${argumentNamed(HTML_ATTRIBUTE)}`,
    message: 'No srcdoc or on… attribute: they hold markup or code (build elements, add listeners).',
  },
];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'tests/artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // Mozilla's rules for unsanitized HTML sinks and import() of a computed name.
  noUnsanitized.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-syntax': ['error', ...NO_HTML_STRINGS],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
