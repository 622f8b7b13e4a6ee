/** Fills the {{placeholders}} of an addon.xml template; every placeholder must be known and used. */
function escapeXml(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");
}

export function fillManifest(template: string, values: Record<string, string>, file: string): string {
  const used = new Set<string>();
  const filled = template.replace(/\{\{(\w+)\}\}/g, (_whole, name: string) => {
    const value = values[name];
    if (value === undefined) {
      throw new Error(`${file} has an unknown placeholder {{${name}}}`);
    }
    used.add(name);
    return escapeXml(value);
  });
  const unused = Object.keys(values).filter((name) => !used.has(name));
  if (unused.length > 0) {
    throw new Error(`${file} lacks the placeholder(s) ${unused.map((name) => `{{${name}}}`).join(", ")}`);
  }
  return filled;
}
