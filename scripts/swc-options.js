// One set of transpile options for every place that turns our TypeScript into Node's CommonJS
// (the CLI build and the TS runner), so they cannot drift apart.
module.exports = function swcOptions(filename) {
  return {
    filename,
    sourceMaps: "inline",
    jsc: {
      parser: { syntax: "typescript", tsx: filename.endsWith(".tsx") },
      transform: { react: { runtime: "automatic" } },
      target: "es2022",
    },
    module: { type: "commonjs" },
  };
};
