import type { OfficeTimeZone } from '../ipc/office';
import regencyData from './regencies.json';

export interface Province {
  /** Kemendagri code (two digits); a regency/city is `PP.RR`. */
  code: string;
  name: string;
  zone: OfficeTimeZone;
}

const wib = 'Asia/Jakarta';
const wita = 'Asia/Makassar';
const wit = 'Asia/Jayapura';

/** Indonesia's 38 provinces (since the 2022 Papua split), with their time zone. */
export const provinces: readonly Province[] = [
  { code: '11', name: 'Aceh', zone: wib },
  { code: '12', name: 'Sumatera Utara', zone: wib },
  { code: '13', name: 'Sumatera Barat', zone: wib },
  { code: '14', name: 'Riau', zone: wib },
  { code: '15', name: 'Jambi', zone: wib },
  { code: '16', name: 'Sumatera Selatan', zone: wib },
  { code: '17', name: 'Bengkulu', zone: wib },
  { code: '18', name: 'Lampung', zone: wib },
  { code: '19', name: 'Kepulauan Bangka Belitung', zone: wib },
  { code: '21', name: 'Kepulauan Riau', zone: wib },
  { code: '31', name: 'DKI Jakarta', zone: wib },
  { code: '32', name: 'Jawa Barat', zone: wib },
  { code: '33', name: 'Jawa Tengah', zone: wib },
  { code: '34', name: 'DI Yogyakarta', zone: wib },
  { code: '35', name: 'Jawa Timur', zone: wib },
  { code: '36', name: 'Banten', zone: wib },
  { code: '51', name: 'Bali', zone: wita },
  { code: '52', name: 'Nusa Tenggara Barat', zone: wita },
  { code: '53', name: 'Nusa Tenggara Timur', zone: wita },
  { code: '61', name: 'Kalimantan Barat', zone: wib },
  { code: '62', name: 'Kalimantan Tengah', zone: wib },
  { code: '63', name: 'Kalimantan Selatan', zone: wita },
  { code: '64', name: 'Kalimantan Timur', zone: wita },
  { code: '65', name: 'Kalimantan Utara', zone: wita },
  { code: '71', name: 'Sulawesi Utara', zone: wita },
  { code: '72', name: 'Sulawesi Tengah', zone: wita },
  { code: '73', name: 'Sulawesi Selatan', zone: wita },
  { code: '74', name: 'Sulawesi Tenggara', zone: wita },
  { code: '75', name: 'Gorontalo', zone: wita },
  { code: '76', name: 'Sulawesi Barat', zone: wita },
  { code: '81', name: 'Maluku', zone: wit },
  { code: '82', name: 'Maluku Utara', zone: wit },
  { code: '91', name: 'Papua', zone: wit },
  { code: '92', name: 'Papua Barat', zone: wit },
  { code: '93', name: 'Papua Selatan', zone: wit },
  { code: '94', name: 'Papua Tengah', zone: wit },
  { code: '95', name: 'Papua Pegunungan', zone: wit },
  { code: '96', name: 'Papua Barat Daya', zone: wit },
];

const provinceCodes = new Set(provinces.map((province) => province.code));

export interface Regency {
  /** `PP.RR`: the province code, a dot, the regency/city number. */
  code: string;
  name: string;
  provinceCode: string;
}

/** Indonesia's 514 regencies and cities (see REGIONS-LICENSE.md for the source). */
export const regencies: readonly Regency[] = (regencyData as [string, string][]).map(([code, name]) => ({
  code,
  name,
  provinceCode: code.slice(0, 2),
}));
const regencyNames = new Map(regencies.map((regency) => [regency.code, regency.name]));

/** A province code or a regency/city code, both as Kemendagri writes them. */
export function isRegionCode(code: string): boolean {
  return provinceCodes.has(code) || regencyNames.has(code);
}

/** "Kota Bandung, Jawa Barat" for a regency, "Jawa Barat" for a province, the code if unknown. */
export function regionLabel(code: string): string {
  const province = provinces.find((item) => item.code === code.slice(0, 2));
  const regency = regencyNames.get(code);
  if (regency) return province ? `${regency}, ${province.name}` : regency;
  return province && code.length === 2 ? province.name : code;
}

function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/^(provinsi|prov\.?)\s+/, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const byName = new Map<string, string>();
for (const province of provinces) byName.set(nameKey(province.name), province.code);
for (const regency of regencies) {
  const key = nameKey(regency.name);
  byName.set(key, regency.code);
  // "Kota Bandung" is typed as "Bandung" too; where a city and a regency share the bare name, the city wins
  // (a journalist who writes "Bandung" means the city far more often).
  const bare = key.replace(/^(kabupaten|kab|kota)\s+/, '');
  if (!byName.has(bare) || key.startsWith('kota ')) byName.set(bare, regency.code);
}
byName.set('jakarta', '31');
byName.set('yogyakarta', '34');
byName.set('jogja', '34');
byName.set('diy', '34');
byName.set('jabar', '32');
byName.set('jateng', '33');
byName.set('jatim', '35');

/**
 * A region by its own name ("Kota Makassar", "Jawa Barat"), for files people read; the code where
 * the name alone would not read back as this region.
 */
export function regionName(code: string): string {
  const name = regencyNames.get(code) ?? provinces.find((item) => item.code === code && code.length === 2)?.name;
  return name && regionCodeForName(name) === code ? name : code;
}

/** The region code for a name as people write it ("Jawa Barat", "Kota Bandung", "Kab. Bogor", "32"), or null. */
export function regionCodeForName(text: string): string | null {
  const trimmed = text.trim();
  if (isRegionCode(trimmed)) return trimmed;
  const key = nameKey(trimmed).replace(/^kab\s+/, 'kabupaten ');
  return byName.get(key) ?? null;
}
