// ESLint (flat config): typescript-eslint, React hooks, and the rules that keep HTML
// strings and code evaluation out of an extension whose panel lives in someone's page.
import js from '@eslint/js';
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Properties that turn a string into markup when assigned.
const HTML_PROPERTY = '/^(innerHTML|outerHTML|srcdoc)$/';
// Methods that turn a string into markup (DOMParser's parseFromString included: its
// result is a document of live nodes, and the panel has no HTML to parse).
const HTML_METHOD = '/^(insertAdjacentHTML|createContextualFragment|parseFromString|setHTMLUnsafe|parseHTMLUnsafe)$/';

// HTML sinks are forbidden whatever the argument, a literal included. Mozilla's
// no-unsanitized (below) only flags arguments it cannot prove safe, and does not know
// el["innerHTML"], parseFromString or Object.assign(el, { innerHTML }): hence these.
const NO_HTML_STRINGS = [
  {
    selector: "JSXAttribute[name.name=/^(dangerouslySetInnerHTML|srcDoc)$/]",
    message: 'No dangerouslySetInnerHTML or srcDoc: render React elements (the panel lives in someone else’s page).',
  },
  {
    // el.innerHTML = s, el["innerHTML"] = s, el[`innerHTML`] = s (any operator, += too).
    selector: `AssignmentExpression:matches([left.computed=false][left.property.name=${HTML_PROPERTY}], [left.computed=true][left.property.value=${HTML_PROPERTY}], [left.computed=true][left.property.quasis.length=1][left.property.quasis.0.value.cooked=${HTML_PROPERTY}])`,
    message: 'No innerHTML/outerHTML/srcdoc assignment: build elements instead.',
  },
  {
    // Object.assign(el, { innerHTML: s }) and any other object literal carrying such a key.
    selector: `ObjectExpression > Property:matches([computed=false][key.name=${HTML_PROPERTY}], [key.value=${HTML_PROPERTY}])`,
    message: 'No innerHTML/outerHTML/srcdoc key in an object literal (Object.assign would set it): build elements instead.',
  },
  {
    selector: `CallExpression:matches([callee.computed=false][callee.property.name=${HTML_METHOD}], [callee.computed=true][callee.property.value=${HTML_METHOD}])`,
    message: 'No insertAdjacentHTML, createContextualFragment, DOMParser.parseFromString or setHTMLUnsafe: build elements instead.',
  },
  {
    // document.write, el.ownerDocument.write, frame.contentDocument.writeln, ...
    selector:
      "CallExpression[callee.property.name=/^(write|writeln)$/]:matches([callee.object.name=/document$/i], [callee.object.property.name=/document$/i])",
    message: 'No document.write/writeln: build elements instead.',
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
