import { Dialog, LOGINFO, show } from "fakehost/gui";

export function notifyConnected(seconds: number): boolean {
  const dialog = new Dialog();
  dialog.notification({ heading: "CloudSync", message: "Connected", time: seconds * 1000 });
  show(`level ${LOGINFO}`);
  return dialog.askYesNo("Reset?", "Forget this device?");
}
