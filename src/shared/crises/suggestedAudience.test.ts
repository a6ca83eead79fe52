import { describe, expect, it } from 'vitest';
import { suggestedAudience } from './suggestedAudience';

const segment = (id: string, beats: string[], regions: string[]) => ({
  id,
  kind: 'segment',
  filter: { beats, regions },
});

describe('the audience a new crisis suggests', () => {
  const lists = [
    segment('diy-disaster', ['disaster'], ['34']),
    segment('any-disaster', ['disaster'], []),
    segment('jateng-disaster', ['disaster'], ['33']),
    segment('health', ['health'], []),
    { id: 'static', kind: 'static', filter: null },
  ];

  it('prefers segments of the same beat and region, at any level of the region', () => {
    expect(suggestedAudience('natural_disaster', ['34.04'], lists)).toEqual(['diy-disaster']);
    expect(suggestedAudience('natural_disaster', ['34'], [segment('sleman', ['environment'], ['34.04'])])).toEqual([
      'sleman',
    ]);
  });

  it('falls back to segments of the beat anywhere, and never suggests another region or a static list', () => {
    expect(suggestedAudience('natural_disaster', ['51.71'], lists)).toEqual(['any-disaster']);
    expect(suggestedAudience('public_health', [], lists)).toEqual(['health']);
    expect(suggestedAudience('cyber_data_leak', ['34'], lists)).toEqual([]);
  });
});
