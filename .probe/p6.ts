import { testCatalog } from '/work/main/test/helpers/issuer.ts';
import { readFileSync } from 'node:fs';
const count = (v: unknown): number => (typeof v === 'object' && v !== null ? 1 + Object.values(v).reduce((n: number, x) => n + count(x), 0) : 0);
const cat = await testCatalog();
console.log('our credential nodes', count(await cat.credential()), JSON.stringify(await cat.credential()).length);
for (const f of ['1edtech/simple.json', 'ob3-impl-guide/signed-credential.json', 'w3c-vc-di-eddsa/eddsa-rdfc-2022/signedDataInt.json', '1edtech/bit-string-list/credential-status-revoked.json']) console.log(f, count(JSON.parse(readFileSync('test/fixtures/vectors/' + f, 'utf8'))));
