import "@testing-library/jest-dom";
import { TextDecoder, TextEncoder } from "node:util";

// jsdom lacks ResizeObserver, which Fluent UI v9 components use for positioning.
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver ??= ResizeObserverStub;

// jsdom also leaves out TextEncoder, which every browser and Excel's webview have; the
// declaration fingerprint (SHA-256 of the source rows) needs it.
Object.assign(globalThis, {
  TextEncoder: globalThis.TextEncoder ?? TextEncoder,
  TextDecoder: globalThis.TextDecoder ?? TextDecoder,
});

// Fluent components render slowly in jsdom on a shared 2-core machine; whole-pane tests click
// through several actions, which can exceed Jest's 5 s default without anything being wrong.
jest.setTimeout(30_000);
