import { XlsxWorkbook } from "../../../../src/workbook/xlsx/xlsx-workbook";
import { runPortContract } from "../../port-contract";

// Every check after a write goes through a real file: save to a buffer, load it again.
runPortContract("xlsx", async (snapshot) => {
  const wb = await XlsxWorkbook.fromSnapshot(snapshot);
  const reloaded = async () => XlsxWorkbook.fromBuffer(await wb.toBuffer());
  return {
    port: wb,
    reopen: async () => (await reloaded()).readSnapshot(),
    inspect: async (ref) => (await reloaded()).inspect(ref),
    sheetOptions: async (name) => (await reloaded()).getSheetOptions(name),
  };
});
