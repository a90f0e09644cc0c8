/**
 * An issuer or recognizer as a CTDL CredentialOrganization (Credential Engine's agent schema):
 * what it is, where, how to reach it, and, for a recognizer, which credentials it recognizes.
 */
import {
  alignment,
  CTDL_CONTEXT,
  ctidFor,
  langMap,
  organizationType,
  sector,
  type OrganizationKind,
  type Sector,
} from './terms.ts';

export interface OrganizationInput {
  /** This document's URL: the organization's @id. */
  id: string;
  /** Its page in the catalog; the CTID is derived from it. */
  page: string;
  name: string;
  shortName?: string | undefined;
  description: string;
  /** The organization's own website. */
  website: string;
  email: string;
  kind: OrganizationKind;
  sector: Sector;
  /** Where it is: a state or region, and a town or district. */
  place: { region?: string | undefined; locality?: string | undefined; description?: string | undefined };
  /** Where its decisions apply (recognizers). */
  jurisdiction?: { region: string; locality?: string | undefined };
  /** @ids of the credentials it recognizes (CTDL documents). */
  recognizes?: readonly string[];
}

const place = (p: OrganizationInput['place']) => ({
  '@type': 'ceterms:Place',
  ...(p.region ? { 'ceterms:addressRegion': langMap(p.region) } : {}),
  ...(p.locality ? { 'ceterms:addressLocality': langMap(p.locality) } : {}),
  ...(p.description ? { 'ceterms:description': langMap(p.description) } : {}),
});

export function organizationCtdl(o: OrganizationInput): Record<string, unknown> {
  return {
    '@context': CTDL_CONTEXT,
    '@id': o.id,
    '@type': 'ceterms:CredentialOrganization',
    'ceterms:ctid': ctidFor(o.page),
    'ceterms:name': langMap(o.name),
    ...(o.shortName ? { 'ceterms:alternateName': [langMap(o.shortName)] } : {}),
    'ceterms:description': langMap(o.description),
    'ceterms:subjectWebpage': o.website,
    'ceterms:email': [o.email],
    'ceterms:address': [place(o.place)],
    'ceterms:agentType': [alignment(organizationType(o.kind), langMap)],
    'ceterms:agentSectorType': [alignment(sector(o.sector), langMap)],
    ...(o.jurisdiction
      ? {
          'ceterms:jurisdiction': [
            {
              '@type': 'ceterms:JurisdictionProfile',
              'ceterms:mainJurisdiction': place({
                region: o.jurisdiction.region,
                locality: o.jurisdiction.locality,
              }),
            },
          ],
        }
      : {}),
    ...(o.recognizes?.length ? { 'ceterms:recognizes': [...o.recognizes] } : {}),
  };
}
