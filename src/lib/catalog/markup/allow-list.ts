/**
 * Which elements a body may use. Catalog content is Markdown: headings, lists, emphasis,
 * links, tables. Elements (JSX in `.mdx`, raw HTML in `.md`) are refused unless listed here,
 * with the attributes each may carry; attribute values must be plain text. Adding a component
 * means a catalog maintainer reviews what it renders and passes it to the MDX `components`.
 */

/** Element name → the attributes it may carry. Deliberately tiny. */
export const ALLOWED_ELEMENTS: Readonly<Record<string, readonly string[]>> = {
  abbr: ['title'],
  sub: [],
  sup: [],
  br: [],
};

/** Elements that are never allowed, with why, whatever the allow-list says. */
export const DANGEROUS_ELEMENTS: Readonly<Record<string, string>> = {
  script: "would run code in every visitor's browser",
  style: 'would restyle the whole site and can load content from elsewhere',
  iframe: 'would embed another site in the page',
  frame: 'would embed another site in the page',
  frameset: 'would embed another site in the page',
  object: 'would embed a plugin or outside content',
  embed: 'would embed a plugin or outside content',
  applet: 'would embed a plugin or outside content',
  svg: 'can carry scripts and links of its own',
  math: 'can carry links and markup the page does not expect',
  form: "could collect visitors' data and send it elsewhere",
  base: 'would change where every link on the page goes',
  link: 'would load outside resources into the page',
  meta: 'could redirect visitors or change how the page loads',
  template: 'hides markup the page does not show',
  noscript: 'hides markup the page does not show',
  portal: 'would embed another site in the page',
};

/** Attributes whose value is a URL a browser follows or loads. */
export const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'srcset',
  'action',
  'formaction',
  'xlink:href',
  'poster',
  'data',
  'background',
  'cite',
  'longdesc',
  'ping',
  'manifest',
  'codebase',
]);

export const isEventHandler = (attribute: string) => /^on./i.test(attribute);

export const allowedElementsText = (
  allowed: Readonly<Record<string, readonly string[]>> = ALLOWED_ELEMENTS,
) =>
  Object.keys(allowed)
    .map((e) => `<${e}>`)
    .join(', ');
