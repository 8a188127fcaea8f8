/**
 * A Kysely query built and compiled once per database, then run with new parameter values.
 * Building a query (its operation tree) and compiling it to SQL costs more than running a small
 * indexed query; on the hot path (a public provenance lookup) that is worth saving. The query is
 * still written once with Kysely, so it stays the same on SQLite and PostgreSQL, and SQLite's
 * statement cache (database.ts) then reuses its prepared statement.
 */
import type { SQLInputValue } from 'node:sqlite';
import type { Compilable, CompiledQuery } from 'kysely';
import { sqliteFileOf, type Db } from './database.ts';

/**
 * Stands for a parameter while the query is compiled: a value no caller passes (it starts with
 * a NUL character), found again among the compiled parameters by identity of its text.
 */
function placeholder(name: string): string {
  return `\u0000compiled-once:${name}`;
}

/**
 * `build` receives placeholders for the named string parameters and returns the query; the
 * returned function runs it with real values. Every placeholder must end up a bound parameter
 * (a `where` value, not part of an identifier), which compiling checks.
 */
export function compiledOnce<Names extends string, Row>(
  names: readonly Names[],
  build: (db: Db, parameters: Record<Names, string>) => Compilable<Row>,
): (db: Db, values: Record<Names, string>) => Promise<Row[]> {
  const compiledByDb = new WeakMap<Db, { query: CompiledQuery<Row>; slots: (Names | undefined)[] }>();
  const placeholders = Object.fromEntries(names.map((name) => [name, placeholder(name)])) as Record<Names, string>;
  const nameOfPlaceholder = new Map(names.map((name) => [placeholders[name], name]));
  return async (db, values) => {
    let compiled = compiledByDb.get(db);
    if (!compiled) {
      const query = build(db, placeholders).compile();
      const slots = query.parameters.map((parameter) => (typeof parameter === 'string' ? nameOfPlaceholder.get(parameter) : undefined));
      for (const name of names) {
        if (!slots.includes(name)) throw new Error(`compiledOnce: parameter ${name} is not a bound value of the query`);
      }
      compiled = { query, slots };
      compiledByDb.set(db, compiled);
    }
    const { query, slots } = compiled;
    const parameters = query.parameters.map((parameter, index) => {
      const name = slots[index];
      return name === undefined ? parameter : values[name];
    });
    // On a SQLite connection outside any transaction (the reader thread's, always), the prepared
    // statement runs directly: Kysely's executor (connection provider, mutex, promise chain)
    // cost ~3 µs per run, as much as reading a cached page. The rows are the same objects the
    // dialect would return. Within a transaction, Kysely waits for its turn on the connection.
    const connection = sqliteFileOf(db)?.connection;
    if (connection && !connection.isTransaction) return connection.prepare(query.sql).all(...(parameters as SQLInputValue[])) as Row[];
    const result = await db.executeQuery<Row>({ ...query, parameters });
    return result.rows;
  };
}
