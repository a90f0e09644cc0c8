/**
 * npm run keygen -- --issuer <id> [--alg ES256|EdDSA|RS256] [--rotate | --default] [--print]
 *
 * Makes a signing key pair for an issuer. The public JWK is added to the issuer's content file
 * with its kid (RFC 7638 thumbprint), alg and validFrom; the private JWK goes to .keys/<issuer>/
 * (mode 0600, git-ignored) or, with --print, to standard output for a secrets manager.
 * All or nothing: the new issuer file and the private key are prepared first, the issuer file
 * is replaced in one step, and only then does the private key get its name; if anything fails,
 * both are as they were. A key folder that is published or could be committed is refused
 * (lib/key-folder.ts). With --rotate, keys still in force get validUntil = now: they keep
 * verifying the badges they signed, but can sign no more. Adding a key while another is in
 * force, without --rotate, needs --default: the newest key in force is the one that signs.
 */
import { parseArgs } from 'node:util';
import { keyInForce } from '../src/lib/keys/in-force.ts';
import { generateIssuerKey, SIGNING_ALGS, type SigningAlg } from '../src/lib/keys/generate.ts';
import { loadValidCatalog } from './lib/catalog.ts';
import { CliError, run, usage } from './lib/cli.ts';
import { issuerFile, planIssuerKey } from './lib/issuer-file.ts';
import { assertPrivateKeyFolder } from './lib/key-folder.ts';
import { stagePrivateKey, writeFileAtomic, type StagedKey } from './lib/keystore.ts';
import { contentDir, keysDir } from './lib/paths.ts';

const HELP = `
Usage: npm run keygen -- --issuer <id> [options]

Makes a signing key pair for an issuer and publishes its public half in content/issuers/<id>.md.

Options:
  --issuer <id>     issuer id (file name in content/issuers/)            required
  --alg <alg>       ES256 (default), EdDSA or RS256
  --rotate          retire the keys now in force (validUntil = now) before adding the new one
  --default         keep the keys now in force, and sign with the new one from now on
  --print           print the private JWK instead of writing it to the key store
  --keys <dir>      private key store (default .keys, or $STACKABLE_KEYS); never a folder that
                    is published (public/, content/, src/, dist/) or that git would commit
  --content <dir>   content folder (default content, or $STACKABLE_CONTENT)
  -h, --help        show this help

The private key never enters the repository: .keys/ is git-ignored, the content check fails if a
private key appears in content/, and the pull-request guard denies any tracked private key.`;

await run(async () => {
  const { values } = parseArgs({
    options: {
      issuer: { type: 'string' },
      alg: { type: 'string', default: 'ES256' },
      rotate: { type: 'boolean', default: false },
      default: { type: 'boolean', default: false },
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
  if (values.rotate && values.default)
    throw new CliError(
      'give --rotate or --default, not both',
      '--rotate retires the keys in force; --default keeps them.',
    );
  const content = contentDir(values.content);
  const catalog = await loadValidCatalog(content);
  const issuer = catalog.issuers.get(values.issuer);
  if (!issuer)
    throw new CliError(
      `unknown issuer "${values.issuer}"`,
      `Known issuers: ${[...catalog.issuers.keys()].join(', ')}.`,
    );
  const now = new Date();
  const inForce = issuer.data.keys.filter((k) => keyInForce(k, now).ok);
  if (inForce.length && !values.rotate && !values.default)
    throw new CliError(
      `${values.issuer} already has ${inForce.length === 1 ? 'a key' : `${inForce.length} keys`} in force (${inForce.map((k) => k.kid).join(', ')}); a new key would silently become the one that signs`,
      'Add --rotate to retire the keys in force (badges they signed keep verifying), or --default to keep them and sign with the new key from now on.',
    );
  const keys = keysDir(values.keys);
  if (!values.print) await assertPrivateKeyFolder(keys, content);

  const key = await generateIssuerKey(values.alg as SigningAlg);
  const at = now.toISOString();
  const file = issuerFile(content, values.issuer);
  const edit = await planIssuerKey(
    file,
    { kid: key.kid, alg: key.alg, validFrom: at, jwk: key.publicJwk },
    values.rotate ? at : undefined,
  );
  let staged: StagedKey | undefined;
  if (!values.print) staged = await stagePrivateKey(keys, values.issuer, key.kid, key.privateJwk);
  try {
    await writeFileAtomic(file, edit.after);
  } catch (e) {
    await staged?.discard();
    throw new CliError(`could not write ${file}: ${(e as Error).message}`, 'Nothing was changed.');
  }
  try {
    await staged?.commit();
  } catch (e) {
    await writeFileAtomic(file, edit.before);
    await staged?.discard();
    throw new CliError(
      `could not write the private key to ${staged?.path ?? keys}: ${(e as Error).message}`,
      `${file} was put back as it was; nothing was changed.`,
    );
  }

  if (values.print) {
    console.error('Private key (store it in your secrets manager; it is shown once and not saved):');
    console.log(JSON.stringify(key.privateJwk));
  }
  console.error(`Added ${key.alg} key ${key.kid} to ${file} (valid from ${at}).`);
  if (staged) console.error(`Private key written to ${staged.path} (mode 0600).`);
  if (edit.retired.length)
    console.error(
      `Retired ${edit.retired.length} key(s) as of ${at}: ${edit.retired.join(', ')}. Badges they signed still verify.`,
    );
  else if (inForce.length)
    console.error(`The new key signs from now on; ${inForce.map((k) => k.kid).join(', ')} stay in force.`);
  console.error(
    'Commit the issuer file and open a pull request; new keys are reviewed by catalog maintainers.',
  );
});
