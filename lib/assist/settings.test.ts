import { describe, expect, it } from 'vitest';
import { assistItem } from '../settings';
import { assistSettings, isCutoff } from './settings';

describe('assistSettings', () => {
  it('keeps a well-formed value', () => {
    expect(assistSettings({ enabled: false, sameDayCutoff: '13:30' })).toEqual({
      enabled: false,
      sameDayCutoff: '13:30',
    });
    expect(assistSettings({ enabled: true, sameDayCutoff: '' })).toEqual({
      enabled: true,
      sameDayCutoff: '',
    });
  });

  it('repairs each bad field on its own', () => {
    expect(assistSettings({ enabled: 'no', sameDayCutoff: '11:00' })).toEqual({
      enabled: true,
      sameDayCutoff: '11:00',
    });
    expect(assistSettings({ enabled: false, sameDayCutoff: '25:99' })).toEqual({
      enabled: false,
      sameDayCutoff: assistItem.fallback.sameDayCutoff,
    });
    expect(assistSettings(null)).toEqual(assistItem.fallback);
    expect(assistSettings('on')).toEqual(assistItem.fallback);
  });

  it('knows a cut-off time', () => {
    expect(isCutoff('15:00')).toBe(true);
    expect(isCutoff('24:00')).toBe(true);
    expect(isCutoff('15.00')).toBe(false);
    expect(isCutoff(1500)).toBe(false);
  });
});
