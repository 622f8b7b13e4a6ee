// An optional member that an object literal with methods leaves out reads as undefined, as in Node
// (the runtime's JsObject answers None for an absent member), without becoming one of its keys.
interface Widget {
  render(): string;
  title?: string;
  sizeHint?: number;
  onClose?: () => string;
}

function widget(withTitle: boolean): Widget {
  const base: Widget = {
    render() {
      return "<" + (this.title ?? "untitled") + ">";
    },
  };
  if (withTitle) {
    base.title = "t";
  }
  return base;
}

export function testAbsentOptionalReadsUndefined(): unknown[] {
  const shown = widget(false);
  return [shown.title === undefined, shown.sizeHint ?? -1, shown.title ?? "none"];
}

export function testMethodSeesAbsentMemberAsUndefined(): string[] {
  return [widget(false).render(), widget(true).render()];
}

export function testAbsentOptionalMethodIsNotCalled(): string {
  const shown = widget(false);
  return shown.onClose?.() ?? "not called";
}

export function testPresentOptionalMethodIsCalled(): string {
  const shown: Widget = {
    render() {
      return "r";
    },
    onClose: () => "closed",
  };
  return shown.onClose?.() ?? "not called";
}

export function testReadingAnAbsentMemberAddsNoKey(): unknown[] {
  const shown = widget(false);
  const before = Object.keys(shown).length;
  const read = shown.sizeHint;
  return [before, Object.keys(shown).length, read === undefined, Object.keys(shown)];
}

export function testAbsentMemberBesideAccessors(): unknown[] {
  const counter: { count: number; readonly doubled: number; label?: string } = {
    count: 2,
    get doubled() {
      return this.count * 2;
    },
  };
  return [counter.doubled, counter.label ?? "no label", counter.label === undefined];
}

export function testAbsentOptionalInCondition(): string {
  const shown = widget(false);
  return shown.title ? "titled" : "untitled";
}

export function testOptionalMethodCallAsStatement(): string[] {
  const calls: string[] = [];
  const shown: Widget = {
    render() {
      return "r";
    },
    onClose: () => {
      calls.push("closed");
      return "closed";
    },
  };
  shown.onClose?.();
  widget(false).onClose?.();
  return calls;
}

interface Hooks {
  before?: (value: number) => number;
  after?: (value: number) => number;
}

export function testOptionalFunctionOfDataObject(): (number | null)[] {
  const hooks: Hooks = { before: (value) => value + 1 };
  return [hooks.before?.(1) ?? null, hooks.after?.(1) ?? null];
}

interface Panel {
  render(): string;
  rowCount?: number;
  columnCount: number;
}

export function testLeftOutMemberAssignedLaterKeepsItsKey(): unknown[] {
  const panel: Panel = {
    columnCount: 2,
    render() {
      return "panel";
    },
  };
  const before = Object.keys(panel);
  panel.rowCount = 3;
  return [before, Object.keys(panel), panel.rowCount];
}
