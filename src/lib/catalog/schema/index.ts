export * from './common.ts';
export * from './issuer.ts';
export * from './rubric.ts';
export * from './credential.ts';
export * from './stack.ts';
export * from './glossary.ts';
export * from './status-file.ts';
