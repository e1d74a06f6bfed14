import { act, renderHook } from '@testing-library/react';
import { deleteSavedPack, listSavedPacks, savePack, useSavedPacks } from '../../../src/data/persist/saved-packs';

beforeEach(() => localStorage.clear());

describe('saved packs', () => {
  it('lists saved packs newest first, with their measures in order', () => {
    savePack('Week 11', ['csc-022', 'csc-228'], new Date('2023-10-03T09:00:00Z'));
    savePack('Week 12', ['csc-040', 'csc-022'], new Date('2023-10-10T09:00:00Z'));
    expect(listSavedPacks().map((p) => [p.name, p.measureIds])).toEqual([
      ['Week 12', ['csc-040', 'csc-022']],
      ['Week 11', ['csc-022', 'csc-228']],
    ]);
  });

  it('replaces a pack saved again under the same name, and deletes one', () => {
    savePack('Week 12', ['csc-022'], new Date('2023-10-10T09:00:00Z'));
    const again = savePack('Week 12', ['csc-228'], new Date('2023-10-10T10:00:00Z'));
    expect(listSavedPacks().map((p) => p.measureIds)).toEqual([['csc-228']]);
    deleteSavedPack(again.id);
    expect(listSavedPacks()).toEqual([]);
  });

  it('ignores storage that is not a list of packs', () => {
    localStorage.setItem('csc-dashboard-packs', '{"name":"<img src=x>"}');
    expect(listSavedPacks()).toEqual([]);
  });
});

it('shows a pack saved elsewhere on the screen at once', () => {
  const { result } = renderHook(() => useSavedPacks());
  expect(result.current).toEqual([]);
  act(() => void savePack('Week 12', ['csc-022']));
  expect(result.current.map((p) => p.name)).toEqual(['Week 12']);
});
