// Errors shaped like OfficeExtension.Error (name "RichApi.Error", a `code`, `debugInfo`), so the
// adapter's error mapping is exercised by the same objects Excel would reject a sync with.

export class FakeOfficeError extends Error {
  override readonly name = "RichApi.Error";
  readonly debugInfo: { code: string; message: string; errorLocation?: string };

  constructor(
    readonly code: string,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.debugInfo = { code, message, errorLocation };
  }
}

export function propertyNotLoaded(property: string, entity: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    entity,
  );
}

export function itemNotFound(location: string): FakeOfficeError {
  return new FakeOfficeError("ItemNotFound", "The requested resource doesn't exist.", location);
}

export function invalidArgument(location: string, detail?: string): FakeOfficeError {
  return new FakeOfficeError(
    "InvalidArgument",
    `The argument is invalid or missing or has an incorrect format.${detail ? ` (${detail})` : ""}`,
    location,
  );
}

export function apiNotFound(api: string, version: string): FakeOfficeError {
  return new FakeOfficeError(
    "ApiNotFound",
    `The API you are trying to use could not be found. It may be available in a newer version of Excel. (${api} needs ExcelApi ${version})`,
    api,
  );
}
