import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { SheetsPanel } from "../../../src/taskpane/components/sheets-panel";
import { type Inspection, KIND_FIELD } from "../../../src/taskpane/services";

const inspection: Inspection = {
  workbook: "Book.xlsx",
  settings: {},
  effective: {},
  sheets: [
    {
      name: "Receipts",
      kind: "receipts",
      headerRow: 3,
      rows: 12,
      columns: { date: "A", quantity: "C" },
      units: { quantity: "t" },
      headers: { date: "Date", quantity: "Qty (t)" },
      corrected: true,
      confidence: { date: "remembered", quantity: "exact" },
      notes: {},
    },
    {
      name: "Notes",
      kind: "unknown",
      headerRow: null,
      rows: 0,
      columns: {},
      units: {},
      headers: {},
      corrected: false,
      confidence: {},
      notes: {},
    },
    {
      name: "PoS register",
      kind: "receipts",
      headerRow: 2,
      rows: 40,
      columns: { date: "C", quantity: "D", product: "B" },
      units: {},
      headers: { date: "Date of Issuance", quantity: "Menge", product: "Product" },
      corrected: false,
      confidence: { date: "uncertain", quantity: "exact", product: "exact" },
      notes: {
        date: "no receipt or dispatch date column, so the SD's date of issuance stands for the receipt date",
      },
    },
  ],
  columns: {
    Receipts: [
      { letter: "A", header: "Date" },
      { letter: "B", header: "" },
      { letter: "C", header: "Qty (t)" },
    ],
    "PoS register": [
      { letter: "A", header: "Company" },
      { letter: "B", header: "Product" },
      { letter: "C", header: "Date of Issuance" },
      { letter: "D", header: "Menge" },
    ],
  },
};

const fields = [
  { field: "supplier", label: "Supplier" },
  { field: "date", label: "Date", required: true },
  { field: "product", label: "Product", required: true },
  { field: "quantity", label: "Quantity", required: true },
];

function show() {
  const onMap = jest.fn();
  render(
    <FluentProvider theme={webLightTheme}>
      <SheetsPanel
        inspection={inspection}
        fieldsFor={(s) => (s.kind === "unknown" ? [] : fields)}
        onMap={onMap}
      />
    </FluentProvider>,
  );
  return { onMap, user: userEvent.setup() };
}

