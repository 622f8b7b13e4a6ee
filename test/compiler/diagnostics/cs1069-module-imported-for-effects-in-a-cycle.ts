// A module imported for its effects (`import "./modules/plugin-setup"`) that imports a name of this
// module back: Python's importlib.import_module loads it while this module is still loading, and its
// `from ..cs1069-… import plugins` raises ImportError, where Node binds the name live.
import "./modules/plugin-setup";

export const plugins: string[] = [];
export function register(name: string): void {
  plugins.push(name);
}
