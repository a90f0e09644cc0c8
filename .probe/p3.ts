import { verifyBadge } from '/work/main/src/lib/verify/verify.ts';
import { testCatalog, makeKey, urls, ISSUER } from '/work/main/test/helpers/issuer.ts';
import { signDataIntegrity, ed25519Multibase } from '/work/main/src/lib/ob3/sign-data-integrity.ts';
const NOW = new Date('2026-06-01T00:00:00Z');
const ed = await makeKey('EdDSA');
const cat = await testCatalog({ keys: [ed] });
const vm = `${urls.profile(ISSUER)}#${ed25519Multibase(ed.privateJwk)}`;
const signed = await signDataIntegrity(await cat.credential(), ed.privateJwk, vm, new Date('2025-03-01T12:00:00Z'));
let t = Date.now();
let r = await verifyBadge(JSON.stringify(signed), { registry: cat.registry, now: NOW });
console.log('base', r.verdict, Date.now() - t);
for (const n of [100, 1000, 5000, 20000]) {
  const ev = Array.from({ length: n }, () => ({ type: ['Evidence'], name: 'same' }));
  const doc = { ...signed, evidence: ev };
  const s = JSON.stringify(doc);
  t = Date.now();
  r = await verifyBadge(s, { registry: cat.registry, now: NOW });
  console.log('evidence identical', n, s.length, r.verdict, r.checks.find(c=>c.id==='proof').code, Date.now() - t);
}
for (const n of [100, 1000, 5000, 20000]) {
  const ev = Array.from({ length: n }, (_, i) => ({ type: ['Evidence'], name: 'n' + i }));
  const doc = { ...signed, evidence: ev, proof: Array(8).fill(signed.proof[0]).map((p,i)=>({...p, created: `2025-03-01T12:00:0${i}Z`})) };
  const s = JSON.stringify(doc);
  t = Date.now();
  r = await verifyBadge(s, { registry: cat.registry, now: NOW });
  console.log('evidence distinct x8 proofs', n, s.length, r.verdict, r.checks.find(c=>c.id==='proof').code, Date.now() - t);
}
// blank node cycles poison graph
for (const n of [10, 50, 200]) {
  const nodes = Array.from({ length: n }, (_, i) => ({ '@id': `_:b${i}`, type: ['Evidence'], 'name': 'x' }));
  const doc = { ...signed, evidence: nodes };
  const s = JSON.stringify(doc);
  t = Date.now();
  r = await verifyBadge(s, { registry: cat.registry, now: NOW });
  console.log('bnodes', n, s.length, r.verdict, r.checks.find(c=>c.id==='proof').code, r.checks.find(c=>c.id==='proof').message.slice(0,100), Date.now() - t);
}
