import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as z from 'zod/mini';
import { RepairListQuery } from './repair-listing.ts';
import { ServiceCentreListQuery } from './service-network.ts';
import { ActivationRequest } from './warranties.ts';
import { fieldErrorCodes, toFieldErrors } from './validation.ts';

const Owner = z.strictObject({
  serial: z.string(),
  owner: z.strictObject({ email: z.string(), age: z.optional(z.number()) }),
});

function errorsFor(schema: z.ZodMiniType, input: unknown) {
  const result = z.safeParse(schema, input);
  assert.equal(result.success, false, 'the input should be invalid');
  return toFieldErrors(result.error?.issues ?? [], input).map(({ path, code }) => ({ path, code }));
}

describe('toFieldErrors', () => {
  it('answers only the field-error codes forms have words for (fieldErrorCodes)', () => {
    const Everything = z.strictObject({
      missing: z.string(),
      wrongType: z.string(),
      email: z.email(),
      choice: z.enum(['a', 'b']),
      short: z.string().check(z.minLength(3)),
      long: z.string().check(z.maxLength(1)),
      small: z.number().check(z.minimum(1)),
      large: z.number().check(z.maximum(1)),
    });
    const input = { wrongType: 1, email: 'x', choice: 'c', short: 'ab', long: 'ab', small: 0, large: 2, extra: true };
    const codes = new Set(errorsFor(Everything, input).map((error) => error.code));
    assert.deepEqual([...codes].sort(), [...fieldErrorCodes].sort());
  });

  it('calls a number out of range too large or too small, and a text or list too long or too short', () => {
    const Limits = z.strictObject({
      score: z.int().check(z.minimum(1), z.maximum(5)),
      note: z.string().check(z.minLength(2), z.maxLength(3)),
      lines: z.array(z.string()).check(z.maxLength(1)),
    });
    const tooMuch = { score: 6, note: 'long', lines: ['a', 'b'] };
    assert.deepEqual(errorsFor(Limits, tooMuch), [
      { path: 'score', code: 'too_large' },
      { path: 'note', code: 'too_long' },
      { path: 'lines', code: 'too_long' },
    ]);
    const result = z.safeParse(Limits, tooMuch);
    assert.deepEqual(
      toFieldErrors(result.error?.issues ?? [], tooMuch).map((error) => error.message),
      ['Must be at most 5.', 'Must be at most 3 characters.', 'Must be at most 1.'],
    );
    assert.deepEqual(errorsFor(Limits, { score: 0, note: 'x', lines: [] }), [
      { path: 'score', code: 'too_small' },
      { path: 'note', code: 'too_short' },
    ]);
  });

  it('tells a field of the wrong type from a missing one', () => {
    assert.deepEqual(errorsFor(Owner, { serial: 5, owner: { age: 'old' } }), [
      { path: 'serial', code: 'invalid_type' },
      { path: 'owner.email', code: 'required' },
      { path: 'owner.age', code: 'invalid_type' },
    ]);
  });

  it('names the received type in the message', () => {
    const result = z.safeParse(Owner, { serial: [], owner: { email: null } });
    const messages = toFieldErrors(result.error?.issues ?? [], { serial: [], owner: { email: null } }).map((e) => e.message);
    assert.deepEqual(messages, ['Expected string, received array.', 'Expected string, received null.']);
  });

  it('treats a key holding undefined as missing', () => {
    assert.deepEqual(errorsFor(Owner, { serial: undefined, owner: { email: 'a@b.c' } }), [{ path: 'serial', code: 'required' }]);
  });

  it('reports the activation request with a numeric serial as invalid_type, not required', () => {
    const body = { serial: 5 };
    assert.deepEqual(errorsFor(ActivationRequest, body).find((e) => e.path === 'serial'), { path: 'serial', code: 'invalid_type' });
  });

  for (const body of [[], null, 'text', 42]) {
    it(`says the body must be an object when it is ${JSON.stringify(body)}`, () => {
      const result = z.safeParse(Owner, body);
      const errors = toFieldErrors(result.error?.issues ?? [], body);
      assert.equal(errors.length, 1);
      assert.equal(errors[0]?.path, '');
      assert.equal(errors[0]?.code, 'invalid_type');
      assert.match(errors[0]?.message ?? '', /body must be a JSON object/);
    });
  }

  it('says the body must be an object even when the caller does not pass the input', () => {
    const result = z.safeParse(Owner, null);
    assert.deepEqual(toFieldErrors(result.error?.issues ?? []).map(({ path, code }) => ({ path, code })), [{ path: '', code: 'invalid_type' }]);
  });

  it('uses the value zod reports when parsing with reportInput', () => {
    const result = z.safeParse(Owner, { serial: 5 }, { reportInput: true });
    assert.deepEqual(
      toFieldErrors(result.error?.issues ?? []).map(({ path, code }) => ({ path, code })),
      [
        { path: 'serial', code: 'invalid_type' },
        { path: 'owner', code: 'required' },
      ],
    );
  });

  it('keeps reporting an absent field as required when the caller does not pass the input', () => {
    const result = z.safeParse(Owner, { serial: 'MA-1' });
    assert.deepEqual(toFieldErrors(result.error?.issues ?? []).map(({ path, code }) => ({ path, code })), [{ path: 'owner', code: 'required' }]);
  });

  it('still reports an empty required string as required and unknown keys by name', () => {
    const Named = z.strictObject({ name: z.string().check(z.minLength(1)) });
    assert.deepEqual(errorsFor(Named, { name: '', extra: 1 }), [
      { path: 'name', code: 'required' },
      { path: 'extra', code: 'unknown_field' },
    ]);
  });
  it('says what to type for a malformed query value, in the words its pattern gives', () => {
    const messageOf = (schema: z.ZodMiniType, input: unknown): string | undefined =>
      toFieldErrors(z.safeParse(schema, input).error?.issues ?? [], input)[0]?.message;
    assert.equal(messageOf(ServiceCentreListQuery, { near: 'abc' }), 'Latitude and longitude in degrees, separated by a comma: 48.8566,2.3522.');
    assert.equal(messageOf(RepairListQuery, { limit: 'abc' }), 'A whole number.');
    assert.equal(messageOf(z.string().check(z.regex(/^a$/)), 'b'), 'Not a valid value.');
  });
});
