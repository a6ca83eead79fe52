import { describe, expect, it } from 'vitest';
import { isRegionCode, regionCodeForName, regionLabel } from './regions';

describe('regions', () => {
  it('accepts province and regency codes and refuses made-up ones', () => {
    expect(isRegionCode('32')).toBe(true);
    expect(isRegionCode('32.73')).toBe(true);
    expect(isRegionCode('32.99')).toBe(false);
    expect(isRegionCode('99')).toBe(false);
    expect(isRegionCode('3273')).toBe(false);
  });

  it('reads names as people write them', () => {
    expect(regionCodeForName('Jawa Barat')).toBe('32');
    expect(regionCodeForName('Provinsi Jawa Barat')).toBe('32');
    expect(regionCodeForName('jabar')).toBe('32');
    expect(regionCodeForName('Kota Bandung')).toBe('32.73');
    expect(regionCodeForName('Bandung')).toBe('32.73');
    expect(regionCodeForName('Kab. Bandung')).toBe('32.04');
    expect(regionCodeForName('Kabupaten Bandung')).toBe('32.04');
    expect(regionCodeForName('DKI Jakarta')).toBe('31');
    expect(regionCodeForName('32.73')).toBe('32.73');
    expect(regionCodeForName('Atlantis')).toBeNull();
  });

  it('labels a code with its province', () => {
    expect(regionLabel('32.73')).toBe('Kota Bandung, Jawa Barat');
    expect(regionLabel('32')).toBe('Jawa Barat');
    expect(regionLabel('77')).toBe('77');
  });
});
