// One open workbook of the demo: a fresh fake Excel seeded with it, the Office.js adapter over
// that fake (the same code path as inside Excel), and the grid's view of the same fake.
import { describeError } from "../taskpane/error-text";
import { OfficeJsWorkbook, describeOfficeError } from "../workbook/officejs/officejs-workbook";
import type { WorkbookPort } from "../workbook/port";
import { createFakeExcel } from "./fake-excel";
import type { FakeWorkbookInit } from "./fake-excel/state";
import { fakeGridSource } from "./fake-grid-source";
import type { GridSource } from "./grid/grid-model";
import { installOfficeHost } from "./office-host";

export interface DemoWorkbook {
  /** changes with every opened workbook, so the pane and the grid start afresh */
  id: number;
  name: string;
  port: WorkbookPort;
  grid: GridSource;
  describe: (error: unknown) => string;
}

let opened = 0;

export function openDemoWorkbook(init: FakeWorkbookInit): DemoWorkbook {
  const name = init.name ?? "Workbook.xlsx";
  const fake = createFakeExcel(init);
  installOfficeHost(fake, name);
  return {
    id: ++opened,
    name,
    port: new OfficeJsWorkbook({ run: fake.run, requirements: fake.requirements }),
    grid: fakeGridSource(fake.state, fake.onChange),
    describe: (error) => describeOfficeError(error) || describeError(error),
  };
}
