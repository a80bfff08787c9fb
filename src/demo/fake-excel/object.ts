// The proxy machinery Office.js gives every API object: properties must be loaded and synced
// before they can be read, property writes and method calls are queued and applied at sync,
// and each proxy stands for the host object it resolved to when its creating call ran.
import type { FakeRequestContext } from "./context";
import { FakeOfficeError, itemNotFound, propertyNotLoaded } from "./errors";

export type LoadSpec = string | string[] | { select?: string; expand?: string };

/** Bytes a request or response carries for a value (UTF-8 JSON, as Excel on the web sends it). */
export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value);
  if (text === undefined) return 0;
  let bytes = 0;
  for (const ch of text) {
    const point = ch.codePointAt(0) as number;
    bytes += point < 0x80 ? 1 : point < 0x800 ? 2 : point < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** Fixed cost of one queued call in a request (its object path, method name and ids). */
export const ACTION_OVERHEAD = 64;

export function loadPaths(spec: LoadSpec | undefined): string[] {
  if (spec === undefined) return [];
  const text = typeof spec === "string" ? spec : Array.isArray(spec) ? spec.join(",") : (spec.select ?? "");
  return text
    .split(",")
    .map((p) => p.trim())
    .filter((p) => p !== "");
}

/** What a load path can go through: any proxy, whatever host object it stands for. */
export interface Loadable {
  load(spec?: LoadSpec): unknown;
  capture(props: string[]): number;
}

export abstract class FakeObject<T> implements Loadable {
  private readonly cache = new Map<string, unknown>();
  private resolved = false;
  private resolvedValue: T | null = null;

  constructor(
    readonly context: FakeRequestContext,
    private readonly resolver: () => T | null,
    protected readonly entity: string,
  ) {}

  /** Scalar properties that `load` can fetch, read from the host object at sync. */
  protected scalars(): Record<string, (t: T) => unknown> {
    return {};
  }

  /** Navigation properties (`format`, `fill`…) that a load path may go through. */
  protected navs(): Record<string, Loadable> {
    return {};
  }

  /** Resolve once, in queue order, as Excel does when the creating call runs. */
  resolve(): T | null {
    if (!this.resolved) {
      this.resolvedValue = this.resolver();
      this.resolved = true;
    }
    return this.resolvedValue;
  }

  /** The host object, or ItemNotFound when this is a null object. */
  protected target(): T {
    const t = this.resolve();
    if (t === null) throw itemNotFound(this.entity);
    return t;
  }

  get isNullObject(): boolean {
    if (!this.resolved) throw propertyNotLoaded("isNullObject", this.entity);
    return this.resolvedValue === null;
  }

  /** Queue the call that creates this proxy, so a missing item fails the sync at the right point. */
  queueResolve(args: unknown): this {
    this.context.enqueue({ args, writes: false, run: () => void this.resolve() });
    return this;
  }

  load(spec?: LoadSpec): this {
    const own: string[] = [];
    for (const path of loadPaths(spec)) {
      const [head, ...rest] = path.split("/");
      const nav = this.navs()[head as string];
      if (nav && rest.length > 0) nav.load(rest.join("/"));
      else if (head && head in this.scalars()) own.push(head);
      else
        throw new FakeOfficeError("InvalidArgument", `Cannot load '${path}' of ${this.entity}.`, this.entity);
    }
    const props = own.length > 0 || loadPaths(spec).length > 0 ? own : Object.keys(this.scalars());
    if (props.length > 0) {
      this.context.enqueue({ args: props, writes: false, run: () => this.capture(props) });
    }
    return this;
  }

  /** Copy properties from the host object into the proxy; returns the response bytes. */
  capture(props: string[]): number {
    const t = this.resolve();
    const getters = this.scalars();
    let bytes = 0;
    for (const p of props) {
      const v = t === null ? null : (getters[p] as (t: T) => unknown)(t);
      this.cache.set(p, v);
      bytes += jsonBytes(v) + p.length + 4;
    }
    return bytes;
  }

  protected read<V>(prop: string): V {
    if (!this.cache.has(prop)) throw propertyNotLoaded(prop, this.entity);
    return this.cache.get(prop) as V;
  }

  /** A written property reads back on the proxy without a load, as in Office.js. */
  protected remember(prop: string, value: unknown): void {
    this.cache.set(prop, value);
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.cache);
  }
}

/** A collection proxy: `items` appears after `load("items/…")` and a sync. */
export abstract class FakeCollection<T, P extends Loadable> extends FakeObject<T> {
  private loadedItems: P[] | null = null;

  protected abstract list(t: T): P[];

  protected abstract itemScalars(): string[];

  get items(): P[] {
    if (this.loadedItems === null) throw propertyNotLoaded("items", this.entity);
    return this.loadedItems;
  }

  override load(spec?: LoadSpec): this {
    const props = loadPaths(spec).map((p) => p.replace(/^items\//, ""));
    for (const p of props) {
      if (!this.itemScalars().includes(p)) {
        throw new FakeOfficeError(
          "InvalidArgument",
          `Cannot load '${p}' of ${this.entity} items.`,
          this.entity,
        );
      }
    }
    const wanted = props.length > 0 ? props : this.itemScalars();
    this.context.enqueue({
      args: wanted,
      writes: false,
      run: () => {
        const items = this.list(this.target());
        this.loadedItems = items;
        return items.reduce((sum, item) => sum + item.capture(wanted), 2);
      },
    });
    return this;
  }
}
