import "@testing-library/jest-dom";

// jsdom lacks ResizeObserver, which Fluent UI v9 components use for positioning.
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver ??= ResizeObserverStub;
