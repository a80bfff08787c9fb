// A minimal Office host for the demo page. The real taskpane.html loads office.js from
// Microsoft's CDN; the demo must not touch the network, so it provides the few members the
// pane and the Office.js adapter reach for, backed by the fake Excel.

export interface HostRequirements {
  isSetSupported(name: string, version?: string): boolean;
}

export interface DemoHost {
  run: (...args: never[]) => Promise<unknown>;
  requirements: HostRequirements;
}

interface OfficeGlobals {
  Office?: unknown;
  Excel?: unknown;
}

const HOST_INFO = { host: "Excel", platform: "OfficeOnline" } as const;

/**
 * Installs (or replaces, when another workbook is opened) `Office` and `Excel` on the window.
 * `Excel.run` is the fake's, so code that reaches for the global works like code given `run`.
 */
export function installOfficeHost(host: DemoHost, documentName: string): void {
  const office = {
    HostType: { Excel: "Excel" },
    PlatformType: { OfficeOnline: "OfficeOnline" },
    context: {
      host: HOST_INFO.host,
      platform: HOST_INFO.platform,
      displayLanguage: "en-US",
      requirements: host.requirements,
      document: { url: documentName },
      diagnostics: { host: HOST_INFO.host, platform: HOST_INFO.platform, version: "demo" },
    },
    onReady(callback?: (info: typeof HOST_INFO) => void): Promise<typeof HOST_INFO> {
      callback?.(HOST_INFO);
      return Promise.resolve(HOST_INFO);
    },
  };
  const globals = window as unknown as OfficeGlobals;
  globals.Office = office;
  globals.Excel = { run: host.run };
}
