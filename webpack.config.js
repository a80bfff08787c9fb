// Modelled on Microsoft's Office-Addin-TaskPane-React template, with one transpiler (swc) and a
// dev server that still starts where the dev certificates cannot be installed (no sudo).
const fs = require("fs");
const os = require("os");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const urlDev = "https://localhost:3000/";
// Set ADDIN_PUBLIC_URL (ending in /) when building for the server the add-in is hosted on.
const urlProd = process.env.ADDIN_PUBLIC_URL || urlDev;

async function httpsOptions() {
  try {
    const devCerts = require("office-addin-dev-certs");
    return await devCerts.getHttpsServerOptions();
  } catch (error) {
    // office-addin-dev-certs generates the certificates, then needs sudo to trust its CA.
    // Where that fails (Linux without sudo) serve the generated files anyway; the browser must
    // then be told to trust https://localhost:3000 once, or use the demo (npm run demo) instead.
    const dir = path.join(os.homedir(), ".office-addin-dev-certs");
    const cert = path.join(dir, "localhost.crt");
    const key = path.join(dir, "localhost.key");
    if (fs.existsSync(cert) && fs.existsSync(key)) {
      console.warn(`Dev certificates are not trusted by this system (${error.message}); serving them anyway.`);
      return { cert: fs.readFileSync(cert), key: fs.readFileSync(key), ca: fs.readFileSync(path.join(dir, "ca.crt")) };
    }
    console.warn(`No dev certificates (${error.message}); serving plain HTTP on localhost.`);
    return undefined;
  }
}

const swcRule = {
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
};

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const serving = Boolean(env && env.WEBPACK_SERVE);
  const https = serving ? await httpsOptions() : undefined;
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        swcRule,
        { test: /\.(png|jpg|jpeg|gif|ico)$/, type: "asset/resource", generator: { filename: "assets/[name][ext]" } },
      ],
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext]" },
          { from: "src/help.html", to: "help.html" },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform: (content) => (dev ? content : content.toString().replaceAll(urlDev, urlProd)),
          },
        ],
      }),
    ],
    devServer: {
      hot: true,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: https ? { type: "https", options: https } : { type: "http" },
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      host: "localhost",
    },
  };
};
