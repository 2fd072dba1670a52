/**
 * Features made of two parts joined by "|" ("w-1w=chief|executive", "sh-1=Xx|Xx"), looked up by
 * their parts without building the string. Every split of a feature's rest at a "|" is kept, so a
 * lookup finds a feature exactly when `${prefix}${a}|${b}` is one of the model's features.
 */
export class PairTable {
  private readonly byFirst = new Map<string, Map<string, number>>();

  constructor(readonly prefix: string, features: ReadonlyMap<string, number>) {
    for (const [name, id] of features) {
      if (!name.startsWith(prefix)) continue;
      const rest = name.slice(prefix.length);
      for (let bar = rest.indexOf('|'); bar >= 0; bar = rest.indexOf('|', bar + 1)) {
        const a = rest.slice(0, bar);
        let row = this.byFirst.get(a);
        if (!row) this.byFirst.set(a, (row = new Map()));
        row.set(rest.slice(bar + 1), id);
      }
    }
  }

  /** The id of the feature `${prefix}${a}|${b}`, or -1 when the model lacks it. */
  get(a: string, b: string): number {
    return this.byFirst.get(a)?.get(b) ?? -1;
  }
}
