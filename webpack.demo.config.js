// The browser demo: the real task pane beside a grid view, on the fake Excel host, in one page
// that touches no network (no office.js from the CDN). Served by scripts/demo-server.js.
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { NormalModuleReplacementPlugin } = require("webpack");

module.exports = (_env, options) => {
  const dev = options.mode === "development";
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
      // exceljs ships a prebuilt browser bundle; using it spares us Node polyfills.
      alias: {
        exceljs$: path.resolve(__dirname, "node_modules/exceljs/dist/exceljs.min.js"),
      },
      // The xlsx adapter reads and writes files only in Node; the demo hands it bytes instead.
      fallback: { "fs/promises": false },
    },
    module: {
      // The prebuilt bundle is already minified and self-contained: don't parse it for requires.
      noParse: /exceljs[\\/]dist[\\/]exceljs\.min\.js$/,
      rules: [
        {
          test: /\.[jt]sx?$/,
          exclude: /node_modules/,
          use: {
            loader: "swc-loader",
            options: {
              jsc: {
                parser: { syntax: "typescript", tsx: true },
                transform: { react: { runtime: "automatic" } },
                target: "es2020",
              },
            },
          },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      // Webpack does not read "node:" URLs; as plain names they meet the empty fallbacks above.
      new NormalModuleReplacementPlugin(/^node:/, (resource) => {
        resource.request = resource.request.replace(/^node:/, "");
      }),
      new HtmlWebpackPlugin({ filename: "index.html", template: "./src/demo/demo.html" }),
    ],
  };
};
