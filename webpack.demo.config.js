// The browser demo: the real task pane beside a grid view, on the fake Excel host, in one page
// that touches no network (no office.js from the CDN). Served by scripts/demo-server.js.
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { Compilation, NormalModuleReplacementPlugin, sources } = require("webpack");
const swc = require("@swc/core");

// Minifies with swc, which the project already uses to compile: the default (terser) takes
// several times longer on Fluent UI, and the end-to-end test builds the demo on every fresh run.
class SwcMinifyPlugin {
  apply(compiler) {
    compiler.hooks.compilation.tap("SwcMinifyPlugin", (compilation) => {
      const stage = Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE;
      compilation.hooks.processAssets.tapPromise({ name: "SwcMinifyPlugin", stage }, async (assets) => {
        for (const name of Object.keys(assets)) {
          const asset = compilation.getAsset(name);
          if (!name.endsWith(".js") || !asset || asset.info.minimized) continue;
          const source = asset.source.source().toString();
          const { code } = await swc.minify(source, { compress: true, mangle: true, ecma: 2020 });
          compilation.updateAsset(name, new sources.RawSource(code), { minimized: true });
        }
      });
    });
  }
}

module.exports = async (_env, options) => {
  const dev = options.mode === "development";
  // Compile exactly as the add-in does: the same swc rule, taken from its config.
  const addIn = await require("./webpack.config.js")({}, options);
  const swcRule = addIn.module.rules.find((rule) => String(rule.test) === String(/\.[jt]sx?$/));
  if (!swcRule) throw new Error("webpack.config.js has no rule for .ts/.tsx files any more");
  return {
    devtool: dev ? "source-map" : false,
    entry: { demo: "./src/demo/index.tsx" },
    output: {
      path: path.resolve(__dirname, "dist-demo"),
      filename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      // The xlsx adapter reads and writes files only in Node; the demo hands it bytes instead.
      fallback: { "fs/promises": false },
    },
    // exceljs ships a prebuilt, minified browser bundle: the page loads it as is (it defines
    // window.ExcelJS), which needs no Node polyfills and spares the build re-minifying 900 KB.
    externals: { exceljs: "ExcelJS" },
    module: {
      rules: [swcRule],
    },
    optimization: { minimizer: [new SwcMinifyPlugin()] },
    performance: { hints: false },
    plugins: [
      // Webpack does not read "node:" URLs; as plain names they meet the empty fallbacks above.
      new NormalModuleReplacementPlugin(/^node:/, (resource) => {
        resource.request = resource.request.replace(/^node:/, "");
      }),
      new CopyWebpackPlugin({
        patterns: [
          {
            from: require.resolve("exceljs/dist/exceljs.min.js"),
            to: "exceljs.min.js",
            info: { minimized: true },
          },
        ],
      }),
      new HtmlWebpackPlugin({ filename: "index.html", template: "./src/demo/demo.html" }),
    ],
  };
};
