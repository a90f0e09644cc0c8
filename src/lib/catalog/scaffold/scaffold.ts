/** The file `npm run new` writes from checked answers (questions.ts): its path under the content folder, and its text. */
import { list, vocabList, type Answers, type Kind, type ScaffoldContext } from './questions.ts';
import { credentialFile, issuerFile, rubricFile, stackFile } from './templates.ts';

export function scaffold(kind: Kind, a: Answers, c: ScaffoldContext): { path: string; text: string } {
  const need = (k: string) => a[k] ?? '';
  switch (kind) {
    case 'credential':
      return {
        path: `credentials/${need('issuer')}/${need('slug')}.mdx`,
        text: credentialFile({
          issuer: need('issuer'),
          slug: need('slug'),
          title: need('title').trim(),
          hours: Number(need('hours')),
          subjects: vocabList(need('subjects')),
          gradeBands: vocabList(need('grade-bands')),
          audience: vocabList(need('audience')),
          rubric: need('rubric'),
          email: need('email'),
          today: c.today,
        }),
      };
    case 'stack': {
      const n = need('need');
      return {
        path: `stacks/${need('slug')}.mdx`,
        text: stackFile({
          slug: need('slug'),
          title: need('title').trim(),
          curator: need('curator'),
          credentials: list(need('credentials')),
          ordered: /^(y|yes|true)$/i.test(need('ordered')),
          n: n === 'all' ? undefined : Number(n),
          today: c.today,
        }),
      };
    }
    case 'rubric':
      return {
        path: `rubrics/${need('slug')}.mdx`,
        text: rubricFile({ slug: need('slug'), title: need('title').trim() }),
      };
    case 'issuer':
      return {
        path: `issuers/${need('id')}.md`,
        text: issuerFile({
          id: need('id'),
          name: need('name').trim(),
          kind: need('kind').toLowerCase(),
          url: need('url'),
          email: need('email'),
          color: need('color'),
          maintainers: list(need('maintainers')),
        }),
      };
  }
}
