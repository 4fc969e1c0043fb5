// One way to find the edition of the Measures that applies (issue 8: no silent fallback):
// - a new call or plan takes the edition in force on its date (Art.36: "自印发之日起施行");
// - a project keeps the edition of its call for its whole life;
// - an id no edition has is an error, never quietly the default.
import { EDITIONS, editionInForce } from './index.js';
import type { Edition } from './types.js';

export class UnknownEditionError extends Error {
  constructor(readonly editionId: string) {
    super(`Unknown edition of the Measures: ${JSON.stringify(editionId)}`);
  }
}

export class NoEditionInForceError extends Error {
  constructor(readonly at: Date) {
    super(`No edition of the Measures is in force on ${at.toISOString()}`);
  }
}

export function editionById(id: string): Edition {
  const e = EDITIONS.find((x) => x.id === id);
  if (!e) throw new UnknownEditionError(id);
  return e;
}

/** The edition a new call or plan is made under: the one in force at `at`. */
export function editionForNew(at: Date): Edition {
  const e = editionInForce(at);
  if (!e) throw new NoEditionInForceError(at);
  return e;
}

/** A project's own edition (its call's), kept on the project. */
export function editionOfProject(p: { editionId: string }): Edition {
  return editionById(p.editionId);
}
