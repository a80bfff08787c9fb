import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { Finding } from "../../../src/engine/result";
import { FindingsPanel, type FindingsPanelProps } from "../../../src/taskpane/components/findings-panel";
import { groupFindings } from "../../../src/taskpane/present";
import { withMessage } from "../../../src/engine/catalogue/render";

// findings as the engine makes them, message rendered from code and details by the catalogue
const failure = (severity: Finding["severity"], cell: string | undefined, error: string): Finding =>
  withMessage({
    code: "engine-error",
    severity,
    ...(cell ? { sheet: "Receipts", cell } : {}),
    details: { error },
  });

const stopped = (error: string) =>
  `the check stopped on an unexpected problem (${error}); please report it with the workbook.`;

function many(n: number): Finding[] {
  return Array.from({ length: n }, (_, i) =>
    withMessage({
      code: "invalid-date",
      severity: "warning",
      sheet: "Receipts",
      cell: `A${i + 2}`,
      details: { label: "Date", value: `day ${i + 2}` },
    }),
  );
}

function show(props: FindingsPanelProps) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <FindingsPanel {...props} />
    </FluentProvider>,
  );
}

describe("FindingsPanel", () => {
  it("asks for a check before there is anything to show", () => {
    show({ groups: null });
    expect(screen.getByText("Run “Check workbook” to see what needs attention.")).toBeInTheDocument();
  });

  it("says so when the books pass every check", () => {
    show({ groups: groupFindings([]) });
    expect(screen.getByText("No findings: the books pass every check.")).toBeInTheDocument();
  });

  it("shows a long list a page at a time so the pane stays responsive", async () => {
    const user = userEvent.setup();
    show({ groups: groupFindings(many(250)), onSelect: () => {} });
    expect(screen.getByRole("heading", { name: "Receipts (250)" })).toBeInTheDocument();
    expect(screen.getAllByRole("button", { name: /^Warning A\d+ "day / })).toHaveLength(100);
    await user.click(screen.getByRole("button", { name: "Show more (150 findings not shown yet)" }));
    expect(screen.getAllByRole("button", { name: /^Warning A\d+ "day / })).toHaveLength(200);
    await user.click(screen.getByRole("button", { name: "Show more (50 findings not shown yet)" }));
    expect(screen.getAllByRole("button", { name: /^Warning A\d+ "day / })).toHaveLength(250);
    expect(screen.queryByRole("button", { name: /^Show more/ })).not.toBeInTheDocument();
  });

  it("lists findings as text where the host cannot select cells, and workbook-wide ones apart", () => {
    const wide = withMessage({
      code: "period-too-long",
      severity: "error",
      details: { months: 5, max: 3, scheme: "ISCC EU" },
    });
    show({ groups: groupFindings([...many(1), wide]) });
    expect(screen.queryByRole("button")).not.toBeInTheDocument();
    const body =
      '"day 2" in Date is not a date; type a date such as 31.03.2025, 2025-03-31 or 31 Mar 2025 (the value is ignored).';
    expect(screen.getByText(body).parentElement).toHaveTextContent(`A2 ${body}`);
    expect(screen.getByRole("heading", { name: "Whole workbook (1)" })).toBeInTheDocument();
    expect(screen.getByRole("region", { name: "Errors (1)" })).toHaveTextContent(
      "Settings: the mass balance period is 5 months but ISCC EU allows at most 3; set a period of 3 months or less.",
    );
  });

  it("marks each finding with its severity icon and says each sheet and cell once", () => {
    const at = failure;
    show({
      groups: groupFindings([
        at("error", "C5", "not a number."),
        at("error", "C5", "needed for the balance."),
        at("warning", "D7", "a date after the period."),
        at("info", "E2", "read as tonnes."),
      ]),
      onSelect: () => {},
    });
    const errors = screen.getByRole("region", { name: "Errors (2)" });
    // two findings of one cell: its address once, then each message with its icon
    expect(within(errors).getAllByText("C5")).toHaveLength(1);
    expect(
      within(errors)
        .getAllByRole("button")
        .map((b) => b.textContent),
    ).toEqual([` ${stopped("not a number.")}`, ` ${stopped("needed for the balance.")}`]);
    expect(within(errors).getAllByRole("img", { name: "Error" })).toHaveLength(2);
    expect(
      screen.getByRole("button", { name: `Warning D7 ${stopped("a date after the period.")}` }),
    ).toBeInTheDocument();
    expect(screen.getByRole("button", { name: `Note E2 ${stopped("read as tonnes.")}` })).toBeInTheDocument();
    // the sheet is said in the heading, never again in the messages
    expect(screen.queryByText(/Receipts!/)).not.toBeInTheDocument();
    for (const [severity, name] of [
      ["error", "Error"],
      ["warning", "Warning"],
      ["info", "Note"],
    ])
      expect(screen.getAllByRole("img", { name })[0]).toHaveAttribute("data-severity", severity);
  });

  it("says the marks were cleared, keeping the last check's findings in view", () => {
    show({ groups: groupFindings(many(2)), onSelect: () => {}, cleared: true });
    expect(screen.getByText("Marks cleared")).toBeInTheDocument();
    expect(screen.getAllByRole("button", { name: /^Warning A\d/ })).toHaveLength(2);
  });
});
