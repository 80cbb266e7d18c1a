// A module that the program running the code provides, loaded when first needed: the core names
// only its type, so that a run which never needs it never loads it (see parse/yaml-package.ts and
// validate/zod-schemas.ts).

export interface Provided<T> {
  /** Says how to get the module; `load` is called once, when it is first needed. */
  provide(load: () => T): void;
  /** The module, loaded now if it was not yet. */
  get(): T;
}

/** `missing`: the fault when the module is needed before anything provided it. */
export function provided<T>(missing: string): Provided<T> {
  let loader: (() => T) | undefined;
  let loaded: T | undefined;
  return {
    provide(load) {
      loader = load;
      loaded = undefined;
    },
    get() {
      if (loaded) return loaded;
      if (!loader) throw new Error(missing);
      loaded = loader();
      return loaded;
    },
  };
}
