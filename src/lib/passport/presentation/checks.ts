/**
 * The checks of a presentation, run by the verifier's one runner (pipeline/runner.ts): its
 * structure, the holder's proof (a gate), whether the key is the holder's, a VP-JWT's claims,
 * and its dates. The rows about an issuer, revocation, the catalog, endorsements and a recipient
 * belong to each credential inside, which is verified on its own.
 */
import { asList, isRecord, str } from '../../verify/json.ts';
import { tokenDates } from '../../verify/checks/claims.ts';
import {
  pass,
  problem,
  skip,
  type CheckUnit,
  type Checks,
  type PipelineId,
} from '../../verify/pipeline/check.ts';
import { holderProof } from './proof.ts';
import type { PresentationSubject } from './subject.ts';

const PER_CREDENTIAL = 'Checked for each credential in the presentation.';
const perCredential = <K extends PipelineId>(id: K): CheckUnit<PresentationSubject, K> => ({
  id,
  run: () => skip(PER_CREDENTIAL),
});

const structure: CheckUnit<PresentationSubject, 'structure'> = {
  id: 'structure',
  run({ presentation: p }) {
    const vcs = asList(p.vp.verifiableCredential);
    if (!vcs.length) return problem('ERR_STRUCTURE', 'The presentation carries no credentials.');
    if (!vcs.every((c) => typeof c === 'string' || isRecord(c)))
      return problem('ERR_STRUCTURE', 'The presentation lists something that is not a credential.');
    return pass(`A verifiable presentation of ${vcs.length} credential${vcs.length === 1 ? '' : 's'}.`);
  },
};

/** The key that signed must be the holder's: controlled by the holder the presentation names. */
const holderKey: CheckUnit<PresentationSubject, 'key'> = {
  id: 'key',
  run({ signer, named }) {
    const controller = signer?.controller;
    if (!controller)
      return problem(
        'WARN_KEY_UNKNOWN',
        "The presentation was signed with a key that names no holder, so it cannot be tied to anyone's badges.",
      );
    if (named && named !== controller)
      return problem(
        'ERR_KEY_CONTROLLER',
        `The presentation names ${named.slice(0, 120)} as its holder, but was signed by ${controller.slice(0, 120)}.`,
      );
    return {
      ...pass(`Signed by its holder, ${controller.slice(0, 200)}.`),
      learned: { proven: controller },
    };
  },
};

/** A VP-JWT's `iss` is its holder; a VP inside a `vp` claim must not name another. */
const claims: CheckUnit<PresentationSubject, 'claims'> = {
  id: 'claims',
  run({ presentation: p }) {
    if (p.kind !== 'jwt') return skip('A presentation in JSON has no token claims.');
    const iss = str(p.payload.iss);
    const holder = isRecord(p.vp.holder) ? str(p.vp.holder.id) : str(p.vp.holder);
    if (iss && holder && iss !== holder)
      return problem('ERR_CLAIMS_MISMATCH', "The token's issuer is not the holder the presentation names.");
    const nonce = str(p.payload.nonce);
    return pass(
      'The token agrees with the presentation it carries.',
      nonce ? `nonce ${nonce.slice(0, 80)} (no challenge was set here, so it is not compared)` : undefined,
    );
  },
};

const dates: CheckUnit<PresentationSubject, 'dates'> = {
  id: 'dates',
  run({ presentation: p }, { now, clockToleranceMs: tolerance }) {
    const proof = asList(p.vp.proof).find(isRecord);
    const d =
      p.kind === 'jwt'
        ? tokenDates(p.payload)
        : { exp: proof && str(proof.expires) ? Date.parse(String(proof.expires)) : undefined };
    if (d.exp !== undefined && Number.isFinite(d.exp) && d.exp < now - tolerance)
      return problem(
        'ERR_EXPIRED',
        "The holder's presentation has expired: it no longer shows who holds these badges.",
      );
    if ('nbf' in d && d.nbf !== undefined && d.nbf > now + tolerance)
      return problem('ERR_NOT_YET_VALID', 'The presentation is not valid yet.');
    return pass(
      'The presentation is within its dates.',
      'A presentation made without a challenge from this page shows who held the badges when it was signed; it could be shown again by someone else.',
    );
  },
};

export const presentationChecks: Checks<PresentationSubject> = {
  structure,
  proof: holderProof,
  key: holderKey,
  issuer: perCredential('issuer'),
  claims,
  dates,
  status: perCredential('status'),
  achievement: perCredential('achievement'),
  endorsements: perCredential('endorsements'),
  recipient: perCredential('recipient'),
};
