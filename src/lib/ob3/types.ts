/** The subset of the Open Badges 3.0 data model this project produces (https://www.imsglobal.org/spec/ob/v3p0/). */

export interface Image {
  id: string;
  type: 'Image';
  caption?: string;
}

export interface Profile {
  '@context'?: readonly string[];
  id: string;
  type: ['Profile'];
  name: string;
  url?: string;
  email?: string;
  description?: string;
  image?: Image;
}

export interface Alignment {
  type: ['Alignment'];
  targetName: string;
  targetUrl: string;
  targetCode?: string;
  targetFramework?: string;
  targetDescription?: string;
}

export interface RubricCriterionLevel {
  id: string;
  type: ['RubricCriterionLevel'];
  name: string;
  level?: string;
  description?: string;
  points?: string;
}

export interface ResultDescription {
  id: string;
  type: ['ResultDescription'];
  name: string;
  resultType: 'RubricCriterionLevel' | 'Status';
  rubricCriterionLevel?: RubricCriterionLevel[];
  requiredLevel?: string;
}

export interface Related {
  id: string;
  type: ['Related'];
  version?: string;
}

export interface Achievement {
  '@context'?: readonly string[];
  id: string;
  type: ['Achievement'];
  achievementType: 'MicroCredential';
  name: string;
  description: string;
  criteria: { id: string; narrative: string };
  image: Image;
  creator: Profile;
  creditsAvailable: number;
  fieldOfStudy?: string;
  inLanguage: string;
  version: string;
  tag?: string[];
  alignment?: Alignment[];
  resultDescription?: ResultDescription[];
  related?: Related[];
}

export interface IdentityObject {
  type: 'IdentityObject';
  hashed: boolean;
  identityHash: string;
  identityType: 'emailAddress' | 'name';
  salt?: string;
}

export interface Result {
  type: ['Result'];
  resultDescription?: string;
  achievedLevel?: string;
  status?: 'Completed';
  value?: string;
}

export interface Evidence {
  type: ['Evidence'];
  id?: string;
  name?: string;
  narrative?: string;
  description?: string;
}

export interface StatusEntry {
  id: string;
  type: 'BitstringStatusListEntry';
  statusPurpose: 'revocation';
  statusListIndex: string;
  statusListCredential: string;
}

export interface OpenBadgeCredential {
  '@context': readonly string[];
  id: string;
  type: ['VerifiableCredential', 'OpenBadgeCredential'];
  issuer: Profile;
  validFrom: string;
  validUntil?: string;
  awardedDate?: string;
  name: string;
  description?: string;
  image?: Image;
  credentialSubject: {
    id?: string;
    type: ['AchievementSubject'];
    identifier?: IdentityObject[];
    achievement: Achievement;
    result?: Result[];
  };
  evidence?: Evidence[];
  credentialStatus?: StatusEntry;
  credentialSchema: { id: string; type: string }[];
}
