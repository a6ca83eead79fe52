import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/apiError';
import { testI18n } from '../test/testI18n';
import { fieldErrors, onlyFieldErrors } from './fieldErrors';

describe('fieldErrors', () => {
  const t = testI18n('id').t;
  const error = new ApiError({
    code: 'VALIDATION',
    message: 'x',
    details: {
      issues: [
        { path: ['office', 'agencyName'], rule: 'too_small', message: 'required' },
        { path: ['admin', 'password'], rule: 'custom', message: 'password_too_short' },
        { path: ['admin', 'password'], rule: 'custom', message: 'password_needs_letter_and_digit' },
        { path: ['admin', 'nip'], rule: 'invalid_format', message: 'Invalid string: must match pattern' },
      ],
    },
  });

  it('translates each field problem, first one per field, under the given prefix', () => {
    expect(fieldErrors(t, error, 'office')).toEqual({ agencyName: 'Wajib diisi.' });
    expect(fieldErrors(t, error, 'admin')).toEqual({
      password: 'Kata sandi minimal 10 karakter.',
      nip: 'Isian tidak valid.',
    });
    expect(onlyFieldErrors(error)).toBe(true);
    expect(fieldErrors(t, new Error('x'))).toEqual({});
  });

  it('says what the limit is when a value is over it', () => {
    const over = new ApiError({
      code: 'VALIDATION',
      message: 'x',
      details: {
        issues: [
          { path: ['claim'], rule: 'too_big', message: 'Too big', limit: 4000, of: 'string' },
          { path: ['tags'], rule: 'too_big', message: 'Too big', limit: 20, of: 'array' },
          { path: ['reach'], rule: 'too_big', message: 'Too big', limit: 1_000_000_000, of: 'number' },
        ],
      },
    });
    expect(fieldErrors(t, over)).toEqual({
      claim: 'Terlalu panjang: paling banyak 4.000 karakter. Tidak ada yang disimpan; perpendek lalu simpan lagi.',
      tags: 'Terlalu banyak: paling banyak 20 butir.',
      reach: 'Terlalu besar: paling banyak 1.000.000.000.',
    });
    expect(fieldErrors(testI18n('en').t, over).claim).toBe(
      'Too long: at most 4,000 characters. Nothing was saved; shorten it and save again.',
    );
  });
});
