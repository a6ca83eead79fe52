import {
  defaultOfficeSettings,
  type LogoInput,
  type Office,
  type OfficeProfileInput,
} from '../../../../shared/ipc/office';

/** The office form's values: the profile input, with the logo as "keep", "remove" or a new file. */
export type OfficeFormValues = Omit<OfficeProfileInput, 'logo' | 'officeHours' | 'security'> & {
  officeHours: { start: string; end: string; days: string[] };
  security: { lockoutMinutes: number; idleLockMinutes: number };
  logo: LogoInput | null | undefined;
};

export function emptyOfficeForm(): OfficeFormValues {
  return {
    agencyName: '',
    unitName: '',
    address: '',
    city: '',
    phone: '',
    email: '',
    website: '',
    logo: undefined,
    timeZone: defaultOfficeSettings.timeZone,
    defaultLanguage: defaultOfficeSettings.defaultLanguage,
    officeHours: { ...defaultOfficeSettings.officeHours, days: defaultOfficeSettings.officeHours.days.map(String) },
    numberingPattern: defaultOfficeSettings.numberingPattern,
    numberingReset: defaultOfficeSettings.numberingReset,
    security: { ...defaultOfficeSettings.security },
  };
}

export function officeToForm(office: Office): OfficeFormValues {
  const { id: _id, updatedAt: _updatedAt, logo: _logo, ...profile } = office;
  return {
    ...profile,
    logo: undefined,
    officeHours: { ...office.officeHours, days: office.officeHours.days.map(String) },
  };
}

export function formToOfficeInput(values: OfficeFormValues): OfficeProfileInput {
  const { logo, ...rest } = values;
  return {
    ...rest,
    officeHours: { ...values.officeHours, days: values.officeHours.days.map(Number).sort() },
    ...(logo === undefined ? {} : { logo }),
  };
}

/** The pattern filled in for today, so the office sees what a number will look like. */
export function exampleNumber(pattern: string, now = new Date()): string {
  const roman = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'][now.getMonth()] ?? '';
  return pattern
    .replaceAll('{seq}', '123')
    .replaceAll('{month_roman}', roman)
    .replaceAll('{month}', String(now.getMonth() + 1).padStart(2, '0'))
    .replaceAll('{year}', String(now.getFullYear()));
}

export function readFileAsLogo(file: File): Promise<LogoInput> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve({ mimeType: file.type as LogoInput['mimeType'], dataBase64: url.slice(url.indexOf(',') + 1) });
    };
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}
