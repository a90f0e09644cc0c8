/**
 * Word lists for generated catalogs: practices per subject area (titles, tags and search
 * terms), settings, organization and people name parts. All organizations and people are
 * invented; frameworks and citations are named as synthetic outright.
 */
import type { SubjectArea } from '../../src/lib/catalog/vocabulary.ts';

/** Practices an educator demonstrates, by subject area: the heart of each generated title. */
export const PRACTICES: Record<SubjectArea, readonly string[]> = {
  'personalized-learning': ['learning playlists', 'student goal setting', 'flexible pacing', 'choice boards', 'learner profiles', 'mastery tracking', 'student conferencing', 'self-paced modules', 'interest surveys', 'personal learning plans'],
  'digital-learning': ['blended station rotation', 'lateral reading', 'accessible digital materials', 'multimedia lesson design', 'online discussion facilitation', 'digital portfolios', 'evaluating AI content', 'video feedback', 'collaborative documents', 'digital citizenship'],
  assessment: ['hinge questions', 'exit ticket analysis', 'success criteria', 'actionable feedback', 'retrieval practice', 'peer assessment', 'self-assessment routines', 'performance tasks', 'error analysis', 'standards-based grading'],
  sel: ['community circles', 'restorative conversations', 'relationship mapping', 'emotion check-ins', 'classroom agreements', 'calm-down routines', 'adult self-awareness', 'stress management', 'conflict resolution', 'belonging surveys'],
  leadership: ['coaching cycles', 'peer observation', 'data inquiry cycles', 'facilitating professional learning', 'instructional rounds', 'looking at student work', 'team norms', 'walkthrough feedback', 'action research', 'mentoring new teachers'],
  literacy: ['close reading', 'text-dependent questions', 'vocabulary routines', 'writing conferences', 'phonics instruction', 'fluency practice', 'read-alouds', 'annotation strategies', 'argument writing', 'book clubs'],
  stem: ['number talks', 'modeling with mathematics', 'science notebooks', 'engineering design challenges', 'computational thinking', 'math discourse', 'data investigations', 'productive struggle', 'lab safety routines', 'phenomenon-based lessons'],
  'inclusive-practice': ['universal design for learning', 'co-teaching models', 'language scaffolds', 'culturally responsive lessons', 'accommodation planning', 'flexible grouping', 'multilingual learner supports', 'behavior support plans', 'accessible assessments', 'strength-based planning'],
  'family-engagement': ['student-led conferences', 'family learning nights', 'home visits', 'two-way communication', 'family surveys', 'community partnerships', 'family goal setting', 'multilingual family outreach', 'positive phone calls', 'family workshops'],
  'professional-learning': ['professional learning communities', 'lesson study', 'video self-reflection', 'instructional coaching', 'reflective journaling', 'collaborative planning', 'microteaching', 'learning walks', 'feedback protocols', 'teacher inquiry'],
};

/** Words that make a title distinct: the angle taken on a practice. */
export const QUALIFIERS = ['Foundations of', 'Designing', 'Leading', 'Applying', 'Sustaining', 'Advanced', 'Introducing', 'Planning for', 'Refining', 'Scaling', 'Facilitating', 'Using', 'Analyzing', 'Strengthening', 'Launching', 'Deepening', 'Measuring', 'Coaching'] as const;

/** Settings a credential is written for. */
export const SETTINGS = ['in Early Grades', 'in Upper Elementary', 'in Middle School', 'in High School', 'for Adult Learners', 'in Mathematics', 'in Science', 'in English Language Arts', 'in Social Studies', 'in the Arts', 'in Small Groups', 'in Large Classes', 'in Hybrid Classrooms', 'across Content Areas', 'with Multilingual Learners', 'in Rural Schools', 'in Special Education', 'in Career and Technical Education', 'for New Teachers', 'for Teams'] as const;

export const ORG_PLACES = ['Alder', 'Birch', 'Cedar', 'Dover', 'Elm', 'Fairview', 'Glen', 'Harbor', 'Iron', 'Juniper', 'Kestrel', 'Laurel', 'Maple', 'North', 'Oak', 'Pine', 'Quarry', 'Ridge', 'Stone', 'Tamarack', 'Union', 'Valley', 'Willow', 'Yarrow', 'Aspen', 'Brook', 'Clover', 'Delta', 'Falcon', 'Granite'] as const;
export const ORG_SUFFIXES = ['Creek', 'Falls', 'Hills', 'Lake', 'Park', 'Point', 'Springs', 'View', 'Field', 'Crossing', 'Bay', 'Mesa'] as const;

export const FIRST_NAMES = ['Ada', 'Ben', 'Carmen', 'Deshawn', 'Elena', 'Farah', 'Gus', 'Hana', 'Ivan', 'Jia', 'Kofi', 'Lena', 'Marco', 'Nadia', 'Omar', 'Priya', 'Quinn', 'Rosa', 'Sam', 'Tariq', 'Uma', 'Vera', 'Wes', 'Xin', 'Yara', 'Zane'] as const;
export const LAST_NAMES = ['Abara', 'Brennan', 'Castillo', 'Dlamini', 'Eriksen', 'Fontaine', 'Gupta', 'Haddad', 'Ibarra', 'Jensen', 'Kowalski', 'Lindqvist', 'Moreau', 'Nakamura', 'Okafor', 'Petrov', 'Quispe', 'Rahman', 'Sato', 'Tanaka', 'Umarov', 'Varga', 'Whitfield', 'Xavier', 'Yilmaz', 'Zapata'] as const;

export const ROLES = ['Instructional coach', 'Classroom teacher', 'Assessment coordinator', 'Professor of education', 'Curriculum specialist', 'Principal', 'Program director', 'Special education teacher', 'Literacy specialist', 'Mathematics coach'] as const;

/** Alignment frameworks, named as synthetic so no real standard is misquoted. */
export const FRAMEWORKS = [
  { name: 'Synthetic Teaching Standards', slug: 'teaching' },
  { name: 'Synthetic Digital Learning Standards', slug: 'digital' },
  { name: 'Synthetic SEL Competencies', slug: 'sel' },
  { name: 'Synthetic Leadership Standards', slug: 'leadership' },
  { name: 'Synthetic Literacy Standards', slug: 'literacy' },
  { name: 'Synthetic STEM Practices', slug: 'stem' },
] as const;

export const EVIDENCE_FORMATS = ['document', 'image', 'video', 'audio', 'spreadsheet', 'slides'] as const;

export const TURNAROUNDS = ['Within 10 school days', 'Within 15 school days', 'Within three weeks', 'Within 30 days', 'At the end of each monthly cycle'] as const;
