// Two environments: Node for everything that runs headless, jsdom for the task pane.
const os = require("node:os");

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
  // A safeguard against hangs, not a speed check: xlsx round trips on a loaded 2-core machine
  // can pass jest's 5 s default (speed is measured by `npm run bench`).
  testTimeout: 30000,
  // jest's default, one worker fewer than the cores, is a single worker on CI's 2-core machine,
  // and jest then runs the files one after another in its own process, on one core. Most of a
  // CLI test's time is a massbal process it waits for, and the engine's are pure computation:
  // two files at a time keep both cores busy. `--maxWorkers=1` on the command line still rules.
  maxWorkers: Math.max(2, os.availableParallelism() - 1),
  // A worker that has grown past 2 GB after a test file is replaced by a fresh one: a worker that
  // had run hundreds of files reached 7.5 GB and was killed by the kernel for memory (CI, stop 48).
  workerIdleMemoryLimit: "2GB",
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
