/**
 * The palette of the page: the classes' colours (Okabe–Ito, which colour-blind readers can tell
 * apart), their non-colour cues (pattern kinds) and the few other inks the map, the legend and the
 * figures share. Pure data: the map's style, the SVG figures and the legend all read it from here.
 */
import type { Status } from '@/data/vocabulary';

/** The Okabe–Ito colours the classes are drawn in (Okabe and Ito, "Color Universal Design", 2008). */
export const OKABE_ITO = {
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  green: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  purple: '#CC79A7',
} as const;
/** The pale fill of "outside": a non-member, neither, unchanged non-member. */
export const OUTSIDE_COLOR = '#E9E4D8';

/** A non-colour cue, drawn both on the map (as an image pattern) and in the legend (as SVG). */
export type PatternKind =
  'diagonal' | 'antidiagonal' | 'dots' | 'horizontal' | 'vertical' | 'cross';

export interface ClassStyle {
  /** Fill colour, chosen from the Okabe–Ito palette so that colour-blind readers can tell them apart. */
  color: string;
  pattern?: PatternKind;
  label: string;
}

/**
 * Colours and cues for the status vocabulary. The rarer statuses also carry a pattern. `before`
 * is no status: it greys every state in a year before the organisation's first body existed
 * (the view model names the body and its first day in the label), apart from the pale
 * "non-member" of a body that existed.
 */
export const STATUS_STYLES: Record<Status | 'before', ClassStyle> = {
  member: { color: OKABE_ITO.blue, label: 'Member' },
  participating: {
    color: OKABE_ITO.skyBlue,
    pattern: 'vertical',
    label: 'Participating (charter not ratified)',
  },
  associate: { color: OKABE_ITO.green, pattern: 'dots', label: 'Associate member' },
  observer: { color: OKABE_ITO.yellow, pattern: 'horizontal', label: 'Observer' },
  suspended: {
    color: OKABE_ITO.purple,
    pattern: 'diagonal',
    label: 'Suspended (participation frozen)',
  },
  withdrawing: {
    color: OKABE_ITO.vermillion,
    pattern: 'antidiagonal',
    label: 'Withdrawing (announced, not yet effective)',
  },
  'non-member': { color: OUTSIDE_COLOR, label: 'Non-member' },
  before: { color: '#BDBDBD', label: 'Before the organisation existed' },
};

export const NEIGHBOUR_COLOR = '#F7F5F0';
export const SEA_COLOR = '#C9DCE6';
export const BORDER_COLOR = '#5B5B5B';
export const PATTERN_INK = 'rgba(20, 20, 20, 0.55)';

export const PATTERN_KINDS: readonly PatternKind[] = [
  'diagonal',
  'antidiagonal',
  'dots',
  'horizontal',
  'vertical',
  'cross',
];

/**
 * The dashed outline of states whose status another source reads otherwise, on the map and in the
 * legend's key: a dark violet, apart from every class colour.
 */
export const READINGS_COLOR = '#5B2A86';
/** Russian bases and deployments: dark red points with a white ring. */
export const PRESENCE_COLOR = '#8E0E2B';
