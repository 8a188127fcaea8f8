/**
 * Reading a process's configuration from the environment: each variable checked by a schema at
 * start, a wrong one stopping the process with a message that names it and never echoes its
 * value (database and SMTP URLs carry passwords; keys are secrets).
 */
import * as z from 'zod/mini';

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export type VariableSchemas = Record<string, z.ZodMiniType<string, string>>;

/** A string that parses as a URL with one of `schemes` (`'https:'`, `'postgres:'`…). */
export function urlWithScheme(schemes: string[]) {
  return z.string().check(
    z.refine((value) => {
      try {
        return schemes.includes(new URL(value).protocol);
      } catch {
        return false;
      }
    }, `must be a URL starting with ${schemes.map((s) => `${s}//`).join(' or ')}`),
  );
}

export const nonEmpty = z.string().check(z.minLength(1, 'must not be empty'));

/** A TCP port; `rangeHint` completes "must be between …" (the server adds that 0 takes any free port). */
export function portNumber(rangeHint = '0 and 65535') {
  return z.string().check(z.regex(/^\d{1,5}$/, 'must be a port number'), z.refine((v) => Number(v) <= 65_535, `must be between ${rangeHint}`));
}

export interface EnvironmentReader<Name extends string> {
  /** The trimmed value, checked; undefined when unset or blank. */
  read(env: NodeJS.ProcessEnv, name: Name): string | undefined;
  /** As `read`, but an unset variable stops the process with `hint` (what to set it to). */
  required(env: NodeJS.ProcessEnv, name: Name, hint: string): string;
}

export function environmentReader<Schemas extends VariableSchemas>(variables: Schemas): EnvironmentReader<Extract<keyof Schemas, string>> {
  const read = (env: NodeJS.ProcessEnv, name: Extract<keyof Schemas, string>): string | undefined => {
    const raw = env[name];
    if (raw === undefined || raw.trim() === '') return undefined;
    const schema: z.ZodMiniType<string, string> = variables[name]!;
    const result = z.safeParse(schema, raw.trim());
    // The schema's message only: never the value.
    if (!result.success) throw new ConfigError(`${name} ${result.error.issues[0]?.message ?? 'is invalid'}.`);
    return result.data;
  };
  return {
    read,
    required: (env, name, hint) => {
      const value = read(env, name);
      if (value === undefined) throw new ConfigError(`${name} is required: ${hint}.`);
      return value;
    },
  };
}
