import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { Finding } from "../../../src/engine/result";
import { FindingsPanel, type FindingsPanelProps } from "../../../src/taskpane/components/findings-panel";
import { groupFindings } from "../../../src/taskpane/present";

function many(n: number): Finding[] {
  return Array.from({ length: n }, (_, i) => ({
    code: "invalid-date",
    severity: "warning",
    message: `Row ${i + 2}: the date is not a date.`,
    sheet: "Receipts",
    cell: `A${i + 2}`,
  }));
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
    expect(screen.getAllByRole("button", { name: /^Receipts!A\d+ — / })).toHaveLength(100);
    await user.click(screen.getByRole("button", { name: "Show more (150 findings not shown yet)" }));
    expect(screen.getAllByRole("button", { name: /^Receipts!A\d+ — / })).toHaveLength(200);
    await user.click(screen.getByRole("button", { name: "Show more (50 findings not shown yet)" }));
    expect(screen.getAllByRole("button", { name: /^Receipts!A\d+ — / })).toHaveLength(250);
    expect(screen.queryByRole("button", { name: /^Show more/ })).not.toBeInTheDocument();
  });

  it("lists findings as text where the host cannot select cells, and workbook-wide ones apart", () => {
    const wide: Finding = {
      code: "period-too-long",
      severity: "error",
      message: "The period is longer than 3 months.",
    };
    show({ groups: groupFindings([...many(1), wide]) });
    expect(screen.queryByRole("button")).not.toBeInTheDocument();
    expect(screen.getByText("Receipts!A2 — Row 2: the date is not a date.")).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Whole workbook (1)" })).toBeInTheDocument();
    expect(screen.getByRole("region", { name: "Errors (1)" })).toHaveTextContent(
      "The period is longer than 3 months.",
    );
  });
});
