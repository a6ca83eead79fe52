import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateXML } from 'xmllint-wasm';
import { describe, expect, it } from 'vitest';
import { readCapAlert } from './capAlerts';

const root = join(__dirname, '../../../../test/fixtures');
const fixture = (name: string) => readFileSync(join(root, 'feeds', name), 'utf8');
const capSchema = readFileSync(join(__dirname, '../../../../resources/schemas/CAP-v1.2.xsd'), 'utf8');

describe('CAP 1.2 alerts read from a feed', () => {
  it('the test alerts are CAP 1.2 as the OASIS schema defines it', async () => {
    for (const name of ['cap-alert.xml', 'cap-update.xml', 'cap-cancel.xml']) {
      const result = await validateXML({
        xml: [{ fileName: name, contents: fixture(name) }],
        schema: [{ fileName: 'CAP-v1.2.xsd', contents: capSchema }],
      });
      expect(result.errors, name).toEqual([]);
    }
  });

  it('reads an Alert: its own time in UTC, the vocabularies, the polygon and the regions by BPS code', () => {
    const alert = readCapAlert(fixture('cap-alert.xml'));
    expect(alert).toMatchObject({
      identifier: 'BMKG-DIY-20261204-0700-001',
      sender: 'peringatan.dini@bmkg.go.id',
      sent: '2026-12-04T07:00:00.000Z',
      status: 'Actual',
      msgType: 'Alert',
      references: [],
    });
    expect(alert.info).toHaveLength(1);
    const [info] = alert.info;
    expect(info).toMatchObject({
      language: 'id',
      event: 'Hujan Lebat disertai Petir',
      urgency: 'Immediate',
      severity: 'Severe',
      certainty: 'Likely',
      expires: '2026-12-04T10:00:00.000Z',
      description: 'Hujan sedang hingga lebat disertai petir dan angin kencang di Sleman & Bantul.',
    });
    expect(info!.areas[0]!.polygons[0]).toHaveLength(5);
    expect(info!.areas[0]!.polygons[0]![0]).toEqual({ latitude: -7.55, longitude: 110.25 });
    expect(info!.areas[0]!.geocodes).toEqual([
      { name: 'BPS', value: '3404' },
      { name: 'BPS', value: '3402' },
    ]);
  });

  it('reads an Update (namespace prefix, a circle) and a Cancel (no info) with the alerts they refer to', () => {
    const update = readCapAlert(fixture('cap-update.xml'));
    expect(update.msgType).toBe('Update');
    expect(update.references).toEqual([
      'peringatan.dini@bmkg.go.id,BMKG-DIY-20261204-0700-001,2026-12-04T14:00:00+07:00',
    ]);
    expect(update.info[0]!.areas[0]!.circles).toEqual([{ latitude: -7.72, longitude: 110.36, radiusKm: 15 }]);
    const cancel = readCapAlert(fixture('cap-cancel.xml'));
    expect(cancel).toMatchObject({ msgType: 'Cancel', info: [] });
    expect(cancel.references).toHaveLength(2);
  });

  it('refuses an alert whose required parts or vocabularies are wrong, whole', () => {
    const alert = fixture('cap-alert.xml');
    for (const broken of [
      alert.replace('<severity>Severe</severity>', '<severity>Very bad</severity>'),
      alert.replace('<sent>2026-12-04T14:00:00+07:00</sent>', '<sent>kemarin</sent>'),
      alert.replace('<msgType>Alert</msgType>', ''),
      alert.replace(/<polygon>[^<]+<\/polygon>/, '<polygon>-7.55,110.25 -7.55,999</polygon>'),
      '<rss version="2.0"><channel/></rss>',
    ]) {
      expect(() => readCapAlert(broken)).toThrow(expect.objectContaining({ reason: 'not_cap' }));
    }
    expect(() => readCapAlert('<alert><identifier>')).toThrow(expect.objectContaining({ reason: 'not_xml' }));
    expect(() => readCapAlert(`<!DOCTYPE alert SYSTEM "file:///etc/passwd">${alert}`)).toThrow(
      expect.objectContaining({ reason: 'document_type' }),
    );
  });
});
