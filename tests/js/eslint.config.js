// The lint of the explorers' front ends (nnlib/widgets/js/*.js): eslint's recommended rules for modern
// browser modules, plus a few that keep them small and readable. Run by tests/test_js_lint.py.
import js from "@eslint/js";
import globals from "globals";

export default [
  js.configs.recommended,
  {
    files: ["**/*.js"],
    languageOptions: { ecmaVersion: 2022, sourceType: "module", globals: globals.browser },
    rules: {
      "no-var": "error",
      "prefer-const": "error",
      eqeqeq: "error",
      "no-unused-vars": ["error", { args: "after-used" }],
      "no-shadow": "error",
      "no-implicit-globals": "error",
      "max-lines": ["error", { max: 500, skipComments: true, skipBlankLines: true }],
    },
  },
];
