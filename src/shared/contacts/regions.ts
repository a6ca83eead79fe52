import type { OfficeTimeZone } from '../ipc/office';

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

/**
 * A province code, or a regency/city code within a known province. (The regency list itself is
 * still to ship; until then a regency code is checked by its province part.)
 */
export function isRegionCode(code: string): boolean {
  const match = /^(\d{2})(?:\.(\d{2}))?$/.exec(code);
  return Boolean(match?.[1] && provinceCodes.has(match[1]));
}
