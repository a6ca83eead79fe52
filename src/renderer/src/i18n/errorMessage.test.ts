import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/apiError';
import { testI18n } from '../test/testI18n';
import { errorMessage } from './errorMessage';

describe('errorMessage', () => {
  const t = testI18n('id').t;
  const tEn = testI18n('en').t;

  it('uses the specific reason when there are words for it', () => {
    const error = new ApiError({ code: 'INTERNAL', message: 'x', details: { reason: 'newerDatabase' } });
    expect(errorMessage(t, error)).toContain('versi Siaga yang lebih baru');
    expect(errorMessage(tEn, error)).toContain('newer version of Siaga');
  });

  it('falls back to the code, and never shows the raw message', () => {
    const error = new ApiError({ code: 'FORBIDDEN', message: 'SQL secret', details: { reason: 'noSuchReason' } });
    expect(errorMessage(t, error)).toBe('Anda tidak memiliki izin untuk tindakan ini.');
    expect(errorMessage(t, new Error('stack trace here'))).not.toContain('stack');
  });
});
