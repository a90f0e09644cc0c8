import { verifyBadge } from '/work/main/src/lib/verify/verify.ts';
import { testCatalog, makeKey, urls, ISSUER } from '/work/main/test/helpers/issuer.ts';
import { signDataIntegrity, ed25519Multibase } from '/work/main/src/lib/ob3/sign-data-integrity.ts';
import { generateIssuerKey } from '/work/main/src/lib/keys/generate.ts';
import { hashData } from '/work/main/src/lib/verify/data-integrity/suites.ts';
import { base58 } from '/work/main/node_modules/@scure/base/index.js';
const NOW = new Date('2026-06-01T00:00:00Z');
const ed = await makeKey('EdDSA');
const cat = await testCatalog({ keys: [ed], revoked: [9] });
const st = (r) => r.verdict + ' ' + r.checks.filter(c=>c.status!=='pass' && c.status!=='skip').map(c=>`${c.id}:${c.status}:${c.code}:${c.message.slice(0,150)}`).join(' | ');
// 1. cryptosuite constructor with attacker key
const atk = await generateIssuerKey('EdDSA');
const vmA = `did:key:${ed25519Multibase(atk.publicJwk)}`;
const cred = await cat.credential();
const selfCred = { ...cred, issuer: { id: vmA, type: ['Profile'], name: 'Evil' } };
for (const cs of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
  const proof = { type: 'DataIntegrityProof', cryptosuite: cs, created: '2025-03-01T12:00:00Z', verificationMethod: `${vmA}#${vmA.slice(8)}`, proofPurpose: 'assertionMethod' };
  try {
    const data = await hashData({ name: 'x', canonicalization: 'rdfc' } as never, selfCred, proof);
    const key = await crypto.subtle.importKey('jwk', { kty: 'OKP', crv: 'Ed25519', x: atk.privateJwk.x, d: atk.privateJwk.d }, { name: 'Ed25519' }, false, ['sign']);
    const sig = new Uint8Array(await crypto.subtle.sign({ name: 'Ed25519' }, key, data));
    const doc = { ...selfCred, proof: [{ ...proof, proofValue: 'z' + base58.encode(sig) }] };
    const r = await verifyBadge(JSON.stringify(doc), { registry: cat.registry, now: NOW });
    console.log('suite', cs, st(r), r.checks.find(c=>c.id==='proof').message);
  } catch (e) { console.log('suite', cs, 'sign err', e.message); }
}
// 2. DI with catalog profile + attacker fragment key
{
  const vm = `${urls.profile(ISSUER)}#${ed25519Multibase(atk.publicJwk)}`;
  const signed = await signDataIntegrity(cred, atk.privateJwk, vm, new Date('2025-03-01T12:00:00Z'));
  const r = await verifyBadge(JSON.stringify(signed), { registry: cat.registry, now: NOW });
  console.log('frag', st(r));
}
// 3. multiple status entries: first suspension (index 10, not in list), second revocation index 9
{
  const c2 = await cat.credential({ statusIndex: 9 });
  const rev = c2.credentialStatus as Record<string, unknown>;
  const susp = { ...rev, id: rev.id + 's', statusPurpose: 'suspension', statusListIndex: '10' };
  const r = await verifyBadge(await cat.issue({ statusIndex: 9, payload: { credentialStatus: [susp, rev] } }), { registry: cat.registry, now: NOW });
  console.log('multi status [susp, rev9]', st(r));
  const r2 = await verifyBadge(await cat.issue({ statusIndex: 9, payload: { credentialStatus: [{ ...rev, statusPurpose: 'message' }, rev] } }), { registry: cat.registry, now: NOW });
  console.log('multi status [message, rev9]', st(r2));
  const r3 = await verifyBadge(await cat.issue({ statusIndex: 9, payload: { credentialStatus: ['https://x', rev] } }), { registry: cat.registry, now: NOW });
  console.log('multi status [str, rev9]', st(r3));
}
