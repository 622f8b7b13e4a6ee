// An everyday program written as a new TypeScript user would, without this compiler in mind (review S46B): bank.
class InsufficientFunds extends Error {
  override readonly name = "InsufficientFunds";
  constructor(
    readonly needed: number,
    readonly available: number,
  ) {
    super(`need ${needed.toFixed(2)}, have ${available.toFixed(2)}`);
  }
}
class AccountLocked extends Error {
  constructor(id: string, options?: { cause?: unknown }) {
    super(`account ${id} is locked`, options);
    this.name = "AccountLocked";
  }
}

interface Tx {
  readonly at: number;
  readonly amount: number;
  readonly memo: string;
}

class Account {
  private static nextId = 100;
  readonly id = `ACC-${Account.nextId++}`;
  private txs: Tx[] = [];
  private locked = false;
  private clock = 0;
  constructor(
    readonly owner: string,
    opening = 0,
  ) {
    if (opening) this.deposit(opening, "opening");
  }
  get balance(): number {
    return this.txs.reduce((s, t) => s + t.amount, 0);
  }
  deposit = (amount: number, memo = "deposit"): this => {
    this.assertOpen();
    if (!(amount > 0)) throw new RangeError(`bad amount ${amount}`);
    this.txs.push({ at: ++this.clock, amount, memo });
    return this;
  };
  withdraw(amount: number, memo = "withdrawal"): this {
    this.assertOpen();
    if (amount > this.balance) throw new InsufficientFunds(amount, this.balance);
    this.txs.push({ at: ++this.clock, amount: -amount, memo });
    return this;
  }
  lock(): void {
    this.locked = true;
  }
  private assertOpen(): void {
    if (this.locked) throw new AccountLocked(this.id, { cause: new Error("fraud check") });
  }
  statement(): string[] {
    let running = 0;
    return this.txs.map(({ at, amount, memo }) => {
      running += amount;
      const sign = amount < 0 ? "-" : "+";
      return `${String(at).padStart(3, "0")} ${memo.padEnd(12, ".")} ${sign}${Math.abs(amount).toFixed(2).padStart(9)} = ${running.toFixed(2)}`;
    });
  }
}

class SavingsAccount extends Account {
  constructor(
    owner: string,
    private readonly rate: number,
  ) {
    super(owner);
  }
  accrue(months: number): number {
    const interest = Math.round(this.balance * ((1 + this.rate / 12) ** months - 1) * 100) / 100;
    if (interest > 0) this.deposit(interest, "interest");
    return interest;
  }
  override withdraw(amount: number, memo?: string): this {
    if (amount > 500) throw new RangeError("savings withdrawals are limited to 500");
    return super.withdraw(amount, memo);
  }
}

function transfer(from: Account, to: Account, amount: number): string {
  try {
    from.withdraw(amount, `to ${to.id}`);
    to.deposit(amount, `from ${from.id}`);
    return "ok";
  } catch (e) {
    if (e instanceof InsufficientFunds) return `${e.name}: ${e.message} (short ${(e.needed - e.available).toFixed(2)})`;
    if (e instanceof AccountLocked) return `${e.name}: ${e.message}; cause=${e.cause instanceof Error ? e.cause.message : "?"}`;
    if (e instanceof Error) return `${e.name}: ${e.message}`;
    throw e;
  } finally {
    from.statement();
  }
}

export function testBank(): unknown {
  const alice = new Account("alice", 1000);
  const bob = new SavingsAccount("bob", 0.05);
  const dep = bob.deposit;
  dep(250.5);
  const results = [transfer(alice, bob, 300), transfer(bob, alice, 600), transfer(bob, alice, 2000.123), transfer(alice, bob, 5000)];
  const interest = bob.accrue(6);
  alice.lock();
  results.push(transfer(alice, bob, 1), transfer(bob, alice, 1));
  let badDeposit = "";
  try {
    bob.deposit(NaN);
  } catch (e) {
    badDeposit = String(e);
  }
  return {
    results,
    interest,
    balances: [alice.balance, bob.balance],
    ids: [alice.id, bob.id],
    alice: alice.statement(),
    bob: bob.statement(),
    badDeposit,
    isAcc: bob instanceof Account,
  };
}
