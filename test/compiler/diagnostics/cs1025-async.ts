export async function load(): Promise<number> {
  const value = await Promise.resolve(1);
  return value;
}
export const later = async (): Promise<void> => {};
export class Loader {
  async fetch(): Promise<string> {
    return "x";
  }
}
