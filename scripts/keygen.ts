/**
 * npm run keygen -- --issuer <id> [--alg ES256|EdDSA|RS256] [--rotate] [--print]
 *
 * Makes a signing key pair for an issuer. The private JWK goes to .keys/<issuer>/ (mode 0600,
 * git-ignored) or, with --print, to standard output for a secrets manager; the public JWK is
 * added to the issuer's content file with its kid (RFC 7638 thumbprint), alg and validFrom.
 * With --rotate, keys still in force get validUntil = now: they keep verifying the badges they
 * signed, but can sign no more.
 */
import { parseArgs } from 'node:util';
import { generateIssuerKey, SIGNING_ALGS, type SigningAlg } from '../src/lib/keys/generate.ts';
import { loadValidCatalog } from './lib/catalog.ts';
import { CliError, run, usage } from './lib/cli.ts';
import { addIssuerKey, issuerFile } from './lib/issuer-file.ts';
import { savePrivateKey } from './lib/keystore.ts';
import { contentDir, keysDir } from './lib/paths.ts';

const HELP = `
Usage: npm run keygen -- --issuer <id> [options]

Makes a signing key pair for an issuer and publishes its public half in content/issuers/<id>.md.

Options:
  --issuer <id>     issuer id (file name in content/issuers/)            required
  --alg <alg>       ES256 (default), EdDSA or RS256
  --rotate          retire the keys now in force (validUntil = now) before adding the new one
  --print           print the private JWK instead of writing it to the key store
  --keys <dir>      private key store (default .keys, or $STACKABLE_KEYS)
  --content <dir>   content folder (default content, or $STACKABLE_CONTENT)
  -h, --help        show this help

The private key never enters the repository: .keys/ is git-ignored and the content check
fails if a private key appears in content/.`;

await run(async () => {
  const { values } = parseArgs({
    options: {
      issuer: { type: 'string' },
      alg: { type: 'string', default: 'ES256' },
      rotate: { type: 'boolean', default: false },
      print: { type: 'boolean', default: false },
      keys: { type: 'string' },
      content: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return usage(HELP);
  if (!values.issuer) throw new CliError('--issuer is required', 'npm run keygen -- --issuer riverbend-usd');
  if (!(SIGNING_ALGS as readonly string[]).includes(values.alg))
    throw new CliError(`--alg must be one of ${SIGNING_ALGS.join(', ')}`);
  const content = contentDir(values.content);
  const catalog = await loadValidCatalog(content);
  const issuer = catalog.issuers.get(values.issuer);
  if (!issuer)
    throw new CliError(
      `unknown issuer "${values.issuer}"`,
      `Known issuers: ${[...catalog.issuers.keys()].join(', ')}.`,
    );

  const key = await generateIssuerKey(values.alg as SigningAlg);
  const at = new Date().toISOString();
  let saved: string | undefined;
  if (!values.print)
    saved = await savePrivateKey(keysDir(values.keys), values.issuer, key.kid, key.privateJwk);
  const retired = await addIssuerKey(
    issuerFile(content, values.issuer),
    { kid: key.kid, alg: key.alg, validFrom: at, jwk: key.publicJwk },
    values.rotate ? at : undefined,
  );

  if (values.print) {
    console.error('Private key (store it in your secrets manager; it is shown once and not saved):');
    console.log(JSON.stringify(key.privateJwk));
  }
  console.error(
    `Added ${key.alg} key ${key.kid} to ${issuerFile(content, values.issuer)} (valid from ${at}).`,
  );
  if (saved) console.error(`Private key written to ${saved} (mode 0600).`);
  if (retired.length)
    console.error(
      `Retired ${retired.length} key(s) as of ${at}: ${retired.join(', ')}. Badges they signed still verify.`,
    );
  console.error(
    'Commit the issuer file and open a pull request; new keys are reviewed by catalog maintainers.',
  );
});
