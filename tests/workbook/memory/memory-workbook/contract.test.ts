import { MemoryWorkbook } from "../../../../src/workbook/memory/memory-workbook";
import { runPortContract } from "../../port-contract";

runPortContract("memory", async (snapshot) => {
  const wb = MemoryWorkbook.fromSnapshot(snapshot);
  return {
    port: wb,
    reopen: async () => wb.snapshot(),
    inspect: async (ref) => ({
      value: wb.getValue(ref.sheet, ref.cell),
      ...wb.getStyle(ref.sheet, ref.cell),
    }),
    sheetOptions: async (name) => wb.getSheetOptions(name),
  };
});
