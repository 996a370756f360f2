/** Builds `SET`/`REMOVE` clauses with placeholder names, so any question id is safe in an expression. */
export class ExpressionBuilder {
  readonly names: Record<string, string> = {};
  readonly values: Record<string, unknown> = {};
  private readonly sets: string[] = [];
  private readonly removes: string[] = [];
  private n = 0;

  private readonly byAttribute = new Map<string, string>();

  /** A placeholder for an attribute name; the same attribute always gets the same placeholder. */
  name(attribute: string): string {
    let placeholder = this.byAttribute.get(attribute);
    if (!placeholder) {
      placeholder = `#n${this.n++}`;
      this.byAttribute.set(attribute, placeholder);
      this.names[placeholder] = attribute;
    }
    return placeholder;
  }

  value(v: unknown): string {
    const placeholder = `:v${this.n++}`;
    this.values[placeholder] = v;
    return placeholder;
  }

  set(path: string, v: unknown) {
    this.sets.push(`${path} = ${this.value(v)}`);
  }

  setRaw(clause: string) {
    this.sets.push(clause);
  }

  remove(path: string) {
    this.removes.push(path);
  }

  expression(): string {
    return [
      this.sets.length > 0 ? `SET ${this.sets.join(', ')}` : '',
      this.removes.length > 0 ? `REMOVE ${this.removes.join(', ')}` : '',
    ]
      .filter(Boolean)
      .join(' ');
  }
}
