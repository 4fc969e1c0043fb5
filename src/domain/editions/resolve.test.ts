import { describe, expect, it } from 'vitest';
import { editionById, editionForNew, editionOfProject, NoEditionInForceError, UnknownEditionError } from './resolve.js';

describe('edition resolver', () => {
  it('a new call takes the edition in force on its date (Art.36: in force from 2024-12-02)', () => {
    expect(editionForNew(new Date('2024-12-02T00:00:00+08:00')).id).toBe('sucheng-2024');
    expect(editionForNew(new Date('2030-06-01T00:00:00+08:00')).id).toBe('sucheng-2024');
  });
  it('before any encoded edition took effect there is none — an error, not the default', () => {
    expect(() => editionForNew(new Date('2024-12-01T23:59:59+08:00'))).toThrow(NoEditionInForceError);
  });
  it('a project keeps its own edition; an unknown id is an error', () => {
    expect(editionOfProject({ editionId: 'sucheng-2024' }).id).toBe('sucheng-2024');
    expect(() => editionById('sucheng-2023')).toThrow(UnknownEditionError);
  });
});
