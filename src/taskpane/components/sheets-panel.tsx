import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Dropdown,
  Field,
  Option,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { ColumnMapping, RecognisedSheet, SheetKind } from "../../workbook/types";
import { KIND_LABEL, plural } from "../present";
import { type FieldChoice, type Inspection, KIND_FIELD } from "../services";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  meta: { color: tokens.colorNeutralForeground3 },
  headerText: { display: "flex", flexDirection: "column", alignItems: "flex-start" },
  dropdown: { minWidth: "0", width: "100%" },
  confirm: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    backgroundColor: tokens.colorPaletteYellowBackground1,
    borderRadius: tokens.borderRadiusMedium,
  },
  confirmRow: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
});

export interface SheetsPanelProps {
  inspection: Inspection;
  fieldsFor(sheet: RecognisedSheet): FieldChoice[];
  /** a column for one field, or (field KIND_FIELD with `kind`) what kind of sheet this is */
  onMap(mapping: ColumnMapping, label: string): void;
}

export function SheetsPanel({ inspection, fieldsFor, onMap }: SheetsPanelProps) {
  if (inspection.sheets.length === 0) return <Text>This workbook has no sheets to read.</Text>;
  return (
    <Accordion multiple collapsible>
      {inspection.sheets.map((sheet) => (
        <SheetItem
          key={sheet.block ? `${sheet.name} ${sheet.block}` : sheet.name}
          sheet={sheet}
          fields={fieldsFor(sheet)}
          columns={inspection.columns[sheet.name] ?? []}
          onMap={onMap}
        />
      ))}
    </Accordion>
  );
}

/** The kind dropdown's option that removes a chosen kind. */
const AS_HEADED = "as-headed";

interface SheetItemProps {
  sheet: RecognisedSheet;
  fields: FieldChoice[];
  columns: { letter: string; header: string }[];
  onMap(mapping: ColumnMapping, label: string): void;
}

function headerOf(
  sheet: RecognisedSheet,
  field: string,
  letter: string,
  columns: { letter: string; header: string }[],
): string {
  return columns.find((c) => c.letter === letter)?.header ?? sheet.headers[field] ?? "";
}

function columnText(letter: string, header: string): string {
  return header ? `${letter} — ${header}` : `${letter} (no header)`;
}

