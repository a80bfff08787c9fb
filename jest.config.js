// Two environments: Node for everything that runs headless, jsdom for the task pane.
const transform = {
  "^.+\\.(t|j)sx?$": [
    "@swc/jest",
    {
      jsc: {
        parser: { syntax: "typescript", tsx: true },
        transform: { react: { runtime: "automatic" } },
        target: "es2022",
      },
      module: { type: "commonjs" },
    },
  ],
};

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    {
      displayName: "node",
      testEnvironment: "node",
      transform,
      testMatch: ["<rootDir>/tests/**/*.test.ts"],
      testPathIgnorePatterns: ["<rootDir>/tests/taskpane/", "<rootDir>/tests/e2e/"],
    },
    {
      displayName: "taskpane",
      testEnvironment: "jsdom",
      transform,
      testMatch: ["<rootDir>/tests/taskpane/**/*.test.ts?(x)"],
      setupFilesAfterEnv: ["<rootDir>/tests/taskpane/setup.ts"],
    },
    {
      displayName: "e2e",
      testEnvironment: "node",
      transform,
      testMatch: ["<rootDir>/tests/e2e/**/*.test.ts"],
    },
  ],
};
