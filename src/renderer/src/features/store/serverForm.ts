import type { OfficeServerConnectInput, OfficeServerSettings, TlsMode } from '../../../../shared/ipc/store';

/** The connection form's values: text as typed (the port too), turned into the channel's input on send. */
export interface ServerForm {
  host: string;
  port: string;
  database: string;
  user: string;
  password: string;
  tls: TlsMode;
  caFile: string;
}

/** PostgreSQL's defaults and TLS with the certificate checked; the saved settings when there are some. */
export function serverForm(saved: OfficeServerSettings | null): ServerForm {
  return {
    host: saved?.host ?? '',
    port: String(saved?.port ?? 5432),
    database: saved?.database ?? 'siaga',
    user: saved?.user ?? 'siaga_app',
    password: '',
    tls: saved?.tls ?? 'verify',
    caFile: saved?.caFile ?? '',
  };
}

export function formToConnectInput(form: ServerForm): OfficeServerConnectInput {
  return {
    settings: {
      host: form.host.trim(),
      // A port that is not a number reaches the core as NaN and comes back as a field error.
      port: Number(form.port),
      database: form.database.trim(),
      user: form.user.trim(),
      tls: form.tls,
      caFile: form.tls === 'verify' && form.caFile.trim() ? form.caFile.trim() : null,
    },
    password: form.password,
  };
}