function SheetItem({ sheet, fields, columns, onMap }: SheetItemProps) {
  const styles = useStyles();
  const kind = KIND_LABEL[sheet.kind] ?? sheet.kind;
  const recognised = sheet.kind !== "unknown";
  // What was matched comes first; the fields still missing follow, required ones on top.
  const mapped = fields.filter((f) => sheet.columns[f.field]);
  const unmapped = fields
    .filter((f) => !sheet.columns[f.field])
    .sort((a, b) => Number(b.required ?? false) - Number(a.required ?? false));
  // Mappings the add-in applied but is not sure of: the user confirms each (it is then remembered).
  const toConfirm = mapped.filter((f) => sheet.confidence?.[f.field] === "uncertain");
  return (
    <AccordionItem value={sheet.block ? `${sheet.name} ${sheet.block}` : sheet.name}>
      <AccordionHeader>
        <span className={styles.headerText}>
          {/* a sheet of receipts and deliveries side by side: one item per block, named by its columns */}
          <span>{sheet.block ? `${sheet.name} (${sheet.block})` : sheet.name}</span>
          <Text size={200} className={styles.meta}>
            {recognised ? `Recognised as ${kind}, ${plural(sheet.rows, "row")}` : kind}
          </Text>
        </span>
      </AccordionHeader>
      <AccordionPanel className={styles.panel}>
        <Text size={200}>
          {sheet.headerRow === null ? "No header row was found." : `Headers in row ${sheet.headerRow}.`}{" "}
          {sheet.corrected && <Badge appearance="tint">Mapping corrected by you</Badge>}
        </Text>
        {toConfirm.length > 0 && (
          <div className={styles.confirm} role="group" aria-label="Please confirm">
            <Text size={200} weight="semibold">
              Please confirm
            </Text>
            <Text size={200}>These columns were read this way, but the add-in is not sure.</Text>
            {toConfirm.map((f) => {
              const letter = sheet.columns[f.field] ?? "";
              const header = headerOf(sheet, f.field, letter, columns);
              const note = sheet.notes?.[f.field];
              return (
                <div key={f.field} className={styles.confirmRow}>
                  <Text size={200}>
                    {`${f.label}: ${columnText(letter, header)}`}
                    {note ? ` (${note})` : ""}
                  </Text>
                  <Button
                    size="small"
                    aria-label={`Confirm ${f.label} in column ${letter}`}
                    onClick={() =>
                      onMap({ sheet: sheet.name, field: f.field, column: letter, header }, f.label)
                    }
                  >
                    Confirm
                  </Button>
                </div>
              );
            })}
          </div>
        )}
        {!recognised && fields.length === 0 && (
          <Text size={200}>The add-in does not read this sheet; its cells are left as they are.</Text>
        )}
        <Field label={sheet.block ? "Read these columns as" : "Read this sheet as"} size="small">
          <Dropdown
            size="small"
            className={styles.dropdown}
            value={kind}
            selectedOptions={[sheet.kind]}
            onOptionSelect={(_, data) => {
              const chosen = data.optionValue as SheetKind | typeof AS_HEADED | undefined;
              // a block's kind is stored with its first column, the whole sheet's with none
              const column = sheet.block?.split(":")[0] ?? "";
              if (chosen === AS_HEADED)
                onMap({ sheet: sheet.name, field: KIND_FIELD, column }, "its headings say");
              else if (chosen && chosen !== sheet.kind)
                onMap(
                  { sheet: sheet.name, field: KIND_FIELD, column, kind: chosen },
                  KIND_LABEL[chosen] ?? chosen,
                );
            }}
          >
            {/* removes a kind the user chose: the sheet (or block) is read as its headings say */}
            <Option value={AS_HEADED}>As its headings say</Option>
            {Object.entries(KIND_LABEL).map(([value, text]) => (
              <Option key={value} value={value}>
                {text}
              </Option>
            ))}
          </Dropdown>
        </Field>
        {mapped.map((f) => (
          <FieldMapping key={f.field} sheet={sheet} choice={f} columns={columns} onMap={onMap} />
        ))}
        {unmapped.length > 0 && (
          <>
            <Text size={200} weight="semibold">
              Not mapped
            </Text>
            {unmapped.map((f) => (
              <FieldMapping key={f.field} sheet={sheet} choice={f} columns={columns} onMap={onMap} />
            ))}
          </>
        )}
      </AccordionPanel>
    </AccordionItem>
  );
}

interface FieldMappingProps {
  sheet: RecognisedSheet;
  choice: FieldChoice;
  columns: { letter: string; header: string }[];
  onMap(mapping: ColumnMapping, label: string): void;
}

function FieldMapping({ sheet, choice, columns, onMap }: FieldMappingProps) {
  const styles = useStyles();
  const { field, label } = choice;
  const letter = sheet.columns[field] ?? "";
  const header = headerOf(sheet, field, letter, columns);
  const uncertain = sheet.confidence?.[field] === "uncertain";
  return (
    <Field
      label={label}
      size="small"
      required={choice.required}
      validationState={uncertain ? "warning" : "none"}
      validationMessage={uncertain ? "Please confirm this column" : undefined}
    >
      <Dropdown
        size="small"
        className={styles.dropdown}
        value={letter ? columnText(letter, header) : "Not mapped"}
        selectedOptions={[letter]}
        onOptionSelect={(_, data) => {
          const column = data.optionValue ?? "";
          const chosen = columns.find((c) => c.letter === column)?.header;
          // the header is kept with the column, so the mapping follows it when columns move
          if (column !== letter)
            onMap({ sheet: sheet.name, field, column, ...(chosen ? { header: chosen } : {}) }, label);
        }}
      >
        <Option value="">Not mapped</Option>
        {columns.map((c) => (
          <Option key={c.letter} value={c.letter}>
            {columnText(c.letter, c.header)}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
