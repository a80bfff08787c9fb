// Every failure reaches the user as a sentence, never as a blank pane or "[object Object]".

/** Turns whatever was thrown into readable text; hosts may pass a richer describer (Office errors). */
export type DescribeError = (error: unknown) => string;

export function isAbort(error: unknown, signal?: AbortSignal): boolean {
  if (signal?.aborted) return true;
  return error instanceof Error && error.name === "AbortError";
}

export const describeError: DescribeError = (error) => {
  if (error instanceof Error) return error.message.trim() || `${error.name} (no details were given)`;
  if (typeof error === "string" && error.trim()) return error.trim();
  if (error && typeof error === "object" && "message" in error && typeof error.message === "string") {
    return error.message;
  }
  return "Something went wrong, and no details were given. Try again; if it keeps happening, reload the add-in.";
};
