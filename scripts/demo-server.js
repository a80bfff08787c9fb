#!/usr/bin/env node
// Serves the built browser demo (dist-demo/) and the sample workbook on 127.0.0.1 only, with
// Node's own http module: the demo must work without Excel, a network or any extra package.
// Usage: node scripts/demo-server.js [--port N] [--dir dist-demo]   (PORT=N also works; 0 = random)
const fs = require("fs");
const http = require("http");
const path = require("path");

const root = path.resolve(__dirname, "..");
const SAMPLE = path.join(root, "samples", "sample-books.xlsx");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".svg": "image/svg+xml",
  ".txt": "text/plain; charset=utf-8",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

function argValue(argv, name) {
  const i = argv.indexOf(name);
  if (i >= 0 && i + 1 < argv.length) return argv[i + 1];
  const eq = argv.find((a) => a.startsWith(`${name}=`));
  return eq ? eq.slice(name.length + 1) : undefined;
}

/** Maps a URL path to a file under dir, or null when it would leave dir. */
function resolveFile(dir, urlPath) {
  if (urlPath === "/sample.xlsx") return SAMPLE;
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const rel = decoded === "/" ? "index.html" : decoded.replace(/^\/+/, "");
  const file = path.resolve(dir, rel);
  return file === dir || file.startsWith(dir + path.sep) ? file : null;
}

function handler(dir) {
  return (req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { Allow: "GET, HEAD" }).end();
      return;
    }
    const urlPath = new URL(req.url || "/", "http://127.0.0.1").pathname;
    const file = resolveFile(dir, urlPath);
    fs.stat(file || "", (err, stat) => {
      if (!file || err || !stat.isFile()) {
        const hint = urlPath === "/sample.xlsx" ? " (create it with the sample script)" : "";
        res.writeHead(404, { "Content-Type": TYPES[".txt"] }).end(`Not found: ${urlPath}${hint}\n`);
        return;
      }
      res.writeHead(200, {
        "Content-Type": TYPES[path.extname(file).toLowerCase()] || "application/octet-stream",
        "Content-Length": stat.size,
        "Cache-Control": "no-store",
      });
      if (req.method === "HEAD") res.end();
      else fs.createReadStream(file).pipe(res);
    });
  };
}

/**
 * Starts the server; resolves with its URL once it listens. Used by `npm run demo` and the
 * end-to-end test (port 0 = any free port).
 */
function startDemoServer({ port = 3001, dir = path.join(root, "dist-demo") } = {}) {
  const absDir = path.resolve(dir);
  const server = http.createServer(handler(absDir));
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      const address = server.address();
      resolve({ server, url: `http://127.0.0.1:${address.port}/` });
    });
  });
}

module.exports = { startDemoServer };

if (require.main === module) {
  const argv = process.argv.slice(2);
  const port = Number(argValue(argv, "--port") ?? process.env.PORT ?? 3001);
  const dir = argValue(argv, "--dir") ?? path.join(root, "dist-demo");
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`demo-server: not a port number: ${argValue(argv, "--port") ?? process.env.PORT}`);
    process.exit(2);
  }
  if (!fs.existsSync(path.join(dir, "index.html"))) {
    console.error(
      `demo-server: no built demo in ${path.relative(process.cwd(), dir) || dir}; run "npm run build:demo" first.`,
    );
    process.exit(2);
  }
  startDemoServer({ port, dir }).then(
    ({ url }) => console.log(`Demo running at ${url} (Ctrl+C to stop)`),
    (error) => {
      console.error(`demo-server: could not listen on 127.0.0.1:${port}: ${error.message}`);
      process.exit(1);
    },
  );
}
