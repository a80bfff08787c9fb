import "@testing-library/jest-dom";

// jsdom lacks ResizeObserver, which Fluent UI v9 components use for positioning.
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver ??= ResizeObserverStub;

// Fluent components render slowly in jsdom on a shared 2-core machine; whole-pane tests click
// through several actions, which can exceed Jest's 5 s default without anything being wrong.
jest.setTimeout(30_000);
