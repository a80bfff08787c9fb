// Every book this project builds for itself, as plain data (see book.ts).
export * from "./book";
export * from "./clean";
export * from "./columns";
export * from "./large";
export * from "./sample";
export * from "./trader";
