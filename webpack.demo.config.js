// The browser demo: the real task pane beside a grid view, on the fake Excel host, in one page
// that touches no network (no office.js from the CDN). Served by scripts/demo-server.js.
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");

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
      alias: { exceljs$: path.resolve(__dirname, "node_modules/exceljs/dist/exceljs.min.js") },
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
    plugins: [new HtmlWebpackPlugin({ filename: "index.html", template: "./src/demo/demo.html" })],
  };
};
