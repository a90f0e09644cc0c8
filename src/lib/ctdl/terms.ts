/**
 * Credential Transparency Description Language (CTDL) building blocks: the JSON-LD context,
 * CTIDs, and concepts from CTDL's concept schemes as CredentialAlignmentObjects, the way the
 * Credential Registry encodes them (https://credreg.net/ctdl/terms). Language-tagged strings
 * are plain strings in Credential Engine's credential validation schema and language maps
 * ({"en": …}) in its agent and pathway schemas; builders say which they need.
 */
import { v5 as uuidv5 } from 'uuid';
import type { CreditUnit } from '../catalog/vocabulary.ts';

export const CTDL_CONTEXT = 'http://credreg.net/ctdl/schema/context/json';

/** A CTID ("ce-" and a UUID), derived from the resource's URL: stable as long as the URL is. */
export const ctidFor = (url: string) => `ce-${uuidv5(url, uuidv5.URL)}`;

export type Text = (s: string) => string | { en: string };
export const plain: Text = (s) => s;
export const langMap: Text = (s) => ({ en: s });

export interface Concept {
  scheme: string;
  schemeName: string;
  node: string;
  name: string;
}

export const alignment = (c: Concept, text: Text) => ({
  '@type': 'ceterms:CredentialAlignmentObject',
  'ceterms:framework': `https://credreg.net/ctdl/terms/${c.scheme}`,
  'ceterms:frameworkName': text(c.schemeName),
  'ceterms:targetNode': c.node,
  'ceterms:targetNodeName': text(c.name),
});

export const credentialStatus = (status: 'active' | 'retired'): Concept =>
  status === 'active'
    ? {
        scheme: 'CredentialStatus',
        schemeName: 'Credential Status',
        node: 'credentialStat:Active',
        name: 'Active',
      }
    : {
        scheme: 'CredentialStatus',
        schemeName: 'Credential Status',
        node: 'credentialStat:Deprecated',
        name: 'Deprecated',
      };

const CREDIT_UNIT_NODES: Record<CreditUnit | 'ceu', [string, string]> = {
  ceu: ['creditUnit:ContinuingEducationUnit', 'Continuing Education Unit'],
  'clock-hour': ['creditUnit:ClockHour', 'Clock Hour'],
  'contact-hour': ['creditUnit:ContactHour', 'Contact Hour'],
  'semester-hour': ['creditUnit:SemesterHour', 'Semester Hour'],
  'quarter-hour': ['creditUnit:QuarterHour', 'Quarter Hour'],
  'degree-credit': ['creditUnit:DegreeCredit', 'Degree Credit'],
};

export const creditUnit = (u: CreditUnit): Concept => {
  const [node, name] = CREDIT_UNIT_NODES[u];
  return { scheme: 'CreditUnit', schemeName: 'Credit Unit', node, name };
};

export type OrganizationKind =
  'government' | 'postsecondary' | 'business' | 'professional-association' | 'training-provider';

const ORG_TYPES: Record<OrganizationKind, [string, string]> = {
  government: ['orgType:Government', 'Government Agency'],
  postsecondary: ['orgType:Postsecondary', 'Postsecondary Educational Institution'],
  business: ['orgType:Business', 'Business'],
  'professional-association': ['orgType:ProfessionalAssociation', 'Professional Association'],
  'training-provider': ['orgType:TrainingProvider', 'Education and Training Provider'],
};

export const organizationType = (k: OrganizationKind): Concept => {
  const [node, name] = ORG_TYPES[k];
  return { scheme: 'OrganizationType', schemeName: 'Organization Type', node, name };
};

export type Sector = 'public' | 'private-nonprofit' | 'private-for-profit';

const SECTORS: Record<Sector, [string, string]> = {
  public: ['agentSector:Public', 'Public'],
  'private-nonprofit': ['agentSector:PrivateNonProfit', 'Private Not-For-Profit'],
  'private-for-profit': ['agentSector:PrivateForProfit', 'Private For-Profit'],
};

export const sector = (s: Sector): Concept => {
  const [node, name] = SECTORS[s];
  return { scheme: 'AgentSector', schemeName: 'Agent Sector', node, name };
};

/** ISO 8601 duration of a number of hours: "PT12H", "PT12.5H". */
export const hoursDuration = (h: number) => `PT${Number.isInteger(h) ? h : h.toFixed(1)}H`;

export const isoDay = (d: Date) => d.toISOString().slice(0, 10);