describe("SheetsPanel", () => {
  it("lists each sheet with its kind and rows, and what the user corrected", async () => {
    const { user } = show();
    expect(
      screen.getByRole("button", { name: "Receipts Recognised as Receipts, 12 rows" }),
    ).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Notes Not recognised" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: /^Receipts/ }));
    expect(screen.getByText("Headers in row 3.")).toBeInTheDocument();
    expect(screen.getByText("Mapping corrected by you")).toBeInTheDocument();
  });

  it("shows mapped fields first, then the missing ones with required fields on top", async () => {
    const { user } = show();
    await user.click(screen.getByRole("button", { name: /^Receipts/ }));
    const labels = [...document.querySelectorAll("label")].map((l) => l.textContent?.replace(/\s*\*$/, ""));
    const values = screen.getAllByRole("combobox").map((box) => box.textContent);
    expect(labels).toEqual(["Read this sheet as", "Date", "Quantity", "Product", "Supplier"]);
    expect(values).toEqual(["Receipts", "A — Date", "C — Qty (t)", "Not mapped", "Not mapped"]);
  });

  it("saves a column, an unmapped field, and a sheet kind as corrections", async () => {
    const { user, onMap } = show();
    await user.click(screen.getByRole("button", { name: /^Receipts/ }));
    expect(screen.queryByRole("group", { name: "Please confirm" })).not.toBeInTheDocument();
    await user.click(screen.getByRole("combobox", { name: /^Product/ }));
    await user.click(screen.getByRole("option", { name: "B (no header)" }));
    expect(onMap).toHaveBeenLastCalledWith({ sheet: "Receipts", field: "product", column: "B" }, "Product");

    await user.click(screen.getByRole("combobox", { name: /^Quantity/ }));
    await user.click(within(screen.getByRole("listbox")).getByRole("option", { name: "Not mapped" }));
    expect(onMap).toHaveBeenLastCalledWith({ sheet: "Receipts", field: "quantity", column: "" }, "Quantity");

    await user.click(screen.getByRole("combobox", { name: "Read this sheet as" }));
    await user.click(screen.getByRole("option", { name: "Deliveries" }));
    expect(onMap).toHaveBeenLastCalledWith(
      { sheet: "Receipts", field: KIND_FIELD, column: "", kind: "deliveries" },
      "Deliveries",
    );
  });

  it("p-blocks: a kind is chosen for the block shown (stored with its first column), and a chosen kind can be removed", async () => {
    const onMap = jest.fn();
    const block = (kind: "receipts" | "deliveries", range: string) => ({
      ...(inspection.sheets[0] as Inspection["sheets"][number]),
      name: "UCO",
      kind,
      block: range,
    });
    render(
      <FluentProvider theme={webLightTheme}>
        <SheetsPanel
          inspection={{ ...inspection, sheets: [block("receipts", "A:F"), block("deliveries", "H:K")] }}
          fieldsFor={() => fields}
          onMap={onMap}
        />
      </FluentProvider>,
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: /^UCO \(H:K\)/ }));
    await user.click(screen.getByRole("combobox", { name: "Read these columns as" }));
    await user.click(screen.getByRole("option", { name: "Receipts" }));
    expect(onMap).toHaveBeenLastCalledWith(
      { sheet: "UCO", field: KIND_FIELD, column: "H", kind: "receipts" },
      "Receipts",
    );
    await user.click(screen.getByRole("combobox", { name: "Read these columns as" }));
    await user.click(screen.getByRole("option", { name: "As its headings say" }));
    expect(onMap).toHaveBeenLastCalledWith(
      { sheet: "UCO", field: KIND_FIELD, column: "H" },
      "its headings say",
    );
  });

  it("a chosen kind of a sheet of one table is removed for the whole sheet", async () => {
    const { user, onMap } = show();
    await user.click(screen.getByRole("button", { name: /^Receipts/ }));
    await user.click(screen.getByRole("combobox", { name: "Read this sheet as" }));
    await user.click(screen.getByRole("option", { name: "As its headings say" }));
    expect(onMap).toHaveBeenLastCalledWith(
      { sheet: "Receipts", field: KIND_FIELD, column: "" },
      "its headings say",
    );
  });

  it("asks to confirm an uncertain column, says why, and confirming saves it with its header", async () => {
    const { user, onMap } = show();
    await user.click(screen.getByRole("button", { name: /^PoS register/ }));
    const group = screen.getByRole("group", { name: "Please confirm" });
    expect(within(group).getByText(/Date: C — Date of Issuance/)).toHaveTextContent(
      "date of issuance stands for the receipt date",
    );
    expect(within(group).queryByText(/Quantity/)).not.toBeInTheDocument();
    expect(screen.getByText("Please confirm this column")).toBeInTheDocument();
    await user.click(within(group).getByRole("button", { name: "Confirm Date in column C" }));
    expect(onMap).toHaveBeenLastCalledWith(
      { sheet: "PoS register", field: "date", column: "C", header: "Date of Issuance" },
      "Date",
    );
  });

  it("keeps the header with a column the user chooses, so the mapping follows it when columns move", async () => {
    const { user, onMap } = show();
    await user.click(screen.getByRole("button", { name: /^PoS register/ }));
    await user.click(screen.getByRole("combobox", { name: /^Date/ }));
    await user.click(screen.getByRole("option", { name: "A — Company" }));
    expect(onMap).toHaveBeenLastCalledWith(
      { sheet: "PoS register", field: "date", column: "A", header: "Company" },
      "Date",
    );
  });
});
