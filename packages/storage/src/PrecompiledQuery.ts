// A query the query builder builds and compiles once, then runs with each call's values.
// Opening a statement runs the same few reads every time, and building and compiling them
// afresh cost the server more main-thread time than SQLite took to answer them (a profile of
// 1,000 opens, docs/performance.md). The SQL text stays the same, so SQLite's statement cache
// (openSqliteDatabase) still reuses its prepared statement.
import type { Compilable, CompiledQuery } from 'kysely';

/** The placeholder value for the `index`th value, used only while the query is compiled. */
export type Slot = (index: number) => string;

const slot: Slot = (index) => `\u0000precompiled-value-${index}`;

interface Template<R> {
  compiled: CompiledQuery<R>;
  /** For each of the compiled query's parameters: which value it is, or undefined for a constant. */
  sources: (number | undefined)[];
}

export class PrecompiledQuery<R> {
  private template: Template<R> | undefined;

  /** `build` puts `slot(i)` wherever the `i`th value goes; `arity` is how many there are. */
  constructor(
    private readonly build: (slot: Slot) => Compilable<R>,
    private readonly arity: number,
  ) {}

  /** The compiled query with `values` in the slots' places. */
  with(values: readonly unknown[]): CompiledQuery<R> {
    if (values.length !== this.arity)
      throw new Error(`Expected ${this.arity} values, got ${values.length}`);
    const { compiled, sources } = (this.template ??= this.compile());
    const parameters = compiled.parameters.map((constant, i) => {
      const source = sources[i];
      return source === undefined ? constant : values[source];
    });
    return { ...compiled, parameters };
  }

  private compile(): Template<R> {
    const compiled = this.build(slot).compile();
    const sources = compiled.parameters.map((parameter) => {
      if (typeof parameter !== 'string') return undefined;
      const index = Array.from({ length: this.arity }, (_, i) => i).find(
        (i) => parameter === slot(i),
      );
      return index;
    });
    // A value the builder wrote into the SQL text instead of a parameter would be run with the
    // placeholder: refuse rather than answer for the wrong row.
    for (let i = 0; i < this.arity; i += 1) {
      if (!sources.includes(i) || compiled.sql.includes(slot(i)))
        throw new Error(`Value ${i} is not a parameter of: ${compiled.sql}`);
    }
    return { compiled, sources };
  }
}
