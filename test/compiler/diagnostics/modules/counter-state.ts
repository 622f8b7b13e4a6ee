// A module whose `let`s a function reassigns (see ../cs1068-import-of-reassigned-let.ts).

export let counter = 0;
export let cache: string | null = null;
export let settled = 1;
settled = 2; // at the top level: done while the module loads, before any importer copies it
export const state = { counter: 0 };

export function bump(): void {
  counter++;
  state.counter++;
}

export function init(): void {
  cache = "ready";
}
