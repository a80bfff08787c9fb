// Office rejects a sync with an OfficeExtension.Error whose `code` says what went wrong; the
// person in front of Excel needs to know what to do about it instead.

/** A failure of the workbook host, worded for the user; `code` keeps the host's code for logs. */
export class WorkbookError extends Error {
  override readonly name = "WorkbookError";

  constructor(
    message: string,
    readonly code: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

const MESSAGES: Record<string, string> = {
  InvalidOperationInCellEditMode: "Excel is busy editing a cell: press Enter or Esc, then try again.",
  ItemNotFound:
    "A sheet or cell the add-in needs is no longer there (it may have been renamed or deleted). Check the workbook, then run the check again.",
  ItemAlreadyExists: "A sheet with that name already exists. Rename or delete it, then try again.",
  InvalidArgument:
    "Excel did not accept a value or cell address the add-in sent. Run the check again; if it keeps failing, report it with the workbook.",
  InvalidReference: "A cell reference the add-in sent does not exist in this workbook. Run the check again.",
  AccessDenied:
    "Excel refused the change, usually because the sheet or workbook is protected. Unprotect it (Review > Unprotect Sheet), then try again.",
  InsufficientPermission:
    "You do not have permission to change this workbook. Ask its owner for edit access, or save a copy and work on that.",
  RequestPayloadSizeLimitExceeded:
    "The workbook is too large for Excel on the web to exchange in one request. Try again; if it keeps failing, use Excel on the desktop or the massbal command.",
  ResponsePayloadSizeLimitExceeded:
    "The workbook is too large for Excel on the web to send in one response. Try again; if it keeps failing, use Excel on the desktop or the massbal command.",
  ApiNotFound:
    "This version of Excel lacks a feature the add-in needs. Update Office, or use Excel on the web.",
  ApiNotAvailable:
    "This version of Excel lacks a feature the add-in needs. Update Office, or use Excel on the web.",
  ActivityLimitReached: "Excel is handling too many requests right now. Wait a moment, then try again.",
  InvalidOperation:
    "Excel cannot do that right now. Check that no dialog is open and the sheet is not protected, then try again.",
  Conflict: "Someone else changed the workbook at the same time. Wait a moment, then try again.",
  RequestAborted: "Excel stopped the request before it finished. Try again.",
  ServiceNotAvailable: "Excel's service is not available at the moment. Wait a moment, then try again.",
  Unauthenticated: "Excel could not confirm who you are. Sign in to Office again, then try again.",
  PropertyNotLoaded:
    "The add-in read workbook data before Excel had delivered it. This is a fault in the add-in: please report it.",
  GeneralException:
    "Excel reported an unexpected problem. Save your work and try again; if it keeps happening, restart Excel.",
};

const PROTECTED =
  "The sheet is protected, so the add-in cannot change it. Unprotect it (Review > Unprotect Sheet), then try again.";

function officeCode(error: unknown): string | null {
  if (typeof error !== "object" || error === null || !("code" in error)) return null;
  const { code } = error as { code: unknown };
  const name = (error as { name?: unknown }).name;
  // OfficeExtension.Error is named "RichApi.Error"; other Office failures carry known codes.
  if (typeof code !== "string" || (name !== "RichApi.Error" && !(code in MESSAGES))) return null;
  return code;
}

/**
 * Readable text for a failure of Excel, or null when the error did not come from Excel
 * (callers then fall back to their own wording).
 */
export function describeOfficeError(error: unknown): string | null {
  if (error instanceof WorkbookError) return error.message;
  const code = officeCode(error);
  if (code === null) return null;
  const text = String((error as { message?: unknown }).message ?? "");
  if (
    /protected/i.test(text) &&
    (code === "AccessDenied" || code === "InvalidOperation" || code === "GeneralException")
  ) {
    return PROTECTED;
  }
  const known = MESSAGES[code];
  if (known) return known;
  return text.trim()
    ? `Excel reported a problem: ${text.trim()}`
    : `Excel reported a problem (${code}). Try again.`;
}

/** Wraps Office failures into WorkbookError; cancellation and our own errors pass through. */
export function toWorkbookError(error: unknown): unknown {
  if (error instanceof WorkbookError) return error;
  if (error instanceof Error && error.name === "AbortError") return error;
  const message = describeOfficeError(error);
  if (message === null) return error;
  return new WorkbookError(message, officeCode(error) ?? "Unknown", { cause: error });
}
