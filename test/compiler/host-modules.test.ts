/** Host modules (`declare module` in src/host/): plain Python imports, names kept, @pythonName and @pythonKeywords applied. */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { compileFiles, formatDiagnostic } from "../../transpiler/src/index";
import { python311, runPython } from "../support/python";

const FAKE_GUI = `
LOGINFO = 1
calls = []

class Dialog:
    def notification(self, heading, message, time=5000):
        calls.append(("notification", heading, message, time))

    def yesno(self, heading, message):
        calls.append(("yesno", heading))
        return True

def print(text):
    calls.append(("print", text))
`;

test("a host API is imported as is, renamed by @pythonName and called with keywords by @pythonKeywords", () => {
  const root = mkdtempSync(path.join(tmpdir(), "cloudsync-host-"));
  const result = compileFiles({
    files: [path.join(__dirname, "host", "uses-host.ts"), path.join(__dirname, "host", "fakehost.d.ts")],
    outDir: path.join(root, "compiled"),
  });
  expect(result.diagnostics.map((diagnostic) => formatDiagnostic(diagnostic))).toEqual([]);
  const python = readFileSync(path.join(root, "compiled", "uses_host.py"), "utf8");
  expect(python).toContain("from fakehost.gui import Dialog, LOGINFO, print");
  expect(python).toContain('dialog.notification(heading="CloudSync", message="Connected", time=js_times(seconds, 1000))');
  expect(python).toContain('return dialog.yesno("Reset?", "Forget this device?")');

  // And it runs against a Python module of that shape.
  mkdirSync(path.join(root, "fakehost"));
  writeFileSync(path.join(root, "fakehost", "__init__.py"), "");
  writeFileSync(path.join(root, "fakehost", "gui.py"), FAKE_GUI);
  const script = `import sys\nsys.path.insert(0, ${JSON.stringify(root)})\nfrom compiled.uses_host import notify_connected\nimport fakehost.gui as gui\nresult = notify_connected(2)\nprint(result, gui.calls)`;
  expect(runPython(python311(), ["-c", script]).trim()).toBe(
    "True [('notification', 'CloudSync', 'Connected', 2000), ('print', 'level 1'), ('yesno', 'Reset?')]",
  );
});
