// What the end-to-end test needs around the browser: a fresh demo build, the demo server, and
// Debian's Chromium under playwright-core with every request off this machine refused.
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import type { Server } from "node:http";
import path from "node:path";
import { promisify } from "node:util";
import { type Browser, type Page, chromium } from "playwright-core";

const root = path.resolve(__dirname, "..", "..");
export const DEMO_DIR = path.join(root, "dist-demo");
export const OUTPUT_DIR = path.join(root, "test-output", "e2e");

const BUILD_INPUTS = [
  "src",
  "webpack.demo.config.js",
  "package-lock.json",
  path.join("samples", "sample-books.xlsx"),
];

function newestChange(file: string): number {
  if (!existsSync(file)) return 0;
  const stat = statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(file).reduce(
    (newest, name) => Math.max(newest, newestChange(path.join(file, name))),
    stat.mtimeMs,
  );
}

/** Builds dist-demo/ with webpack (production) unless it is newer than everything it is built from. */
export async function ensureDemoBuilt(): Promise<"built" | "fresh"> {
  const built = path.join(DEMO_DIR, "index.html");
  const builtAt = existsSync(built) ? statSync(built).mtimeMs : 0;
  const inputsAt = Math.max(...BUILD_INPUTS.map((p) => newestChange(path.join(root, p))));
  if (builtAt > inputsAt) return "fresh";
  const webpackCli = require.resolve("webpack-cli/bin/cli.js", { paths: [root] });
  try {
    await promisify(execFile)(
      process.execPath,
      [webpackCli, "--config", "webpack.demo.config.js", "--mode", "production", "--no-stats"],
      { cwd: root, timeout: 180_000, maxBuffer: 16 * 1024 * 1024 },
    );
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`The demo build failed: ${e.message}\n${e.stdout ?? ""}\n${e.stderr ?? ""}`);
  }
  return "built";
}

export interface DemoServer {
  url: string;
  close(): Promise<void>;
}

export async function startServer(): Promise<DemoServer> {
  // The server is plain CommonJS in scripts/, shared with `npm run demo`.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { startDemoServer } = require(path.join(root, "scripts", "demo-server.js")) as {
    startDemoServer(o: { port: number; dir: string }): Promise<{ server: Server; url: string }>;
  };
  const { server, url } = await startDemoServer({ port: 0, dir: DEMO_DIR });
  return { url, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

export function chromiumPath(): string {
  const executable = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
  if (!existsSync(executable)) {
    throw new Error(
      `Chromium was not found at ${executable}. The end-to-end test drives Debian's Chromium: ` +
        `install it with "apt-get install -y chromium", or set CHROMIUM_PATH to a Chromium executable.`,
    );
  }
  return executable;
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** Refuses every request that would leave this machine; returns the list of refused URLs. */
export async function keepOffline(page: Page): Promise<string[]> {
  const refused: string[] = [];
  await page.route("**/*", (route) => {
    const url = route.request().url();
    const { protocol, hostname } = new URL(url);
    const local = hostname === "127.0.0.1" || hostname === "localhost";
    if (local || protocol === "data:" || protocol === "blob:") return route.continue();
    refused.push(url);
    return route.abort("blockedbyclient");
  });
  return refused;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(OUTPUT_DIR, `${name}.png`) });
}
