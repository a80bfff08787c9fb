import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

// The engine is pure: it may import decimal.js, zod, @noble/hashes and itself, nothing else.
// This is the rule that keeps Office, React, Node and the DOM out of it (see design.md).
export const engineBoundary = {
  files: ["src/engine/**/*.ts"],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        patterns: [
          {
            regex: "^(?!decimal\\.js$|zod(/.*)?$|@noble/hashes/|\\.\\.?/)",
            message: "src/engine is pure: only decimal.js, zod, @noble/hashes and engine modules may be imported.",
          },
          {
            group: ["**/workbook/**", "**/app/**", "**/taskpane/**", "**/cli/**", "**/demo/**", "node:*"],
            message: "src/engine must not depend on the layers above it or on Node.",
          },
        ],
      },
    ],
    "no-restricted-globals": [
      "error",
      ...["Office", "Excel", "window", "document", "process", "require", "Buffer", "navigator"].map((name) => ({
        name,
        message: "src/engine is pure: no host globals.",
      })),
    ],
  },
};

export default tseslint.config(
  { ignores: ["dist/", "dist-demo/", "lib/", "node_modules/", "coverage/", "test-output/", "stubs/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
    },
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}", "src/demo/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // No source file over 300 lines (the team's standard): split by meaning, move tables out.
    files: ["src/**/*.{ts,tsx}"],
    rules: { "max-lines": ["error", { max: 300 }] },
  },
  {
    // Only the Office.js adapter names Excel or Office (design.md); the bootstrap of the pages
    // Office loads and the demo's stand-in host are the exceptions that must.
    files: ["src/**/*.{ts,tsx}"],
    ignores: [
      "src/workbook/officejs/**",
      "src/taskpane/index.tsx",
      "src/commands/**",
      "src/demo/office-host.ts",
    ],
    rules: {
      "no-restricted-globals": [
        "error",
        ...["Office", "Excel", "OfficeExtension"].map((name) => ({
          name,
          message: "Only src/workbook/officejs talks to Excel: go through the WorkbookPort.",
        })),
      ],
    },
  },
  {
    // exceljs and jszip are the headless adapter's business (design.md: only the adapters touch
    // files); the use cases and the task pane reach a workbook only through the WorkbookPort, and
    // only the composition roots (the CLI, the demo, the pane's bootstrap) pick an adapter.
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/workbook/xlsx/**", "src/engine/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["exceljs", "exceljs/*", "jszip", "jszip/*"],
              message: "Only src/workbook/xlsx reads and writes .xlsx files: go through XlsxWorkbook.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/app/**/*.{ts,tsx}", "src/taskpane/**/*.{ts,tsx}"],
    ignores: ["src/taskpane/index.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["exceljs", "exceljs/*", "jszip", "jszip/*"],
              message: "Only src/workbook/xlsx reads and writes .xlsx files: go through XlsxWorkbook.",
            },
            {
              group: ["**/workbook/xlsx/**", "**/workbook/officejs/**", "**/cli/**", "**/demo/**"],
              message:
                "The use cases and the pane see a workbook only through the WorkbookPort; the composition roots choose the adapter.",
            },
          ],
        },
      ],
    },
  },
  {
    // The books of src/books are plain data the demo builds in the browser and every host writes
    // with its own writer: no file, no Excel library, no layer above (only the port's types).
    files: ["src/books/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(?!\\.\\.?/)",
              message: "src/books is plain data: it imports no package, only itself and the port's types.",
            },
            {
              regex: "^\\.\\./(?!books/|workbook/port$)",
              message: "src/books is plain data: it imports no package, only itself and the port's types.",
            },
          ],
        },
      ],
    },
  },
  engineBoundary,
);
